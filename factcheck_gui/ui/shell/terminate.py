"""SIGTERM closes the window the way File > Quit does, so nothing is cut short.

A desktop session that logs out, a service manager or `kill` sends SIGTERM; Python's
default is to die on the spot, skipping the closing backup and the store's orderly
close. Qt's event loop runs in C++, so the signal only wakes Python through a socket
(`signal.set_wakeup_fd`) that Qt watches. POSIX only; Windows has no SIGTERM to send.
"""

from __future__ import annotations

import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QWidget


def close_on_terminate(window: QWidget) -> QObject | None:
    """Close `window` when the process gets SIGTERM; returns the watcher (None where
    there is no such signal). Keep it alive as long as the window."""
    if not hasattr(signal, "SIGTERM") or not hasattr(socket, "socketpair"):
        return None
    ours, theirs = socket.socketpair()
    ours.setblocking(False)
    theirs.setblocking(False)
    try:
        signal.set_wakeup_fd(theirs.fileno())
    except ValueError:  # not the main thread: leave the default behaviour
        ours.close()
        theirs.close()
        return None
    signal.signal(signal.SIGTERM, lambda *_: None)  # the wakeup byte does the work
    notifier = QSocketNotifier(ours.fileno(), QSocketNotifier.Type.Read, window)

    def woken() -> None:
        try:
            got = ours.recv(64)
        except OSError:
            return
        if signal.SIGTERM.value in got:
            window.close()

    notifier.activated.connect(woken)
    notifier._sockets = (ours, theirs)  # type: ignore[attr-defined]  # kept open with it
    return notifier
