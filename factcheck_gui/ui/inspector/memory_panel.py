"""Claim memory in the inspector: "Checked before" lists claims in other articles
that say the same or nearly the same thing, with one click to reuse a verdict.

The lookup (core/similar.py: full-text candidates re-ranked by fuzzy similarity,
about 20-50 ms on a 200,000-claim library) runs on the UI thread, where the store
lives, but never on every selection: it waits until the selection has rested
for a moment, and answers for a claim are kept until the database changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.models import Claim, RatingScale
from factcheck_gui.ui.article.highlight import UNJUDGED_COLOUR
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.library.model import format_date
from factcheck_gui.ui.widgets.layouts import clear_layout, layout_widgets
from factcheck_gui.ui.widgets.safe_text import shorten

if TYPE_CHECKING:
    from factcheck_gui.core.similar import SimilarClaim

LOOKUP_DELAY_MS = 150
SHOWN = 4

Lookup = Callable[[str], "list[SimilarClaim]"]


class CheckedBefore(QFrame):
    """`copy_requested(from_claim_id)` when the user takes an earlier judgement."""

    copy_requested = Signal(str)

    def __init__(self, lookup: Lookup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkedBefore")
        self.lookup = lookup
        self.claim: Claim | None = None
        self.scale: RatingScale | None = None
        self.results: list[SimilarClaim] = []
        self.read_only = False  # the database cannot take an earlier verdict
        self.lookups = 0  # how many times the store was asked (tests, benchmark)
        self._cache: dict[tuple[str, str], list[SimilarClaim]] = {}
        self._shown_key: tuple[str, str] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self.run_lookup)

        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel(translate("CheckedBefore", "Checked before"))
        font = self.heading.font()
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.entries = QVBoxLayout()
        self.entries.setSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addLayout(self.entries)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def _key(self, claim: Claim) -> tuple[str, str]:
        return claim.id, claim.claim_text or claim.quote

    def show_for(self, claim: Claim | None) -> None:
        """The claim now in the inspector: look up (soon) what resembles it."""
        self.claim = claim
        if claim is None:
            self._timer.stop()
            self._shown_key = None
            self._fill([])
            return
        key = self._key(claim)
        if key in self._cache:
            self._timer.stop()
            if key != self._shown_key:
                self._show(key, self._cache[key])
            return
        if self._shown_key is None or self._shown_key[0] != claim.id:
            self._shown_key = None
            self._fill([], note=translate("CheckedBefore", "Looking for similar claims…"))
        # The same claim after a change: its answer stays on screen until the new one.
        self._timer.start()

    def invalidate(self) -> None:
        """The database changed: answers may be stale (verdicts, new claims)."""
        self._cache.clear()

    def run_lookup(self) -> None:
        self._timer.stop()
        claim = self.claim
        if claim is None:
            return
        key = self._key(claim)
        self.lookups += 1
        try:
            found = [s for s in self.lookup(claim.id) if s.article_id != claim.article_id]
        except FactcheckError:
            found = []  # the claim went away meanwhile
        self._cache[key] = found
        self._show(key, found)

    def stop(self) -> None:
        """No lookup from now on (the store is about to close)."""
        self._timer.stop()

    def pending(self) -> bool:
        return self._timer.isActive()

    def _show(self, key: tuple[str, str], results: list[SimilarClaim]) -> None:
        self._shown_key = key
        self._fill(results)

    def _fill(self, results: list[SimilarClaim], note: str = "") -> None:
        self.results = results[:SHOWN]
        clear_layout(self.entries)
        if not note and not results:
            note = translate("CheckedBefore", "No similar claim in other articles.")
        self.note.setText(note)
        self.note.setVisible(bool(note))
        for result in self.results:
            entry = _Entry(result, self.scale)
            entry.copy.clicked.connect(
                lambda _c=False, cid=result.claim_id: self.copy_requested.emit(cid))
            entry.set_usable(not self.read_only)
            self.entries.addWidget(entry)

    def set_read_only(self, read_only: bool) -> None:
        """Earlier claims still show; "Use this verdict" is off when nothing can be saved."""
        self.read_only = read_only
        for entry in self.entry_widgets():
            entry.set_usable(not read_only)

    def entry_widgets(self) -> list[_Entry]:
        return [w for w in layout_widgets(self.entries) if isinstance(w, _Entry)]


class _Entry(QWidget):
    """One earlier claim: verdict, its words, where and when; a button to reuse it."""

    def __init__(self, result: SimilarClaim, scale: RatingScale | None) -> None:
        super().__init__()
        self.result = result
        verdict = QLabel(result.verdict or translate("CheckedBefore", "Not judged"))
        verdict.setTextFormat(Qt.TextFormat.PlainText)
        font = verdict.font()
        font.setWeight(QFont.Weight.DemiBold)
        verdict.setFont(font)
        label = scale.find(result.verdict) if scale and result.verdict else None
        swatch = QLabel()
        swatch.setPixmap(_swatch(QColor(label.colour if label and label.colour else
                                        UNJUDGED_COLOUR), verdict.fontMetrics().height()))
        alike = QLabel(translate("CheckedBefore", "{percent}% alike").format(
            percent=QLocale().toString(round(result.score * 100))))
        alike.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.copy = QPushButton(translate("CheckedBefore", "Use this verdict"))
        self.copy.setEnabled(result.verdict is not None)
        self.copy.setToolTip(
            translate(
                "CheckedBefore",
                "Copy its verdict, rationale and sources into this claim (Ctrl+Z undoes it)",
            )
            if result.verdict
            else translate("CheckedBefore", "This claim has no verdict yet")
        )
        self._copy_tip = self.copy.toolTip()
        self.copy.setAccessibleName(
            translate("CheckedBefore", "Use the verdict {verdict} of claim {claim}").format(
                verdict=result.verdict or "", claim=result.claim_id[:8]))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(6)
        top.addWidget(swatch)
        top.addWidget(verdict)
        top.addWidget(alike, 1)
        top.addWidget(self.copy)
        text = QLabel(shorten(result.claim_text or result.quote, 160))
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        when = format_date(result.article_published) or format_date(result.created_at[:10])
        where = QLabel(" · ".join(p for p in (shorten(result.article_title, 60), when) if p))
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setWordWrap(True)
        where.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.setToolTip(translate("CheckedBefore", "Claim {claim}").format(
            claim=result.claim_id[:8]))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(text)
        layout.addWidget(where)


    def set_usable(self, usable: bool) -> None:
        """Off (and saying why) while the database is open read-only."""
        self.copy.setEnabled(usable and self.result.verdict is not None)
        self.copy.setToolTip(
            self._copy_tip
            if usable
            else translate(
                "CheckedBefore", "This database is open read-only: nothing can be copied into it"
            )
        )


def _swatch(colour: QColor, height: int) -> QPixmap:
    """A small rounded square in the verdict's colour, as in the claims table."""
    side = max(10, height - 4)
    pixmap = QPixmap(side, side)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(colour)
    painter.setPen(colour.darker(120))
    painter.drawRoundedRect(QRectF(0.5, 0.5, side - 1, side - 1), 2.5, 2.5)
    painter.end()
    return pixmap
