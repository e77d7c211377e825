"""Store writes for imports: ids and times kept, newer wins, the loser stays in history."""

from __future__ import annotations

from dataclasses import replace

import pytest

from factcheck_gui.core.errors import ValidationError
from factcheck_gui.core.models import AnchorState, Claim, Source, Stance, Status
from factcheck_gui.core.store import Store

from .conftest import ARTICLE_TEXT, span

T0 = "2026-01-01T10:00:00.000000+00:00"
T1 = "2026-01-02T10:00:00.000000+00:00"
T2 = "2026-01-03T10:00:00.000000+00:00"


def _claim(article_id: str, **changes) -> Claim:
    quote = "Ridership fell"
    start, end = span(ARTICLE_TEXT, quote)
    claim = Claim(
        id="11111111-2222-3333-4444-555555555555", article_id=article_id, version_id="",
        start=start, end=end, quote=quote, prefix="", suffix="", anchor_state=AnchorState.OK,
        claim_text="Ridership fell", claimant="Zoë", verdict="Mostly true", rationale="r",
        status=Status.FINAL, reviewer="bob", created_at=T0, updated_at=T1,
    )
    return replace(claim, **changes)


def test_created_with_its_id_times_and_reviewer(store: Store, article) -> None:
    result, claim = store.merge.merge_claim(_claim(article.id))
    assert result == "created"
    assert (claim.id, claim.created_at, claim.updated_at, claim.reviewer) == (
        "11111111-2222-3333-4444-555555555555", T0, T1, "bob")
    assert ARTICLE_TEXT[claim.start : claim.end] == claim.quote == "Ridership fell"
    assert claim.prefix and claim.suffix  # recomputed from the text
    assert store.events.for_claim(claim.id)[-1].action == "import"
    assert store.merge.merge_claim(_claim(article.id))[0] == "unchanged"
    assert store.integrity_problems() == []


def test_newer_wins_and_the_older_value_stays_in_history(store: Store, article) -> None:
    review = Status.NEEDS_REVIEW  # not yet final: a newer verdict is no correction
    store.merge.merge_claim(_claim(article.id, status=review))
    result, claim = store.merge.merge_claim(_claim(article.id, status=review, verdict="False",
                                                   updated_at=T2))
    assert (result, claim.verdict, claim.updated_at) == ("updated", "False", T2)
    event = store.events.for_claim(claim.id)[-1]
    assert event.action == "merge"
    assert event.before == {"verdict": "Mostly true", "updated_at": T1}
    assert event.after == {"verdict": "False", "updated_at": T2}
    # An older edit loses, but is kept in the history, once however often imported.
    older = _claim(article.id, status=review, verdict="True", rationale="older", updated_at=T1)
    for _ in range(2):
        result, claim = store.merge.merge_claim(older)
        assert (result, claim.verdict) == ("unchanged", "False")
    kept = [e for e in store.events.for_claim(claim.id) if e.action == "merge-older"]
    assert len(kept) == 1
    assert kept[0].before == {"verdict": "True", "rationale": "older", "updated_at": T1}


def test_a_final_verdict_changes_only_as_a_correction(store: Store, article) -> None:
    store.merge.merge_claim(_claim(article.id))  # final
    newer = _claim(article.id, verdict="False", updated_at=T2)
    for _ in range(2):
        result, claim = store.merge.merge_claim(newer)
        assert (result, claim.verdict, claim.updated_at) == ("held", "Mostly true", T1)
    held = [e for e in store.events.for_claim(claim.id) if e.action == "merge-held"]
    assert len(held) == 1 and held[0].before == {"verdict": "False", "updated_at": T2}
    result, claim = store.merge.merge_claim(newer, corrected=frozenset({"verdict"}))
    assert (result, claim.verdict) == ("updated", "False")


def test_orphans_keep_their_quote_with_offsets_clamped(store: Store, article) -> None:
    orphan = _claim(article.id, quote="words that are gone", start=10_000, end=10_019,
                    anchor_state=AnchorState.ORPHANED, prefix="p", suffix="s")
    _, claim = store.merge.merge_claim(orphan)
    assert claim.anchor_state is AnchorState.ORPHANED
    assert (claim.quote, claim.prefix, claim.suffix) == ("words that are gone", "p", "s")
    assert 0 <= claim.start < claim.end == len(ARTICLE_TEXT)
    assert store.merge.merge_claim(orphan)[0] == "unchanged"
    assert store.integrity_problems() == []


def test_bad_input_is_refused_whole(store: Store, article) -> None:
    with pytest.raises(ValidationError, match="not a verdict"):
        store.merge.merge_claim(_claim(article.id, verdict="Pants on fire"))
    with pytest.raises(ValidationError):
        store.merge.merge_claim(_claim(article.id, start=5, end=2))
    assert store.claims.list_claims() == []


def test_sources_merge_by_id(store: Store, article) -> None:
    _, claim = store.merge.merge_claim(_claim(article.id))
    source = Source(id="s-1", claim_id=claim.id, position=7, url="https://example.org/a",
                    title="A", stance=Stance.REFUTES, created_at=T0, updated_at=T1)
    assert store.merge.merge_source(source) == "created"
    assert store.merge.merge_source(source) == "unchanged"
    assert store.merge.merge_source(replace(source, title="B", updated_at=T0)) == "unchanged"
    assert store.sources.get_source("s-1").title == "A"
    assert store.merge.merge_source(replace(source, title="C", updated_at=T2)) == "updated"
    stored = store.sources.get_source("s-1")
    assert (stored.title, stored.position, stored.updated_at) == ("C", 0, T2)
    with pytest.raises(ValidationError):
        store.merge.merge_source(replace(source, id="s-2", url="javascript:alert(1)"))
