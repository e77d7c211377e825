"""schema.org ClaimReview: every field checked, and invalid records left out with a warning."""

from __future__ import annotations

import io
import json
from dataclasses import replace

from factcheck_gui.core.store import Store
from factcheck_gui.io.claimreview_export import claim_review, write_claimreview


def _records(store: Store, **options):
    out = io.BytesIO()
    result = write_claimreview(store.reports.report_rows(), out,
                               scale=store.scales.active_scale(), **options)
    return json.loads(out.getvalue()), result


def test_fields_one_by_one(library) -> None:
    store, ids = library
    records, result = _records(store, organization="Harbour Checks",
                               url_template="https://checks.example/{article_id}/{claim_id}")
    by_id = {r["identifier"]: r for r in records}
    # Claims without a verdict are not reviews: the four with one are written.
    assert set(by_id) == {ids[n] for n in ("fares", "overlap", "rtl", "second")}
    assert result.written == 4 and result.left_out == len(ids) - 4
    claim = store.claims.get_claim(ids["fares"])
    record = by_id[ids["fares"]]
    assert record["@context"] == "https://schema.org"
    assert record["@type"] == "ClaimReview"
    assert record["claimReviewed"] == claim.claim_text == "Bus fares will rise by 18%"
    assert record["reviewRating"] == {"@type": "Rating", "alternateName": "Mostly true",
                                      "ratingValue": 4, "bestRating": 5, "worstRating": 1}
    assert record["author"] == {"@type": "Organization", "name": "Harbour Checks"}
    assert record["datePublished"] == claim.updated_at[:10]
    assert record["url"] == f"https://checks.example/{claim.article_id}/{claim.id}"
    item = record["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Person", "name": "The council"}
    assert item["datePublished"] == "2026-10-14"
    assert item["appearance"] == {
        "@type": "CreativeWork", "url": "https://example.org/fares", "headline": "Fares to rise",
        "author": {"@type": "Person", "name": "R. A."},
        "publisher": {"@type": "Organization", "name": "The Courier"},
        "datePublished": "2026-10-14",
    }
    # A verdict without a number on the scale: the label only, no numbers.
    assert by_id[ids["rtl"]]["reviewRating"] == {"@type": "Rating",
                                                 "alternateName": "Unverifiable"}
    # Unknown facts are left out, never written as null.
    second = by_id[ids["second"]]
    assert "author" not in second["itemReviewed"]
    assert "datePublished" not in second["itemReviewed"]
    assert "url" not in second["itemReviewed"]["appearance"]
    assert "null" not in json.dumps(records)
    assert result.warnings == [f"{len(ids) - 4} claim(s) without a verdict left out"]


def test_warnings_instead_of_invalid_records(library) -> None:
    store, ids = library
    records, result = _records(store)
    assert all(r["author"] == {"@type": "Person", "name": "ann"} for r in records)
    assert all("url" not in r for r in records)
    assert any("no url" in w for w in result.warnings)
    assert any("organisation" in w for w in result.warnings)
    row = next(r for r in store.reports.report_rows() if r.claim.id == ids["fares"])
    record, why = claim_review(replace(row, claim=replace(row.claim, verdict="Pants on fire")),
                               store.scales.active_scale())
    assert record is None and "not on the active rating scale" in why
    record, why = claim_review(replace(row, claim=replace(row.claim, claim_text=" ")),
                               store.scales.active_scale())
    assert record is None and "claimReviewed" in why
    out = io.BytesIO()
    bad = replace(row, claim=replace(row.claim, verdict="Pants on fire"))
    result = write_claimreview([bad], out, scale=store.scales.active_scale())
    assert json.loads(out.getvalue()) == []
    assert result.warnings == [f"claim {row.claim.id} left out: its verdict 'Pants on fire' "
                               "is not on the active rating scale"]
