"""What the append-only history says, in words a reviewer reads.

One event of the `events` table becomes one or more lines such as
`set verdict: Mostly false -> False`. Each line comes twice: `text`, one line with
long values (rationales, quotes) shortened, and `full`, with every value whole.
The CLI's `history` prints `text`; the window's History view shows `text` and
offers `full` on demand. No Qt here: every sentence and word goes through
core.translatable.translate, English for the CLI, the user's language in the window.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any

from factcheck_gui.core.models import Event, Status
from factcheck_gui.core.times import stored_moment as _moment
from factcheck_gui.core.translatable import QT_TRANSLATE_NOOP, translate

SHORT = 60  # characters of a value shown in a one-line summary
# Saves of one text field by one reviewer this close together are one edit in the
# window (the inspector saves while the user types).
TYPING_GAP = timedelta(minutes=10)
TYPED_FIELDS = ("claim_text", "claimant", "rationale", "note", "title")
_HIDDEN = ("updated_at", "created_at", "version_id")
# The fields' names as sentences say them (other fields: their key, "_" as spaces).
_FIELD_NAMES = {
    "claim_text": QT_TRANSLATE_NOOP("History", "claim text"),
    "anchor_state": QT_TRANSLATE_NOOP("History", "anchor state"),
    "original_quote": QT_TRANSLATE_NOOP("History", "original quote"),
    "quote": QT_TRANSLATE_NOOP("History", "quote"),
    "claimant": QT_TRANSLATE_NOOP("History", "claimant"),
    "verdict": QT_TRANSLATE_NOOP("History", "verdict"),
    "rationale": QT_TRANSLATE_NOOP("History", "rationale"),
    "status": QT_TRANSLATE_NOOP("History", "status"),
    "url": QT_TRANSLATE_NOOP("History", "url"),
    "title": QT_TRANSLATE_NOOP("History", "title"),
    "publisher": QT_TRANSLATE_NOOP("History", "publisher"),
    "published": QT_TRANSLATE_NOOP("History", "published"),
    "accessed": QT_TRANSLATE_NOOP("History", "accessed"),
    "stance": QT_TRANSLATE_NOOP("History", "stance"),
    "note": QT_TRANSLATE_NOOP("History", "note"),
    "outlet": QT_TRANSLATE_NOOP("History", "outlet"),
    "author": QT_TRANSLATE_NOOP("History", "author"),
    "language": QT_TRANSLATE_NOOP("History", "language"),
    "position": QT_TRANSLATE_NOOP("History", "position"),
    "start": QT_TRANSLATE_NOOP("History", "start"),
    "end": QT_TRANSLATE_NOOP("History", "end"),
    "version": QT_TRANSLATE_NOOP("History", "version"),
    "name": QT_TRANSLATE_NOOP("History", "name"),
    "value": QT_TRANSLATE_NOOP("History", "value"),
    "sentence": QT_TRANSLATE_NOOP("History", "sentence"),
    "best_rating": QT_TRANSLATE_NOOP("History", "best rating"),
    "worst_rating": QT_TRANSLATE_NOOP("History", "worst rating"),
    "correction_note": QT_TRANSLATE_NOOP("History", "correction note"),
    "assignee": QT_TRANSLATE_NOOP("History", "assignee"),
    "text": QT_TRANSLATE_NOOP("History", "text"),
}
# What an event of another kind did, and to what (`_generic`).
_VERBS = {"create": QT_TRANSLATE_NOOP("History", "created"),
          "delete": QT_TRANSLATE_NOOP("History", "deleted"),
          "restore": QT_TRANSLATE_NOOP("History", "restored"),
          "import": QT_TRANSLATE_NOOP("History", "imported"),
          "update": QT_TRANSLATE_NOOP("History", "changed"),
          "edit": QT_TRANSLATE_NOOP("History", "edited"),
          "activate": QT_TRANSLATE_NOOP("History", "activated"),
          "install": QT_TRANSLATE_NOOP("History", "installed")}
_ENTITIES = {"claim": QT_TRANSLATE_NOOP("History", "claim"),
             "source": QT_TRANSLATE_NOOP("History", "source"),
             "article": QT_TRANSLATE_NOOP("History", "article"),
             "setting": QT_TRANSLATE_NOOP("History", "setting"),
             "scale": QT_TRANSLATE_NOOP("History", "scale"),
             "suggestion": QT_TRANSLATE_NOOP("History", "suggestion")}
_PLAIN_VALUES = ("verdict", "stance", "anchor_state", "position", "start", "end", "version",
                 "published", "accessed", "language")
NONE = QT_TRANSLATE_NOOP("History", "(none)")


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
            return translate("History", "source")
        return translate("History", "source {url}").format(
            url=url if full else _short_url(url))


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
                if event.entity == "source":
                    same = translate("History", "edited {field} of {source} (no net change)"
                                     ).format(field=_field(key),
                                              source=context.source(event, False))
                else:
                    same = translate("History", "edited {field} (no net change)").format(
                        field=_field(key))
                lines = (HistoryLine(same, same),)
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

    def changes(sentence: str, keys: Iterable[str] | None = None,
                source: str = "") -> list[str]:
        """`sentence` (its fields: field, change and source) for each changed field."""
        keys = _ordered(k for k in (keys if keys is not None else a) if k not in _HIDDEN)
        return [sentence.format(field=_field(k), change=_pair(k, b.get(k), a.get(k), full),
                                source=source) for k in keys]

    set_field = translate("History", "set {field}: {change}")
    if entity == "claim":
        if action in ("create", "import"):
            quote = value("quote", a.get("quote"))
            head = (translate("History", "created claim on {quote}") if action == "create"
                    else translate("History", "imported claim on {quote}"))
            return [head.format(quote=quote), *_initial(a, full)]
        if action == "update":
            return changes(set_field)
        if action == "correct":
            keys = _ordered(k for k in a if k != "correction_note")
            lines = [line for k in keys for line in changes(
                translate("History", "corrected {field}: {change}")
                if k in ("verdict", "rationale") else set_field, [k])]
            note = value("correction_note", a.get("correction_note"))
            return [*lines, translate("History", "correction note: {note}").format(note=note)]
        if action == "withdraw":
            keys = [k for k in a if k != "withdrawn"]
            return [translate("History", "withdrew a correction (undone)"),
                    *changes(set_field, keys)]
        if action == "relabel":
            old, new = value("verdict", b.get("verdict")), value("verdict", a.get("verdict"))
            if full and a.get("scale"):
                return [translate("History", "verdict relabelled by a scale change: {old} -> "
                                  "{new} (scale {scale})").format(old=old, new=new,
                                                                 scale=a["scale"])]
            return [translate("History", "verdict relabelled by a scale change: {old} -> {new}"
                              ).format(old=old, new=new)]
        if action == "merge":
            return changes(translate("History", "imported newer {field}: {change}"))
        if action == "merge-older":
            return [translate("History", "import kept newer {field}; older imported value:"
                              " {value}").format(field=_field(k), value=value(k, b.get(k)))
                    for k in b if k not in _HIDDEN]
        if action == "merge-held":
            return [translate("History", "import held for review (final claim, no correction"
                              " note): {field} {value} not applied").format(
                                  field=_field(k), value=value(k, b.get(k)))
                    for k in b if k not in _HIDDEN]
        if action == "curate":
            return [_curated(a, full)]
        if action == "copy":
            head = translate("History", "copied verdict and rationale from claim {claim}"
                             ).format(claim=a.get("copied_from"))
            keys = [k for k in ("verdict", "rationale") if b.get(k) != a.get(k)]
            return [head, *changes(set_field, keys)]
        if action == "respan":
            change = _pair("quote", b.get("quote"), a.get("quote"), full)
            if full:
                return [translate("History", "adjusted span: {change} (characters {old} ->"
                                  " {new})").format(change=change, old=_span(b), new=_span(a))]
            return [translate("History", "adjusted span: {change}").format(change=change)]
        if action in ("reanchor", "reattach", "restore-anchor"):
            sentence = {
                "reanchor": translate("History", "re-anchored (version {old_version} ->"
                                      " {new_version}): {old_state} {old_span} -> {new_state}"
                                      " {new_span} {quote}"),
                "reattach": translate("History", "re-attached (version {old_version} ->"
                                      " {new_version}): {old_state} {old_span} -> {new_state}"
                                      " {new_span} {quote}"),
                "restore-anchor": translate("History", "anchor put back (version {old_version}"
                                            " -> {new_version}): {old_state} {old_span} ->"
                                            " {new_state} {new_span} {quote}"),
            }[action]
            return [sentence.format(
                old_version=b.get("version"), new_version=a.get("version"),
                old_state=b.get("anchor_state"), old_span=_span(b),
                new_state=a.get("anchor_state"), new_span=_span(a),
                quote=value("quote", a.get("quote")))]
        if action == "delete":
            count = len(b.get("sources") or ())
            quote = value("quote", b.get("quote"))
            if count:
                return [translate("History", "deleted claim on {quote} with %n source(s)",
                                  None, count).format(quote=quote)]
            return [translate("History", "deleted claim on {quote}").format(quote=quote)]
        if action == "restore":
            restored = a.get("sources")
            count = len(restored) if isinstance(restored, list) else 0
            if count:
                return [translate("History", "restored claim with %n source(s)", None, count)]
            return [translate("History", "restored claim")]
    if entity == "source":
        src = ctx.source(event, full)
        if action in ("create", "import"):
            url = a.get("url") or ""
            details = _source_details(a) if full else ""
            if action == "create":
                sentence = (translate("History", "added source {url} ({details})") if details
                            else translate("History", "added source {url}"))
            else:
                sentence = (translate("History", "imported source {url} ({details})")
                            if details else translate("History", "imported source {url}"))
            return [sentence.format(url=url, details=details)]
        if action == "delete":
            details = _source_details(b) if full else ""
            sentence = (translate("History", "removed source {url} ({details})") if details
                        else translate("History", "removed source {url}"))
            return [sentence.format(url=b.get("url") or "", details=details)]
        if action == "update":
            return changes(translate("History", "set {field} of {source}: {change}"),
                           source=src)
        if action == "merge":
            return changes(translate("History", "imported newer {field} of {source}: {change}"),
                           source=src)
        if action == "merge-older":
            return [translate("History", "import kept newer {field} of {source}; older imported"
                              " value: {value}").format(field=_field(k), source=src,
                                                        value=value(k, b.get(k)))
                    for k in b if k not in _HIDDEN]
        if action == "move":
            return [translate("History", "moved {source} from position {old} to {new}").format(
                source=src, old=_position(b), new=_position(a))]
    if entity == "article":
        if action == "create":
            return [translate("History", "added article {title}").format(
                title=value("title", a.get("title")))]
        if action == "update":
            return changes(translate("History", "set article {field}: {change}"))
        if action == "delete":
            title = value("title", b.get("title"))
            claims = b.get("claims")
            if claims:
                count = int(claims)
                return [translate("History", "deleted article {title} with %n claim(s)",
                                  None, count).format(title=title)]
            return [translate("History", "deleted article {title}").format(title=title)]
        if action == "new-version":
            if a.get("note"):
                return [translate("History", "new text version {version}: {note}").format(
                    version=a.get("version"), note=value("note", a["note"]))]
            return [translate("History", "new text version {version}").format(
                version=a.get("version"))]
        if action == "undo-version":
            return [translate("History", "took back text version {version}").format(
                version=b.get("version"))]
    if entity == "setting" and action == "update":
        return [translate("History", "changed setting {name}: {old} -> {new}").format(
            name=event.entity_id, old=value("value", b.get("value")),
            new=value("value", a.get("value")))]
    if entity == "scale" and a.get("name") and action == "install":
        name = value("name", a["name"])
        if a.get("active"):
            return [translate("History", "installed rating scale {name} (now the active scale)"
                              ).format(name=name)]
        return [translate("History", "installed rating scale {name}").format(name=name)]
    if entity == "scale" and a.get("name") and action in ("activate", "edit"):
        return _scale_change(b, a, action, full)
    if entity == "suggestion" and action in ("dismiss", "undismiss"):
        sentence = value("sentence", (a or b).get("sentence"))
        if action == "dismiss":
            return [translate("History", "dismissed suggestion {sentence}").format(
                sentence=sentence)]
        return [translate("History", "brought back suggestion {sentence}").format(
            sentence=sentence)]
    return _generic(event, full)


def _curated(a: Mapping[str, Any], full: bool) -> str:
    """A claim a curator made from the review passes: how, and from whose claims."""
    origins = []
    for origin in a.get("from") or []:
        verdict = origin.get("verdict") or translate("History", "no verdict")
        if full:
            origins.append(translate("History", "{reviewer}'s claim ({verdict}) [pass {pass_id}]"
                                     ).format(reviewer=origin.get("reviewer"), verdict=verdict,
                                              pass_id=origin.get("pass_id")))
        else:
            origins.append(translate("History", "{reviewer}'s claim ({verdict})").format(
                reviewer=origin.get("reviewer"), verdict=verdict))
    sentence = {
        "take": translate("History", "curated: taken from the review passes: {origins}"),
        "merge": translate("History", "curated: merged from the review passes: {origins}"),
        "judge": translate("History", "curated: final judgement over the review passes:"
                           " {origins}"),
    }.get(str(a.get("how")), translate("History", "curated: curated from the review passes:"
                                                  " {origins}"))
    return sentence.format(origins=translate("History", ", ", "between items").join(origins))


def _generic(event: Event, full: bool) -> list[str]:
    """Any other event: its verb and what it changed from what to what."""
    verb = translate("History", _VERBS[event.action]) if event.action in _VERBS else event.action
    entity = (translate("History", _ENTITIES[event.entity]) if event.entity in _ENTITIES
              else event.entity)
    head = translate("History", "{action} {entity}", "an event of another kind: what was done"
                     " to what").format(action=verb, entity=entity)
    b, a = event.before or {}, event.after or {}
    if b and a:
        keys = [k for k in dict.fromkeys([*b, *a]) if k not in _HIDDEN and b.get(k) != a.get(k)]
        return [translate("History", "{event} {field}: {change}").format(
                    event=head, field=_field(k), change=_pair(k, b.get(k), a.get(k), full))
                for k in _ordered(keys)] or [head]
    return [head]


def _scale_change(b: Mapping[str, Any], a: Mapping[str, Any], action: str,
                  full: bool) -> list[str]:
    """A scale made active or edited (scales branch): what it meant for verdicts."""
    name = _value("name", a.get("name"), full)
    lines = [translate("History", "made rating scale {name} the active scale").format(name=name)
             if action == "activate"
             else translate("History", "edited rating scale {name}").format(name=name)]
    if action == "edit":
        lines += [translate("History", "set {field}: {change}").format(
                      field=_field(k), change=_pair(k, b.get(k), a.get(k), full))
                  for k in ("name", "best_rating", "worst_rating") if b.get(k) != a.get(k)]
        if b.get("labels") != a.get("labels"):
            lines.append(translate("History", "changed its labels"))
    mapping = a.get("mapping") or {}
    if isinstance(mapping, Mapping):
        lines += [translate("History", "verdict {old} now reads {new}").format(old=old, new=new)
                  for old, new in mapping.items() if old != new]
    if a.get("kept_retired"):
        lines.append(translate("History", "kept as retired labels: {labels}").format(
            labels=translate("History", ", ", "between items").join(
                map(str, a["kept_retired"]))))
    if a.get("relabelled"):
        count = int(a["relabelled"])
        lines.append(translate("History", "relabelled %n claim(s)", None, count))
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
        lines.append(translate("History", "with {field} {value}").format(
            field=_field(key), value=_value(key, val, full)))
    return lines


def _source_details(values: Mapping[str, Any]) -> str:
    """A source's fields, "title “…”; publisher “…”" ("" when it has none)."""
    parts = [translate("History", "{field} {value}", "a source's detail").format(
                 field=_field(k), value=_value(k, values.get(k), True))
             for k in ("title", "publisher", "published", "stance", "note") if values.get(k)]
    return translate("History", "; ", "between details").join(parts)


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
    name = _FIELD_NAMES.get(key)
    return translate("History", name) if name else key.replace("_", " ")


def _value(key: str, value: Any, full: bool) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return translate("History", NONE)
    if key == "status":
        try:
            return translate("Status", Status(value).label)
        except ValueError:
            return str(value)
    if isinstance(value, bool):
        return translate("History", "yes") if value else translate("History", "no")
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
