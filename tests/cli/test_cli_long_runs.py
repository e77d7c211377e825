"""check and import-annotations on many claims: progress on stderr, every claim
checked against its own version's text, the same counts as one at a time."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from factcheck_gui.cli import commands
from factcheck_gui.core.store import quote_check
from tests.helpers.run_cli import run_cli

CLAIMS = 1_200


def many_claims(tmp_path: Path) -> Path:
    """A sample article with CLAIMS claims (bulk-inserted: setting up, not measured)."""
    assert run_cli(tmp_path, "--db", "many.db", "sample").code == 0
    db = tmp_path / "many.db"
    with sqlite3.connect(db) as conn:
        article, version, text = conn.execute(
            "SELECT a.id, v.id, v.text FROM articles a JOIN article_versions v"
            " ON v.id = a.current_version_id").fetchone()
        rows = []
        for n in range(CLAIMS):
            start = (n * 7) % (len(text) - 40)
            quote = text[start:start + 30]
            rows.append((f"00000000-0000-4000-8000-{n:012d}", article, version, start,
                         start + 30, quote, text[max(0, start - 32):start],
                         text[start + 30:start + 62], "ok", quote, "to-check", "bench",
                         "2026-01-01T00:00:00.000000+00:00", "2026-01-01T00:00:00.000000+00:00"))
        conn.executemany(
            'INSERT INTO claims (id, article_id, version_id, start, "end", quote, prefix,'
            " suffix, anchor_state, claim_text, status, reviewer, created_at, updated_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    conn.close()
    return db


@pytest.fixture(autouse=True)
def short_long_runs(monkeypatch) -> None:
    monkeypatch.setattr(commands, "LONG_RUN", 500)
    monkeypatch.setattr(quote_check, "PROGRESS_EVERY", 500)


def test_check_reports_progress_and_finds_a_damaged_quote(tmp_path: Path) -> None:
    db = many_claims(tmp_path)
    result = run_cli(tmp_path, "--db", "many.db", "check")
    assert (result.code, result.out.strip()) == (0, "ok"), result.err
    assert f"checked 1,000 of {CLAIMS:,} claims" in result.err
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE claims SET quote = 'tampered' WHERE id LIKE '%000000000777'")
    conn.close()
    damaged = run_cli(tmp_path, "--db", "many.db", "check")
    assert damaged.code == 1
    assert damaged.out.splitlines() == [
        "claim 00000000-0000-4000-8000-000000000777: its quote no longer matches its text span"]


def test_import_annotations_reports_progress_and_merges_all(tmp_path: Path) -> None:
    many_claims(tmp_path)
    exported = tmp_path / "many.json"
    assert run_cli(tmp_path, "--db", "many.db", "export", "json", "--out",
                   str(exported)).code == 0
    result = run_cli(tmp_path, "--db", "other.db", "import-annotations",
                     str(exported), "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out)["created"] == CLAIMS
    assert f"imported 1,000 of {CLAIMS:,} annotations" in result.err
    assert f"imported {CLAIMS:,} of {CLAIMS:,} annotations" in result.err
    again = run_cli(tmp_path, "--db", "other.db", "import-annotations",
                    str(exported), "--json")
    assert json.loads(again.out)["unchanged"] == CLAIMS
    assert run_cli(tmp_path, "--db", "other.db", "check").out.strip() == "ok"
