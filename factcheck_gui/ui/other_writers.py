"""Show what other processes write while the window is open, within a second.

A timer asks the store (`watch_other_writes().poll()`, core/store/watch.py);
changes reach the window through the store's listeners, as its own edits do.
If the database's -wal file was deleted or replaced, the poll raises
DatabaseGoneError once: the window shows it as it shows a failed write.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from factcheck_gui.core.errors import DatabaseGoneError, FactcheckError
from factcheck_gui.core.store import Store

POLL_MS = 1000


class OtherWritersWatch(QObject):
    """Polls `store` every POLL_MS; `on_problem(message)` hears a lost -wal once."""

    def __init__(self, store: Store, on_problem: Callable[[str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.on_problem = on_problem
        self.watch = store.watch_other_writes()
        self.stopped = False
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> None:
        if self.stopped or getattr(self.store, "_conn", None) is None:
            return
        try:
            self.watch.poll()
        except DatabaseGoneError as error:
            self.stop()
            self.on_problem(str(error))
        except FactcheckError:
            pass  # busy or locked for a moment: the next poll asks again

    def stop(self) -> None:
        self.stopped = True
        self.timer.stop()


def watch_window_store(window: QObject, store: Store,
                       on_problem: Callable[[str], None]) -> OtherWritersWatch:
    """Replace the window's watcher (if any) with one on `store`."""
    old = getattr(window, "_other_writers", None)
    if old is not None:
        old.stop()
        old.deleteLater()
    watcher = OtherWritersWatch(store, on_problem, window)
    window._other_writers = watcher  # type: ignore[attr-defined]
    return watcher
