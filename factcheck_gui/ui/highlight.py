"""How claims look in the reading pane, and code points <-> Qt text positions.

The store counts offsets in code points (Python indices); QTextDocument counts
UTF-16 units, so every character outside the Basic Multilingual Plane (emoji,
some CJK) shifts Qt's positions by one. `OffsetMap` converts both ways.

Claims are painted into the (read-only, undo-less) document as character
formats, one per *segment*: a stretch of text covered by the same set of claims.
That is about ten times cheaper than one ExtraSelection per claim (FACTS.md), makes
overlaps visible (deeper background where claims stack) and lets one claim be
added, changed or removed by re-formatting only the text it covers.
"""

from __future__ import annotations

import html
from bisect import bisect_left
from collections.abc import Iterable
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette, QTextCharFormat, QTextCursor, QTextDocument

from factcheck_gui.core.models import AnchorState, Claim, RatingScale

UNJUDGED_COLOUR = "#8c8c8c"
FALLBACK_COLOUR = "#7a7fd1"  # a verdict the scale lacks a colour for
MAX_DEPTH = 3  # overlaps deeper than this look the same


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


def verdict_colour(claim: Claim, scale: RatingScale | None) -> QColor:
    if claim.verdict is None:
        return QColor(UNJUDGED_COLOUR)
    label = scale.find(claim.verdict) if scale else None
    colour = QColor(label.colour) if label and label.colour else QColor(FALLBACK_COLOUR)
    return colour if colour.isValid() else QColor(FALLBACK_COLOUR)


def claim_format(
    colour: QColor, *, judged: bool, dark: bool, depth: int = 1, strong: bool = False
) -> QTextCharFormat:
    """Translucent background plus an underline: the underline style is a second
    cue besides colour (solid for a verdict, dotted while unjudged). Stacked
    claims get a deeper background; `strong` is for the selected claim."""
    background = QColor(colour)
    alpha = (0.36 if dark else 0.26) if judged else (0.22 if dark else 0.13)
    alpha *= 1 + 0.55 * (min(depth, MAX_DEPTH) - 1)
    background.setAlphaF(min(0.85, 0.62 if strong else alpha))
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


def _plain_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QBrush(Qt.BrushStyle.NoBrush))
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.NoUnderline)
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


def innermost(claims: Iterable[Claim]) -> Claim:
    """The claim a reader most likely means: the shortest, then the latest."""
    return min(claims, key=lambda c: (c.end - c.start, -c.start, c.created_at))


class HighlightLayer:
    """Claims painted into a QTextDocument, updated incrementally."""

    def __init__(self, document: QTextDocument) -> None:
        self.document = document
        self.offsets = OffsetMap("")
        self.scale: RatingScale | None = None
        self.dark = False
        self.claims: dict[str, Claim] = {}
        self._formats: dict[tuple, QTextCharFormat] = {}
        self.segments_formatted = 0  # for the benchmark and tests

    def reset(
        self,
        offsets: OffsetMap,
        claims: Iterable[Claim],
        scale: RatingScale | None,
        dark: bool,
        *,
        fresh: bool = False,
    ) -> None:
        """Paint every claim; `fresh` means the document has no claim formats yet."""
        self.offsets, self.scale, self.dark = offsets, scale, dark
        self._formats.clear()
        self.claims = {claim.id: claim for claim in claims}
        self.segments_formatted = 0
        cursor = QTextCursor(self.document)
        cursor.beginEditBlock()
        if not fresh:
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.mergeCharFormat(_plain_format())
        self._paint(cursor, list(self.claims.values()), None)
        cursor.endEditBlock()

    def update(self, claims: Iterable[Claim]) -> int:
        """Bring the paint in line with `claims`, touching only what changed.

        Returns the number of changed claims."""
        new = {claim.id: claim for claim in claims}
        ranges = []
        for ident in self.claims.keys() | new.keys():
            old, now = self.claims.get(ident), new.get(ident)
            if old == now:
                continue
            for claim in (old, now):
                if claim is not None:
                    ranges.append((claim.start, claim.end))
        self.claims = new
        self.segments_formatted = 0
        if not ranges:
            return 0
        cursor = QTextCursor(self.document)
        cursor.beginEditBlock()
        for start, end in _merged(ranges):
            covering = [c for c in new.values() if c.start < end and c.end > start]
            self._paint(cursor, covering, (start, end))
        cursor.endEditBlock()
        return len(ranges)

    def _paint(
        self, cursor: QTextCursor, claims: list[Claim], window: tuple[int, int] | None
    ) -> None:
        """Format the segments of `claims` (limited to `window`, plain where none)."""
        edges: set[int] = set()
        for claim in claims:
            edges.add(claim.start)
            edges.add(claim.end)
        if window is not None:
            low, high = window
            edges = {e for e in edges if low < e < high} | {low, high}
        points = sorted(edges)
        starts: dict[int, list[Claim]] = {}
        for claim in claims:
            starts.setdefault(claim.start, []).append(claim)
        active: list[Claim] = [c for c in claims if window and c.start < window[0] < c.end]
        plain = _plain_format()
        for left, right in pairwise(points):
            active = [c for c in active if c.end > left] + starts.get(left, [])
            if not active and window is None:
                continue
            fmt = self._segment_format(active) if active else plain
            cursor.setPosition(self.offsets.to_qt(left))
            cursor.setPosition(self.offsets.to_qt(right), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)
            self.segments_formatted += 1

    def _segment_format(self, covering: list[Claim]) -> QTextCharFormat:
        top = innermost(covering)
        key = (top.verdict, len(covering) if len(covering) < MAX_DEPTH else MAX_DEPTH)
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = claim_format(
                verdict_colour(top, self.scale),
                judged=top.verdict is not None,
                dark=self.dark,
                depth=key[1],
            )
            self._formats[key] = fmt
        return fmt


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(a, b) for a, b in merged]


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


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


_shorten = shorten
