"""Corrections (verdict or rationale changed after final) in every export."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from factcheck_gui.core.store import Store
from factcheck_gui.io.csv_export import CLAIM_COLUMNS_PER_SOURCE, write_csv, write_csv_cells
from factcheck_gui.io.html_report import write_html_report
from factcheck_gui.io.records import COLUMNS, SOURCE_COLUMNS, claim_record
from factcheck_gui.io.w3c_export import write_annotations
from factcheck_gui.io.w3c_import import import_annotations, parse_annotations

NOTE = "ONS revised <b>the series</b> & more"


@pytest.fixture
def corrected(library) -> tuple[Store, dict[str, str]]:
    store, ids = library
    store.claims.update_claim(ids["fares"], verdict="False", correction_note=NOTE)
    store.claims.update_claim(ids["fares"], rationale="=Rewritten\nrationale",
                              correction_note="typo")
    return store, ids


def _csv(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_has_a_corrections_column_after_the_fixed_ones(corrected) -> None:
    store, ids = corrected
    assert COLUMNS[COLUMNS.index("anchor_state") + 1] == "corrections"
    fast, slow, per_source = io.BytesIO(), io.BytesIO(), io.BytesIO()
    write_csv_cells(store.reports.report_cells(), fast)
    write_csv(store.reports.report_rows(), slow)
    write_csv(store.reports.report_rows(), per_source, per_source=True)
    assert fast.getvalue() == slow.getvalue()
    rows = {row["claim_id"]: row for row in _csv(fast.getvalue())}
    lines = rows[ids["fares"]]["corrections"].split("\n")
    assert len(lines) == 2
    when = store.workflow.corrections(ids["fares"])[0].at[:16]
    assert lines[0] == f"{when}Z · ann · verdict: Mostly true → False · note: {NOTE}"
    assert lines[1].endswith(" · ann · rationale edited · note: typo")
    assert rows[ids["second"]]["corrections"] == ""
    header = next(csv.reader(io.StringIO(per_source.getvalue().decode("utf-8-sig"))))
    assert header == list(CLAIM_COLUMNS_PER_SOURCE + SOURCE_COLUMNS)


def test_json_records_carry_the_corrections(corrected) -> None:
    store, ids = corrected
    records = {r["claim_id"]: r for r in map(claim_record, store.reports.report_rows())}
    first, second = records[ids["fares"]]["corrections"]
    assert first["changes"] == {"verdict": {"before": "Mostly true", "after": "False"}}
    assert (first["reviewer"], first["note"]) == ("ann", NOTE)
    assert set(second["changes"]) == {"rationale"}
    assert records[ids["second"]]["corrections"] == []


def test_html_report_has_escaped_corrections_per_claim_and_at_the_end(corrected) -> None:
    store, _ids = corrected
    out = io.BytesIO()
    write_html_report(store.reports.report_rows(), out, scale=store.scales.active_scale(),
                      article_text=lambda a: store.versions.current_version(a.id))
    page = out.getvalue().decode()
    assert '<div class="corrections"><p>Corrections</p>' in page
    assert '<section class="summary corrections-list" id="corrections"><h2>Corrections' in page
    assert "<b>the series</b>" not in page
    assert page.count("ONS revised &lt;b&gt;the series&lt;/b&gt; &amp; more") == 2
    assert page.index('id="corrections"') > page.index('class="claims"')


def test_w3c_export_carries_corrections_and_import_reads_them_back(corrected,
                                                                   tmp_path: Path) -> None:
    store, ids = corrected
    out = io.BytesIO()
    write_annotations(store.reports.report_rows(), out,
                      article_text=lambda a: store.versions.current_version(a.id))
    data = json.loads(out.getvalue())
    [item] = [i for i in data["first"]["items"] if i["id"].endswith(ids["fares"])]
    bodies = [b for b in item["body"] if b.get("fc:role") == "correction"]
    assert [b["value"] for b in bodies] == [NOTE, "typo"]
    assert bodies[0]["fc:changes"] == {"verdict": {"before": "Mostly true", "after": "False"}}
    with Store.open(tmp_path / "other.db", reviewer="bob") as other:
        for _ in range(2):  # imported once, however often the file comes in
            import_annotations(other, parse_annotations(out.getvalue()))
        assert other.workflow.corrections(ids["fares"]) == store.workflow.corrections(ids["fares"])
        # The correction note did not leak into the rationale.
        assert other.claims.get_claim(ids["fares"]).rationale == "=Rewritten\nrationale"


def test_a_withdrawn_correction_leaves_every_report(corrected) -> None:
    """Undo of a correction withdraws it: the history keeps both steps, the
    reports (CSV fast and slow, JSON, HTML) no longer list it."""
    store, ids = corrected
    newest = store.workflow.newest_correction_id(ids["fares"])
    before = store.events.for_claim(ids["fares"])[-1].before["rationale"]
    store.claims.replay_update(ids["fares"], rationale=before, withdraws=newest)
    assert [fix.note for fix in store.workflow.corrections(ids["fares"])] == [NOTE]
    actions = [event.action for event in store.events.for_claim(ids["fares"])]
    assert actions[-3:] == ["correct", "correct", "withdraw"]
    fast, slow = io.BytesIO(), io.BytesIO()
    write_csv_cells(store.reports.report_cells(), fast)
    write_csv(store.reports.report_rows(), slow)
    assert fast.getvalue() == slow.getvalue()
    rows = {row["claim_id"]: row for row in _csv(fast.getvalue())}
    assert rows[ids["fares"]]["corrections"].endswith(f"note: {NOTE}")
    assert "typo" not in rows[ids["fares"]]["corrections"]
    records = {r["claim_id"]: r for r in map(claim_record, store.reports.report_rows())}
    assert [fix["note"] for fix in records[ids["fares"]]["corrections"]] == [NOTE]
    out = io.BytesIO()
    write_html_report(store.reports.report_rows(), out, scale=store.scales.active_scale(),
                      article_text=lambda a: store.versions.current_version(a.id))
    assert "typo" not in out.getvalue().decode()
