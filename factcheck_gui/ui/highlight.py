"""How claims look in the reading pane, and code points <-> Qt text positions.

The store counts offsets in code points (Python indices); QTextDocument counts
UTF-16 units, so every character outside the Basic Multilingual Plane (emoji,
some CJK) shifts Qt's positions by one. `OffsetMap` converts both ways.
"""

from __future__ import annotations

import html
from bisect import bisect_left
from collections.abc import Iterable

from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from factcheck_gui.core.models import AnchorState, Claim, RatingScale

UNJUDGED_COLOUR = "#8c8c8c"
FALLBACK_COLOUR = "#7a7fd1"  # a verdict the scale lacks a colour for


class OffsetMap:
    """Converts between code-point offsets and QTextDocument (UTF-16) positions."""

    def __init__(self, text: str) -> None:
        self._astral = [] if text.isascii() else [i for i, ch in enumerate(text) if ch > "\uffff"]
        # UTF-16 position of each astral character (it occupies two units).
        self._astral_u16 = [cp + n for n, cp in enumerate(self._astral)]

    def to_qt(self, offset: int) -> int:
        return offset + bisect_left(self._astral, offset)

    def from_qt(self, position: int) -> int:
        return position - bisect_left(self._astral_u16, position - 1)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def claim_format(verdict_colour: str | None, *, judged: bool, dark: bool) -> QTextCharFormat:
    """Translucent background plus an underline: the underline style is a second
    cue besides colour (solid for a verdict, dotted while unjudged)."""
    colour = QColor(verdict_colour or FALLBACK_COLOUR) if judged else QColor(UNJUDGED_COLOUR)
    if not colour.isValid():
        colour = QColor(FALLBACK_COLOUR)
    background = QColor(colour)
    if judged:
        background.setAlphaF(0.36 if dark else 0.26)
    else:
        background.setAlphaF(0.22 if dark else 0.13)
    underline = colour.lighter(135) if dark else colour.darker(115)
    fmt = QTextCharFormat()
    fmt.setBackground(background)
    fmt.setUnderlineColor(underline)
    fmt.setUnderlineStyle(
        QTextCharFormat.UnderlineStyle.SingleUnderline
        if judged
        else QTextCharFormat.UnderlineStyle.DotLine
    )
    return fmt


def visible_claims(claims: Iterable[Claim], version_id: str, length: int) -> list[Claim]:
    """Claims whose offsets belong to the shown text version (orphans have none)."""
    return [
        claim
        for claim in claims
        if claim.version_id == version_id
        and claim.anchor_state is not AnchorState.ORPHANED
        and 0 <= claim.start < claim.end <= length
    ]


def claim_selections(
    document: QTextDocument,
    claims: Iterable[Claim],
    scale: RatingScale | None,
    offsets: OffsetMap,
    palette: QPalette,
) -> list[QTextEdit.ExtraSelection]:
    """One ExtraSelection per claim, in the colour of its verdict."""
    dark = is_dark(palette)
    formats: dict[str | None, QTextCharFormat] = {}
    selections = []
    for claim in claims:
        if claim.verdict not in formats:
            label = scale.find(claim.verdict) if (scale and claim.verdict) else None
            formats[claim.verdict] = claim_format(
                label.colour if label else None, judged=claim.verdict is not None, dark=dark
            )
        cursor = QTextCursor(document)
        cursor.setPosition(offsets.to_qt(claim.start))
        cursor.setPosition(offsets.to_qt(claim.end), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = formats[claim.verdict]
        selections.append(selection)
    return selections


def claims_tooltip(claims: Iterable[Claim]) -> str:
    """Rich text for the tooltip over claims; every user-written part is escaped."""
    parts = []
    for claim in claims:
        verdict = html.escape(claim.verdict or "Not judged yet")
        text = html.escape(_shorten(claim.claim_text, 160))
        who = f"<br><i>{html.escape(claim.claimant)}</i>" if claim.claimant else ""
        parts.append(
            f"<p style='margin:0'><b>{verdict}</b> · {html.escape(claim.status.label)}"
            f"<br>{text}{who}</p>"
        )
    return "<hr>".join(parts)


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
