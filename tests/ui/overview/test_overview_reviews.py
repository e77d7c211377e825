"""The overview's Reviews card: agreement over the library and each reviewer's
calibration trend; hidden with no done pass, and blind articles left out."""

from __future__ import annotations

from pathlib import Path

from factcheck_gui.core.models import NewArticle
from factcheck_gui.core.store import Store

TEXT = ("Bus fares will rise by 18% in January. Ridership fell from 17.9 million. "
        "The mayor promised free buses.")


def quote(text: str) -> tuple[int, int]:
    start = TEXT.index(text)
    return start, start + len(text)


def seed(db_path: Path, articles: int = 2) -> list[str]:
    ids = []
    with Store.open(db_path, reviewer="editor") as store:
        for n in range(articles):
            article = store.articles.add_article(NewArticle(title=f"Fares {n}", text=TEXT))
            ids.append(article.id)
            for who, verdict in (("ann", "True"), ("tom", "False" if n == 0 else "True")):
                review = store.reviews.start_pass(article.id, who)
                store.reviews.add_pass_claim(review.id, *quote("Bus fares will rise by 18%"),
                                             verdict=verdict)
                store.reviews.set_done(review.id, True)
            store.claims.add_claim(article.id, *quote("Bus fares will rise by 18%"),
                                   verdict="True")
    return ids


def test_reviews_card_shows_agreement_and_calibration(qtbot, open_window,
                                                      db_path: Path) -> None:
    seed(db_path)
    window = open_window("editor")
    shown = window.overview.show_overview()
    qtbot.waitExposed(shown)
    assert shown.cards["reviews"].isVisible()
    text = shown.reviews.figures.text()
    assert "2 articles, reviewers: ann, tom" in text
    assert "Claims found by all / some / one: 2 / 0 / 0" in text
    series = shown.reviews.chart.series
    assert [c.verdict_same for c in series["tom"]] == [0.0, 1.0]  # a trainee improving
    assert [c.verdict_same for c in series["ann"]] == [1.0, 1.0]
    assert shown.reviews.chart.grab().width() > 0  # paints


def test_reviews_card_hidden_without_passes_and_while_blind(qtbot, open_window,
                                                           db_path: Path) -> None:
    ids = seed(db_path, articles=1)
    with Store.open(db_path, reviewer="editor") as store:
        store.reviews.start_pass(ids[0], "zoe")
    window = open_window("zoe")  # zoe's pass on the only reviewed article is open
    shown = window.overview.show_overview()
    qtbot.waitExposed(shown)
    assert not shown.cards["reviews"].isVisible()
