"""New article versions: immutable history, claims re-anchored, orphans kept whole."""

from __future__ import annotations

import pytest

from factcheck_gui.core.errors import ValidationError
from factcheck_gui.core.models import AnchorState
from factcheck_gui.core.store import Store
from factcheck_gui.core.textdiff import changes, unified_diff, word_diff

TEXT = (
    "The mayor said fares rose 12 percent in 2025.\n\n"
    "The council disagreed with the mayor on every point.\n\n"
    "Ridership fell from 17.9 million journeys to 14.2 million."
)
NEW_TEXT = (
    "UPDATE: this story was corrected on Friday.\n\n"
    "The mayor said fares rose 14 percent in 2025.\n\n"
    "Ridership fell from 17.9 million journeys to 14.2 million."
)


def _span(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


@pytest.fixture
def claims(store: Store, article):
    store.articles.update_article(article.id)  # no-op; the fixture article has its own text
    version = store.versions.add_version(article.id, TEXT, note="our text").version
    assert version.number == 2
    made = {}
    for key, quote in (("fares", "The mayor said fares rose 12 percent in 2025."),
                       ("council", "The council disagreed with the mayor on every point."),
                       ("ridership", "Ridership fell from 17.9 million journeys to 14.2 million.")):
        made[key] = store.claims.add_claim(article.id, *_span(TEXT, quote), verdict="False",
                                           rationale=f"why {key}")
        store.sources.add_source(made[key].id, f"https://example.org/{key}")
    return made


def test_a_new_version_reanchors_every_claim_in_one_go(store: Store, article, claims) -> None:
    update = store.versions.add_version(article.id, NEW_TEXT, note="correction")
    assert update.version.number == 3 and update.version.note == "correction"
    # The last paragraph is the end both texts share: certain, so ok (at a new offset).
    assert update.counts == {"ok": 1, "moved": 0, "fuzzy": 1, "orphaned": 1}
    assert update.ids_by_state["fuzzy"] == [claims["fares"].id]
    assert update.ids_by_state["orphaned"] == [claims["council"].id]
    assert update.ids_by_state["ok"] == [claims["ridership"].id]
    assert store.versions.current_version(article.id).text == NEW_TEXT

    fares = store.claims.get_claim(claims["fares"].id)
    assert fares.anchor_state is AnchorState.FUZZY
    assert fares.quote == "The mayor said fares rose 14 percent in 2025."
    assert NEW_TEXT[fares.start : fares.end] == fares.quote
    assert fares.original_quote == "The mayor said fares rose 12 percent in 2025."
    assert fares.version_id == update.version.id

    moved = store.claims.get_claim(claims["ridership"].id)
    assert (moved.start, moved.end) == _span(NEW_TEXT, moved.quote)
    assert moved.prefix == NEW_TEXT[max(0, moved.start - 32) : moved.start]
    assert store.integrity_problems() == []


def test_orphans_keep_verdict_rationale_sources_and_last_place(
    store: Store, article, claims
) -> None:
    before = claims["council"]
    store.versions.add_version(article.id, NEW_TEXT)
    orphan = store.claims.get_claim(before.id)
    assert orphan.anchor_state is AnchorState.ORPHANED
    assert (orphan.quote, orphan.start, orphan.end) == (before.quote, before.start, before.end)
    assert orphan.version_id == before.version_id  # its offsets refer to that text
    assert (orphan.verdict, orphan.rationale) == ("False", "why council")
    assert [s.url for s in store.sources.list_sources(orphan.id)] == ["https://example.org/council"]
    assert store.integrity_problems() == []


def test_old_versions_stay_as_they_were(store: Store, article, claims) -> None:
    store.versions.add_version(article.id, NEW_TEXT)
    versions = store.versions.list_versions(article.id)
    assert [v.number for v in versions] == [1, 2, 3]
    assert versions[1].text == TEXT and versions[2].text == NEW_TEXT
    assert store.versions.get_version(versions[1].id).text == TEXT


def test_history_records_the_version_and_each_moved_claim(store: Store, article, claims) -> None:
    store.versions.add_version(article.id, NEW_TEXT)
    events = [e for e in store.events.for_article(article.id)
              if e.action in ("new-version", "reanchor")]
    assert [e.action for e in events].count("new-version") == 2  # the fixture made one
    reanchored = {e.claim_id: e for e in events if e.action == "reanchor"}
    assert set(reanchored) == {c.id for c in claims.values()}
    fares = reanchored[claims["fares"].id]
    assert fares.before["anchor_state"] == "ok" and fares.after["anchor_state"] == "fuzzy"
    assert fares.before["version"] == 2 and fares.after["version"] == 3


def test_unchanged_claims_write_no_history_of_their_own(store: Store, article, claims) -> None:
    store.versions.add_version(article.id, TEXT + "\n\nA new closing paragraph.")
    assert [e for e in store.events.for_article(article.id) if e.action == "reanchor"] == []
    assert all(c.anchor_state is AnchorState.OK for c in store.claims.list_claims(article.id))


def test_fuzzy_stays_fuzzy_until_someone_looks(store: Store, article, claims) -> None:
    store.versions.add_version(article.id, NEW_TEXT)
    store.versions.add_version(article.id, NEW_TEXT + "\n\nMore.")
    fares = store.claims.get_claim(claims["fares"].id)
    assert fares.anchor_state is AnchorState.FUZZY
    assert fares.original_quote == "The mayor said fares rose 12 percent in 2025."


def test_reattach_an_orphan(store: Store, article, claims) -> None:
    store.versions.add_version(article.id, NEW_TEXT)
    start, end = _span(NEW_TEXT, "this story was corrected on Friday.")
    claim = store.versions.reattach_claim(claims["council"].id, start, end)
    assert claim.anchor_state is AnchorState.OK
    assert claim.quote == "this story was corrected on Friday."
    assert claim.original_quote == "The council disagreed with the mayor on every point."
    assert claim.version_id == store.versions.current_version(article.id).id
    assert claim.verdict == "False"
    last = store.events.for_claim(claim.id)[-1]
    assert last.action == "reattach" and last.after["anchor_state"] == "ok"
    assert store.integrity_problems() == []


def test_restore_anchor_undoes_a_reattach(store: Store, article, claims) -> None:
    store.versions.add_version(article.id, NEW_TEXT)
    before = store.versions.saved_anchor(claims["council"].id)
    assert before.anchor_state == "orphaned"
    start, end = _span(NEW_TEXT, "this story was corrected on Friday.")
    store.versions.reattach_claim(claims["council"].id, start, end)
    claim = store.versions.restore_anchor(before)
    assert claim.anchor_state is AnchorState.ORPHANED
    assert (claim.version_id, claim.start, claim.end, claim.quote) == (
        before.version_id, before.start, before.end, before.quote)
    assert claim.original_quote is None and claim.verdict == "False"
    assert store.versions.saved_anchor(claim.id) == before
    last = store.events.for_claim(claim.id)[-1]
    assert last.action == "restore-anchor" and last.after["anchor_state"] == "orphaned"
    assert store.integrity_problems() == []


def test_reattach_refuses_a_span_outside_the_text(store: Store, article, claims) -> None:
    with pytest.raises(ValidationError):
        store.versions.reattach_claim(claims["council"].id, 5, 10_000)


def test_same_or_empty_text_is_refused(store: Store, article, claims) -> None:
    with pytest.raises(ValidationError, match="same as the current version"):
        store.versions.add_version(article.id, TEXT)
    with pytest.raises(ValidationError, match="empty"):
        store.versions.add_version(article.id, "  \n ")
    assert len(store.versions.list_versions(article.id)) == 2


def test_a_failed_update_changes_nothing(store: Store, article, claims, monkeypatch) -> None:
    from factcheck_gui.core import reanchor  # the store imports it when an update runs

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(reanchor, "reanchor", broken)
    with pytest.raises(RuntimeError):
        store.versions.add_version(article.id, NEW_TEXT)
    assert store.versions.current_version(article.id).text == TEXT
    assert len(store.versions.list_versions(article.id)) == 2
    assert store.claims.get_claim(claims["fares"].id).anchor_state is AnchorState.OK


def test_diffs_between_versions_are_readable(store: Store, article, claims) -> None:
    old, new = TEXT, NEW_TEXT
    found = changes(old, new)
    assert found and all(old[c.old_start : c.old_end] == c.removed for c in found)
    words = word_diff(old, new)
    assert "[-12-]{+14+}" in words
    assert "{+UPDATE: this story was corrected on Friday.↵↵+}" in words
    lines = unified_diff(old, new, old_label="version 2", new_label="version 3")
    assert lines.startswith("--- version 2\n+++ version 3\n")
    assert "-The council disagreed with the mayor on every point.\n" in lines
    assert word_diff(old, old) == "" and changes(old, old) == []


def test_a_version_1_database_gains_original_quote(db_path, monkeypatch) -> None:
    from factcheck_gui.core.models import NewArticle
    from factcheck_gui.core.store import schema

    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1])
        patch.setattr(schema, "LATEST_VERSION", 1)
        with Store.open(db_path) as old:
            article = old.articles.add_article(NewArticle(title="Old", text=TEXT))
            start, end = _span(TEXT, "The council disagreed")
            # This version's code reads the new column, so write the v1 row by hand.
            old.connection.execute(
                'INSERT INTO claims (id, article_id, version_id, start, "end", quote,'
                " created_at, updated_at) VALUES ('c1', ?, ?, ?, ?, ?, 'x', 'x')",
                (article.id, article.current_version_id, start, end, TEXT[start:end]))
            old.connection.commit()
    with Store.open(db_path) as store:
        assert store.last_migration_backup is not None
        assert store.claims.get_claim("c1").original_quote is None
        store.versions.add_version(article.id,
                                   TEXT.replace("The council disagreed", "Councillors disagreed"))
        moved = store.claims.get_claim("c1")
        assert moved.anchor_state is AnchorState.FUZZY
        assert moved.original_quote == "The council disagreed"


def test_undo_a_version_puts_text_and_claims_back(store: Store, article, claims) -> None:
    before = {c.id: c for c in store.claims.list_claims(article.id)}
    update = store.versions.add_version(article.id, NEW_TEXT)
    store.versions.undo_version(update)
    assert store.versions.current_version(article.id).text == TEXT
    assert [v.number for v in store.versions.list_versions(article.id)] == [1, 2]
    after = {c.id: c for c in store.claims.list_claims(article.id)}
    for claim_id, old in before.items():
        new = after[claim_id]
        assert (new.version_id, new.start, new.end, new.quote, new.prefix, new.suffix,
                new.anchor_state, new.original_quote) == (
            old.version_id, old.start, old.end, old.quote, old.prefix, old.suffix,
            old.anchor_state, old.original_quote)
    assert store.integrity_problems() == []
    assert store.events.for_article(article.id)[-1].action == "undo-version"
    redo = store.versions.add_version(article.id, NEW_TEXT)  # redo is simply doing it again
    assert redo.version.number == 3


def test_undo_is_refused_once_the_article_moved_on(store: Store, article, claims) -> None:
    update = store.versions.add_version(article.id, NEW_TEXT)
    store.claims.add_claim(article.id, *_span(NEW_TEXT, "UPDATE"))
    with pytest.raises(ValidationError, match="undo them first"):
        store.versions.undo_version(update)
    later = store.versions.add_version(article.id, NEW_TEXT + "\n\nMore.")
    with pytest.raises(ValidationError, match="changed since"):
        store.versions.undo_version(update)
    store.versions.undo_version(later)


def test_a_found_orphan_comes_back_as_moved(store: Store, article, claims) -> None:
    store.versions.add_version(article.id, NEW_TEXT)
    assert store.claims.get_claim(claims["council"].id).anchor_state is AnchorState.ORPHANED
    update = store.versions.add_version(article.id, TEXT + "\n\nA new closing paragraph.")
    back = store.claims.get_claim(claims["council"].id)
    assert back.anchor_state is AnchorState.MOVED
    assert claims["council"].id in update.ids_by_state["moved"]
    assert (back.start, back.end) == _span(TEXT, back.quote)


def test_claims_on_an_old_version_are_where_they_were_then(store: Store, article,
                                                           claims) -> None:
    v2 = store.articles.get_article(article.id).current_version_id
    v3 = store.versions.add_version(article.id, NEW_TEXT, note="correction").version
    later = store.claims.add_claim(article.id, *_span(NEW_TEXT, "UPDATE: this story"))
    on_v2 = {claim.id: (start, end) for claim, start, end in store.versions.claims_on_version(v2)}
    # Every claim made on version 2, at its place there -- also the one orphaned since
    # and the one edited (fuzzy) since; not the claim made on version 3.
    assert on_v2 == {claims[key].id: _span(TEXT, claims[key].quote)
                     for key in ("fares", "council", "ridership")}
    on_v3 = {claim.id: (start, end) for claim, start,
             end in store.versions.claims_on_version(v3.id)}
    assert on_v3 == {
        claims["fares"].id: _span(NEW_TEXT, "The mayor said fares rose 14 percent in 2025."),
        claims["ridership"].id: _span(NEW_TEXT, claims["ridership"].quote),
        later.id: _span(NEW_TEXT, "UPDATE: this story"),
    }
    # The first version had no claims yet.
    first = store.versions.list_versions(article.id)[0]
    assert store.versions.claims_on_version(first.id) == []


def test_claims_carried_over_unchanged_count_for_both_versions(store: Store, article,
                                                               claims) -> None:
    v2 = store.articles.get_article(article.id).current_version_id
    v3 = store.versions.add_version(article.id, TEXT + "\n\nA closing line.").version
    for version_id in (v2, v3.id):
        assert len(store.versions.claims_on_version(version_id)) == 3
