"""Transcript turns in the store: kept with the imported version, and a claim
made on a turn gets that turn's speaker as claimant (and the CSV carries it)."""

from __future__ import annotations

import csv
import io

from factcheck_gui.core.store import Store
from factcheck_gui.core.transcript import Turn, Utterance, detect_turns, lay_out, turn_at
from factcheck_gui.io.csv_export import write_csv
from factcheck_gui.io.importers import read_article_bytes

TRANSCRIPT = (b"1\tMUIR\tWhat would you do about taxes?\t0\n"
              b"2\tCRUZ\tThank you.\t0\n"
              b"3\tCRUZ\tTaxes rose by 8 percent last year.\t1\n"
              b"4\tRUBIO\tThat is not true.\t0\n")


def _import(store: Store):
    new = read_article_bytes("debate.tsv", TRANSCRIPT)
    return new, store.articles.add_article(new)


def test_turns_are_stored_with_the_imported_version(store: Store) -> None:
    new, article = _import(store)
    version = store.versions.current_version(article.id)
    assert store.turns.for_version(version.id) == new.turns
    assert [t.speaker for t in store.turns.for_version(version.id)] == ["MUIR", "CRUZ", "RUBIO"]


def test_a_claim_on_a_turn_gets_its_speaker_as_claimant(store: Store) -> None:
    new, article = _import(store)
    text = new.text
    start = text.index("Taxes rose")
    claim = store.claims.add_claim(article.id, start, start + len("Taxes rose by 8 percent"))
    assert claim.claimant == "CRUZ"
    # Given explicitly, the claimant is the caller's.
    other = store.claims.add_claim(article.id, start, start + 5, claimant="someone else")
    assert other.claimant == "someone else"
    # Over the label and the words of the next turn: the turn holding most of it.
    label = text.index("RUBIO:")
    assert store.claims.add_claim(article.id, label, label + 20).claimant == "RUBIO"


def test_the_csv_carries_the_speaker_in_the_claimant_column(store: Store) -> None:
    new, article = _import(store)
    start = new.text.index("Taxes rose")
    store.claims.add_claim(article.id, start, start + 20)
    out = io.BytesIO()
    write_csv(store.reports.report_rows(), out, bom=False)
    (row,) = csv.DictReader(io.StringIO(out.getvalue().decode("utf-8")))
    assert row["claimant"] == "CRUZ"


def test_articles_without_turns_leave_the_claimant_empty(store: Store, article) -> None:
    claim = store.claims.add_claim(article.id, 0, 9)
    assert claim.claimant is None
    assert store.turns.for_version(article.current_version_id) == ()


def test_lay_out_and_detect_agree() -> None:
    text, turns = lay_out([Utterance("Hello   there.", "HOST", "00:00:01.500"),
                           Utterance("  "), Utterance("We won.", "SMITH"),
                           Utterance("No speaker here.")])
    assert text == "[00:00:01] HOST: Hello there.\n\nSMITH: We won.\n\nNo speaker here."
    assert detect_turns(text) == tuple(
        Turn(t.start, t.end, t.speaker, t.time.split(".")[0] if t.time else None)
        for t in turns)
    assert detect_turns("Just an article.\nWith: a colon line.\nAnd more text.") == ()


def test_turn_at_picks_the_turn_with_most_of_the_span() -> None:
    turns = (Turn(6, 20, "A"), Turn(28, 50, "B"))
    assert turn_at(turns, 8, 12).speaker == "A"
    assert turn_at(turns, 15, 40).speaker == "B"
    assert turn_at(turns, 0, 3) is None
    assert turn_at((), 0, 3) is None


def test_undoing_an_import_removes_its_turns_and_redoing_brings_them_back(store: Store) -> None:
    new, article = _import(store)
    store.articles.delete_article(article.id)
    count = "SELECT count(*) FROM article_turns"
    assert store.connection.execute(count).fetchone()[0] == 0
    again = store.articles.add_article(new, article_id=article.id)
    assert store.turns.for_version(again.current_version_id) == new.turns
