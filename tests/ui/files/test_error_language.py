"""The store's error messages in the window's language, and in English from the
command line: the store builds the message through the core's translation hook,
the window's translator (registered at start) puts it in the chosen language, the
CLI never registers one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from factcheck_gui.core.errors import ValidationError
from factcheck_gui.core.models import NewArticle
from factcheck_gui.core.store import Store
from factcheck_gui.ui import i18n
from tests.cli.conftest import Cli


@pytest.fixture
def english_afterwards(qapp) -> Iterator[None]:
    locale = QLocale()
    yield
    i18n.install(qapp, "en")
    QLocale.setDefault(locale)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _junk(folder: Path) -> Path:
    junk = folder / "junk.db"
    junk.write_text("not a database at all")
    return junk


def test_the_window_refuses_a_damaged_backup_in_spanish(
        qapp, english_afterwards, open_window, db_path: Path, monkeypatch) -> None:
    assert i18n.install(qapp, "es")
    window = open_window()
    junk = _junk(db_path.parent)
    errors: list[str] = []
    monkeypatch.setattr(window.restoring, "ask_backup_path", lambda: junk)
    monkeypatch.setattr(window.restoring, "confirm_restore", lambda path: True)
    monkeypatch.setattr(window.messages, "show_error",
                        lambda title, message: errors.append(message))

    assert not window.restoring.restore_backup()

    assert errors and "junk.db no es una base de datos de Factcheck" in errors[0]
    assert "not a Factcheck database" not in errors[0]


def test_a_store_refusal_reads_in_arabic(qapp, english_afterwards, db_path: Path) -> None:
    assert i18n.install(qapp, "ar")
    with Store.open(db_path, reviewer="ann") as store, pytest.raises(ValidationError) as raised:
        store.articles.add_article(NewArticle(title="  ", text="Some text."))
    assert str(raised.value) == "يحتاج المقال إلى عنوان"


def test_the_cli_refuses_a_damaged_backup_in_english(db_path: Path, tmp_path: Path) -> None:
    with Store.open(db_path, reviewer="ann"):
        pass
    junk = _junk(tmp_path)
    err = Cli(db_path, tmp_path, in_process=False)("restore", str(junk), ok=False).err
    assert "junk.db is not a Factcheck database (not an SQLite file)" in err
