"""W3C Web Annotation export and import: shape, lossless round trip, merging, Hypothesis."""

from __future__ import annotations

import io
import json
from dataclasses import asdict
from pathlib import Path

import pytest

from factcheck_gui.core.errors import ValidationError
from factcheck_gui.core.models import AnchorState, NewArticle
from factcheck_gui.core.store import Store
from factcheck_gui.io.w3c_export import ANNO_CONTEXT, export_annotations, write_annotations
from factcheck_gui.io.w3c_import import import_annotations, parse_annotations

from .conftest import FIRST_TEXT


def _export(store: Store, **options) -> bytes:
    out = io.BytesIO()
    write_annotations(store.reports.report_rows(), out,
                      article_text=lambda a: store.versions.current_version(a.id), **options)
    return out.getvalue()


def _import(store: Store, data: bytes):
    return import_annotations(store, parse_annotations(data))


def _event_count(store: Store) -> int:
    return store.connection.execute("SELECT count(*) FROM events").fetchone()[0]


def _snapshot(store: Store) -> dict:
    """Claims and sources, without what is local to a database (text version ids)."""
    claims = {}
    for row in store.reports.report_rows():
        claim = asdict(row.claim)
        claim.pop("version_id")
        claims[row.claim.id] = claim | {"sources": [asdict(s) for s in row.sources],
                                        "rating_value": row.rating_value}
    return claims


def test_shape_of_the_collection(library) -> None:
    store, ids = library
    doc = json.loads(_export(store))
    assert doc["@context"][0] == ANNO_CONTEXT
    assert doc["type"] == "AnnotationCollection"
    items = doc["first"]["items"]
    assert doc["first"]["type"] == "AnnotationPage"
    assert doc["total"] == len(items) == len(ids)
    by_id = {item["id"]: item for item in items}
    fares = by_id[f"urn:uuid:{ids['fares']}"]
    assert fares["type"] == "Annotation" and fares["motivation"] == "assessing"
    assert fares["creator"] == {"type": "Person", "name": "ann"}
    assert fares["created"] and fares["modified"]
    target = fares["target"]
    assert target["source"] == "https://example.org/fares"
    quote_sel, position = target["selector"]
    assert quote_sel == {"type": "TextQuoteSelector", "exact": "Bus fares will rise by 18%",
                         "prefix": "", "suffix": FIRST_TEXT[26:58]}
    assert position == {"type": "TextPositionSelector", "start": 0, "end": 26}
    roles = {body["fc:role"]: body for body in fares["body"] if body["fc:role"] != "source"}
    assert roles["verdict"]["value"] == "Mostly true"
    assert roles["verdict"]["purpose"] == "assessing"
    assert roles["verdict"]["fc:ratingValue"] == 4
    assert roles["rationale"]["value"].startswith("Line one")
    assert roles["status"]["value"] == "final"
    assert roles["claimant"]["value"] == "The council"
    sources = [body for body in fares["body"] if body["fc:role"] == "source"]
    assert [s["source"] for s in sources] == ["https://example.org/budget",
                                              "https://example.org/minutes"]
    assert sources[0]["fc:title"] == "Budget, 2026" and sources[0]["fc:stance"] == "supports"
    # The article without a URL is named by the hash of its text.
    second = by_id[f"urn:uuid:{ids['second']}"]
    assert second["target"]["source"].startswith("urn:sha256:")
    assert len(second["target"]["source"]) == len("urn:sha256:") + 64
    # Each article's text travels once, in its first annotation.
    assert sum("text" in item["fc:article"] for item in items) == 2


def test_round_trip_into_a_fresh_database_is_identical(library, tmp_path: Path) -> None:
    store, ids = library
    out = tmp_path / "a.jsonld"
    assert export_annotations(store.reports.report_rows(), out,
                              article_text=lambda a: store.versions.current_version(a.id),
                              ) == len(ids)
    with Store.open(tmp_path / "b.db", reviewer="bob") as fresh:
        report = _import(fresh, out.read_bytes())
        assert (report.created, report.skipped, report.articles_created) == (len(ids), 0, 2)
        assert report.orphaned == 1
        assert _snapshot(fresh) == _snapshot(store)
        for article in store.articles.list_articles():
            theirs = fresh.articles.get_article(article.id)
            ours = store.versions.current_version(article.id).text
            assert fresh.versions.current_version(article.id).text == ours
            for field in ("title", "outlet", "author", "url", "published", "language"):
                assert getattr(theirs, field) == getattr(store.articles.get_article(article.id),
                                                         field)
        assert fresh.claims.get_claim(ids["orphan"]).anchor_state is AnchorState.ORPHANED
        assert fresh.claims.get_claim(ids["fuzzy"]).anchor_state is AnchorState.FUZZY
        assert fresh.integrity_problems() == []
        # Importing again changes nothing, history included.
        events = _event_count(fresh)
        again = _import(fresh, out.read_bytes())
        assert (again.created, again.updated, again.unchanged) == (0, 0, len(ids))
        assert _event_count(fresh) == events
        assert _snapshot(fresh) == _snapshot(store)


def test_newer_edit_wins_and_the_older_is_in_history(library, tmp_path: Path) -> None:
    store, ids = library
    with Store.open(tmp_path / "b.db", reviewer="bob") as other:
        _import(other, _export(store))
        # Bob changes one claim, then Ann changes another one and the same one later.
        other.claims.update_claim(ids["overlap"], verdict="Misleading")
        store.claims.update_claim(ids["fares"], verdict="True", rationale="New evidence.",
                                  correction_note="New evidence came in.")
        bobs = _export(other)
        report = _import(other, _export(store))
        assert report.updated == 1
        fares = other.claims.get_claim(ids["fares"])
        assert (fares.verdict, fares.rationale) == ("True", "New evidence.")
        merged = [e for e in other.events.for_claim(ids["fares"]) if e.action == "merge"]
        assert merged[-1].before["verdict"] == "Mostly true"
        assert merged[-1].after["verdict"] == "True"
        # Ann's older copy of the claim Bob changed does not overwrite Bob's edit...
        assert other.claims.get_claim(ids["overlap"]).verdict == "Misleading"
        # ...and Bob's newer edit wins when Ann imports his file.
        back = _import(store, bobs)
        assert back.updated == 1
        assert store.claims.get_claim(ids["overlap"]).verdict == "Misleading"
        # The fares claim in Bob's file is older than Ann's: kept, but only in history.
        assert store.claims.get_claim(ids["fares"]).verdict == "True"
        older = [e for e in store.events.for_claim(ids["fares"]) if e.action == "merge-older"]
        assert older[-1].before["verdict"] == "Mostly true"


def test_existing_article_matched_by_url_without_embedded_text(library, tmp_path) -> None:
    store, ids = library
    data = _export(store, embed_text=False)
    with Store.open(tmp_path / "b.db") as other:
        other.articles.add_article(NewArticle(title="Same story", text="Update: " + FIRST_TEXT,
                                              url="https://example.org/fares/"))
        report = _import(other, data)
        # The pasted note is not here and its text was not sent: reported, not invented.
        assert report.skipped == 1
        assert any("no article here matches urn:sha256:" in m for m in report.messages)
        fares = other.claims.get_claim(ids["fares"])
        text = other.versions.current_version(fares.article_id).text
        assert text[fares.start : fares.end] == "Bus fares will rise by 18%"
        assert fares.anchor_state is AnchorState.MOVED
        assert len(other.sources.list_sources(ids["fares"])) == 2


HYPOTHESIS_EXPORT = {
    "total": 3,
    "rows": [
        {
            "id": "AbC123hypo",
            "created": "2025-03-01T10:00:00.000000+00:00",
            "updated": "2025-03-02T11:00:00.000000+00:00",
            "user": "acct:carol@hypothes.is",
            "uri": "https://example.org/story",
            "text": "This number is wrong; see the census.",
            "tags": ["false", "census"],
            "target": [{
                "source": "https://example.org/story",
                "selector": [
                    {"type": "RangeSelector", "startContainer": "/p[2]", "startOffset": 0,
                     "endContainer": "/p[2]", "endOffset": 9},
                    {"type": "TextPositionSelector", "start": 40, "end": 49},
                    {"type": "TextQuoteSelector", "exact": "38% of us", "prefix": "said that ",
                     "suffix": " have no car"},
                ],
            }],
        },
        {
            "id": "second-note", "uri": "https://example.org/story", "text": "Check.",
            "user": "acct:dan@hypothes.is", "updated": "2025-03-02T11:00:00+00:00",
            "target": [{"source": "https://example.org/story", "selector": [
                {"type": "TextQuoteSelector", "exact": "the mayor", "prefix": "later ",
                 "suffix": " said"}]}],
        },
        {
            "id": "gone", "uri": "https://example.org/story", "text": "?",
            "target": [{"source": "https://example.org/story", "selector": [
                {"type": "TextQuoteSelector", "exact": "a sentence that was cut",
                 "prefix": "", "suffix": ""},
                {"type": "TextPositionSelector", "start": 5, "end": 28}]}],
        },
    ],
}


def test_hypothesis_annotations_land_on_the_right_words(tmp_path: Path) -> None:
    text = ("CORRECTION appended at the top.\n\nFirst the mayor spoke. The survey said that "
            "38% of us have no car, and later the mayor said otherwise.")
    with Store.open(tmp_path / "b.db") as store:
        article = store.articles.add_article(NewArticle(title="Story", text=text,
                                                        url="https://EXAMPLE.org/story#top"))
        data = json.dumps(HYPOTHESIS_EXPORT).encode()
        report = _import(store, data)
        assert (report.created, report.orphaned, report.skipped) == (3, 1, 0)
        claims = {c.quote: c for c in store.claims.list_claims(article.id)}
        found = claims["38% of us"]
        assert text[found.start : found.end] == "38% of us"
        assert found.anchor_state is AnchorState.MOVED
        assert (found.verdict, found.reviewer) == ("False", "carol")
        assert found.rationale == "This number is wrong; see the census."
        assert found.updated_at == "2025-03-02T11:00:00.000000+00:00"
        mayor = claims["the mayor"]
        assert mayor.start == text.index("later the mayor") + len("later ")
        gone = claims["a sentence that was cut"]
        assert gone.anchor_state is AnchorState.ORPHANED
        assert any("orphan" in m for m in report.messages)
        again = _import(store, data)
        assert (again.created, again.unchanged) == (0, 3)
        assert store.integrity_problems() == []


def test_unreadable_input_is_one_clear_error() -> None:
    with pytest.raises(ValidationError, match="not JSON"):
        parse_annotations(b"\xff not json")
    with pytest.raises(ValidationError, match="no annotations found"):
        parse_annotations(b'{"hello": 1}')


def test_streaming_with_progress(library) -> None:
    store, ids = library
    seen: list[int] = []
    out = io.BytesIO()
    count = write_annotations(iter(store.reports.report_rows()), out, progress=seen.append,
                              article_text=lambda a: store.versions.current_version(a.id))
    assert count == len(ids) and seen == [len(ids)]
    assert json.loads(out.getvalue())["total"] == len(ids)
    empty = io.BytesIO()
    write_annotations([], empty, article_text=lambda a: None)
    assert json.loads(empty.getvalue())["first"]["items"] == []
