"""Agreement over passes: matched claims become units; figures equal the
reference implementations on those units."""

from __future__ import annotations

import pytest

from factcheck_gui.core.review import PassClaim
from factcheck_gui.core.review_agreement import ArticlePasses, agreement, calibration

krippendorff = pytest.importorskip("krippendorff")
np = pytest.importorskip("numpy")
sklearn_metrics = pytest.importorskip("sklearn.metrics")

ORDER = ["False", "Mostly false", "Half true", "Mostly true", "True"]


def claim(reviewer: str, n: int, start: int, end: int, verdict: str | None,
          status: str = "final") -> PassClaim:
    return PassClaim(f"{reviewer}{n}", f"p-{reviewer}", reviewer, start, end, "q", "q",
                     verdict, None, status, (), "t", "t")


def passes() -> ArticlePasses:
    ann = [claim("ann", 0, 0, 10, "True"), claim("ann", 1, 20, 30, "False"),
           claim("ann", 2, 40, 50, "Half true"), claim("ann", 3, 60, 70, "Mostly true")]
    bob = [claim("bob", 0, 1, 10, "True"), claim("bob", 1, 20, 29, "Mostly false"),
           claim("bob", 2, 40, 50, None), claim("bob", 3, 60, 70, "Mostly true", "to-check"),
           claim("bob", 4, 80, 90, "False")]
    return ArticlePasses("a1", "Fares", 100, {"ann": ann, "bob": bob})


def test_two_reviewers_figures_equal_the_references_on_the_matched_units() -> None:
    figures = agreement([passes()], ORDER)
    assert figures.found == {"all": 4, "some": 0, "one": 1}
    assert figures.found_by_all == pytest.approx(4 / 5)
    ann = ["True", "False", "Half true", "Mostly true"]
    bob = ["True", "Mostly false", None, "Mostly true"]
    assert figures.matched_units == 4
    kept = [(a, b) for a, b in zip(ann, bob, strict=True) if b is not None]
    assert figures.verdict_kappa == pytest.approx(sklearn_metrics.cohen_kappa_score(
        [a for a, _ in kept], [b for _, b in kept]))
    rank = {v: float(i) for i, v in enumerate(ORDER)}
    data = np.array([[rank[v] if v else np.nan for v in row] for row in (ann, bob)])
    for level, ours in (("nominal", figures.verdict_alpha_nominal),
                        ("ordinal", figures.verdict_alpha_ordinal)):
        assert ours == pytest.approx(krippendorff.alpha(
            reliability_data=data, level_of_measurement=level,
            value_domain=list(rank.values())))
    assert figures.verdict_same == pytest.approx(2 / 3)
    assert figures.status_same == pytest.approx(3 / 4)
    assert figures.as_json()["verdict_cohen_kappa"] == round(figures.verdict_kappa or 0, 4)


def test_three_reviewers_have_no_kappa_and_pool_over_articles() -> None:
    first = passes()
    third = ArticlePasses("a2", "Other", 50, {
        "ann": [claim("ann", 9, 0, 10, "True")], "bob": [claim("bob", 9, 0, 10, "True")],
        "cy": [claim("cy", 9, 0, 10, "False")]})
    figures = agreement([first, third], ORDER)
    assert figures.reviewers == ("ann", "bob", "cy")
    assert figures.verdict_kappa is None and figures.articles == 2
    assert [a for a, *_ in figures.per_article] == ["a1", "a2"]


def test_calibration_against_curated_claims() -> None:
    mine = passes().claims["bob"]
    result = calibration("bob", "a1", "Fares", "2026-12-01", mine,
                         [("c1", 0, 10, "True"), ("c2", 20, 30, "False"), ("c3", 95, 99, None)])
    assert result.found == pytest.approx(2 / 3)
    assert result.verdict_same == pytest.approx(1 / 2)
