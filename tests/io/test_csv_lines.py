"""The CSV lines SQLite writes (`write_report_csv`, one row per claim) are the bytes
the csv module writes for the same claims (`write_csv` over the report's rows,
`write_csv_cells` over its flat cells), on a library holding every awkward case;
claims SQL cannot write exactly take the csv module's path."""

from __future__ import annotations

import io
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck_gui.core.models import LinkCheck, NewArticle, RatingLabel, RatingScale, WebFetch
from factcheck_gui.core.report import ReportScope
from factcheck_gui.core.store import Store, report_guard
from factcheck_gui.core.store.report_lines import LINE_COLUMNS, LineRules
from factcheck_gui.io.csv_export import (
    _IGNORED_LEADING,
    FORMULA_TRIGGERS,
    write_csv,
    write_csv_cells,
    write_report_csv,
)
from factcheck_gui.io.records import COLUMNS

# Formula starts (fullwidth and small forms too, after spaces, NBSP and ideographic
# space), quotes, separators, line breaks, emptiness, other scripts and emoji.
AWKWARD = ["=1+1", "+y", "-3", "@z", "\t-q", " =x", "\u00a0+y", "\u3000@z", " \u00a0\u3000-w",
           "\uff1dfull", "\uff0b", "\uff0d", "\uff20", "\ufe62small", "\ufe63", "\ufe66", "\ufe6b",
           '"quoted", with comma', 'a "b" c', "line\nbreak", "\ttab", "😀=", "=😀", "שלום",
           "Zoë Núñez", "中文", " ", "\u00a0", " \u3000 ", ".5", "<tag>", ">", "9 to 5", "~x",
           "\u00a1x", "\u2fffx", "\u3001x", "\uffe0x", "\U0001f600x", "Plain words"]
ALL = ReportScope()
TEXT = "The council said fares rose by 18% in January, and more words follow. " * 40


def _both_paths(store: Store, scope: ReportScope = ALL, **options) -> tuple[bytes, ...]:
    fast, cells, rows = io.BytesIO(), io.BytesIO(), io.BytesIO()
    write_report_csv(store, scope, fast, **options)
    write_csv_cells(store.reports.report_cells(scope), cells, **options)
    write_csv(store.reports.report_rows(scope), rows, **options)
    return fast.getvalue(), cells.getvalue(), rows.getvalue()


@pytest.fixture
def awkward(tmp_path: Path) -> Iterator[Store]:
    """Claims whose every text column holds an awkward text; ratings that are not
    whole numbers; sources with copies and link checks; corrections, one withdrawn."""
    with Store.open(tmp_path / "awkward.db", reviewer="ann") as store:
        store.scales.install_scale(RatingScale(
            id="odd", name="Odd values", best_rating=1e15, worst_rating=-1, labels=(
                RatingLabel("Half", 0.5, 0), RatingLabel("Sum", 0.1 + 0.2, 1),
                RatingLabel("Huge", 1e15, 2), RatingLabel("Minus", -1.0, 3),
                RatingLabel("=Formula", 2.0, 4), RatingLabel("Tiny", 1e-7, 5),
                RatingLabel("No value", None, 6))))
        labels = ["Half", "Sum", "Huge", "Minus", "=Formula", "Tiny", "No value", None]
        checks = []
        for number, text in enumerate(AWKWARD):
            article = store.articles.add_article(NewArticle(title=f"Title {number}", text=TEXT))
            claim = store.claims.add_claim(article.id, number, number + 12,
                                           verdict=labels[number % len(labels)])
            # As typed, past the store's tidying (another program may write them so).
            _edit(store, "UPDATE articles SET title = ?, outlet = ?, url = ?, published = ?"
                         " WHERE id = ?", text, text, text, text, article.id)
            _edit(store, "UPDATE claims SET claim_text = ?, claimant = ?, rationale = ?,"
                         " reviewer = ? WHERE id = ?", text, text, f"{text}\n{text}", text,
                  claim.id)
            for index in range(number % 4):
                source = store.sources.add_source(
                    claim.id, f"https://example.org/{number}/{index}",
                    title=text if index % 2 else None,
                    stance=("supports", "refutes", "context")[index % 3] if index else None)
                if index == 1:
                    store.web.keep_copy(source.id, WebFetch(
                        source.url, source.url, 200, "2026-11-05T10:00:00Z", "text/html",
                        "ab" * 32, b"<p>x</p>"), title="Kept", text="x")
                elif index == 2:
                    store.web.copy_failed(source.id, source.url, "gone")
                if index:
                    checks.append(LinkCheck(source.id, ("ok", "gone", "moved")[index % 3],
                                            "2026-11-20T08:00:00Z"))
        store.web.record_checks(checks)
        _edit(store, "UPDATE sources SET url = (SELECT a.outlet FROM claims c JOIN articles a"
                     " ON a.id = c.article_id WHERE c.id = sources.claim_id) WHERE position = 0")
        fixed = store.claims.list_claims()[1].id
        store.claims.update_claim(fixed, status="final", verdict="Half")
        store.claims.update_claim(fixed, verdict="Sum", correction_note="=SUM(A1), \"yes\"")
        store.claims.update_claim(fixed, rationale="\u00a0-new", correction_note="typo")
        newest = store.workflow.newest_correction_id(fixed)
        store.claims.replay_update(fixed, rationale="\u00a0-old", withdraws=newest)
        yield store


def test_the_line_has_the_report_columns() -> None:
    assert LINE_COLUMNS == COLUMNS


@pytest.mark.parametrize("options", [{}, {"raw": True}, {"bom": False}])
def test_awkward_cells_come_out_as_the_csv_module_writes_them(awkward: Store,
                                                              options: dict) -> None:
    fast, cells, rows = _both_paths(awkward, **options)
    assert fast == cells == rows
    text = fast.decode("utf-8-sig")
    assert "0.30000000000000004" in text and ",1e-07," in text and ",0.5," in text
    assert "1000000000000000" in text and "'=SUM(A1)" not in text.split("\r\n")[0]


@pytest.mark.parametrize("scope", [
    ReportScope(status="final"), ReportScope(verdict="half"), ReportScope(verdict="nothing"),
    ReportScope(reviewer="ANN"), ReportScope(since="2000-01-01"), ReportScope(until="2000-01-01"),
    ReportScope(articles=[]), ReportScope(claims=[])])
def test_scopes_keep_the_same_claims(awkward: Store, scope: ReportScope) -> None:
    fast, cells, rows = _both_paths(awkward, scope)
    assert fast == cells == rows


def test_a_scope_of_some_claims_and_articles(awkward: Store) -> None:
    claims = awkward.claims.list_claims()
    scopes = [ReportScope(claims=[c.id for c in claims[::3]]),
              ReportScope(articles=[c.article_id for c in claims[1::4]])]
    for scope in scopes:
        fast, cells, rows = _both_paths(awkward, scope, raw=True)
        assert fast == cells == rows and fast.count(b"\r\n") > 2


def _edit(store: Store, sql: str, *params: object) -> None:
    """Write the file as another program would, past the store's own checks."""
    conn = sqlite3.connect(store.path)
    with conn:
        conn.execute(sql, params)
    conn.close()


def _guarded(store: Store) -> bool:
    conn = sqlite3.connect(store.path)
    try:
        return report_guard.present(conn)
    finally:
        conn.close()


def _drop_guard(store: Store) -> None:
    """Another program drops the library's guard (report_guard.py): the report's
    query then looks at every text itself."""
    for name in report_guard.trigger_sql():
        _edit(store, f"DROP TRIGGER {name}")


@pytest.fixture
def odd(awkward: Store) -> tuple[Store, set[str]]:
    """The awkward library edited by another program, past its guard: what SQL
    cannot write like Python (BLOBs, NULs, a start that is not a whole number), and
    what it can (big integers, CR, empty texts where the store keeps NULL)."""
    _drop_guard(awkward)
    with_titles = {row[0] for row in sqlite3.connect(awkward.path).execute(
        "SELECT claim_id FROM sources WHERE title IS NOT NULL")}
    ids = sorted((claim.id for claim in awkward.claims.list_claims()),
                 key=lambda claim_id: claim_id not in with_titles)  # those first
    _edit(awkward, "UPDATE claims SET claimant = X'3d41' WHERE id = ?", ids[0])
    _edit(awkward, "UPDATE claims SET rationale = 'a' || char(0) || '=b' WHERE id = ?", ids[2])
    _edit(awkward, "UPDATE claims SET claim_text = char(0) || 'z' WHERE id = ?", ids[3])
    _edit(awkward, "UPDATE claims SET start = 2.5 WHERE id = ?", ids[4])
    _edit(awkward, "UPDATE claims SET \"end\" = 'later' WHERE id = ?", ids[5])
    _edit(awkward, "UPDATE articles SET outlet = 'x' || char(0) WHERE id ="
                   " (SELECT article_id FROM claims WHERE id = ?)", ids[6])
    _edit(awkward, "UPDATE sources SET title = 'T' || char(0) || 'U' WHERE claim_id = ?"
                   " AND title IS NOT NULL", ids[7])
    assert ids[7] in with_titles
    _edit(awkward, "INSERT INTO events (at, actor, entity, entity_id, action, before, after,"
                   " claim_id) VALUES ('2026-11-30T10:00:00Z', 'bob', 'claim', ?, 'correct',"
                   " ?, ?, ?)", ids[9], json.dumps({"verdict": "Half"}),
          json.dumps({"verdict": "Sum", "correction_note": "n\u0000ote"}), ids[9])
    # json_extract ends that note at its NUL: SQL's own value, the same on both paths.
    # A NUL after characters of more than one byte (the line query's quick NUL test
    # counts characters against bytes, so it must not miss this one).
    _edit(awkward, "UPDATE claims SET claimant = 'Zoë 東' || char(0) || 'é' WHERE id = ?",
          ids[13])
    odd_ids = {ids[i] for i in (0, 2, 3, 4, 5, 6, 7, 13)}
    _edit(awkward, "UPDATE claims SET start = 9007199254740993, \"end\" = 9223372036854775807"
                   " WHERE id = ?", ids[10])
    _edit(awkward, "UPDATE claims SET rationale = 'a' || char(13) || 'b', claimant = ''"
                   " WHERE id = ?", ids[11])
    _edit(awkward, "UPDATE articles SET url = '' WHERE id ="
                   " (SELECT article_id FROM claims WHERE id = ?)", ids[12])
    _edit(awkward, "UPDATE rating_labels SET value = '=x' WHERE label = 'Tiny'")  # a text
    return awkward, odd_ids


@pytest.mark.parametrize("raw", [False, True])
def test_what_sql_cannot_write_goes_through_the_csv_module(odd, raw: bool) -> None:
    store, odd_ids = odd
    fast, cells = io.BytesIO(), io.BytesIO()
    write_report_csv(store, ReportScope(), fast, raw=raw)
    write_csv_cells(store.reports.report_cells(), cells, raw=raw)
    assert fast.getvalue() == cells.getvalue()
    rules = LineRules(None if raw else FORMULA_TRIGGERS, _IGNORED_LEADING)
    lines = list(store.reports.report_lines(ReportScope(), rules, repr))
    assert {line[0] for line in lines if isinstance(line, tuple)} == odd_ids
    text = fast.getvalue()
    assert b"\x00" in text and b"b'=A'" in text and b",9223372036854775807," in text
    assert (b',"=x",' if raw else b',"\'=x",') in text  # the rating stored as a text


def test_a_claim_sql_cannot_write_keeps_its_place_in_the_scope(odd) -> None:
    store, odd_ids = odd
    scope = ReportScope(claims=sorted(odd_ids)[:3])
    fast, cells = io.BytesIO(), io.BytesIO()
    assert write_report_csv(store, scope, fast) == 3
    write_csv_cells(store.reports.report_cells(scope), cells)
    assert fast.getvalue() == cells.getvalue()


def test_progress_counts_every_claim(awkward: Store) -> None:
    seen: list[int] = []
    count = write_report_csv(awkward, ReportScope(), io.BytesIO(), progress=seen.append)
    assert count == len(AWKWARD) and seen == [count]


def test_a_whole_rating_beyond_64_bits_is_written_as_the_report_rows_write_it(
        awkward: Store) -> None:
    """SQL has no integer that big: the flat cells give the real number 1e+20, the
    report's rows (and the lines) the whole number."""
    _edit(awkward, "UPDATE rating_labels SET value = 1e20 WHERE label = 'Huge'")
    _drop_guard(awkward)
    _edit(awkward, "UPDATE claims SET claimant = X'00' WHERE verdict = 'Huge'")  # one odd
    _edit(awkward, "UPDATE claims SET verdict = 'Huge' WHERE verdict = 'Half'")
    awkward.scales._active_scale_cache = None  # edited behind the store's back
    fast, _cells, rows = _both_paths(awkward, ReportScope(verdict="Huge"))
    assert fast == rows and fast.count(b",100000000000000000000,") > 1


def _one_claim(folder: Path, *, guarded: bool) -> Iterator[tuple[Store, str]]:
    with Store.open(folder / "one.db", reviewer="ann") as store:
        article = store.articles.add_article(NewArticle(title="T", text=TEXT))
        claim = store.claims.add_claim(article.id, 0, 10)
        store.sources.add_source(claim.id, "https://example.org/a")
        if not guarded:
            _drop_guard(store)
        yield store, claim.id


@pytest.fixture(scope="module")
def one_claim(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, str]]:
    yield from _one_claim(tmp_path_factory.mktemp("one"), guarded=True)


@pytest.fixture(scope="module")
def unguarded_claim(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, str]]:
    yield from _one_claim(tmp_path_factory.mktemp("bare"), guarded=False)


# Characters on either side of every edge the SQL's first-character test has.
EDGES = "".join(map(chr, [0, 9, 10, 13, 14, 31, 32, 33, 43, 44, 45, 46, 60, 61, 62, 63, 64, 65,
                          127, 159, 160, 161, 12287, 12288, 12289, 65121, 65122, 65123, 65126,
                          65131, 65132, 65290, 65291, 65293, 65309, 65312, 65313, 0x10FFFF]))
_TEXTS = st.text(st.one_of(st.sampled_from(EDGES + '",'),
                           st.characters(exclude_categories=("Cs",))), max_size=6)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(_TEXTS, min_size=4, max_size=4), raw=st.booleans())
def test_any_text_in_any_column_comes_out_as_the_csv_module_writes_it(
        unguarded_claim: tuple[Store, str], texts: list[str], raw: bool) -> None:
    """Without the guard: NULs included."""
    store, claim_id = unguarded_claim
    _edit(store, "UPDATE claims SET claimant = ?, rationale = ?, reviewer = ? WHERE id = ?",
          *texts[:3], claim_id)
    _edit(store, "UPDATE sources SET url = ? WHERE claim_id = ?", texts[3], claim_id)
    fast, cells = io.BytesIO(), io.BytesIO()
    write_report_csv(store, ReportScope(), fast, raw=raw)
    write_csv_cells(store.reports.report_cells(), cells, raw=raw)
    assert fast.getvalue() == cells.getvalue()


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(_TEXTS.map(lambda text: text.replace("\0", "")), min_size=5,
                      max_size=5), raw=st.booleans())
def test_any_text_the_guard_lets_in_comes_out_as_the_csv_module_writes_it(
        one_claim: tuple[Store, str], texts: list[str], raw: bool) -> None:
    """With the guard the query looks neither for NULs nor at the first character of
    ids, dates and states: whatever the guard lets another program write still comes
    out byte for byte as the csv module writes it."""
    store, claim_id = one_claim
    _edit(store, "UPDATE claims SET claimant = ?, rationale = ?, reviewer = ?,"
                 " status = 'x' || ? WHERE id = ?", *texts[:4], claim_id)
    _edit(store, "UPDATE sources SET url = ? WHERE claim_id = ?", texts[4], claim_id)
    fast, cells = io.BytesIO(), io.BytesIO()
    write_report_csv(store, ReportScope(), fast, raw=raw)
    write_csv_cells(store.reports.report_cells(), cells, raw=raw)
    assert fast.getvalue() == cells.getvalue()


def test_the_guarded_and_the_checking_query_write_the_same_bytes(awkward: Store) -> None:
    guarded = _both_paths(awkward)
    assert _guarded(awkward)
    _drop_guard(awkward)
    assert not _guarded(awkward)
    assert _both_paths(awkward) == guarded
    assert len(set(guarded)) == 1
