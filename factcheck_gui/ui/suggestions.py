"""Suggested claims in the reading pane: found off the UI thread, drawn as a faint
dotted line under the sentence, explained on hover.

Suggestions are painted over the text by the pane (`SuggestionMarks.paint`),
never as character formats: the document, its claim highlights and the claims
themselves stay exactly as they are until a suggestion is accepted.
"""

from __future__ import annotations

import contextlib
import html
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QPointF, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor, QPainter, QPen

from factcheck_gui.core.suggest import Suggestion, suggest
from factcheck_gui.ui.highlight import is_dark

if TYPE_CHECKING:
    from factcheck_gui.ui.reading_pane import ReadingPane

MARK_COLOUR = "#2f7f9e"  # a quiet teal: no verdict colour uses it
CACHED_TEXTS = 6
_TRAILING = ".!?;:,— \t\n"


def claim_span(text: str, suggestion: Suggestion) -> tuple[int, int]:
    """The span an accepted suggestion becomes: the clause that carries the claim
    (the whole sentence when it has one clause), without its closing full stop
    or a dangling comma. Closing quotation marks stay with their quote."""
    start, end = suggestion.clause_start, suggestion.clause_end
    while end > start + 1 and text[end - 1] in _TRAILING:
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def suggestion_tooltip(suggestion: Suggestion, hint: str = "") -> str:
    """Rich text: the score and every reason for it (all text escaped)."""
    reasons = "".join(
        f"<br>{'+' if r.weight >= 0 else '−'} {html.escape(_reason(r))}"
        for r in suggestion.reasons
    )
    tail = f"<br><i>{html.escape(hint)}</i>" if hint else ""
    return (f"<p style='margin:0'><b>Suggested claim</b> · check-worthiness "
            f"{suggestion.score:.2f}{reasons}{tail}</p>")


def _reason(reason: object) -> str:
    evidence = getattr(reason, "evidence", "")
    label = getattr(reason, "label", str(reason))
    return f"{label} “{evidence}”" if evidence else label


class SuggestionMarks:
    """The suggestions shown in one pane, ordered by position for painting and
    hit-testing (sentences never overlap, so ends are ordered too)."""

    def __init__(self) -> None:
        self.items: list[Suggestion] = []
        self._ends: list[int] = []
        self.hint = ""

    def set(self, suggestions: Iterable[Suggestion]) -> None:
        self.items = sorted(suggestions, key=lambda s: s.start)
        self._ends = [s.end for s in self.items]

    def at(self, offset: int) -> Suggestion | None:
        """The suggestion whose sentence holds code point `offset` (its end included,
        so a caret just after the full stop still counts)."""
        i = bisect_left(self._ends, offset)
        if i < len(self.items) and self.items[i].start <= offset <= self.items[i].end:
            return self.items[i]
        return None

    def between(self, start: int, end: int) -> list[Suggestion]:
        i = bisect_left(self._ends, start)
        found = []
        while i < len(self.items) and self.items[i].start <= end:
            found.append(self.items[i])
            i += 1
        return found

    def paint(self, pane: ReadingPane, current: Suggestion | None) -> None:
        """Dotted lines under the suggestions in view; `current` a little stronger."""
        if not self.items:
            return
        viewport = pane.viewport()
        first = pane.offsets.from_qt(pane.cursorForPosition(QPoint(0, 0)).position())
        last = pane.offsets.from_qt(
            pane.cursorForPosition(QPoint(viewport.width(), viewport.height())).position())
        shown = self.between(first, last)
        if not shown:
            return
        painter = QPainter(viewport)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = QColor(MARK_COLOUR)
        if is_dark(pane.palette()):
            base = base.lighter(160)
        for suggestion in shown:
            strong = current is not None and suggestion.start == current.start
            colour = QColor(base)
            colour.setAlphaF(1.0 if strong else 0.6)
            pen = QPen(colour, 2.0 if strong else 1.5)
            pen.setStyle(Qt.PenStyle.CustomDashLine)
            pen.setDashPattern([0.01, 2.4])  # round caps make these dots
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            for rect in pane.span_rects(suggestion.start, suggestion.end):
                y = rect.bottom() + 1.5
                painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        painter.end()


class _Job(QRunnable):
    """suggest() on a copy of the text: pure Python, no store, no widgets."""

    def __init__(self, finder: SuggestionFinder, key: str, text: str) -> None:
        super().__init__()
        self.finder, self.key, self.text = finder, key, text

    def run(self) -> None:
        result: object = None  # skipped: another text is wanted by now
        if self.finder.wanted == self.key:
            try:
                result = suggest(self.text)
            except Exception as error:  # reported in the status bar, never raised
                result = error
        with contextlib.suppress(RuntimeError):  # the window went away meanwhile
            self.finder.finished.emit(self.key, result)


class SuggestionFinder(QObject):
    """Computes suggestions for a text version on a worker thread, one at a time,
    and remembers the last few. `ready(key, suggestions)` arrives on the UI
    thread; `failed(key, message)` if the finder broke. A queued text that is no
    longer wanted when its turn comes is skipped."""

    finished = Signal(str, object)  # from the worker thread
    ready = Signal(str, list)
    failed = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.wanted: str | None = None
        self._cache: OrderedDict[str, list[Suggestion]] = OrderedDict()
        self._running: dict[str, str] = {}  # key -> text, queued or running
        self.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)

    def cached(self, key: str) -> list[Suggestion] | None:
        return self._cache.get(key)

    def busy(self) -> bool:
        return bool(self._running)

    def request(self, key: str, text: str) -> list[Suggestion] | None:
        """The suggestions for `key` if known; otherwise start finding them
        (`ready` follows) and return None."""
        self.wanted = key
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        if key not in self._running:
            self._running[key] = text
            self.pool.start(_Job(self, key, text))
        return None

    def _finished(self, key: str, result: object) -> None:
        text = self._running.pop(key, "")
        if result is None:
            if key == self.wanted:  # wanted again after it was skipped
                self.request(key, text)
            return
        if isinstance(result, Exception):
            self.failed.emit(key, f"The claim finder failed: {result}")
            return
        assert isinstance(result, list)
        self._cache[key] = result
        while len(self._cache) > CACHED_TEXTS:
            self._cache.popitem(last=False)
        if key == self.wanted:
            self.ready.emit(key, result)

    def shutdown(self) -> None:
        """Drop queued work and wait for the running job (window closing)."""
        self.wanted = None
        self.pool.clear()
        self.pool.waitForDone()
