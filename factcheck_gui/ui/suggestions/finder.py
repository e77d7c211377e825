"""Suggested claims found off the UI thread (one text version at a time, the last
few kept), and the span of a suggestion that becomes a claim. They are drawn by
suggestions/marks.py."""

from __future__ import annotations

import contextlib
from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

from factcheck_gui.ui.i18n import translate

if TYPE_CHECKING:
    from factcheck_gui.core.suggest import Suggestion


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


class _Job(QRunnable):
    """suggest() on a copy of the text: pure Python, no store, no widgets."""

    def __init__(self, finder: SuggestionFinder, key: str, text: str) -> None:
        super().__init__()
        self.finder, self.key, self.text = finder, key, text

    def run(self) -> None:
        result: object = None  # skipped: another text is wanted by now
        if self.finder.wanted == self.key:
            try:
                from factcheck_gui.core.suggest import suggest  # first use, not start-up

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
            self.failed.emit(key, translate("Suggestions", "The claim finder failed: {error}")
                             .format(error=result))
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
