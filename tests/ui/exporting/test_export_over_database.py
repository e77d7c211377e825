"""The export dialog cannot write over the open database, its -wal or a link to it."""

from __future__ import annotations

from pathlib import Path

from factcheck_gui.core.store import Store
from factcheck_gui.sample import add_sample_article
from factcheck_gui.ui.exporting.choice import FORMATS, ExportChoice


def test_the_export_dialog_cannot_write_over_the_database(open_window, monkeypatch,
                                                          db_path: Path) -> None:
    with Store.open(db_path) as store:
        add_sample_article(store)
    window = open_window()
    before = db_path.read_bytes()
    errors: list[str] = []
    monkeypatch.setattr(type(window.messages), "show_error",
                        lambda self, title, text: errors.append(text))
    link = db_path.with_name("looks-like-a-report.csv")
    link.symlink_to(db_path)
    exporting = type(window.exporting)
    for key, *_ in FORMATS:
        for target in (db_path, Path(f"{db_path}-wal"), link):
            monkeypatch.setattr(exporting, "ask_export_choice", lambda self, initial, k=key:
                                ExportChoice(k, "library"))
            monkeypatch.setattr(exporting, "ask_export_path",
                                lambda self, suggested, fmt, t=target: t)
            assert window.exporting.export() is None
            assert "nothing was written" in errors[-1], errors[-1]
    assert db_path.read_bytes()[:16] == b"SQLite format 3\x00"
    assert window.store.articles.article_count() == 1 and db_path.read_bytes() == before
