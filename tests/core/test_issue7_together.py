"""Rating scales, workflow rules, corrections and restoring deleted claims used
together: what each feature promises must still hold when another has run since."""

from __future__ import annotations

import csv
import io
import json

import pytest

from factcheck_gui.core.errors import ValidationError
from factcheck_gui.core.history import describe_event
from factcheck_gui.core.models import RatingLabel, RatingScale, Status
from factcheck_gui.core.scales import load_preset
from factcheck_gui.core.store import Store
from factcheck_gui.core.store.events import event_from_row
from factcheck_gui.io.claimreview_export import write_claimreview
from factcheck_gui.io.csv_export import write_csv_cells
from tests.core.conftest import ARTICLE_TEXT, span


@pytest.fixture
def corrected(store: Store, article) -> str:
    """A final claim whose verdict was corrected from Mostly true to False."""
    claim = store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "Bus fares will rise by 18%"),
                                   verdict="Mostly true", rationale="The budget papers say so.")
    store.sources.add_source(claim.id, "https://example.org/budget")
    store.claims.update_claim(claim.id, status="final")
    store.claims.update_claim(claim.id, verdict="False", correction_note="The ONS revised it")
    return claim.id


def test_a_claim_restored_after_a_scale_change_keeps_its_verdict_as_retired(
        store: Store, corrected: str) -> None:
    store.claims.delete_claim(corrected)
    store.scales.change_scale(load_preset("fever"))  # nothing carries False now: no mapping asked
    assert store.scales.active_scale().find("False") is None

    claim = store.restore.restore_deleted_claim(corrected)
    assert claim.verdict == "False" and claim.status is Status.FINAL
    label = store.scales.active_scale().find("False")
    assert label is not None and label.retired  # shown and exported, not offered
    assert label.colour == load_preset().find("False").colour  # as it looked before
    # ClaimReview leaves out verdicts that are not on the scale: this one is in.
    out = io.BytesIO()
    write_claimreview(store.reports.report_rows(), out, scale=store.scales.active_scale())
    reviews = json.loads(out.getvalue())
    reviews = reviews if isinstance(reviews, list) else reviews.get("@graph", [reviews])
    assert [r["reviewRating"]["alternateName"] for r in reviews] == ["False"]
    # Its corrections and history are still its own, in the window and the CSV.
    assert [c.note for c in store.workflow.corrections(corrected)] == ["The ONS revised it"]
    out = io.BytesIO()
    write_csv_cells(store.reports.report_cells(), out)
    row = next(csv.DictReader(io.StringIO(out.getvalue().decode("utf-8-sig"))))
    assert row["verdict"] == "False" and row["rating_value"] == "1"
    assert row["corrections"].endswith("· verdict: Mostly true → False · note: The ONS revised it")
    words = [line for e in store.events.for_claim(corrected) for line in describe_event(e)]
    assert words[-2:] == ["deleted claim on “Bus fares will rise by 18%” with 1 source",
                          "restored claim with 1 source"]
    # The scale change is on record too.
    scale_event = event_from_row(store.connection.execute(
        "SELECT * FROM events WHERE entity = 'scale' ORDER BY id DESC LIMIT 1").fetchone())
    assert "kept as retired labels: False" in describe_event(scale_event)
    # And a later scale change accounts for it like any verdict in use.
    assert store.scales.verdict_usage() == {"False": 1}


def test_a_restored_verdict_takes_the_scales_spelling(store: Store, corrected: str) -> None:
    store.claims.delete_claim(corrected)
    store.scales.change_scale(RatingScale(
        id="plain-lower", name="Lower case", best_rating=1, worst_rating=0,
        labels=tuple(RatingLabel(label=name, value=None, position=n)
                     for n, name in enumerate(("true", "false")))))
    assert store.restore.restore_deleted_claim(corrected).verdict == "false"
    assert not any(lbl.retired for lbl in store.scales.active_scale().labels)


def test_a_retired_verdict_can_be_given_again_unchanged(store: Store, corrected: str) -> None:
    """Scripts that always pass the verdict (`claim set --verdict V --status S`) keep
    working on a claim whose verdict was retired; a new retired verdict is refused."""
    store.scales.change_scale(load_preset("fever"), keep_retired=True)
    claim = store.claims.update_claim(corrected, verdict="False", status="published")
    assert claim.status is Status.PUBLISHED and claim.verdict == "False"
    other = store.claims.add_claim(claim.article_id, *span(ARTICLE_TEXT, "We have no other choice"))
    with pytest.raises(ValidationError, match="not a verdict of the scale"):
        store.claims.update_claim(other.id, verdict="False")
