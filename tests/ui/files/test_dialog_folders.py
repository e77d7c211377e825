"""Save and open dialogs start in the last folder used for that kind of file, across
restarts, and suggest whole-word names with the date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from factcheck_gui.ui.files import folders

PARAGRAPH = "The trams return in 2027, the council said on Monday, after a long wait."


def _fake_dialogs(monkeypatch, answers: dict[str, Path]) -> list[tuple[str, str]]:
    """QFileDialog's static calls, answering per caption; records (caption, start)."""
    seen: list[tuple[str, str]] = []

    def save(parent, caption, start, name_filter):
        seen.append((caption, start))
        return str(answers[caption]), name_filter

    def open_one(parent, caption, start, name_filter):
        seen.append((caption, start))
        return str(answers[caption]), name_filter

    def open_many(parent, caption, start, name_filter):
        seen.append((caption, start))
        return [str(answers[caption])], name_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_one))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(open_many))
    return seen


def test_each_kind_remembers_its_own_folder(monkeypatch, tmp_path: Path) -> None:
    csv_dir, pdf_dir = tmp_path / "sheets", tmp_path / "reports"
    csv_dir.mkdir()
    pdf_dir.mkdir()
    answers = {"csv": csv_dir / "a.csv", "pdf": pdf_dir / "b.pdf"}
    seen = _fake_dialogs(monkeypatch, answers)
    assert folders.start_folder("csv") == Path.home()
    folders.ask_save_path(None, "csv", "csv", "x.csv", "CSV (*.csv)")
    folders.ask_save_path(None, "pdf", "pdf", "y.pdf", "PDF (*.pdf)")
    folders.ask_save_path(None, "csv", "csv", "z.csv", "CSV (*.csv)")
    assert seen[-1] == ("csv", str(csv_dir / "z.csv"))
    assert folders.start_folder("pdf") == pdf_dir
    assert folders.start_folder("html") == csv_dir  # never used: the last folder of any kind
    pdf_dir.rmdir()
    assert folders.start_folder("pdf") == csv_dir  # gone: fall back


def test_window_export_starts_in_the_last_folder_with_a_whole_word_name(
        open_window, monkeypatch, tmp_path: Path) -> None:
    from PySide6.QtGui import QGuiApplication

    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    title = ("US, Russian forces clashed in Syria, dozens of troops were involved in the "
             "confrontation near the border")
    window = open_window()
    QGuiApplication.clipboard().setText(f"{title}\n\n{PARAGRAPH}")
    assert window.importing.paste_article() or window.article_view.article is not None
    target = out_dir / "mine.csv"
    seen = _fake_dialogs(monkeypatch, {"Export CSV spreadsheet": target})
    window.exporting.export_csv("article")
    start = seen[-1][1]
    today = date.today().isoformat()
    assert Path(start) == Path.home() / f"us-russian-forces-clashed-in-syria-dozens-of-{today}.csv"
    assert target.exists()
    window.close()

    again = open_window()  # a restart: the folder is remembered in the settings file
    again.library.select(again.store.articles.list_articles()[0].id)
    seen = _fake_dialogs(monkeypatch, {"Export CSV spreadsheet": target})
    again.exporting.export_csv("article")
    assert Path(seen[-1][1]).parent == out_dir
