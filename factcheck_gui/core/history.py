"""What the append-only history says, in words a reviewer reads.

One event of the `events` table becomes one or more lines such as
`set verdict: Mostly false -> False`. Each line comes twice: `text`, one line with
long values (rationales, quotes) shortened, and `full`, with every value whole.
The CLI's `history` prints `text`; the window's History view shows `text` and
offers `full` on demand. No Qt here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from factcheck_gui.core.models import Event, Status

SHORT = 60  # characters of a value shown in a one-line summary
# Saves of one text field by one reviewer this close together are one edit in the
# window (the inspector saves while the user types).
TYPING_GAP = timedelta(minutes=10)
TYPED_FIELDS = ("claim_text", "claimant", "rationale", "note", "title")
_HIDDEN = ("updated_at", "created_at", "version_id")
_FIELD_NAMES = {"claim_text": "claim text", "anchor_state": "anchor state",
                "original_quote": "original quote"}
_PLAIN_VALUES = ("verdict", "stance", "anchor_state", "position", "start", "end", "version",
                 "published", "accessed", "language")
NONE = "(none)"


@dataclass(frozen=True, slots=True)
class HistoryLine:
    """One change in words: `text` fits a line, `full` keeps every value whole."""

    text: str
    full: str

    @property
    def cut(self) -> bool:
        """True when `text` shortened a value (`full` may also just say more)."""
        return "…" in self.text and self.text != self.full


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One thing a reviewer did: an event, or several saves of one typed field."""

    event_ids: tuple[int, ...]
    first_at: str  # UTC ISO time of the first event
    at: str  # ... and of the last
    actor: str
    entity: str
    action: str
    lines: tuple[HistoryLine, ...]

    @property
    def saves(self) -> int:
        return len(self.event_ids)

    @property
    def shortened(self) -> bool:
        """True when some line hides part of a value."""
        return any(line.cut for line in self.lines)


# -- the words for one event ----------------------------------------------------------
class _Context:
    """What earlier events told us: which URL a source id stands for."""

    def __init__(self) -> None:
        self.urls: dict[str, str] = {}

    def learn(self, event: Event) -> None:
        if event.entity == "source":
            for values in (event.after, event.before):
                if values and values.get("url"):
                    self.urls[event.entity_id] = str(values["url"])
                    return
        elif event.entity == "claim" and event.action == "delete" and event.before:
            for source in event.before.get("sources") or ():
                if isinstance(source, Mapping) and source.get("id") and source.get("url"):
                    self.urls[str(source["id"])] = str(source["url"])

    def source(self, event: Event, full: bool) -> str:
        url = self.urls.get(event.entity_id)
        if not url:
            return "source"
        return f"source {url if full else _short_url(url)}"


def describe(event: Event, context: _Context | None = None) -> list[HistoryLine]:
    """The lines for one event (a context carries source URLs between events)."""
    context = context or _Context()
    context.learn(event)
    texts = _describe(event, context, full=False)
    fulls = _describe(event, context, full=True)
    return [HistoryLine(text, full) for text, full in zip(texts, fulls, strict=True)]


def describe_event(event: Event) -> list[str]:
    """One-line texts for one event on its own (see `history_lines` for a sequence)."""
    return [line.text for line in describe(event)]


def history_lines(events: Iterable[Event]) -> list[tuple[Event, list[HistoryLine]]]:
    """Every event (oldest first, as given) with its lines; sources are named by URL."""
    context = _Context()
    return [(event, describe(event, context)) for event in events]


def history_entries(events: Iterable[Event], *, gap: timedelta = TYPING_GAP
                    ) -> list[HistoryEntry]:
    """What the window lists, oldest first: events, with the saves of one typing
    session (same reviewer, same text field, each within `gap` of the last) as one
    entry from the first value to the last."""
    context = _Context()
    entries: list[HistoryEntry] = []
    last: Event | None = None  # the merged event the last entry stands for
    for event in events:
        if last is not None and _continues(last, event, gap):
            merged = replace(event, before=last.before)
            lines = tuple(describe(merged, context))
            if merged.before == merged.after:
                key = next(iter(merged.after or {}), "text")
                name = _field(key)
                if event.entity == "source":
                    name = f"{name} of {context.source(event, False)}"
                lines = (HistoryLine(f"edited {name} (no net change)",
                                     f"edited {name} (no net change)"),)
            previous = entries[-1]
            entries[-1] = replace(previous, event_ids=(*previous.event_ids, event.id),
                                  at=event.at, lines=lines)
            last = merged
            continue
        entries.append(HistoryEntry((event.id,), event.at, event.at, event.actor,
                                    event.entity, event.action, tuple(describe(event, context))))
        last = event
    return entries


STANDALONE = ("correct", "withdraw", "delete", "restore", "relabel")  # never shown inside a group
GROUP_GAP = timedelta(minutes=5)
GROUP_MAX = 8  # entries under one heading at most, so a long session stays scannable


def group_entries(entries: Iterable[HistoryEntry], *, gap: timedelta = GROUP_GAP
                  ) -> list[tuple[HistoryEntry, ...]]:
    """Neighbouring entries by one reviewer, each within `gap` of the next, under one
    heading (in the order given; at most GROUP_MAX). Corrections, deletions and
    restores stand alone."""
    groups: list[list[HistoryEntry]] = []
    for entry in entries:
        if groups:
            last = groups[-1][-1]
            if (len(groups[-1]) < GROUP_MAX and last.actor == entry.actor
                    and entry.action not in STANDALONE
                    and last.action not in STANDALONE and _near(last, entry, gap)):
                groups[-1].append(entry)
                continue
        groups.append([entry])
    return [tuple(group) for group in groups]


def _near(a: HistoryEntry, b: HistoryEntry, gap: timedelta) -> bool:
    try:
        first, second = sorted((a, b), key=lambda entry: _moment(entry.at))
        return _moment(second.first_at) - _moment(first.at) <= gap
    except ValueError:
        return False


def _continues(last: Event, event: Event, gap: timedelta) -> bool:
    if not (last.action == event.action == "update" and last.actor == event.actor
            and last.entity == event.entity and last.entity_id == event.entity_id):
        return False
    keys = set(event.after or {}) - set(_HIDDEN)
    if keys != set(last.after or {}) - set(_HIDDEN) or len(keys) != 1:
        return False
    if next(iter(keys)) not in TYPED_FIELDS:
        return False
    try:
        return _moment(event.at) - _moment(last.at) <= gap
    except ValueError:
        return False


def _describe(event: Event, ctx: _Context, full: bool) -> list[str]:
    b, a = event.before or {}, event.after or {}
    entity, action = event.entity, event.action

    def value(key: str, val: Any) -> str:
        return _value(key, val, full)

    def changes(verb: str, keys: Iterable[str] | None = None, suffix: str = "") -> list[str]:
        keys = _ordered(k for k in (keys if keys is not None else a) if k not in _HIDDEN)
        return [f"{verb} {_field(k)}{suffix}: {_pair(k, b.get(k), a.get(k), full)}"
                for k in keys]

    if entity == "claim":
        if action in ("create", "import"):
            verb = "created" if action == "create" else "imported"
            return [f"{verb} claim on {value('quote', a.get('quote'))}", *_initial(a, full)]
        if action == "update":
            return changes("set")
        if action == "correct":
            keys = _ordered(k for k in a if k != "correction_note")
            lines = [line for k in keys for line in changes(
                "corrected" if k in ("verdict", "rationale") else "set", [k])]
            note = value("correction_note", a.get("correction_note"))
            return [*lines, f"correction note: {note}"]
        if action == "withdraw":
            keys = [k for k in a if k != "withdrawn"]
            return ["withdrew a correction (undone)", *changes("set", keys)]
        if action == "relabel":
            line = (f"verdict relabelled by a scale change: {value('verdict', b.get('verdict'))}"
                    f" -> {value('verdict', a.get('verdict'))}")
            return [f"{line} (scale {a['scale']})" if full and a.get("scale") else line]
        if action == "merge":
            return changes("imported newer")
        if action == "merge-older":
            return [f"import kept newer {_field(k)}; older imported value: {value(k, b.get(k))}"
                    for k in b if k not in _HIDDEN]
        if action == "merge-held":
            return [f"import held for review (final claim, no correction note): {_field(k)}"
                    f" {value(k, b.get(k))} not applied" for k in b if k not in _HIDDEN]
        if action == "curate":
            verb = {"take": "taken from", "merge": "merged from",
                    "judge": "final judgement over"}.get(str(a.get("how")), "curated from")
            origins = [f"{o.get('reviewer')}'s claim ({o.get('verdict') or 'no verdict'})"
                       + (f" [pass {o.get('pass_id')}]" if full else "")
                       for o in a.get("from") or []]
            return [f"curated: {verb} the review passes: {', '.join(origins)}"]
        if action == "copy":
            head = f"copied verdict and rationale from claim {a.get('copied_from')}"
            keys = [k for k in ("verdict", "rationale") if b.get(k) != a.get(k)]
            return [head, *changes("set", keys)]
        if action == "respan":
            line = f"adjusted span: {_pair('quote', b.get('quote'), a.get('quote'), full)}"
            if full:
                line += f" (characters {_span(b)} -> {_span(a)})"
            return [line]
        if action in ("reanchor", "reattach", "restore-anchor"):
            verb = {"reanchor": "re-anchored", "reattach": "re-attached",
                    "restore-anchor": "anchor put back"}[action]
            return [f"{verb} (version {b.get('version')} -> {a.get('version')}):"
                    f" {b.get('anchor_state')} {_span(b)} -> {a.get('anchor_state')} {_span(a)}"
                    f" {value('quote', a.get('quote'))}"]
        if action == "delete":
            count = len(b.get("sources") or ())
            sources = f" with {count} source{'s' if count != 1 else ''}" if count else ""
            return [f"deleted claim on {value('quote', b.get('quote'))}{sources}"]
        if action == "restore":
            restored = a.get("sources")
            n = len(restored) if isinstance(restored, list) else None
            sources = (f" with {n} source{'s' if n != 1 else ''}" if n else "")
            return [f"restored claim{sources}"]
    if entity == "source":
        src = ctx.source(event, full)
        if action in ("create", "import"):
            verb = "added" if action == "create" else "imported"
            url = a.get("url") or ""
            details = _source_details(a) if full else ""
            return [f"{verb} source {url}{details}"]
        if action == "delete":
            details = _source_details(b) if full else ""
            return [f"removed source {b.get('url') or ''}{details}"]
        if action == "update":
            return changes("set", suffix=f" of {src}")
        if action == "merge":
            return changes("imported newer", suffix=f" of {src}")
        if action == "merge-older":
            return [f"import kept newer {_field(k)} of {src}; older imported value:"
                    f" {value(k, b.get(k))}" for k in b if k not in _HIDDEN]
        if action == "move":
            return [f"moved {src} from position {_position(b)} to {_position(a)}"]
    if entity == "article":
        if action == "create":
            return [f"added article {value('title', a.get('title'))}"]
        if action == "update":
            return changes("set article")
        if action == "delete":
            claims = b.get("claims")
            tail = f" with {claims} claim{'s' if claims != 1 else ''}" if claims else ""
            return [f"deleted article {value('title', b.get('title'))}{tail}"]
        if action == "new-version":
            note = f": {value('note', a['note'])}" if a.get("note") else ""
            return [f"new text version {a.get('version')}{note}"]
        if action == "undo-version":
            return [f"took back text version {b.get('version')}"]
    if entity == "setting" and action == "update":
        return [f"changed setting {event.entity_id}: {value('value', b.get('value'))}"
                f" -> {value('value', a.get('value'))}"]
    if entity == "scale" and a.get("name") and action == "install":
        made = " (now the active scale)" if a.get("active") else ""
        return [f"installed rating scale {value('name', a['name'])}{made}"]
    if entity == "scale" and a.get("name") and action in ("activate", "edit"):
        return _scale_change(b, a, action, full)
    if entity == "suggestion" and action in ("dismiss", "undismiss"):
        sentence = (a or b).get("sentence")
        verb = "dismissed" if action == "dismiss" else "brought back"
        return [f"{verb} suggestion {value('sentence', sentence)}"]
    return _generic(event, full)


def _generic(event: Event, full: bool) -> list[str]:
    """Any other event: its verb and what it changed from what to what."""
    verbs = {"create": "created", "delete": "deleted", "restore": "restored",
             "import": "imported", "update": "changed", "edit": "edited",
             "activate": "activated", "install": "installed"}
    head = f"{verbs.get(event.action, event.action)} {event.entity}"
    b, a = event.before or {}, event.after or {}
    if b and a:
        keys = [k for k in dict.fromkeys([*b, *a]) if k not in _HIDDEN and b.get(k) != a.get(k)]
        return [f"{head} {_field(k)}: {_pair(k, b.get(k), a.get(k), full)}"
                for k in _ordered(keys)] or [head]
    return [head]


def _scale_change(b: Mapping[str, Any], a: Mapping[str, Any], action: str,
                  full: bool) -> list[str]:
    """A scale made active or edited (scales branch): what it meant for verdicts."""
    name = _value("name", a.get("name"), full)
    lines = [f"made rating scale {name} the active scale" if action == "activate"
             else f"edited rating scale {name}"]
    if action == "edit":
        lines += [f"set {_field(k)}: {_pair(k, b.get(k), a.get(k), full)}"
                  for k in ("name", "best_rating", "worst_rating") if b.get(k) != a.get(k)]
        if b.get("labels") != a.get("labels"):
            lines.append("changed its labels")
    mapping = a.get("mapping") or {}
    if isinstance(mapping, Mapping):
        lines += [f"verdict {old} now reads {new}" for old, new in mapping.items() if old != new]
    if a.get("kept_retired"):
        lines.append(f"kept as retired labels: {', '.join(map(str, a['kept_retired']))}")
    if a.get("relabelled"):
        count = a["relabelled"]
        lines.append(f"relabelled {count} claim{'s' if count != 1 else ''}")
    return lines


def _initial(values: Mapping[str, Any], full: bool) -> list[str]:
    """The fields a new claim came with, beyond its quote."""
    lines = []
    quote = " ".join(str(values.get("quote") or "").split())
    for key in ("claim_text", "claimant", "verdict", "rationale", "status"):
        val = values.get(key)
        if val in (None, "") or (key == "status" and val == Status.TO_CHECK.value) or (
                key == "claim_text" and val == quote):
            continue
        lines.append(f"with {_field(key)} {_value(key, val, full)}")
    return lines


def _source_details(values: Mapping[str, Any]) -> str:
    parts = [f"{_field(k)} {_value(k, values.get(k), True)}"
             for k in ("title", "publisher", "published", "stance", "note") if values.get(k)]
    return f" ({'; '.join(parts)})" if parts else ""


# -- values ---------------------------------------------------------------------------
_ORDER = ("verdict", "status", "claim_text", "claimant", "rationale", "url", "title",
          "publisher", "published", "accessed", "stance", "note")


def _ordered(keys: Iterable[str]) -> list[str]:
    """Fields in the order the inspector shows them (events store them sorted)."""
    rank = {key: index for index, key in enumerate(_ORDER)}
    return sorted(keys, key=lambda k: rank.get(k, len(rank)))


def _pair(key: str, old: Any, new: Any, full: bool) -> str:
    """`old -> new`; two long texts are cut from just before where they differ."""
    if full or not (isinstance(old, str) and isinstance(new, str)) or key in _PLAIN_VALUES:
        return f"{_value(key, old, full)} -> {_value(key, new, full)}"
    old_text, new_text = " ".join(old.split()), " ".join(new.split())
    if max(len(old_text), len(new_text)) <= SHORT or not old_text or not new_text:
        return f"{_value(key, old, full)} -> {_value(key, new, full)}"
    same = 0
    for x, y in zip(old_text, new_text, strict=False):
        if x != y:
            break
        same += 1
    start = max(0, same - SHORT // 3)
    if start:
        space = old_text.rfind(" ", 0, start + 1)
        start = space + 1 if space > start - 15 else start
    return f"{_excerpt(old_text, start)} -> {_excerpt(new_text, start)}"


def _excerpt(text: str, start: int) -> str:
    body = shorten(text[start:], SHORT)
    return f"“{'…' if start else ''}{body}”"


def _field(key: str) -> str:
    return _FIELD_NAMES.get(key, key.replace("_", " "))


def _value(key: str, value: Any, full: bool) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return NONE
    if key == "status":
        try:
            return Status(value).label
        except ValueError:
            return str(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, dict | list):
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
        return text if full else shorten(text, SHORT)
    text = str(value)
    if key in _PLAIN_VALUES:
        return text if full else shorten(text, SHORT)
    return f"“{text.strip() if full else shorten(text, SHORT)}”"


def shorten(text: str, limit: int = SHORT) -> str:
    """`text` on one line, cut at a word near `limit` characters with an ellipsis."""
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 2 // 3:
        cut = cut[:space]
    return cut.rstrip(" ,;:.") + "…"


def _short_url(url: str) -> str:
    bare = url.split("://", 1)[-1]
    return shorten(bare.removeprefix("www."), 40)


def _span(values: Mapping[str, Any]) -> str:
    return f"{values.get('start')}-{values.get('end')}"


def _position(values: Mapping[str, Any]) -> str:
    position = values.get("position")
    return str(position + 1) if isinstance(position, int) else "?"


# -- times ------------------------------------------------------------------------------
def _moment(at: str) -> datetime:
    moment = datetime.fromisoformat(at)
    if moment.tzinfo is None:  # stored times are UTC
        from datetime import UTC

        moment = moment.replace(tzinfo=UTC)
    return moment


def friendly_time(at: str, now: datetime | None = None) -> str:
    """`Today 14:05`, `Yesterday 09:12`, `3 Nov, 14:05` or `3 Nov 2025, 14:05`, in
    the computer's local time."""
    try:
        moment = _moment(at).astimezone()
    except ValueError:
        return at
    now = (now or datetime.now().astimezone()).astimezone(moment.tzinfo)
    clock = f"{moment:%H:%M}"
    if moment.date() == now.date():
        return f"Today {clock}"
    if moment.date() == (now - timedelta(days=1)).date():
        return f"Yesterday {clock}"
    if moment.year == now.year:
        return f"{moment.day} {moment:%b}, {clock}"
    return f"{moment.day} {moment:%b %Y}, {clock}"


def exact_time(at: str) -> str:
    """The local date and time to the second, and the stored UTC time."""
    try:
        moment = _moment(at).astimezone()
    except ValueError:
        return at
    return f"{moment:%A} {moment.day} {moment:%B %Y, %H:%M:%S} ({moment:%Z}) · UTC {at}"
