"""The library's guard (core/store/report_guard.py): triggers refusing, whoever
writes, what the CSV report's SQL-written lines could not write as the csv module
would; installed by a migration only on a library that keeps the rule already."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from factcheck_gui.core.models import LinkCheck, NewArticle, WebFetch
from factcheck_gui.core.report import ReportScope
from factcheck_gui.core.store import Store, library_counts, report_guard, schema
from factcheck_gui.io.csv_export import write_csv_cells, write_report_csv

TEXT = "The council said fares rose by 18% in January, and more words follow. " * 4


@pytest.fixture
def library(tmp_path: Path) -> Path:
    path = tmp_path / "guarded.db"
    with Store.open(path, reviewer="ann") as store:
        article = store.articles.add_article(NewArticle(title="Fares", text=TEXT))
        claim = store.claims.add_claim(article.id, 0, 10, rationale="=not a formula")
        source = store.sources.add_source(claim.id, "https://example.org/a", title="A")
        store.web.keep_copy(source.id, WebFetch(source.url, source.url, 200,
                                                "2026-11-05T10:00:00Z", "text/html",
                                                "ab" * 32, b"<p>x</p>"), title="A", text="x")
        store.web.record_checks([LinkCheck(source.id, "ok", "2026-11-20T08:00:00Z")])
    return path


def _present(path: Path) -> bool:
    conn = sqlite3.connect(path)
    try:
        return report_guard.present(conn)
    finally:
        conn.close()


def test_a_new_library_is_guarded(library: Path) -> None:
    assert _present(library)


_EVENT = ("INSERT INTO events (at, actor, entity, entity_id, action, before, after, claim_id)"
          " SELECT {at}, {actor}, 'claim', id, 'correct', {before}, {after}, id FROM claims")



def _event(at: str, actor: str, after: str, before: str = "'{\"verdict\": \"Half\"}'") -> str:
    return _EVENT.format(at=at, actor=actor, before=before, after=after)


# What another program may try to write, one column of each rule and table.
REFUSED = [
    "UPDATE claims SET rationale = 'a' || char(0) || 'b'",
    "UPDATE claims SET claimant = X'3d41'",
    "UPDATE claims SET start = 2.5",
    "UPDATE claims SET \"end\" = 'later'",
    "UPDATE claims SET status = '=HYPERLINK(1)'",
    "UPDATE claims SET created_at = ' 2026-11-01'",
    "UPDATE claims SET id = '@x'",
    "UPDATE articles SET title = 'T' || char(0)",
    "UPDATE articles SET id = '+1'",
    "UPDATE sources SET title = X'00'",
    "UPDATE source_copies SET fetched_at = '2026' || char(0)",
    "UPDATE link_checks SET checked_at = X'32'",
    "INSERT INTO articles (id, title, imported_at, updated_at)"
    " VALUES ('-1', 't', '2026-01-01', '2026-01-01')",
    # Corrections: the report writes their date first and their JSON's strings.
    _event(at="' 2026-11-30T10:00:00Z'", actor="'bob'", after="'{}'"),
    _event(at="'=2026'", actor="'bob'", after="'{}'"),
    _event(at="'2026-11-30T10:00:00Z'", actor="'b' || char(0)", after="'{}'"),
]


@pytest.mark.parametrize("sql", REFUSED)
def test_another_programs_write_that_breaks_the_rule_is_refused(library: Path,
                                                               sql: str) -> None:
    conn = sqlite3.connect(library)
    with pytest.raises(sqlite3.IntegrityError, match="refused by the guard"):
        conn.execute(sql)
    conn.close()


ALLOWED = [
    "UPDATE claims SET rationale = '=1+1', claimant = NULL, status = 'Checked by desk'",
    "UPDATE articles SET title = '@home', outlet = '', url = NULL, published = '-'",
    "UPDATE claims SET start = '3'",  # the column's affinity makes it a whole number
    "UPDATE sources SET title = NULL, stance = 'refutes'",
    # A typed backslash is not a NUL; events other than corrections are not read.
    _event(at="'2026-11-30T10:00:00Z'", actor="'=bob'",
                  after="'{\"correction_note\": \"a \\\\u0000 b\"}'"),
    "INSERT INTO events (at, actor, entity, entity_id, action, after)"
    " VALUES (' x', 'a' || char(0), 'claim', 'c', 'edit', 'not json')",
]


@pytest.mark.parametrize("sql", ALLOWED)
def test_what_the_rule_allows_is_written_and_exported(library: Path, sql: str) -> None:
    conn = sqlite3.connect(library)
    with conn:
        conn.execute(sql)
    conn.close()
    with Store.open(library, reviewer="ann") as store:
        fast, cells = io.BytesIO(), io.BytesIO()
        write_report_csv(store, ReportScope(), fast)
        write_csv_cells(store.reports.report_cells(), cells)
    assert fast.getvalue() == cells.getvalue()


def _back_to_version_9(path: Path, *, then: str = "") -> None:
    """The library as the version before the guard left it, edited by another
    program with `then`."""
    conn = sqlite3.connect(path)
    with conn:
        for name in [*report_guard.trigger_sql(), *library_counts.trigger_sql()]:
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("DROP TABLE library_counts")  # a later migration's
        if then:
            conn.execute(then)
        conn.execute("PRAGMA user_version = 9")
    conn.close()


def test_the_migration_guards_a_library_that_keeps_the_rule(library: Path) -> None:
    _back_to_version_9(library)
    with Store.open(library, reviewer="ann"):
        pass
    assert _present(library)


def test_a_library_that_breaks_the_rule_stays_unguarded_and_exports_right(
        library: Path) -> None:
    _back_to_version_9(library, then="UPDATE claims SET claimant = 'x' || char(0) || 'y'")
    with Store.open(library, reviewer="ann") as store:
        fast, cells = io.BytesIO(), io.BytesIO()
        write_report_csv(store, ReportScope(), fast)
        write_csv_cells(store.reports.report_cells(), cells)
    conn = sqlite3.connect(library)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.LATEST_VERSION
    conn.close()
    assert not _present(library)
    assert fast.getvalue() == cells.getvalue() and b"x\x00y" in fast.getvalue()


def test_a_guard_trigger_changed_by_another_program_is_not_trusted(library: Path) -> None:
    name = next(iter(report_guard.trigger_sql()))
    conn = sqlite3.connect(library)
    with conn:
        conn.execute(f"DROP TRIGGER {name}")
        conn.execute(f"CREATE TRIGGER {name} BEFORE INSERT ON articles BEGIN SELECT 1; END")
    conn.close()
    assert not _present(library)


def test_the_columns_the_report_trusts_are_the_ones_the_guard_keeps() -> None:
    """report_lines skips the first-character test of its _FIXED columns: each must
    be a FIXED column of the guard, and every other text column it reads guarded."""
    from factcheck_gui.core.store.report_lines import _FIXED, _TEXT
    from factcheck_gui.core.store.report_sql import CELL_SQL

    tables = {"c": "claims", "a": "articles"}
    rules = {(table, column): kind for table, columns in report_guard.GUARDED.items()
             for column, kind in columns}
    for name in _TEXT:
        alias, column = CELL_SQL[name].split(".")
        kind = rules[(tables[alias], column.strip('"'))]
        assert (kind == report_guard.FIXED) == (name in _FIXED), name


@pytest.mark.parametrize(("before", "after"), [
    ('{"verdict": "Half"}', '{"verdict": "S\\u0000um", "correction_note": "n\\u0000ote"}'),
    ('{"verdict\\u0000": "x"}', '{"correction_note": "y"}'),
])
def test_a_nul_in_a_corrections_json_is_refused_or_ends_the_text_on_both_paths(
        library: Path, before: str, after: str) -> None:
    """Whether SQLite's JSON decoding keeps a NUL or ends the string there depends on
    its version: the guard refuses the first; with the second, the report's two
    paths read the same shortened text."""
    conn = sqlite3.connect(library)
    try:
        with conn:
            conn.execute(_event(at="'2026-11-30T10:00:00Z'", actor="'bob'", after="?",
                                before="?"), (before, after))
    except sqlite3.IntegrityError as error:
        assert "refused by the guard" in str(error)
        return
    finally:
        conn.close()
    with Store.open(library, reviewer="ann") as store:
        fast, cells = io.BytesIO(), io.BytesIO()
        write_report_csv(store, ReportScope(), fast)
        write_csv_cells(store.reports.report_cells(), cells)
    assert fast.getvalue() == cells.getvalue() and b"2026-11-30T10:00Z" in fast.getvalue()
