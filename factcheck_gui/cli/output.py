"""How the CLI prints: tab-separated text for people and shell tools, or JSON."""

from __future__ import annotations

import json
import sys
from typing import Any

from factcheck_gui.core.models import Event


def emit_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def tsv(*cells: object) -> None:
    """One line of tab-separated cells; tabs and newlines inside become spaces."""
    print("\t".join(_one_line("" if c is None else str(c)) for c in cells))


def _one_line(text: str) -> str:
    return " ".join(text.split()) if any(ch in text for ch in "\t\r\n") else text


def short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe_event(event: Event) -> list[str]:
    """Readable lines for one history entry: what changed, from what, to what."""
    subject = event.entity
    if event.action == "merge-older" and event.before is not None:
        return [
            f"import kept newer {subject} {key.replace('_', ' ')}; older imported value:"
            f" {_value(event.before.get(key))}"
            for key in event.before if key != "updated_at"
        ]
    if event.action in ("update", "merge") and event.before is not None and event.after is not None:
        verb = "imported newer" if event.action == "merge" else "set"
        return [
            f"{verb} {subject} {key.replace('_', ' ')}: {_value(event.before.get(key))}"
            f" -> {_value(event.after.get(key))}"
            for key in event.after if key not in ("updated_at", "version_id")
        ]
    if event.action == "update" and event.before is not None and event.after is not None:
        return [
            f"set {subject} {key.replace('_', ' ')}: {_value(event.before.get(key))}"
            f" -> {_value(event.after.get(key))}"
            for key in event.after
        ]
    if event.action == "create" and event.entity == "source" and event.after:
        return [f"added source {event.after.get('url')}"]
    if event.action == "delete" and event.entity == "source" and event.before:
        return [f"removed source {event.before.get('url')}"]
    if event.action == "copy" and event.after:
        return [f"copied verdict and rationale from claim {event.after.get('copied_from')}:"
                f" verdict {_value(event.after.get('verdict'))}"]
    if event.action == "respan" and event.before and event.after:
        return [f"moved span {event.before['start']}-{event.before['end']}"
                f" -> {event.after['start']}-{event.after['end']}"]
    if event.action in ("reanchor", "reattach") and event.before and event.after:
        b, a = event.before, event.after
        verb = "re-anchored" if event.action == "reanchor" else "re-attached"
        return [f"{verb} (version {b.get('version')} -> {a.get('version')}):"
                f" {b['anchor_state']} {b['start']}-{b['end']}"
                f" -> {a['anchor_state']} {a['start']}-{a['end']} {_value(a.get('quote'))}"]
    if event.action == "new-version" and event.after:
        return [f"new text version {event.after.get('version')}"]
    if event.action == "move" and event.before and event.after:
        return [f"moved source from position {event.before['position'] + 1}"
                f" to {event.after['position'] + 1}"]
    verb = {"create": "created", "delete": "deleted", "restore": "restored",
            "import": "imported"}
    return [f"{verb.get(event.action, event.action)} {subject}"]


def _value(value: Any) -> str:
    if value is None or value == "":
        return "(none)"
    return repr(short(str(value), 60)) if isinstance(value, str) else str(value)
