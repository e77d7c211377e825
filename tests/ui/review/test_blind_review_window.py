"""Blind review in the window: a reviewer's pass hides the article's claims until
done; the compare view shows the passes side by side; curation is one undo step
each and linked in the claim's history."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck_gui.core.history import history_lines
from factcheck_gui.core.models import NewArticle
from factcheck_gui.core.store import Store
from factcheck_gui.ui.review.compare_dialog import CompareDialog, JudgementDialog
from factcheck_gui.ui.review.pass_dialog import PassDialog

TEXT = ("Bus fares will rise by 18% in January, the council said on Tuesday. "
        "Ridership fell from 17.9 million journeys in 2019 to 14.2 million in 2025. "
        "The mayor promised free buses for pupils.")


def span(quote: str) -> tuple[int, int]:
    start = TEXT.index(quote)
    return start, start + len(quote)


@pytest.fixture
def article_id(db_path: Path) -> str:
    with Store.open(db_path, reviewer="editor") as store:
        article = store.articles.add_article(NewArticle(title="Fares", text=TEXT))
        store.claims.add_claim(article.id, *span("Bus fares will rise by 18%"),
                               verdict="True")
        return article.id


def reviewed(db_path: Path, article_id: str, who: str, *claims: tuple[str, str, str]) -> None:
    """`who` does a done pass from another session (the CLI does the same)."""
    with Store.open(db_path, reviewer=who) as store:
        review = store.reviews.open_pass(article_id, who) or store.reviews.start_pass(
            article_id, who)
        for quote, verdict, rationale in claims:
            store.reviews.add_pass_claim(review.id, *span(quote), verdict=verdict,
                                         rationale=rationale,
                                         sources=[f"https://example.org/{who}"])
        store.reviews.set_done(review.id, True)


def test_start_review_is_one_undo_step(open_window, article_id: str) -> None:
    window = open_window("editor")
    window.library_list.select(article_id)
    assert window.blind_review.start_review(["ann", "bob"])
    assert {p.reviewer for p in window.store.reviews.list_passes(article_id)} == {"ann", "bob"}
    window.controller.undo()
    assert window.store.reviews.list_passes(article_id) == []
    window.controller.redo()
    assert len(window.store.reviews.list_passes(article_id, done=False)) == 2


def test_blind_reviewer_sees_no_claims_until_the_pass_is_done(
        qtbot, open_window, db_path: Path, article_id: str) -> None:
    with Store.open(db_path, reviewer="editor") as store:
        store.reviews.start_pass(article_id, "ann")
    window = open_window("ann")
    window.library_list.select(article_id)
    assert window.workspace.rows == {}
    assert window.blind_review.banner.isVisible()
    assert not window.act.compare_reviews.isEnabled()
    assert window.act.my_review_pass.isEnabled()
    assert not window.act.new_claim.isEnabled()  # claims go into the pass while blind

    review = window.store.reviews.open_pass(article_id, "ann")
    dialog = PassDialog(window, window.store, window.controller, review)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text.select_span(*span("Ridership fell from 17.9 million journeys in 2019"))
    dialog.verdict.setCurrentIndex(dialog.verdict.findData("False"))
    dialog.rationale.setPlainText("The statistics office says 15.1 million")
    dialog.sources.setText("https://example.org/stats")
    assert dialog.add_from_selection()
    [mine] = window.store.reviews.pass_claims(review.id)
    assert (mine.verdict, mine.source_urls) == ("False", ("https://example.org/stats",))
    assert dialog.current_claim() is not None
    window.controller.undo()
    assert window.store.reviews.pass_claims(review.id) == []
    window.controller.redo()
    assert len(window.store.reviews.pass_claims(review.id)) == 1
    assert window.workspace.rows == {}  # still blind

    assert dialog.mark_done()
    assert not window.blind_review.banner.isVisible()
    assert window.act.new_claim.isEnabled()
    assert len(window.workspace.rows) == 1  # the article's claim shows again
    assert not dialog.add_button.isEnabled()
    window.controller.undo()  # reopened: blind again
    assert window.workspace.rows == {}
    assert window.blind_review.banner.isVisible()
    dialog.close()


def test_compare_and_curate(qtbot, open_window, db_path: Path, article_id: str,
                            monkeypatch) -> None:
    reviewed(db_path, article_id, "ann",
             ("Bus fares will rise by 18% in January", "True", "the budget says so"),
             ("Ridership fell from 17.9 million journeys in 2019", "False", "stats office"))
    reviewed(db_path, article_id, "bob",
             ("Bus fares will rise by 18%", "Mostly true", "January is not in the budget"),
             ("The mayor promised free buses for pupils", "True", "press release"))
    window = open_window("editor")
    window.library_list.select(article_id)
    assert window.act.compare_reviews.isEnabled()
    dialog = CompareDialog(window, window.store, window.controller, article_id)
    qtbot.addWidget(dialog)
    dialog.show()
    kinds = [dialog.kind(g) for g in dialog.group_list]
    assert kinds == ["all", "one", "one"]
    assert "1 claims found by all" in dialog.summary.text()
    assert dialog.groups.rowCount() == 3
    assert dialog.groups.horizontalHeaderItem(2).text() == "ann"

    dialog.groups.selectRow(0)
    assert dialog.details.columnCount() == 2  # side by side
    rationales = {dialog.details.item(3, c).text() for c in range(2)}
    assert rationales == {"the budget says so", "January is not in the budget"}
    sources = {dialog.details.item(4, c).text() for c in range(2)}
    assert sources == {"https://example.org/ann", "https://example.org/bob"}

    before = len(window.store.claims.list_claims(article_id))
    # Take bob's claim.
    dialog.take_from.setCurrentIndex(dialog.take_from.findText("bob: Mostly true"))
    assert dialog.take_selected()
    claims = window.store.claims.list_claims(article_id)
    assert len(claims) == before + 1
    taken = next(c for c in claims if c.verdict == "Mostly true")
    assert taken.rationale == "January is not in the budget"
    assert window.store.sources.list_sources(taken.id)[0].url == "https://example.org/bob"
    links = window.store.reviews.curated_from(taken.id)
    assert links[0]["how"] == "take" and links[0]["from"][0]["reviewer"] == "bob"
    lines = [line.text for _e, ls in history_lines(window.store.events.for_claim(taken.id))
             for line in ls]
    assert any("curated: taken from the review passes: bob's claim" in t for t in lines)
    assert "✓" in dialog.groups.item(0, dialog.groups.columnCount() - 1).text()
    window.controller.undo()
    assert len(window.store.claims.list_claims(article_id)) == before
    assert dialog.groups.item(0, dialog.groups.columnCount() - 1).text() == ""
    window.controller.redo()
    assert len(window.store.claims.list_claims(article_id)) == before + 1
    window.controller.undo()

    # Merge two unmatched claims into one.
    dialog.groups.clearSelection()
    dialog.groups.selectRow(1)
    dialog.groups.selectionModel().select(
        dialog.groups.model().index(2, 0),
        dialog.groups.selectionModel().SelectionFlag.Select
        | dialog.groups.selectionModel().SelectionFlag.Rows)
    assert len(dialog.selected_claims()) == 2
    assert dialog.merge_selected()
    merged = [c for c in window.store.claims.list_claims(article_id)
              if window.store.reviews.curated_from(c.id)]
    assert len(merged) == 1
    ride, mayor = span("Ridership fell"), span("The mayor promised free buses for pupils")
    assert (merged[0].start, merged[0].end) == (ride[0], mayor[1])
    assert "ann: stats office" in (merged[0].rationale or "")
    window.controller.undo()

    # Write the final judgement over the matched pair.
    monkeypatch.setattr(JudgementDialog, "ask", classmethod(
        lambda cls, parent, scale, verdict, rationale: ("Mostly true", "Budget: 18%, from March")))
    dialog.groups.clearSelection()
    dialog.groups.selectRow(0)
    assert dialog.judge_selected()
    final = [c for c in window.store.claims.list_claims(article_id)
             if window.store.reviews.curated_from(c.id)]
    assert [(c.verdict, c.status.value, c.rationale) for c in final] == [
        ("Mostly true", "final", "Budget: 18%, from March")]
    assert {o["reviewer"] for o in window.store.reviews.curated_from(final[0].id)[0]["from"]} \
        == {"ann", "bob"}
    assert len(window.workspace.rows) == before + 1  # the article view shows it
    dialog.close()


def test_compare_is_refused_while_blind(open_window, db_path: Path, article_id: str) -> None:
    reviewed(db_path, article_id, "bob", ("Bus fares will rise by 18%", "True", "x"))
    with Store.open(db_path, reviewer="editor") as store:
        store.reviews.start_pass(article_id, "ann")
    window = open_window("ann")
    window.library_list.select(article_id)
    assert not window.act.compare_reviews.isEnabled()
    shown: list[str] = []
    window.messages.show_error = lambda title, message: shown.append(message)  # type: ignore
    window.blind_review.compare()
    assert shown and "blind review" in shown[0]
