"""Changing and editing the active scale never silently rewrites a verdict: labels in
use are mapped (one "relabel" event per claim) or kept as retired labels that still
display and export."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import pytest

from factcheck_gui.core.errors import ValidationError
from factcheck_gui.core.scales import load_preset
from factcheck_gui.core.store import Store, UnaccountedLabelsError
from factcheck_gui.io.claimreview_export import write_claimreview
from factcheck_gui.io.csv_export import write_csv, write_csv_cells
from factcheck_gui.io.w3c_export import write_annotations
from tests.core.conftest import ARTICLE_TEXT, span


@pytest.fixture
def judged(store: Store, article):
    """Four claims on the default scale: Misleading x2, Mostly false, True."""
    quotes = {"fares": "Bus fares will rise by 18% in January",
              "choice": "We have no other choice",
              "ridership": "Ridership fell from 17.9 million journeys in 2019",
              "million": "14.2 million in 2025"}
    verdicts = {"fares": "Misleading", "choice": "Misleading", "ridership": "Mostly false",
                "million": "True"}
    ids = {}
    for key, quote in quotes.items():
        claim = store.claims.add_claim(article.id, *span(ARTICLE_TEXT, quote),
                                       verdict=verdicts[key])
        ids[key] = claim.id
    return ids


def _verdicts(store: Store, ids: dict) -> dict[str, str]:
    return {key: store.claims.get_claim(cid).verdict for key, cid in ids.items()}


def test_a_change_that_leaves_used_labels_unaccounted_is_refused(store, judged) -> None:
    before = store.scales.active_scale()
    with pytest.raises(UnaccountedLabelsError) as caught:
        store.scales.change_scale(load_preset("truth-meter"),
                                  mapping={"Mostly false": "Mostly False"})
    message = str(caught.value)
    assert message == ("the scale 'Six-step truth meter' lacks 1 verdict in use:"
                       " 'Misleading' (2 claims); map each to a label of the new scale or"
                       " keep it as a retired label")
    assert caught.value.labels == {"Misleading": 2}
    assert store.scales.active_scale() == before  # nothing written
    assert _verdicts(store, judged)["ridership"] == "Mostly false"


def test_mapping_rewrites_claims_with_one_relabel_event_each(store, judged) -> None:
    change = store.scales.change_scale(load_preset("truth-meter"),
                                       mapping={"misleading": "half true",  # any case
                                         "Mostly false": "Mostly False"})
    assert store.scales.active_scale().id == "truth-meter"
    assert _verdicts(store, judged) == {"fares": "Half True", "choice": "Half True",
                                        "ridership": "Mostly False", "million": "True"}
    assert change.relabelled[judged["fares"]] == ("Misleading", "Half True")
    assert judged["million"] not in change.relabelled
    events = [e for e in store.events.for_claim(judged["fares"]) if e.action == "relabel"]
    assert len(events) == 1
    assert events[0].before == {"verdict": "Misleading"}
    assert events[0].after == {"verdict": "Half True", "scale": "truth-meter"}
    assert not [e for e in store.events.for_claim(judged["million"]) if e.action == "relabel"]
    scale_events = store.connection.execute(
        "SELECT action, after FROM events WHERE entity = 'scale' ORDER BY id").fetchall()
    assert scale_events[-1]["action"] == "activate"
    after = json.loads(scale_events[-1]["after"])
    assert after["mapping"] == {"Misleading": "Half True", "Mostly false": "Mostly False"}
    assert after["relabelled"] == 3
    # New verdicts come from the new scale only.
    store.claims.update_claim(judged["million"], verdict="Outrageously False")
    with pytest.raises(ValidationError, match="not a verdict of the scale"):
        store.claims.update_claim(judged["million"], verdict="Misleading")


def test_mapping_to_a_missing_or_retired_label_is_refused(store, judged) -> None:
    with pytest.raises(ValidationError, match="has no such label"):
        store.scales.change_scale(load_preset("fever"), mapping={"Misleading": "Nonsense"})
    fever = load_preset("fever")
    old = replace(fever.labels[0], label="Old", position=3, retired=True)
    with_old = replace(fever, labels=(*fever.labels, old))
    with pytest.raises(ValidationError, match="it is a retired label"):
        store.scales.change_scale(with_old, mapping={"Misleading": "old"}, keep_retired=True)
    with pytest.raises(ValidationError, match="differs only in case or spacing; map"):
        store.scales.change_scale(load_preset("truth-meter"), keep_retired=True)


def test_kept_labels_stay_displayable_and_exportable(store, judged) -> None:
    change = store.scales.change_scale(load_preset("fever"), mapping={"True": "Supported"},
                                       keep_retired=True)
    scale = store.scales.active_scale()
    assert change.kept_retired == ("Misleading", "Mostly false")
    assert [(lbl.label, lbl.retired) for lbl in scale.labels] == [
        ("Supported", False), ("Refuted", False), ("Not Enough Info", False),
        ("Misleading", True), ("Mostly false", True)]
    misleading = scale.find("Misleading")
    # Looks as it did on the old scale; its value keeps its place: 3, the middle of
    # 1..5, is 1.5 on FEVER's 1..2.
    assert misleading.colour == load_preset().find("Misleading").colour
    assert misleading.description == load_preset().find("Misleading").description
    assert misleading.value == 1.5
    assert scale.find("Mostly false").value == 1.25
    assert _verdicts(store, judged)["fares"] == "Misleading"  # untouched
    with pytest.raises(ValidationError, match="not a verdict of the scale"):
        store.claims.update_claim(judged["million"], verdict="Misleading")
    # Filtering still finds them.
    assert len(store.claims.list_claims(verdict="misleading")) == 2

    rows = {r.claim.id: r for r in store.reports.report_rows()}
    assert rows[judged["fares"]].rating_value == 1.5
    assert rows[judged["million"]].claim.verdict == "Supported"
    assert rows[judged["million"]].rating_value == 2

    out = io.BytesIO()
    write_csv(store.reports.report_rows(), out)
    table = list(csv.DictReader(io.StringIO(out.getvalue().decode("utf-8-sig"))))
    by_id = {r["claim_id"]: r for r in table}
    assert by_id[judged["fares"]]["verdict"] == "Misleading"
    assert by_id[judged["million"]]["rating_value"] == "2"
    cells = io.BytesIO()
    write_csv_cells(store.reports.report_cells(), cells)
    assert cells.getvalue() == out.getvalue()  # the CLI's fast path agrees

    out = io.BytesIO()
    write_annotations(store.reports.report_rows(), out,
                      article_text=lambda a: store.versions.current_version(a.id))
    assert out.getvalue().decode().count('"Misleading"') >= 2

    out = io.BytesIO()
    result = write_claimreview(store.reports.report_rows(), out, scale=scale)
    records = {r["identifier"]: r for r in json.loads(out.getvalue())}
    assert result.written == 4  # retired verdicts are still reviews
    assert records[judged["fares"]]["reviewRating"] == {
        "@type": "Rating", "alternateName": "Misleading", "ratingValue": 1.5,
        "bestRating": 2, "worstRating": 1}
    assert by_id[judged["fares"]]["rating_value"] == "1.5"
    assert records[judged["million"]]["reviewRating"]["ratingValue"] == 2


def test_a_retired_label_keeps_its_place_on_the_rating_range(store, judged) -> None:
    store.scales.change_scale(load_preset("platform-programme"),
                              mapping={"Misleading": "Missing Context"},
                              keep_retired=["Mostly false"])
    kept = store.scales.active_scale().find("Mostly false")
    assert kept.retired and kept.value == 1.75  # 2 on 1..5 is a quarter up: 1.75 on 1..4
    out = io.BytesIO()
    write_claimreview(store.reports.report_rows(), out, scale=store.scales.active_scale())
    records = {r["identifier"]: r for r in json.loads(out.getvalue())}
    assert records[judged["ridership"]]["reviewRating"] == {
        "@type": "Rating", "alternateName": "Mostly false", "ratingValue": 1.75,
        "bestRating": 4, "worstRating": 1}
    # Editing a scale in place keeps a retired label's value as it is.
    edited = store.scales.active_scale()
    store.scales.change_scale(replace(edited, labels=edited.labels[1:]),
                              mapping={"False": "Altered"}, keep_retired=True)
    assert store.scales.active_scale().find("Mostly false").value == 1.75


def test_editing_the_active_scale_renames_recolours_and_reorders(store, judged) -> None:
    scale = store.scales.active_scale()
    labels = [replace(lbl, label="Missing context", colour="#b08923",
                      description="Needs context.") if lbl.label == "Misleading" else lbl
              for lbl in scale.labels]
    labels.insert(0, labels.pop(4))  # False first: key 1
    edited = replace(scale, name="House scale", labels=tuple(labels))
    with pytest.raises(UnaccountedLabelsError, match="'Misleading' \\(2 claims\\)"):
        store.scales.change_scale(edited)
    change = store.scales.change_scale(edited, mapping={"Misleading": "Missing context"})
    now = store.scales.active_scale()
    assert now.id == scale.id and now.name == "House scale"
    assert [lbl.label for lbl in now.labels][:3] == ["False", "True", "Mostly true"]
    assert [lbl.position for lbl in now.labels] == list(range(6))
    assert now.find("Missing context").description == "Needs context."
    assert _verdicts(store, judged)["fares"] == "Missing context"
    assert len(change.relabelled) == 2
    last = store.connection.execute(
        "SELECT action FROM events WHERE entity = 'scale' ORDER BY id DESC LIMIT 1").fetchone()
    assert last["action"] == "edit"


def test_undo_and_redo_restore_scale_and_verdicts_exactly(store, judged) -> None:
    old = store.scales.active_scale()
    # Two old labels merged into one: a reverse mapping could not split them again.
    change = store.scales.change_scale(load_preset("fever"),
                                       mapping={"Misleading": "Refuted", "Mostly false": "Refuted",
                                         "True": "Supported"})
    assert set(_verdicts(store, judged).values()) == {"Refuted", "Supported"}
    store.scales.undo_scale_change(change)
    assert store.scales.active_scale() == old
    assert _verdicts(store, judged) == {"fares": "Misleading", "choice": "Misleading",
                                        "ridership": "Mostly false", "million": "True"}
    store.scales.redo_scale_change(change)
    assert store.scales.active_scale() == change.new
    assert _verdicts(store, judged)["ridership"] == "Refuted"
    relabels = [e for e in store.events.for_claim(judged["ridership"]) if e.action == "relabel"]
    assert [(e.before["verdict"], e.after["verdict"]) for e in relabels] == [
        ("Mostly false", "Refuted"), ("Refuted", "Mostly false"), ("Mostly false", "Refuted")]


def test_a_failed_change_writes_nothing(store, judged, monkeypatch) -> None:
    before = store.scales.active_scale()
    count = store.connection.execute("SELECT count(*) FROM events").fetchone()[0]

    def boom(*_args, **_kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store._db, "record", boom)
    with pytest.raises(RuntimeError):
        store.scales.change_scale(load_preset("fever"), keep_retired=True)
    monkeypatch.undo()
    assert store.scales.active_scale() == before
    assert store.connection.execute("SELECT count(*) FROM events").fetchone()[0] == count
    assert _verdicts(store, judged)["fares"] == "Misleading"


def test_the_scale_survives_reopening(db_path, store, judged) -> None:
    store.scales.change_scale(load_preset("snopes-style"), mapping={"Misleading": "Mixture",
                                                                    "Mostly false": "Mostly False"})
    scale = store.scales.active_scale()
    store.close()
    with Store.open(db_path) as again:
        assert again.scales.active_scale() == scale
        assert again.scales.verdict_usage() == {"Mixture": 2, "Mostly False": 1, "True": 1}


def test_an_export_with_retired_verdicts_imports_back(store, judged, tmp_path) -> None:
    from factcheck_gui.io.w3c_import import import_annotations, parse_annotations

    store.scales.change_scale(load_preset("fever"), mapping={"True": "Supported"},
                              keep_retired=True)
    out = io.BytesIO()
    write_annotations(store.reports.report_rows(), out,
                      article_text=lambda a: store.versions.current_version(a.id))
    report = import_annotations(store, parse_annotations(out.getvalue()))
    assert report.skipped == 0 and report.unchanged == 4
    with Store.open(tmp_path / "fresh.db") as fresh:
        fresh.scales.change_scale(store.scales.active_scale())
        report = import_annotations(fresh, parse_annotations(out.getvalue()))
        assert report.created == 4
        assert fresh.scales.verdict_usage() == store.scales.verdict_usage()
