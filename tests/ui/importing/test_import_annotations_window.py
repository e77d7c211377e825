"""File > Import Annotations…: confirm, back up, merge through the store, refresh,
and say what happened; real database files and real exported JSON."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from factcheck_gui.core.models import NewArticle
from factcheck_gui.core.store import Store, backups_folder
from factcheck_gui.io.w3c_export import export_annotations
from factcheck_gui.io.w3c_import import ImportReport
from factcheck_gui.ui.dialogs.annotation_import_summary import ImportSummaryDialog
from tests.ui.conftest import select_text

TEXT = "Trams\n\nThe trams return in 2027, the council said. Fares will fall by half."


def make_export(tmp_path: Path) -> tuple[Path, list[str]]:
    """Database A with two judged claims, exported to W3C JSON-LD."""
    with Store.open(tmp_path / "a.db", reviewer="ann") as store:
        article = store.articles.add_article(NewArticle("Trams", TEXT, url="https://news.example/t"))
        ids = []
        for quote, verdict in (("The trams return in 2027", "True"),
                               ("Fares will fall by half", "False")):
            start = TEXT.index(quote)
            ids.append(store.claims.add_claim(article.id, start, start + len(quote),
                                              verdict=verdict).id)
        store.sources.add_source(ids[0], "https://council.example/minutes")
        out = tmp_path / "a.jsonld"
        export_annotations(store.reports.report_rows(), out,
                           article_text=lambda a: store.versions.current_version(a.id))
    return out, ids


def answers(monkeypatch, window, path: Path, *, confirm: bool = True) -> dict[str, list]:
    seen: dict[str, list] = {"confirm": [], "summary": [], "errors": []}
    cls = type(window.annotations)
    monkeypatch.setattr(cls, "ask_annotations_path", lambda self: path)
    monkeypatch.setattr(cls, "confirm_import_annotations", lambda self, text:
                        seen["confirm"].append(text) or confirm)
    monkeypatch.setattr(cls, "show_import_summary", lambda self, report, backup:
                        seen["summary"].append((report, backup)))
    monkeypatch.setattr(type(window.messages), "show_error",
                        lambda self, title, text: seen["errors"].append(text))
    return seen


def test_import_merges_backs_up_refreshes_and_summarises(open_window, monkeypatch,
                                                         tmp_path: Path, db_path: Path) -> None:
    exported, ids = make_export(tmp_path)
    window = open_window(reviewer="bob")
    window.act.open_sample.trigger()
    select_text(window, "Councillors voted 27 to 19")
    window.claims.create_claim()
    assert window.controller.stack.count() == 1
    seen = answers(monkeypatch, window, exported)
    window.act.import_annotations.trigger()
    assert "cannot be undone" in seen["confirm"][0] and "backup" in seen["confirm"][0]
    report, backup = seen["summary"][0]
    assert (report.created, report.updated, report.skipped, report.articles_created) == (
        2, 0, 0, 1)
    assert backup.parent == backups_folder(db_path) and backup.exists()
    with sqlite3.connect(backup) as copy:  # the backup is the database before the merge
        assert copy.execute("SELECT count(*) FROM claims").fetchone()[0] == 1
    assert len(list(window.store.reports.report_rows())) == 3
    titles = [a.title for a in window.library.model.articles()]
    assert "Trams" in titles  # the library shows the imported article at once
    window.library.select(next(a.id for a in window.library.model.articles()
                               if a.title == "Trams"))
    assert sorted(window.workspace.rows) == sorted(ids)  # ids kept
    assert window.controller.stack.count() == 0  # bulk merge: no stale undo steps
    assert "2 new" in window.statusBar().currentMessage()

    window.act.import_annotations.trigger()  # the same file again changes nothing
    again, second_backup = seen["summary"][1]
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    assert second_backup != backup and second_backup.exists()


def test_declining_imports_nothing_and_makes_no_backup(open_window, monkeypatch,
                                                       tmp_path: Path, db_path: Path) -> None:
    exported, _ = make_export(tmp_path)
    window = open_window()
    seen = answers(monkeypatch, window, exported, confirm=False)
    assert window.annotations.import_annotations_file() is None
    assert seen["summary"] == [] and not backups_folder(db_path).exists()
    assert window.store.articles.list_articles() == []


def test_unreadable_files_get_one_clear_message(open_window, monkeypatch,
                                                tmp_path: Path, db_path: Path) -> None:
    window = open_window()
    bad = tmp_path / "notes.json"
    bad.write_text("{not json", encoding="utf-8")
    seen = answers(monkeypatch, window, bad)
    assert window.annotations.import_annotations_file() is None
    assert "notes.json" in seen["errors"][0] and "not JSON" in seen["errors"][0]
    assert window.annotations.import_annotations_file(tmp_path / "missing.json") is None
    assert "missing.json" in seen["errors"][1]
    assert seen["confirm"] == [] and not backups_folder(db_path).exists()


def test_orphans_are_reported_in_the_summary(open_window, monkeypatch, tmp_path: Path) -> None:
    window = open_window()
    window.store.articles.add_article(NewArticle("Story", "The mayor spoke at noon.",
                                                 url="https://example.org/story"))
    hypothesis = {"rows": [
        {"id": "h1", "uri": "https://example.org/story", "text": "Check the time.",
         "target": [{"source": "https://example.org/story", "selector": [
             {"type": "TextQuoteSelector", "exact": "at noon", "prefix": "spoke ",
              "suffix": "."}]}]},
        {"id": "h2", "uri": "https://example.org/story", "text": "?",
         "target": [{"source": "https://example.org/story", "selector": [
             {"type": "TextQuoteSelector", "exact": "a cut sentence"}]}]},
    ]}
    path = tmp_path / "hypothesis.json"
    path.write_text(json.dumps(hypothesis), encoding="utf-8")
    answers(monkeypatch, window, path)
    report = window.annotations.import_annotations_file()
    assert report is not None and (report.created, report.orphaned) == (2, 1)
    assert len(window.workspace.rows) == 2


def test_the_summary_dialog_shows_counts_problems_and_the_backup(qtbot, tmp_path: Path) -> None:
    report = ImportReport(created=3, updated=1, unchanged=2, orphaned=1, skipped=1,
                          messages=["annotation 4 (x): skipped: no target"])
    dialog = ImportSummaryDialog(None, report, tmp_path / "checks-backups" / "b.db")
    qtbot.addWidget(dialog)
    assert {k: v.text() for k, v in dialog.values.items()} == {
        "created": "3", "updated": "1", "unchanged": "2", "orphaned": "1", "skipped": "1",
        "articles_created": "0", "review_claims": "0"}
    assert "b.db" in dialog.backup_label.text()


def test_a_read_only_database_takes_no_import(qtbot, monkeypatch, tmp_path: Path,
                                              db_path: Path) -> None:
    from factcheck_gui.app import create_main_window

    exported, _ = make_export(tmp_path)
    Store.open(db_path).close()
    store = Store.open(db_path, read_only=True)
    window = create_main_window(store)
    qtbot.addWidget(window)
    seen = answers(monkeypatch, window, exported)
    assert window.annotations.import_annotations_file() is None
    assert "read-only" in seen["errors"][0] and seen["confirm"] == []
    window.close()
    store.close()
