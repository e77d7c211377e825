"""Automatic sync, off the GUI thread.

A QThread with its own store connection on the same file syncs at start, after
each local edit (the window calls `local_edit()`), whenever the team database
says something new arrived (PostgreSQL LISTEN/NOTIFY on a connection of its
own, waited on in short slices so stopping is quick) and every minute anyway.
Offline, it tries again every few seconds; edits wait in the queue meanwhile.
What it pulls reaches the window like any other process's writes (the
window's one-second poll), so nothing here touches widgets: it only emits
signals, which Qt delivers on the GUI thread.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from factcheck_gui.core.errors import FactcheckError

#: Seconds between rounds with nothing to prompt them, online and offline.
QUIET_ROUND_S = 60.0
OFFLINE_RETRY_S = 5.0
SLICE_S = 0.2
#: Changes per transaction: small, so the window's own writes never wait long.
BATCH = 250


class SyncWorker(QThread):
    """`status(TeamStatus)` after every round; `failed(str)` when one could not run."""

    status = Signal(object)
    failed = Signal(str)

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._stop = threading.Event()
        self._local = threading.Event()
        self._now = threading.Event()
        self._listener: Any = None
        self._offline = False

    # -- from the GUI thread -----------------------------------------------------------------
    def local_edit(self) -> None:
        """Something was written here: sync soon if changes wait."""
        self._local.set()

    def sync_now(self) -> None:
        self._now.set()

    def stop(self) -> None:
        self._stop.set()
        self.wait(10_000)

    # -- in the thread -----------------------------------------------------------------------
    def run(self) -> None:
        from factcheck_gui.core.store import Store

        try:
            store = Store.open(self._path)
        except FactcheckError as error:
            self.failed.emit(str(error))
            return
        try:
            while not self._stop.is_set():
                self._round(store)
                self._wait(store)
        finally:
            self._close_listener()
            store.close()

    def _round(self, store: Any) -> None:
        from factcheck_gui.core.store.team import OfflineError

        try:
            if not store.team.linked:
                self._stop.set()
                return
            store.team.sync(batch=BATCH)
            self._offline = False
        except OfflineError as error:
            self._offline = True
            self._close_listener()
            self.failed.emit(str(error))
        except FactcheckError as error:
            self.failed.emit(str(error))
        try:
            self.status.emit(store.team.status())
        except FactcheckError as error:
            self.failed.emit(str(error))

    def _wait(self, store: Any) -> None:
        """Until something calls for the next round (or the thread is stopped)."""
        deadline = time.monotonic() + (OFFLINE_RETRY_S if self._offline else QUIET_ROUND_S)
        while not self._stop.is_set() and time.monotonic() < deadline:
            if self._now.is_set():
                self._now.clear()
                return
            if self._local.is_set():
                self._local.clear()
                try:
                    if store.team.status().waiting:
                        return
                except FactcheckError:
                    pass
            if self._heard(store):
                return

    def _heard(self, store: Any) -> bool:
        """Wait one slice for the team database's notice; True if one came."""
        if self._offline:
            self._stop.wait(SLICE_S)
            return False
        if self._listener is None:
            self._listener = self._listen(store)
            if self._listener is None:
                self._stop.wait(SLICE_S)
                return False
        try:
            return bool(self._listener.heard(SLICE_S))
        except FactcheckError:  # the connection went: listen again, sync once to find out
            self._close_listener()
            return True

    def _listen(self, store: Any) -> Any:
        try:
            return store.team.listener()
        except FactcheckError:
            return None

    def _close_listener(self) -> None:
        if self._listener is not None:
            self._listener.close()
            self._listener = None
