"""Show what other processes write while the window is open, within a second.

A timer asks the store (`watch_other_writes().poll()`, core/store/watch.py);
changes reach the window through the store's listeners, the one route its own
edits take (shell/changes.py). If the database's -wal file was deleted or
replaced, the poll raises DatabaseGoneError once: the window shows it as it
shows a failed write.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from factcheck_gui.core.errors import DatabaseGoneError, FactcheckError
from factcheck_gui.core.store import Store
from factcheck_gui.core.store.watch import OtherWrites

POLL_MS = 1000


class OtherWritersWatch(QObject):
    """Polls the store it follows every POLL_MS; `on_problem(message)` hears a lost
    -wal once."""

    def __init__(self, on_problem: Callable[[str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on_problem = on_problem
        self._store: Store | None = None
        self._watch: OtherWrites | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    def follow(self, store: Store) -> None:
        """Watch `store` from now on (instead of any earlier one)."""
        self.stop()
        self._store, self._watch = store, store.watch_other_writes()
        self.timer.start()

    def poll(self) -> None:
        if self._store is None or self._watch is None or self._store.closed:
            return
        try:
            self._watch.poll()
        except DatabaseGoneError as error:
            self.stop()
            self.on_problem(str(error))
        except FactcheckError:
            pass  # busy or locked for a moment: the next poll asks again

    def stop(self) -> None:
        self.timer.stop()
        self._store = self._watch = None
