"""Edges found in review: nested failures, listeners, retired verdicts, cascades, checks."""

from __future__ import annotations

import multiprocessing
from dataclasses import replace
from pathlib import Path

import pytest

from factcheck_gui.core.errors import DatabaseError, ValidationError
from factcheck_gui.core.report import ReportScope
from factcheck_gui.core.store import Store

from .conftest import ARTICLE_TEXT, span


def test_failure_caught_inside_a_batch_undoes_only_that_operation(store: Store, article) -> None:
    claim = store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "18%"))
    first = store.sources.add_source(claim.id, "https://example.org/1")
    with store.batch():
        with pytest.raises(DatabaseError):
            # Same id twice: the position shift runs, then the insert fails.
            store.sources.add_source(claim.id, "https://example.org/2", position=0,
                                     source_id=first.id)
        store.sources.add_source(claim.id, "https://example.org/3")
    assert [(s.position, s.url) for s in store.sources.list_sources(claim.id)] == [
        (0, "https://example.org/1"), (1, "https://example.org/3")
    ]
    assert [e.action for e in store.events.for_claim(claim.id)] == ["create", "create", "create"]


def test_a_failing_listener_does_not_fail_the_write(store: Store, article, caplog) -> None:
    heard = []

    def broken(changes) -> None:
        raise RuntimeError("listener bug")

    store.subscribe(broken)
    store.subscribe(heard.append)
    claim = store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "18%"))
    assert store.claims.get_claim(claim.id) == claim
    assert len(heard) == 1
    assert "listener" in caplog.text


def test_retired_labels_display_but_cannot_be_chosen(store: Store, article) -> None:
    scale = store.scales.active_scale()
    claim = store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "18%"), verdict="Misleading")
    labels = tuple(replace(label, retired=label.label == "Misleading") for label in scale.labels)
    store.scales.install_scale(replace(scale, labels=labels), activate=False)
    assert store.scales.active_scale().find("misleading").retired  # still the active scale
    assert store.claims.get_claim(claim.id).verdict == "Misleading"
    with pytest.raises(ValidationError, match="not a verdict"):
        store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "Ridership"), verdict="Misleading")
    assert [c.id for c in store.claims.list_claims(verdict="MISLEADING")] == [claim.id]


def test_verdict_filter_ignores_case_beyond_ascii(store: Store, article) -> None:
    claim = store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "18%"), verdict="False")
    assert [c.id for c in store.claims.list_claims(verdict="fAlSe")] == [claim.id]
    assert list(store.reports.report_rows(ReportScope(verdict="  false ")))
    assert not store.claims.list_claims(verdict="Ünsure")


def test_deleting_an_article_ends_each_claims_history(store: Store, article) -> None:
    claim = store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "18%"))
    store.sources.add_source(claim.id, "https://example.org/a")
    store.articles.delete_article(article.id)
    last = store.events.for_claim(claim.id)[-1]
    assert (last.action, last.before["sources"][0]["url"]) == ("delete", "https://example.org/a")


def test_check_finds_a_quote_that_no_longer_matches(store: Store, article) -> None:
    claim = store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "18%"))
    assert store.integrity_problems() == []
    store.connection.execute("UPDATE claims SET quote = 'X' WHERE id = ?", (claim.id,))
    assert store.integrity_problems() == [
        f"claim {claim.id}: its quote no longer matches its text span"
    ]


def test_claim_text_cleared_falls_back_to_the_quote_in_one_line(store: Store, article) -> None:
    claim = store.claims.add_claim(article.id, *span(ARTICLE_TEXT, 'Tuesday.\n\n"We'))
    assert claim.claim_text == 'Tuesday. "We'
    store.claims.update_claim(claim.id, claim_text="Mine")
    assert store.claims.update_claim(claim.id, claim_text="  ").claim_text == 'Tuesday. "We'


def _open_and_close(path: str) -> None:
    Store.open(path).close()


def test_several_processes_creating_one_database_at_once(tmp_path: Path) -> None:
    for trial in range(5):
        path = tmp_path / f"race{trial}.db"
        workers = [multiprocessing.Process(target=_open_and_close, args=(str(path),))
                   for _ in range(3)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(60)
        assert [w.exitcode for w in workers] == [0, 0, 0]
        with Store.open(path) as store:
            count = store.connection.execute("SELECT count(*) FROM rating_scales").fetchone()[0]
        assert count == 1
