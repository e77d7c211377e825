"""Refuse to write an undo or redo over a value someone else set meanwhile.

A window's undo step remembers the value it wrote ("after") and the one it
replaced ("before"). If the claim no longer holds "after" when the user asks
for undo (a CLI command or an import changed it), writing "before" back would
silently throw away that other change. `require_unchanged` is asked inside the
same IMMEDIATE transaction as the write, so nobody can slip in between.
"""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING, Any

from factcheck_gui.core.errors import StaleEditError
from factcheck_gui.core.store.base import Db
from factcheck_gui.core.store.scope import parse_status
from factcheck_gui.core.store.text import clean_text
from factcheck_gui.core.translatable import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from factcheck_gui.core.store.scales import Scales


def require_unchanged(db: Db, scales: Scales, claim_id: str, expected: dict[str, Any],
                      what: str = "Undo") -> None:
    """Raise StaleEditError naming who changed which field, if the claim's fields
    differ from `expected`. Call it inside a write (`store.batch()`) with the write."""
    row = db.row("SELECT * FROM claims WHERE id = ?", (claim_id,))
    if row is None:
        raise StaleEditError(translate("Errors", "Redo refused: the claim was deleted meanwhile")
                             if what == "Redo" else
                             translate("Errors", "Undo refused: the claim was deleted meanwhile"))
    for field, value in expected.items():
        stored = row[field]
        if stored == _as_stored(scales, row, field, value):
            continue
        who = last_change(db, "claim", claim_id, field)
        raise StaleEditError(changed_meanwhile(what, "claim", field.replace("_", " "), who,
                                               stored))


_CHANGED = {
    ("Undo", "claim", True): QT_TRANSLATE_NOOP(
        "Errors", "Undo refused: the {field} of this claim was changed by {who} at {when} UTC"
        " to {value} meanwhile; undoing would overwrite that change."),
    ("Undo", "claim", False): QT_TRANSLATE_NOOP(
        "Errors", "Undo refused: the {field} of this claim was changed to {value} meanwhile;"
        " undoing would overwrite that change."),
    ("Redo", "claim", True): QT_TRANSLATE_NOOP(
        "Errors", "Redo refused: the {field} of this claim was changed by {who} at {when} UTC"
        " to {value} meanwhile; redoing would overwrite that change."),
    ("Redo", "claim", False): QT_TRANSLATE_NOOP(
        "Errors", "Redo refused: the {field} of this claim was changed to {value} meanwhile;"
        " redoing would overwrite that change."),
    ("Undo", "source", True): QT_TRANSLATE_NOOP(
        "Errors", "Undo refused: the {field} of this source was changed by {who} at {when} UTC"
        " to {value} meanwhile; undoing would overwrite that change."),
    ("Undo", "source", False): QT_TRANSLATE_NOOP(
        "Errors", "Undo refused: the {field} of this source was changed to {value} meanwhile;"
        " undoing would overwrite that change."),
    ("Redo", "source", True): QT_TRANSLATE_NOOP(
        "Errors", "Redo refused: the {field} of this source was changed by {who} at {when} UTC"
        " to {value} meanwhile; redoing would overwrite that change."),
    ("Redo", "source", False): QT_TRANSLATE_NOOP(
        "Errors", "Redo refused: the {field} of this source was changed to {value} meanwhile;"
        " redoing would overwrite that change."),
}


def changed_meanwhile(what: str, entity: str, field: str, who: tuple[str, str] | None,
                      value: Any) -> str:
    """Why an undo (`what` "Undo") or redo ("Redo") of a claim's or source's field
    was refused: someone (`who`: name and time, when known) changed it meanwhile."""
    text = translate("Errors", _CHANGED["Redo" if what == "Redo" else "Undo", entity,
                                        who is not None])
    when = who[1][:16].replace("T", " ") if who else ""
    return text.format(field=field, who=who[0] if who else "", when=when, value=repr(value))


def _as_stored(scales: Scales, row: sqlite3.Row, field: str, value: Any) -> Any:
    """`value` as the store writes it (trimmed, canonical verdict, status text)."""
    if hasattr(value, "value"):
        value = value.value
    if isinstance(value, int):  # a span's start or end
        return value
    if field == "status":
        return parse_status(value).value
    if field == "verdict":
        return scales.canonical_verdict(value)
    if field == "claim_text":
        return clean_text(value) or " ".join(row["quote"].split())
    return clean_text(value, keep_lines=field == "rationale")


def last_change(db: Db, entity: str, entity_id: str, field: str) -> tuple[str, str] | None:
    """(who, when) of the newest of the last 50 events of `entity_id` that set `field`."""
    for row in db.rows("SELECT actor, at, after FROM events WHERE entity = ?"
                       " AND entity_id = ? ORDER BY id DESC LIMIT 50", (entity, entity_id)):
        try:
            after = json.loads(row["after"] or "{}")
        except ValueError:
            continue
        if isinstance(after, dict) and field in after:
            return row["actor"], row["at"]
    return None
