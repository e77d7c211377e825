"""core/history.py: every action the store records reads as words, long values are
shortened with the whole value kept, typing sessions read as one edit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from factcheck_gui.core.history import (
    SHORT,
    describe,
    describe_event,
    group_entries,
    history_entries,
    history_lines,
    shorten,
)
from factcheck_gui.core.models import Event
from factcheck_gui.core.times import exact_time, friendly_time

AT = "2026-11-20T10:00:00.000000+00:00"
LONG = ("The council's own budget, published in March, puts the rise at 12% once the"
        " concession fares are counted, not 18% as the press release says.")


def event(entity: str, action: str, before: dict | None, after: dict | None, *,
          entity_id: str = "c1", at: str = AT, actor: str = "ann", ident: int = 1) -> Event:
    return Event(ident, at, actor, entity, entity_id, action, before, after, claim_id="c1")


CLAIM = {"quote": "rise by 18%", "claim_text": "rise by 18%", "verdict": "Mostly false",
         "status": "to-check", "claimant": None, "rationale": None, "start": 15, "end": 26}

CASES = [
    (event("claim", "create", None, CLAIM),
     ["created claim on “rise by 18%”", "with verdict Mostly false"]),
    (event("claim", "import", None, CLAIM | {"status": "final"}),
     ["imported claim on “rise by 18%”", "with verdict Mostly false", "with status Final"]),
    (event("claim", "update", {"verdict": "Mostly false", "status": "to-check"},
           {"status": "final", "verdict": "False"}),
     ["set verdict: Mostly false -> False", "set status: To check -> Final"]),
    (event("claim", "correct", {"verdict": "Mostly false"},
           {"verdict": "False", "correction_note": "The budget figure was misread."}),
     ["corrected verdict: Mostly false -> False",
      "correction note: “The budget figure was misread.”"]),
    (event("claim", "withdraw", {"verdict": "False"},
           {"verdict": "Mostly false", "withdrawn": 7}),
     ["withdrew a correction (undone)", "set verdict: False -> Mostly false"]),
    (event("claim", "relabel", {"verdict": "Mostly True"},
           {"verdict": "Mostly true", "scale": "default"}),
     ["verdict relabelled by a scale change: Mostly True -> Mostly true"]),
    (event("claim", "merge", {"verdict": None, "updated_at": "x"},
           {"verdict": "True", "updated_at": "y"}),
     ["imported newer verdict: (none) -> True"]),
    (event("claim", "merge-older", {"verdict": "True", "updated_at": "x"},
           {"verdict": "False", "updated_at": "y"}),
     ["import kept newer verdict; older imported value: True"]),
    (event("claim", "copy", {"verdict": None, "rationale": None},
           {"verdict": "False", "rationale": "Same as before.", "copied_from": "c0"}),
     ["copied verdict and rationale from claim c0", "set verdict: (none) -> False",
      "set rationale: (none) -> “Same as before.”"]),
    (event("claim", "respan", {"start": 18, "end": 21, "quote": "18%", "anchor_state": "ok"},
           {"start": 15, "end": 21, "quote": "by 18%", "anchor_state": "ok"}),
     ["adjusted span: “18%” -> “by 18%”"]),
    (event("claim", "reanchor", {"start": 0, "end": 45, "quote": "q", "anchor_state": "ok",
                                 "version": 1},
           {"start": 0, "end": 45, "quote": "q2", "anchor_state": "fuzzy", "version": 2}),
     ["re-anchored (version 1 -> 2): ok 0-45 -> fuzzy 0-45 “q2”"]),
    (event("claim", "reattach", {"start": 0, "end": 4, "quote": "q", "anchor_state": "orphaned",
                                 "version": 1},
           {"start": 5, "end": 9, "quote": "new", "anchor_state": "ok", "version": 2}),
     ["re-attached (version 1 -> 2): orphaned 0-4 -> ok 5-9 “new”"]),
    (event("claim", "delete", CLAIM | {"sources": [{"id": "s1", "url": "https://a.org"}]}, None),
     ["deleted claim on “rise by 18%” with 1 source"]),
    (event("claim", "restore", None, CLAIM | {"sources": ["s1", "s2"]}),
     ["restored claim with 2 sources"]),
    (event("claim", "restore", None, CLAIM), ["restored claim"]),
    (event("source", "create", None, {"url": "https://example.org/a", "title": "A"},
           entity_id="s1"),
     ["added source https://example.org/a"]),
    (event("source", "import", None, {"url": "https://example.org/a"}, entity_id="s1"),
     ["imported source https://example.org/a"]),
    (event("source", "update", {"title": None}, {"title": "Budget"}, entity_id="s1"),
     ["set title of source: (none) -> “Budget”"]),
    (event("source", "move", {"position": 2}, {"position": 0}, entity_id="s1"),
     ["moved source from position 3 to 1"]),
    (event("source", "delete", {"url": "https://example.org/a"}, None, entity_id="s1"),
     ["removed source https://example.org/a"]),
    (event("article", "create", None, {"title": "Fares to rise"}, entity_id="a1"),
     ["added article “Fares to rise”"]),
    (event("article", "update", {"outlet": None}, {"outlet": "Courier"}, entity_id="a1"),
     ["set article outlet: (none) -> “Courier”"]),
    (event("article", "delete", {"title": "Fares", "claims": 3}, None, entity_id="a1"),
     ["deleted article “Fares” with 3 claims"]),
    (event("article", "new-version", {"version": 1}, {"version": 2, "note": "Typo"},
           entity_id="a1"),
     ["new text version 2: “Typo”"]),
    (event("setting", "update", {"value": None}, {"value": {"min_sources": 2}},
           entity_id="workflow"),
     ['changed setting workflow: (none) -> {"min_sources": 2}']),
    (event("scale", "install", None, {"name": "Snopes", "active": True}, entity_id="snopes"),
     ["installed rating scale “Snopes” (now the active scale)"]),
    (event("scale", "activate", {"name": "Plain", "labels": []},
           {"name": "Snopes", "labels": [], "mapping": {"Misleading": "Mixture"},
            "kept_retired": ["Unverifiable"], "relabelled": 3}, entity_id="snopes"),
     ["made rating scale “Snopes” the active scale", "verdict Misleading now reads Mixture",
      "kept as retired labels: Unverifiable", "relabelled 3 claims"]),
    (event("scale", "edit", {"name": "Old", "labels": [1], "best_rating": 1},
           {"name": "New", "labels": [2], "best_rating": 1, "mapping": {}, "relabelled": 0},
           entity_id="x"),
     ["edited rating scale “New”", "set name: “Old” -> “New”", "changed its labels"]),
    (event("widget", "tweak", {"size": 1, "same": 2}, {"size": 3, "same": 2}, entity_id="w"),
     ["tweak widget size: 1 -> 3"]),
]


@pytest.mark.parametrize(("event", "expected"), CASES,
                         ids=[f"{c[0].entity}-{c[0].action}" for c in CASES])
def test_every_recorded_action_reads_as_words(event: Event, expected: list[str]) -> None:
    assert describe_event(event) == expected


def test_sources_are_named_by_url_from_earlier_events() -> None:
    events = [
        event("source", "create", None, {"url": "https://www.example.org/budget"},
              entity_id="s1", ident=1),
        event("source", "update", {"stance": None}, {"stance": "refutes"}, entity_id="s1",
              ident=2),
        event("source", "move", {"position": 1}, {"position": 0}, entity_id="s1", ident=3),
    ]
    lines = [lines[0].text for _e, lines in history_lines(events)]
    assert lines[1:] == ["set stance of source example.org/budget: (none) -> refutes",
                         "moved source example.org/budget from position 2 to 1"]


def test_long_values_are_cut_in_the_line_and_whole_in_full() -> None:
    [line] = describe(event("claim", "update", {"rationale": None}, {"rationale": LONG}))
    assert line.cut and line.text.endswith("…”")
    assert len(line.text) < len("set rationale: (none) -> ") + SHORT + 4
    assert line.full == f"set rationale: (none) -> “{LONG}”"


def test_two_long_texts_show_where_they_differ() -> None:
    new = LONG.replace("12%", "11.5%")
    [line] = describe(event("claim", "update", {"rationale": LONG}, {"rationale": new}))
    old_part, new_part = line.text.removeprefix("set rationale: ").split(" -> ")
    assert "12%" in old_part and "11.5%" in new_part
    assert old_part.startswith("“…")


def test_multiline_values_stay_one_line_in_text() -> None:
    [line] = describe(event("claim", "update", {"rationale": None},
                            {"rationale": "First line.\nSecond line."}))
    assert "\n" not in line.text and "\n" in line.full


def test_shorten_cuts_at_a_word() -> None:
    assert shorten("short") == "short"
    cut = shorten("word " * 30, 40)
    assert cut.endswith("word…") and len(cut) <= 40


def _update(ident: int, minutes: int, actor: str, before: str, after: str,
            key: str = "rationale") -> Event:
    at = (datetime(2026, 11, 20, 10, tzinfo=UTC) + timedelta(minutes=minutes)).isoformat()
    return event("claim", "update", {key: before}, {key: after}, at=at, actor=actor,
                 ident=ident)


def test_typing_saves_read_as_one_edit_per_reviewer_and_field() -> None:
    events = [
        _update(1, 0, "ann", None, "The"),
        _update(2, 1, "ann", "The", "The council"),
        _update(3, 2, "ann", "The council", "The council says"),
        _update(4, 3, "bob", "The council says", "The council said"),  # another reviewer
        _update(5, 4, "bob", "Mostly false", "False", key="verdict"),  # a choice
        _update(6, 30, "bob", "The council said", "The council said so"),  # much later
    ]
    entries = history_entries(events)
    assert [e.event_ids for e in entries] == [(1, 2, 3), (4,), (5,), (6,)]
    assert entries[0].lines[0].text == "set rationale: (none) -> “The council says”"
    assert entries[0].first_at == events[0].at and entries[0].at == events[2].at
    assert entries[0].saves == 3


def test_typing_and_erasing_is_no_net_change() -> None:
    entries = history_entries([_update(1, 0, "ann", "Yes", "Yes, but"),
                               _update(2, 0, "ann", "Yes, but", "Yes")])
    assert [line.text for line in entries[0].lines] == ["edited rationale (no net change)"]


def test_groups_keep_corrections_and_deletions_apart() -> None:
    events = [_update(1, 0, "ann", "a", "b", key="claimant"),
              _update(2, 1, "ann", "x", "y", key="verdict"),
              event("claim", "correct", {"verdict": "y"}, {"verdict": "z",
                    "correction_note": "n"}, ident=3, at=_update(0, 2, "", "", "").at),
              _update(4, 3, "ann", "b", "c", key="claimant"),
              _update(5, 4, "bob", "c", "d", key="claimant")]
    groups = group_entries(history_entries(events))
    assert [[e.event_ids[0] for e in group] for group in groups] == [[1, 2], [3], [4], [5]]


def test_times_are_friendly_and_exact() -> None:
    now = datetime(2026, 11, 20, 18, 0).astimezone()
    local = datetime(2026, 11, 20, 9, 5).astimezone()
    at = local.astimezone(UTC).isoformat()
    assert friendly_time(at, now) == "Today 09:05"
    assert friendly_time((local - timedelta(days=1)).astimezone(UTC).isoformat(), now) == (
        "Yesterday 09:05")
    assert friendly_time((local - timedelta(days=10)).astimezone(UTC).isoformat(), now) == (
        "10 Nov, 09:05")
    assert friendly_time((local - timedelta(days=400)).astimezone(UTC).isoformat(), now) == (
        f"{(local - timedelta(days=400)).day} {(local - timedelta(days=400)):%b %Y}, 09:05")
    assert at in exact_time(at) and "09:05:00" in exact_time(at)
    assert friendly_time("not a time") == "not a time"
