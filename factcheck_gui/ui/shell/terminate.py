"""SIGTERM closes the window the way File > Quit does, so nothing is cut short.

A desktop session that logs out, a service manager or `kill` sends SIGTERM; Python's
default is to die on the spot, skipping the closing backup and the store's orderly
close. Qt's event loop runs in C++, so the signal only wakes Python through a pipe
(`signal.set_wakeup_fd`) that Qt watches. The watch starts before the database is
opened: a SIGTERM that arrives while the app is starting closes the window as soon
as it exists. POSIX only; Windows has no SIGTERM to send. (A pipe, not a socket pair:
the socket module would load at every start for this alone, ~3 ms.)
"""

from __future__ import annotations

import os
import signal

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QWidget


class TerminateWatch(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window: QWidget | None = None
        self.asked = False
        self._pipe: tuple[int, int] | None = None  # (read end, written by the signal)
        if os.name != "posix" or not hasattr(signal, "SIGTERM"):
            return
        ours, theirs = os.pipe()
        os.set_blocking(ours, False)
        os.set_blocking(theirs, False)
        try:
            signal.set_wakeup_fd(theirs)
        except ValueError:  # not the main thread: keep the default behaviour
            os.close(ours)
            os.close(theirs)
            return
        previous = signal.signal(signal.SIGTERM, lambda *_: None)  # the byte does the work
        self._previous = signal.SIG_DFL if previous is None else previous
        self._pipe = (ours, theirs)
        self._notifier = QSocketNotifier(ours, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)

    def follow(self, window: QWidget) -> None:
        """Close `window` on SIGTERM (at once if one came while starting)."""
        self.window = window
        if self.asked:
            QTimer.singleShot(0, window.close)

    def stop(self) -> None:
        """Give SIGTERM back its earlier meaning (the window is gone)."""
        if self._pipe is None:
            return
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(-1)
        signal.signal(signal.SIGTERM, self._previous)
        for end in self._pipe:
            os.close(end)
        self._pipe = None

    def _woken(self) -> None:
        if self._pipe is None:
            return
        try:
            got = os.read(self._pipe[0], 64)
        except OSError:
            return
        if signal.SIGTERM.value not in got:
            return
        self.asked = True
        if self.window is not None:
            self.window.close()
