"""Network work off the GUI thread: one job on a worker thread, its result delivered
on the GUI thread, cancellable.

The job is a function of one argument, `cancel() -> bool`, which it should ask
between steps (the fetches in io/ do). The GUI thread never waits on the network:
`run_modal` runs a local event loop behind a progress dialog with Cancel.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from factcheck_gui.ui.i18n import translate

Job = Callable[[Callable[[], bool]], Any]


class Background(QObject):
    """Runs one job; `finished(result_or_exception)` on the GUI thread, once."""

    finished = Signal(object)
    _done = Signal()  # emitted on the worker thread, delivered on the GUI thread

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self.stop = threading.Event()
        self.done = False
        self.result: Any = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="fc-web")
        self._future: Future[Any] | None = None
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def start(self) -> Background:
        self._future = self._executor.submit(self.job, self.stop.is_set)
        self._future.add_done_callback(self._on_done)
        return self

    def cancel(self) -> None:
        self.stop.set()

    def _on_done(self, _future: Future[Any]) -> None:
        with contextlib.suppress(RuntimeError):  # the window went away meanwhile
            self._done.emit()

    def _deliver(self) -> None:
        if self.done or self._future is None:
            return
        self.done = True
        error = self._future.exception()
        self.result = error if error is not None else self._future.result()
        self._executor.shutdown(wait=False)
        self.finished.emit(self.result)


def run_modal(parent: QWidget | None, title: str, text: str, job: Job) -> Any:
    """Run `job` off the GUI thread behind a progress dialog with Cancel; the job's
    result (or the exception it raised). The event loop keeps running meanwhile."""
    work = Background(job, parent)
    dialog = QProgressDialog(text, translate("Web", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(work.cancel)
    loop = QEventLoop()
    work.finished.connect(lambda _result: loop.quit())
    work.start()
    try:
        if not work.done:
            loop.exec()
    finally:
        dialog.close()
        dialog.deleteLater()
        work.deleteLater()
    return work.result
