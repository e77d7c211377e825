"""A claim's history across reviewers, and deleted claims restored from it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck_gui.core.errors import NotFoundError, ValidationError
from factcheck_gui.core.history import describe_event, history_lines
from factcheck_gui.core.models import AnchorState, Event
from factcheck_gui.core.scales import load_preset
from factcheck_gui.core.store import Store

from .conftest import ARTICLE_TEXT, span

SCRIPT_LINES = [
    ("ann", "created claim on “18%”"),
    ("ann", "with verdict Mostly false"),
    ("ann", "added source https://example.org/budget"),
    ("bob", "set verdict: Mostly false -> False"),
    ("bob", "set rationale: (none) -> “The budget says 12%.”"),
    ("bob", "set title of source example.org/budget: (none) -> “Budget 2026”"),
    ("cy", "adjusted span: “18%” -> “by 18%”"),
    ("cy", "set status: To check -> Final"),
    ("cy", "added source https://example.org/minutes"),
    ("cy", "moved source example.org/minutes from position 2 to 1"),
    ("bob", "removed source https://example.org/budget"),
]


def scripted_edits(db_path: Path, article_id: str) -> str:
    """Three reviewers edit one claim, each through their own store; the claim id."""
    with Store.open(db_path, reviewer="ann") as ann:
        claim = ann.claims.add_claim(article_id, *span(ARTICLE_TEXT, "18%"), verdict="Mostly false")
        budget = ann.sources.add_source(claim.id, "https://example.org/budget")
    with Store.open(db_path, reviewer="bob") as bob:
        bob.claims.update_claim(claim.id, verdict="False", rationale="The budget says 12%.")
        bob.sources.update_source(budget.id, title="Budget 2026")
    with Store.open(db_path, reviewer="cy") as cy:
        cy.claims.set_claim_span(claim.id, *span(ARTICLE_TEXT, "by 18%"))
        cy.claims.update_claim(claim.id, status="final")
        minutes = cy.sources.add_source(claim.id, "https://example.org/minutes")
        cy.sources.move_source(minutes.id, 0)
    with Store.open(db_path, reviewer="bob") as bob:
        bob.sources.delete_source(budget.id)
    return claim.id


def _lines(store: Store, claim_id: str) -> list[tuple[str, str]]:
    return [(event.actor, line.text) for event,
            lines in history_lines(store.events.for_claim(claim_id))
            for line in lines]


def test_history_shows_every_change_in_order_with_its_reviewer(
        store: Store, article, db_path: Path) -> None:
    claim_id = scripted_edits(db_path, article.id)
    assert _lines(store, claim_id) == SCRIPT_LINES
    times = [event.at for event in store.events.for_claim(claim_id)]
    assert times == sorted(times) and all(t.endswith("+00:00") for t in times)


def _with_sources(store: Store, article) -> tuple[str, list]:
    claim = store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "18%"), verdict="False",
                                   rationale="Budget says 12%.", claimant="Council")
    sources = [store.sources.add_source(claim.id, f"https://example.org/{n}", title=f"Source {n}",
                                        stance="refutes") for n in range(3)]
    store.sources.move_source(sources[2].id, 0)
    return claim.id, store.sources.list_sources(claim.id)


def test_restoring_a_deleted_claim_brings_back_its_sources(store: Store, article) -> None:
    claim_id, sources = _with_sources(store, article)
    claim = store.claims.get_claim(claim_id)
    store.claims.delete_claim(claim_id)
    [listed] = store.restore.deleted_claims(article.id)
    assert (listed.claim_id, listed.quote, listed.source_count, listed.deleted_by) == (
        claim_id, "18%", 3, "ann")
    restored = store.restore.restore_deleted_claim(claim_id)
    assert restored == claim
    assert store.sources.list_sources(claim_id) == sources  # same ids, order, fields and times
    assert store.restore.deleted_claims() == []
    last = store.events.for_claim(claim_id)[-1]
    assert (last.action, last.after["sources"]) == ("restore", [s.id for s in sources])


def test_restore_in_another_session_by_another_reviewer(store: Store, article,
                                                        db_path: Path) -> None:
    claim_id, sources = _with_sources(store, article)
    with Store.open(db_path, reviewer="bob") as bob:
        bob.claims.delete_claim(claim_id)
    with Store.open(db_path, reviewer="cy") as cy:
        cy.restore.restore_deleted_claim(claim_id)
    assert [(e.actor, e.action) for e in store.events.for_claim(claim_id)][-2:] == [
        ("bob", "delete"), ("cy", "restore")]
    assert store.sources.list_sources(claim_id) == sources


def test_old_delete_events_without_source_ids_restore_with_new_ids(store: Store,
                                                                   article) -> None:
    claim_id, sources = _with_sources(store, article)
    store.claims.delete_claim(claim_id)
    # A delete event as written before source ids were kept in it.
    event = store.connection.execute(
        "SELECT * FROM events WHERE entity_id = ? ORDER BY id DESC LIMIT 1", (claim_id,)
    ).fetchone()
    before = json.loads(event["before"])
    for item in before["sources"]:
        del item["id"]
    store.connection.execute(
        "INSERT INTO events (at, actor, entity, entity_id, action, before, after, claim_id,"
        " article_id) VALUES (?, 'old', 'claim', ?, 'delete', ?, NULL, ?, ?)",
        (event["at"], claim_id, json.dumps(before), claim_id, article.id))
    store.connection.commit()
    store.restore.restore_deleted_claim(claim_id)
    back = store.sources.list_sources(claim_id)
    assert [s.url for s in back] == [s.url for s in sources]
    assert [s.title for s in back] == [s.title for s in sources]
    assert not {s.id for s in back} & {s.id for s in sources}


def test_restore_after_the_text_changed_reanchors_onto_the_current_version(
        store: Store, article) -> None:
    claim_id, _sources = _with_sources(store, article)
    store.claims.delete_claim(claim_id)
    new_text = "Breaking: council approves budget.\n\n" + ARTICLE_TEXT
    store.versions.add_version(article.id, new_text)
    restored = store.restore.restore_deleted_claim(claim_id)
    current = store.versions.current_version(article.id)
    assert restored.version_id == current.id
    assert new_text[restored.start:restored.end] == "18%"
    assert restored.anchor_state in (AnchorState.OK, AnchorState.MOVED)
    assert [e.action for e in store.events.for_claim(claim_id)][-2:] == ["restore", "reanchor"]
    assert store.integrity_problems() == []


def test_restore_when_the_claims_version_was_taken_back(store: Store, article) -> None:
    update = store.versions.add_version(article.id, "Intro.\n\n" + ARTICLE_TEXT)
    text = store.versions.current_version(article.id).text
    claim = store.claims.add_claim(article.id, *span(text, "18%"))
    store.claims.delete_claim(claim.id)
    store.versions.undo_version(update)
    restored = store.restore.restore_deleted_claim(claim.id)
    assert restored.version_id == store.versions.current_version(article.id).id
    assert ARTICLE_TEXT[restored.start:restored.end] == "18%"


def test_restore_is_refused_with_a_clear_message(store: Store, article) -> None:
    claim_id, _sources = _with_sources(store, article)
    with pytest.raises(ValidationError, match="not deleted"):
        store.restore.restore_deleted_claim(claim_id)
    with pytest.raises(NotFoundError, match="no deleted claim"):
        store.restore.restore_deleted_claim("no-such-claim")
    store.articles.delete_article(article.id)
    [listed] = store.restore.deleted_claims()
    assert listed.claim_id == claim_id and not listed.restorable
    with pytest.raises(ValidationError, match="its article “Fares to rise” was deleted"):
        store.restore.restore_deleted_claim(claim_id)


def test_deleted_claims_lists_the_latest_deletion_once(store: Store, article) -> None:
    first, _ = _with_sources(store, article)
    second = store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "Zoë Núñez")).id
    store.claims.delete_claim(first)
    store.restore.restore_deleted_claim(first)
    store.claims.delete_claim(second)
    store.claims.delete_claim(first)
    assert [item.claim_id for item in store.restore.deleted_claims(article.id)] == [first, second]
    assert store.restore.deleted_claims("another-article") == []


def test_deleting_claims_and_articles_keeps_every_event(store: Store, article) -> None:
    claim_id, _sources = _with_sources(store, article)
    store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "Zoë Núñez"))
    rows = store.connection.execute("SELECT * FROM events ORDER BY id").fetchall()
    before = [tuple(row) for row in rows]
    store.claims.delete_claim(claim_id)
    store.restore.restore_deleted_claim(claim_id)
    store.articles.delete_article(article.id)
    after = [tuple(row) for row in store.connection.execute(
        "SELECT * FROM events ORDER BY id").fetchall()]
    assert after[: len(before)] == before  # nothing earlier changed or went away
    assert [row[5] for row in after[len(before):]] == [
        "delete", "restore", "delete", "delete", "delete"]
    assert len(store.events.for_claim(claim_id)) > len(_sources) + 2


def test_a_scale_change_reads_as_a_relabel_not_an_edit(store: Store, article) -> None:
    claim = store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "18%"), verdict="Mostly false")
    store.scales.change_scale(load_preset("truth-meter"), mapping={"Mostly false": "Mostly False"})
    assert _lines(store, claim.id)[-1] == (
        "ann", "verdict relabelled by a scale change: Mostly false -> Mostly False")
    [scale_event] = [Event(r["id"], r["at"], r["actor"], r["entity"], r["entity_id"],
                           r["action"], json.loads(r["before"] or "null"),
                           json.loads(r["after"] or "null"))
                     for r in store.connection.execute(
                         "SELECT * FROM events WHERE entity = 'scale' AND action = 'activate'")]
    assert describe_event(scale_event) == [
        "made rating scale “Six-step truth meter” the active scale",
        "verdict Mostly false now reads Mostly False", "relabelled 1 claim"]


def test_a_correction_reads_with_its_note(store: Store, article, db_path: Path) -> None:
    claim = store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "18%"), verdict="Mostly false",
                                   rationale="The budget says 12%.")
    store.sources.add_source(claim.id, "https://example.org/budget")
    store.claims.update_claim(claim.id, status="final")
    with Store.open(db_path, reviewer="bob") as bob:
        bob.claims.update_claim(claim.id, verdict="False", rationale="The budget says 11.5%.",
                                correction_note="We misread the table.")
    assert _lines(store, claim.id)[-3:] == [
        ("bob", "corrected verdict: Mostly false -> False"),
        ("bob", "corrected rationale: “The budget says 12%.” -> “The budget says 11.5%.”"),
        ("bob", "correction note: “We misread the table.”"),
    ]
