"""Work waiting for the network, in the window: copies of sources and link checks whose
fetch got no answer wait in the database (core/store/web_queue.py) and are tried
again by themselves, on a timer that waits longer after each miss and at once after
any fetch that worked, also after the window was closed and opened again. A label at
the right of the status bar says how much waits and since when.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.shell.messages import Messages
from factcheck_gui.ui.shell.workspace import Workspace
from factcheck_gui.ui.widgets.announce import announce

if TYPE_CHECKING:
    from factcheck_gui.core.store import Store
    from factcheck_gui.ui.web.background import Background

#: Starts fetching a source's copy in the background (the web controller's keep_copy).
StartCopy = Callable[[str, str], Any]


def waiting_text(copies: int, checks: int, since: str | None) -> str:
    """"2 copies waiting (offline since 09:14)": what the status bar says ("" for none)."""
    if not copies and not checks:
        return ""
    parts = []
    if copies:
        parts.append(translate("OfflineQueue", "%n copy(s) waiting", None, copies))
    if checks:
        parts.append(translate("OfflineQueue", "%n link check(s) waiting", None, checks))
    return translate("OfflineQueue", "{waiting} (offline since {when})").format(
        waiting=", ".join(parts), when=_local_time(since))


def _local_time(stamp: str | None) -> str:
    """An ISO time as local time: the hour today, else the date and hour."""
    if not stamp:
        return "?"
    moment = datetime.fromisoformat(stamp).astimezone()
    if moment.date() == datetime.now(UTC).astimezone().date():
        return moment.strftime("%H:%M")
    return moment.strftime("%Y-%m-%d %H:%M")


class OfflineQueue(QObject):
    """Tries the queued fetches again: `timer` at the next try's time, `run` at once."""

    def __init__(self, ws: Workspace, messages: Messages, start_copy: StartCopy,
                 fetching: dict[str, Background], parent: QObject) -> None:
        super().__init__(parent)
        self.ws, self.messages = ws, messages
        self.start_copy, self.fetching = start_copy, fetching
        self.checking: Background | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.run)
        self.label = QLabel()
        self.label.setObjectName("offlineQueue")
        self.label.hide()
        messages.status_bar().addPermanentWidget(self.label)
        ws.store_changed.connect(self.resume)
        self.resume()

    def _store(self) -> Store | None:
        store = self.ws.store
        return None if store is None or store.closed or store.read_only else store

    # -- the queue's state ----------------------------------------------------------------
    @property
    def copies(self) -> dict[str, str]:
        """Queued copies: url by source id."""
        store = self._store()
        return {} if store is None else {
            q.source_id: q.url for q in store.web.queue.waiting("copy")}

    def refresh(self) -> None:
        store = self._store()
        text = "" if store is None else waiting_text(
            store.web.queue.count("copy"), store.web.queue.count("check"),
            store.web.queue.offline_since())
        if text == self.label.text():
            return
        self.label.setText(text)
        self.label.setVisible(bool(text))
        announce(self.label, text)

    def resume(self) -> None:
        """A database was opened: pick its queue up where it was left."""
        self.timer.stop()
        self.schedule()
        self.refresh()

    def schedule(self) -> None:
        """Start the timer for the soonest next try, unless it runs already."""
        store = self._store()
        if store is None or self.timer.isActive():
            return
        soonest = store.web.queue.next_try_at()
        if soonest is None:
            return
        left = datetime.fromisoformat(soonest) - datetime.now(UTC)
        self.timer.start(max(0, int(left.total_seconds() * 1000)))

    # -- after fetches ----------------------------------------------------------------------
    def after_copy(self, failure: str) -> None:
        """A copy was fetched (`failure` "" ) or failed (its kind)."""
        if failure == "unreachable":
            self.schedule()
        elif not failure:
            self.network_is_back()
        self.refresh()

    def after_checks(self, answered: bool) -> None:
        if answered:
            self.network_is_back()
        else:
            self.schedule()
        self.refresh()

    def network_is_back(self) -> None:
        """A fetch worked: try the queue now (the store already made the waits short)."""
        store = self._store()
        if store is not None and store.web.queue.count():
            store.web.queue.reset_backoff()
            self.run()

    # -- trying again -------------------------------------------------------------------------
    def run(self) -> int:
        """Fetch every queued copy and check again, in the background; how many started."""
        self.timer.stop()
        store = self._store()
        if store is None:
            return 0
        copies = [q for q in store.web.queue.waiting("copy") if q.source_id not in self.fetching]
        for queued in copies:
            self.start_copy(queued.source_id, queued.url)
        checks = store.web.queue.waiting("check") if self.checking is None else []
        if checks:
            self._check_again(store, [(q.source_id, q.url) for q in checks])
        return len(copies) + len(checks)

    def _check_again(self, store: Store, pairs: list[tuple[str, str]]) -> None:
        from factcheck_gui.io import link_check
        from factcheck_gui.ui.web.background import Background

        targets = link_check.targets_of(pairs, store.web.copies_of(s for s, _ in pairs))
        work = Background(lambda cancel: link_check.check_links(targets, cancel=cancel), self)
        self.checking = work
        work.finished.connect(lambda result: self._checked(store, result))
        work.start()

    def _checked(self, store: Store, result: object) -> None:
        if self.checking is not None:
            self.checking.deleteLater()
        self.checking = None
        if store is not self.ws.store or store.closed or isinstance(result, BaseException):
            self.schedule()
            return
        try:
            store.web.record_checks(result)  # type: ignore[arg-type]
        except FactcheckError as error:
            self.messages.status(translate("OfflineQueue", "The link checks could not be"
                                           " saved: {error}").format(error=error), 8000)
            return
        self.after_checks(any(c.kind != "unreachable" for c in result))  # type: ignore[attr-defined]
