"""Why a file was not imported, in the window's language, and in English from the
command line: the importers build the sentence through the core's translate hook,
the window's translator (registered at start) puts it in the chosen language, the
CLI never registers one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from factcheck_gui.ui import i18n
from tests.cli.conftest import Cli, _empty_database
from tests.ui.importing.test_importing import drop


@pytest.fixture
def english_afterwards(qapp) -> Iterator[None]:
    locale = QLocale()
    yield
    i18n.install(qapp, "en")
    QLocale.setDefault(locale)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _unimportable(folder: Path) -> tuple[Path, Path]:
    empty = folder / "empty.txt"
    empty.write_bytes(b"")
    image = folder / "photo.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    return empty, image


def test_the_window_says_why_in_spanish(qapp, qtbot, english_afterwards, open_window,
                                        tmp_path: Path, import_summaries: list) -> None:
    assert i18n.install(qapp, "es")
    window = open_window(reviewer="cy")
    empty, image = _unimportable(tmp_path)
    assert drop(window, [empty, image])
    qtbot.waitUntil(lambda: bool(import_summaries), timeout=10_000)
    (result,) = import_summaries
    assert [f.reason for f in result.failed] == [
        "empty.txt: el archivo está vacío",
        "photo.txt: esto es una imagen PNG, no un artículo"]


def test_the_cli_says_why_in_english(tmp_path: Path) -> None:
    empty, image = _unimportable(tmp_path)
    cli = Cli(_empty_database(tmp_path), tmp_path, in_process=False)
    errors = [line for line in cli("import", str(empty), str(image), ok=False).err.splitlines()
              if line.startswith("error: ")]
    assert errors == ["error: empty.txt: the file is empty",
                      "error: photo.txt: this is a PNG image, not an article"]
