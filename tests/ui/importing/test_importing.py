"""Getting articles in from the window: the details dialog, Article > Properties,
duplicates, dropped files and batches with progress, cancel and a summary."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QProgressDialog,
    QPushButton,
)

from factcheck_gui.core.models import NewArticle
from factcheck_gui.core.store import Store
from factcheck_gui.io.batch import BatchResult, Failed, Imported, Skipped
from factcheck_gui.ui.dialogs.article_metadata import (
    ArticleMetadataDialog,
    date_problem,
    url_problem,
)
from factcheck_gui.ui.importing import batch_import
from factcheck_gui.ui.importing.batch_import import BatchImport, ImportSummaryDialog, summary_rows

FRONT_MATTER = """---
title: Trams return to the high street
author: Dana Kim
outlet: The Courier
date: 2024-03-05
---

# Trams return to the high street

The trams return in 2027, the council said on Monday.
"""
REAL_ASK = ArticleMetadataDialog.ask.__func__  # before the autouse fixture replaces it


def write_articles(folder: Path, count: int) -> list[Path]:
    paths = []
    for n in range(count):
        path = folder / f"story{n}.txt"
        path.write_text(f"Story number {n}\n\nThe council met {n} times this year.",
                        encoding="utf-8")
        paths.append(path)
    return paths


def drop(window, paths: list[Path]) -> bool:
    """Drag `paths` over the window and drop them, as a file manager would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(40, 40), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(QPointF(40, 40), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    return event.isAccepted()


def test_one_file_shows_its_details_to_confirm_and_the_edit_is_one_undo_step(
    open_window, monkeypatch, tmp_path: Path
) -> None:
    window = open_window()
    path = tmp_path / "trams.md"
    path.write_text(FRONT_MATTER, encoding="utf-8")
    shown: list[tuple[dict, str | None]] = []

    def ask(cls, parent, values, importing=None, **kwargs):
        shown.append((dict(values), importing))
        return {**values, "title": "Trams are back", "outlet": "The Evening Courier",
                "url": "https://courier.example/trams", "language": "en"}

    monkeypatch.setattr(ArticleMetadataDialog, "ask", classmethod(ask))
    assert window.importing.import_articles([path]) == 1
    (prefilled, importing), = shown
    assert importing == "trams.md"
    assert prefilled["author"] == "Dana Kim" and prefilled["published"] == "2024-03-05"
    assert prefilled["outlet"] == "The Courier"
    (summary,) = window.store.articles.list_articles()
    article = window.store.articles.get_article(summary.id)
    assert (article.title, article.outlet, article.author, article.url, article.published,
            article.language) == ("Trams are back", "The Evening Courier", "Dana Kim",
                                  "https://courier.example/trams", "2024-03-05", "en")
    assert window.article_view.article.id == article.id
    window.act.undo.trigger()
    assert window.store.articles.list_articles() == []
    window.act.redo.trigger()
    assert window.store.articles.list_articles()[0].title == "Trams are back"


def test_cancelling_the_details_dialog_imports_nothing(open_window, monkeypatch,
                                                       tmp_path: Path) -> None:
    window = open_window()
    monkeypatch.setattr(ArticleMetadataDialog, "ask", classmethod(lambda cls, *a, **k: None))
    assert window.importing.import_articles(write_articles(tmp_path, 1)) == 0
    QGuiApplication.clipboard().setText("Ferries\n\nThe ferry runs hourly from May.")
    assert not window.importing.paste_article()
    assert window.store.articles.list_articles() == []
    assert not window.controller.stack.canUndo()


def test_properties_edit_the_details_and_undo_restores_the_old_ones(open_window,
                                                                    monkeypatch) -> None:
    window = open_window()
    assert not window.act.article_properties.isEnabled()
    window.act.open_sample.trigger()
    assert window.act.article_properties.isEnabled()
    before = window.article_view.article
    monkeypatch.setattr(ArticleMetadataDialog, "ask", classmethod(
        lambda cls, parent, values, **kwargs: {**values, "title": "Fares rise",
                                                     "author": "Lee Park", "published": None}))
    assert window.importing.edit_article_properties()
    after = window.store.articles.get_article(before.id)
    assert (after.title, after.author, after.published) == ("Fares rise", "Lee Park", None)
    assert window.article_view.article.title == "Fares rise"
    assert window.act.undo.text() == "&Undo Edit Article Properties"
    window.act.undo.trigger()
    restored = window.store.articles.get_article(before.id)
    assert (restored.title, restored.author, restored.published) == (
        before.title, before.author, before.published)
    assert window.article_view.article.title == before.title
    window.act.redo.trigger()
    assert window.store.articles.get_article(before.id).author == "Lee Park"
    # Nothing changed: no step on the stack.
    monkeypatch.setattr(ArticleMetadataDialog, "ask", classmethod(
        lambda cls, parent, values, **kwargs: dict(values)))
    count = window.controller.stack.count()
    assert not window.importing.edit_article_properties()
    assert window.controller.stack.count() == count


def test_the_real_properties_dialog_driven_through_its_widgets(open_window, qtbot,
                                                               monkeypatch) -> None:
    window = open_window()
    window.act.open_sample.trigger()
    monkeypatch.setattr(ArticleMetadataDialog, "ask", classmethod(REAL_ASK))
    seen: list[str] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ArticleMetadataDialog)
        seen.append(dialog.note.text())
        qtbot.keyClicks(dialog.fields["url"], "ftp://files.example/x")
        seen.append(dialog.errors["url"].text())  # while typing, before OK
        assert not dialog.ok_button.isEnabled()
        dialog.fields["url"].setText("https://news.example/fares")
        dialog.fields["outlet"].setText("The Herald")
        dialog.ok_button.click()

    QTimer.singleShot(0, fill)
    window.act.article_properties.trigger()
    assert seen[0].startswith("Imported ") and "http://" in seen[1]
    article = window.store.articles.get_article(window.workspace.article_id)
    assert (article.url, article.outlet) == ("https://news.example/fares", "The Herald")


def test_the_details_dialog_explains_bad_urls_dates_and_a_missing_title(qtbot) -> None:
    dialog = ArticleMetadataDialog(None, {"title": "Trams", "published": "5 March 2024",
                                          "url": "https://x.example/a"}, importing="a.md")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Import Article"
    assert not dialog.errors["published"].isHidden()
    assert "ISO date" in dialog.errors["published"].text()
    assert not dialog.ok_button.isEnabled()
    dialog.fields["published"].setText("2024-03-05")
    assert dialog.errors["published"].isHidden() and dialog.ok_button.isEnabled()
    dialog.fields["title"].setText("   ")
    assert dialog.errors["title"].text() == "An article needs a title."
    dialog.accept()
    assert dialog.result() == 0
    dialog.fields["title"].setText("Trams  return")
    dialog.fields["url"].setText("javascript:alert(1)")
    assert "http://" in dialog.errors["url"].text()
    dialog.fields["url"].setText("news.example/trams")
    assert dialog.errors["url"].isHidden()
    dialog.accept()
    assert dialog.result() == 1
    assert dialog.values() == {"title": "Trams return", "outlet": None, "author": None,
                               "url": "https://news.example/trams",
                               "published": "2024-03-05", "language": None}


def test_url_and_date_rules() -> None:
    for good in ("", "https://a.example/x", "http://localhost:8000/a", "HTTPS://A.EXAMPLE"):
        assert url_problem(good) is None, good
    assert url_problem("a.example/x") is None  # as copied from an address bar
    for bad in ("ftp://a.example", "https://", "https://a b.example",
                "https://intranet/x", "file:///etc/passwd"):
        assert url_problem(bad), bad
    for good in ("", "2024", "2024-03", "2024-03-05", "2024-03-05T10:30:00Z",
                 "2024-03-05T10:30:00+01:00"):
        assert date_problem(good) is None, good
    for bad in ("5 March 2024", "2024-13", "2024-02-30", "yesterday", "24-03-05"):
        assert date_problem(bad), bad


def test_a_duplicate_offers_the_existing_article(open_window, monkeypatch,
                                                 tmp_path: Path) -> None:
    window = open_window()
    first, other = write_articles(tmp_path, 2)
    assert window.importing.import_articles([first]) == 1
    existing = window.store.articles.list_articles()[0]
    window.importing.import_articles([other])
    assert window.workspace.article_id != existing.id
    copy = tmp_path / "copy.txt"
    copy.write_bytes(first.read_bytes())
    offers: list[tuple[str, str]] = []
    answer = iter([True, False, True])
    monkeypatch.setattr(type(window.importing), "ask_open_duplicate",
                        lambda self, article, what: offers.append((article.id, what))
                        or next(answer))
    assert window.importing.import_articles([copy]) == 0
    assert offers == [(existing.id, "copy.txt")]
    assert window.workspace.article_id == existing.id  # opened instead
    assert len(window.store.articles.list_articles()) == 2
    window.importing.import_articles([other])  # declined: nothing happens
    assert len(window.store.articles.list_articles()) == 2
    QGuiApplication.clipboard().setText(first.read_text(encoding="utf-8"))
    assert not window.importing.paste_article()
    assert offers[-1] == (existing.id, "the clipboard")
    assert len(window.store.articles.list_articles()) == 2


def test_dropping_several_files_imports_them_as_a_batch_with_a_summary(
    open_window, qtbot, tmp_path: Path, import_summaries: list
) -> None:
    window = open_window()
    window.act.open_sample.trigger()
    good = write_articles(tmp_path, 3)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\nthis is not really a pdf")
    image = tmp_path / "photo.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    duplicate = tmp_path / "again.txt"
    duplicate.write_bytes(good[0].read_bytes())
    assert drop(window, [good[0], broken, good[1], image, duplicate, good[2]])
    qtbot.waitUntil(lambda: bool(import_summaries), timeout=10_000)
    (result,) = import_summaries
    assert [i.path for i in result.imported] == good
    assert [(s.path, s.existing.title) for s in result.skipped] == [
        (duplicate, "Story number 0")]
    assert [f.path for f in result.failed] == [broken, image]
    assert all(f.reason.startswith(f.path.name + ":") for f in result.failed)
    assert "PNG" in result.failed[1].reason
    titles = {a.title for a in window.store.articles.list_articles()}
    assert {"Story number 0", "Story number 1", "Story number 2"} <= titles
    assert window.workspace.article_id == result.imported[0].article.id
    assert window.counts_label.text().startswith("4 articles")
    assert window.importing.last_import is result
    assert not window.findChildren(QProgressDialog) or all(
        not p.isVisible() for p in window.findChildren(QProgressDialog))


def test_dropping_nothing_importable_is_refused(open_window, tmp_path: Path) -> None:
    window = open_window()
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.org/story")])
    enter = QDragEnterEvent(QPoint(40, 40), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_cancel_stops_the_batch_between_files_and_the_summary_says_so(
    open_window, qtbot, monkeypatch, tmp_path: Path, import_summaries: list
) -> None:
    window = open_window()
    paths = write_articles(tmp_path, 6)
    original = type(window.importing)._write_batch_article
    writes: list[Path] = []

    def write_then_cancel(self, path, new):
        writes.append(path)
        outcome = original(self, path, new)
        if len(writes) == 2:
            progress = window.findChild(QProgressDialog)
            assert progress.isVisible()
            label = progress.findChild(QLabel)  # file names are never read as markup
            assert label.textFormat() == Qt.TextFormat.PlainText
            progress.findChild(QPushButton).click()  # the Cancel button
        return outcome

    monkeypatch.setattr(type(window.importing), "_write_batch_article", write_then_cancel)
    assert window.importing.import_articles(paths) == 2
    (result,) = import_summaries
    assert result.cancelled and result.not_started == paths[2:]
    assert len(window.store.articles.list_articles()) == 2
    rows = summary_rows(result)
    assert [r[1] for r in rows] == ["Imported"] * 2 + ["Not imported"] * 4


def test_files_are_read_off_the_ui_thread_and_written_on_it(qtbot, tmp_path: Path,
                                                            monkeypatch) -> None:
    store = Store.open(tmp_path / "t.db", reviewer="ann")
    read_in: list[str] = []
    written_in: list[str] = []
    real_read = batch_import.read_target

    def read(path, **kwargs):
        read_in.append(threading.current_thread().name)
        return real_read(path, **kwargs)

    def write(path: Path, new: NewArticle) -> Imported | Skipped | Failed:
        written_in.append(threading.current_thread().name)
        if "2" in path.name:
            raise RuntimeError("disk on fire")
        return Imported(path, store.articles.add_article(new))

    monkeypatch.setattr(batch_import, "read_target", read)
    batch = BatchImport(write_articles(tmp_path, 4), write)
    with qtbot.waitSignal(batch.finished, timeout=10_000) as finished:
        batch.start()
    result: BatchResult = finished.args[0]
    assert len(result.imported) == 3 and len(result.failed) == 1
    assert "unexpected RuntimeError: disk on fire" in result.failed[0].reason
    assert all(name.startswith("fc-import") for name in read_in)
    assert written_in == [threading.main_thread().name] * 4
    store.close()


def test_the_summary_dialog_lists_every_file_and_copies_its_report(qtbot,
                                                                    tmp_path: Path) -> None:
    store = Store.open(tmp_path / "t.db", reviewer="ann")
    article = store.articles.add_article(NewArticle("Trams return", "The trams return in 2027."))
    result = BatchResult(
        imported=[Imported(tmp_path / "trams.txt", article)],
        skipped=[Skipped(tmp_path / "copy.txt", article)],
        failed=[Failed(tmp_path / "scan.pdf", "scan.pdf: no text found: scanned PDF?")],
    )
    dialog = ImportSummaryDialog(None, result)
    qtbot.addWidget(dialog)
    assert dialog.headline.text() == (
        "1 article imported, 1 duplicate skipped, 1 file failed.")
    cells = [[dialog.table.item(r, c).text() for c in range(3)]
             for r in range(dialog.table.rowCount())]
    assert cells == [["scan.pdf", "Failed", "no text found: scanned PDF?"],
                     ["copy.txt", "Duplicate", "skipped: same text as “Trams return”"],
                     ["trams.txt", "Imported", "Trams return"]]
    dialog.findChild(QDialogButtonBox).buttons()[0].click()  # one of Close / Copy Report
    dialog.copy_report()
    assert QGuiApplication.clipboard().text().startswith("1 article imported")
    assert "scan.pdf\tFailed\tno text found" in QGuiApplication.clipboard().text()
    store.close()


def test_a_batch_into_a_database_that_refuses_writes_lists_why_for_each_file(
    open_window, tmp_path: Path, import_summaries: list
) -> None:
    window = open_window()
    window.act.open_sample.trigger()
    window.store.connection.execute("PRAGMA query_only = ON")
    paths = write_articles(tmp_path, 3)
    assert window.importing.import_articles(paths) == 0
    (result,) = import_summaries
    assert [f.path for f in result.failed] == paths
    assert all(f.reason.startswith(f"{f.path.name}: ") for f in result.failed)
    assert window.banner.isHidden() and not window.act.retry.isEnabled()
    window.store.connection.execute("PRAGMA query_only = OFF")
    assert window.importing.import_articles(paths) == 3
    assert len(window.store.articles.list_articles()) == 4


def test_the_summary_never_reads_file_names_as_markup(qtbot, tmp_path: Path) -> None:
    name = "<img src='x.png'><b>bold.txt"
    result = BatchResult(failed=[Failed(tmp_path / name, f"{name}: the file is empty")])
    dialog = ImportSummaryDialog(None, result)
    qtbot.addWidget(dialog)
    item = dialog.table.item(0, 0)
    assert item.text() == name
    assert "<img" not in item.toolTip() and "&lt;img" in item.toolTip()


def test_a_batch_lists_the_library_once_at_the_end(open_window, tmp_path: Path,
                                                   import_summaries) -> None:
    """Each imported file is a store write; the library is listed again once, after
    the batch, not once per file, and then shows every article."""
    window = open_window()
    reloads = window.library_list.reloads
    paths = write_articles(tmp_path, 5)
    assert window.importing.import_articles(paths) == 5
    assert window.library_list.reloads == reloads + 1
    assert not window.feed.is_held()
    assert window.library.model.rowCount() == 5
    assert window.counts_label.text() == "5 articles · 0 claims"
    assert window.workspace.article_id == import_summaries[0].imported[0].article.id
