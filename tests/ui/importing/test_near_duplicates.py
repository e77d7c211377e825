"""A paste or import that is a changed copy of a stored article is offered as a new
version of it, or as a separate article."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication

from factcheck_gui.ui.dialogs.article_metadata import ArticleMetadataDialog

PARAGRAPHS = [
    "Harbour council approves bus fare rise",
    "Harbour city council voted on Tuesday to raise bus fares by 10 percent from April.",
    "Council leader Tom Reyes said the money would pay for 40 new electric buses.",
    "He told the meeting that ridership had grown by a quarter since 2019.",
    "Opponents said the rise would hit low-paid workers hardest.",
    "The vote passed by seven votes to four.",
]


def _accept_details(monkeypatch) -> None:
    monkeypatch.setattr(ArticleMetadataDialog, "ask",
                        staticmethod(lambda parent, values, **kw: dict(values)))


def test_paste_of_a_changed_copy_becomes_a_new_version(open_window, monkeypatch,
                                                      tmp_path: Path) -> None:
    window = open_window()
    _accept_details(monkeypatch)
    first = tmp_path / "fares.txt"
    first.write_text("\n\n".join(PARAGRAPHS), encoding="utf-8")
    assert window.importing.import_articles([first]) == 1
    stored = window.store.articles.list_articles()[0]
    window.act.open_sample.trigger()  # another article on screen
    asked: list[tuple[str, str, str]] = []
    monkeypatch.setattr(type(window.importing), "ask_near_duplicate",
                        lambda self, near, what: asked.append(
                            (near.article.id, near.describe(), what)) or "version")
    QGuiApplication.clipboard().setText("\n\n".join([*PARAGRAPHS, "The union will appeal."]))
    assert window.importing.paste_article()
    assert asked == [(stored.id, "1 line added", "the clipboard")]
    assert window.workspace.article_id == stored.id
    versions = window.store.versions.list_versions(stored.id)
    assert [v.number for v in versions] == [1, 2]
    assert versions[-1].note == "Updated from the clipboard"
    assert len(window.store.articles.list_articles()) == 2  # the sample and this one
    assert window.edits.undo()
    assert len(window.store.versions.list_versions(stored.id)) == 1


def test_a_changed_copy_can_still_be_a_separate_article_or_nothing(
        open_window, monkeypatch, tmp_path: Path) -> None:
    window = open_window()
    _accept_details(monkeypatch)
    first = tmp_path / "fares.txt"
    first.write_text("\n\n".join(PARAGRAPHS), encoding="utf-8")
    assert window.importing.import_articles([first]) == 1
    changed = tmp_path / "fares-2.txt"
    changed.write_text("\n\n".join([*PARAGRAPHS[:-1], "The vote passed by eight to three."]),
                       encoding="utf-8")
    answers = iter([None, "article"])
    monkeypatch.setattr(type(window.importing), "ask_near_duplicate",
                        lambda self, near, what: next(answers))
    assert window.importing.import_articles([changed]) == 0  # cancelled
    assert len(window.store.articles.list_articles()) == 1
    assert window.importing.import_articles([changed]) == 1  # a separate article
    assert len(window.store.articles.list_articles()) == 2
