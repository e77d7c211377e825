"""How claims look in the reading pane, and code points <-> Qt text positions.

The store counts offsets in code points (Python indices); QTextDocument counts
UTF-16 units, so every character outside the Basic Multilingual Plane (emoji,
some CJK) shifts Qt's positions by one. `OffsetMap` converts both ways.

Claims are drawn by the reading pane under its text, one look per *segment*: a
stretch of text covered by the same set of claims (deeper background where
claims stack). The document itself is never formatted: any format change makes
Qt lay the whole document out again, which on a 1 MB article costs more than
everything else an edit does (docs/decisions.md). Only the segments in view are
drawn, so painting costs the same on a 5 KB and a 1 MB article.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Iterable
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette, QTextCharFormat

from factcheck_gui.core.colours import FALLBACK_COLOUR, UNJUDGED_COLOUR
from factcheck_gui.core.contrast import DARK, LIGHT, UNDERLINE_FACTOR, readable_alpha, tint_alpha
from factcheck_gui.core.models import AnchorState, Claim, RatingScale
from factcheck_gui.ui.claims.statuses import status_label
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.widgets.safe_text import escape, shorten

__all__ = ["FALLBACK_COLOUR", "UNJUDGED_COLOUR"]  # (core/colours.py holds every colour)
MAX_DEPTH = 3  # overlaps deeper than this look the same


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    """Converts between code-point offsets and QTextDocument (UTF-16) positions."""

    def __init__(self, text: str) -> None:
        # A regular expression finds them at C speed (a Python loop over 1 MB took 0.5 s).
        self._astral = [] if text.isascii() else [m.start() for m in _ASTRAL.finditer(text)]
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


def readable_tint(colour: QColor, dark: bool, alpha: float) -> float:
    """`alpha`, capped so the palette's text stays readable on `colour` at it."""
    rgb = (colour.red(), colour.green(), colour.blue())
    return readable_alpha(rgb, DARK if dark else LIGHT, alpha)


def claim_format(
    colour: QColor, *, judged: bool, dark: bool, depth: int = 1, strong: bool = False
) -> QTextCharFormat:
    """Translucent background plus an underline: the underline style is a second
    cue besides colour (solid for a verdict, dotted while unjudged). Stacked
    claims get a deeper background; `strong` is for the selected claim."""
    background = QColor(colour)
    alpha = 0.62 if strong else tint_alpha(judged=judged, dark=dark, depth=depth,
                                           max_depth=MAX_DEPTH)
    # A deep tint (stacked claims) never pushes the text below 4.5:1 (core/contrast.py).
    background.setAlphaF(readable_tint(colour, dark, alpha))
    underline = (colour.lighter(UNDERLINE_FACTOR[True]) if dark
                 else colour.darker(UNDERLINE_FACTOR[False]))
    fmt = QTextCharFormat()
    fmt.setBackground(background)
    fmt.setUnderlineColor(underline)
    fmt.setUnderlineStyle(
        QTextCharFormat.UnderlineStyle.SingleUnderline
        if judged
        else QTextCharFormat.UnderlineStyle.DotLine
    )
    return fmt


def plain_format() -> QTextCharFormat:
    """What a stretch without claims looks like: no background, no underline."""
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


def depth_key(claim: Claim) -> tuple[int, int, str]:
    """Orders overlapping claims innermost first: the shortest, then the latest."""
    return (claim.end - claim.start, -claim.start, claim.created_at)


def innermost(claims: Iterable[Claim]) -> Claim:
    """The claim a reader most likely means: the shortest, then the latest."""
    return min(claims, key=depth_key)


class HighlightLayer:
    """The claims of one text and how each stretch of it looks, kept beside the
    document rather than in it: the pane paints the stretches in view under the
    text (`segments`), so adding, changing or removing a claim never makes Qt lay
    the document out again, whatever its size."""

    def __init__(self) -> None:
        self.offsets = OffsetMap("")
        self.scale: RatingScale | None = None
        self.dark = False
        self.claims: dict[str, Claim] = {}
        self._keys: dict[str, tuple] = {}
        self._starts: list[tuple[int, str]] = []
        self._longest = 0
        self._formats: dict[tuple, QTextCharFormat] = {}
        # What the last change touched, in code points (None: the whole text).
        self.changed: list[tuple[int, int]] | None = None

    def reset(
        self,
        offsets: OffsetMap,
        claims: Iterable[Claim],
        scale: RatingScale | None,
        dark: bool,
        *,
        fresh: bool = False,  # kept for callers: there is nothing to unpaint either way
    ) -> None:
        """Take these claims, scale and palette; everything is to be drawn again."""
        self.offsets, self.scale, self.dark = offsets, scale, dark
        self._formats.clear()
        self.claims = {claim.id: claim for claim in claims}
        self._keys = {ident: _paint_key(claim) for ident, claim in self.claims.items()}
        self._rebuild_index()
        self.changed = None

    def clear(self) -> None:
        """No claims (new text is coming)."""
        self.claims, self._keys = {}, {}
        self._rebuild_index()
        self.changed = None

    def restyle(self, scale: RatingScale | None, dark: bool) -> None:
        """Another scale or palette: the same claims in new colours."""
        self.scale, self.dark = scale, dark
        self._formats.clear()
        self.changed = None

    def update(self, claims: Iterable[Claim]) -> int:
        """Bring the layer in line with `claims`, touching only what changed.

        Returns the number of changed claims."""
        new = {claim.id: claim for claim in claims}
        old_keys = self._keys
        changed = [c for c in new.values() if old_keys.get(c.id) != _paint_key(c)]
        removed = [ident for ident in old_keys if ident not in new]
        moved = {c.id for c in changed}
        # Claims whose look is unchanged still take their new (undrawn) fields.
        self.claims.update({c.id: c for c in new.values() if c.id not in moved})
        return self.apply(changed, removed)

    def apply(self, changed: Iterable[Claim], removed: Iterable[str] = ()) -> int:
        """Take `changed` (new or edited) claims and drop `removed` ones: the work
        depends on the claims given, not on how many claims the article has."""
        ranges = []
        count = 0
        for claim in changed:
            old = self.claims.get(claim.id)
            key = _paint_key(claim)
            self.claims[claim.id] = claim
            if old is not None and self._keys.get(claim.id) == key:
                continue
            if old is not None:
                ranges.append((old.start, old.end))
                self._unindex(old)
            self._keys[claim.id] = key
            self._index(claim)
            ranges.append((claim.start, claim.end))
            count += 1
        for ident in removed:
            old = self.claims.pop(ident, None)
            if old is not None:
                self._keys.pop(ident, None)
                self._unindex(old)
                ranges.append((old.start, old.end))
                count += 1
        self.changed = _merged(ranges)
        return count

    @property
    def segments_formatted(self) -> int:
        """How many covered stretches the last change asks to draw again (all of
        them after a reset): a measure for tests, counted only when asked."""
        windows = [(0, self._end())] if self.changed is None else self.changed
        return sum(len(self.segments(start, end)) for start, end in windows)

    def covering(self, start: int, end: int) -> list[Claim]:
        """Claims that overlap [start, end), found through the index by start."""
        low = bisect_left(self._starts, (start - self._longest, ""))
        high = bisect_left(self._starts, (end, ""))
        found = (self.claims[ident] for _s, ident in self._starts[low:high])
        return [c for c in found if c.end > start]

    def segments(self, start: int, end: int) -> list[tuple[int, int, QTextCharFormat]]:
        """The stretches of [start, end) covered by claims, each with its look: one
        per run of text covered by the same claims (deeper where they stack)."""
        claims = self.covering(start, end)
        if not claims:
            return []
        edges = {start, end}
        for claim in claims:
            if start < claim.start < end:
                edges.add(claim.start)
            if start < claim.end < end:
                edges.add(claim.end)
        points = sorted(edges)
        claims.sort(key=lambda c: c.start)
        found = []
        active: list[Claim] = []
        i = 0
        for left, right in pairwise(points):
            while i < len(claims) and claims[i].start <= left:
                active.append(claims[i])
                i += 1
            active = [c for c in active if c.end > left]
            if active:
                found.append((left, right, self._segment_format(active)))
        return found

    def format_at(self, offset: int) -> QTextCharFormat:
        """The look of the character at code point `offset` (plain outside claims)."""
        found = self.segments(offset, offset + 1)
        return QTextCharFormat(found[0][2]) if found else plain_format()

    def _end(self) -> int:
        return max((c.end for c in self.claims.values()), default=0)

    def _rebuild_index(self) -> None:
        self._starts = sorted((c.start, c.id) for c in self.claims.values())
        self._longest = max((c.end - c.start for c in self.claims.values()), default=0)

    def _index(self, claim: Claim) -> None:
        insort(self._starts, (claim.start, claim.id))
        self._longest = max(self._longest, claim.end - claim.start)

    def _unindex(self, claim: Claim) -> None:
        i = bisect_left(self._starts, (claim.start, claim.id))
        if i < len(self._starts) and self._starts[i] == (claim.start, claim.id):
            del self._starts[i]

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


def _paint_key(claim: Claim) -> tuple:
    """What the paint of a claim depends on."""
    return (claim.start, claim.end, claim.verdict, claim.created_at)


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(a, b) for a, b in merged]


#: Claims named in one tooltip; the rest are counted ("and 9,990 more").
TOOLTIP_CLAIMS = 10


def claims_tooltip(claims: Iterable[Claim]) -> str:
    """Rich text for the tooltip over claims; every user-written part is escaped.
    At most TOOLTIP_CLAIMS are named: a word under 10,000 claims must not make a
    tooltip taller than the screen (nor take seconds to lay out)."""
    parts = []
    claims = list(claims)
    for claim in claims[:TOOLTIP_CLAIMS]:
        verdict = escape(claim.verdict or translate("Highlights", "Not judged yet"))
        text = escape(shorten(claim.claim_text, 160))
        who = f"<br><i>{escape(claim.claimant)}</i>" if claim.claimant else ""
        parts.append(
            f"<p style='margin:0'><b>{verdict}</b> · {escape(status_label(claim.status))}"
            f"<br>{text}{who}</p>"
        )
    if len(claims) > TOOLTIP_CLAIMS:
        more = len(claims) - TOOLTIP_CLAIMS
        and_more = translate("Highlights", "and %n more", None, more)
        parts.append(f"<p style='margin:0'><i>{and_more}</i></p>")
    return "<hr>".join(parts)



