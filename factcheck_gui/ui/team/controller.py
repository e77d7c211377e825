"""The team in the window: File > Join Team Database…, Sync Now, Conflicts…,
a status-bar label (synced, N changes waiting, offline since, N conflicts) and
automatic sync in a background thread (worker.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, QObject, Qt
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.store import Store
from factcheck_gui.core.store.team import Conflict, TeamStatus
from factcheck_gui.ui.edits.undo import UndoController
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.shell.actions import ActionRegistry, ActionSpec, Place
from factcheck_gui.ui.shell.messages import Messages
from factcheck_gui.ui.shell.workspace import Workspace
from factcheck_gui.ui.team.assign_menus import AssignMenus
from factcheck_gui.ui.team.assigned import AssignedFilters

# The dialogs and the sync thread load when a team is joined or followed.
if TYPE_CHECKING:
    from factcheck_gui.ui.team.worker import SyncWorker


class TeamController(QObject):
    def __init__(self, ws: Workspace, undo: UndoController, messages: Messages,
                 registry: ActionRegistry, window: QMainWindow,
                 show_reviewer: Callable[[], None]) -> None:
        super().__init__(window)
        self.ws, self.undo, self.messages, self.window = ws, undo, messages, window
        self.show_reviewer = show_reviewer
        self.worker: SyncWorker | None = None
        self.last_status: TeamStatus | None = None
        self.label = QLabel()
        self.label.setObjectName("teamStatusLabel")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        self._unsubscribe: Callable[[], None] | None = None
        linked = self.linked
        registry.declare([
            ActionSpec("team_join", translate("Team", "&Join Team Database…"), self.join, (),
                       translate("Team", "Share this database's work through a PostgreSQL"
                                 " team database"),
                       menus=(Place("file", 1, 5),), writes=True,
                       when=lambda: not linked()),
            ActionSpec("team_sync", translate("Team", "S&ync with Team"), self.sync_now, (),
                       translate("Team", "Send the changes waiting here and fetch the team's now"),
                       menus=(Place("file", 1, 6),), when=linked),
            ActionSpec("team_conflicts", translate("Team", "Team &Conflicts…"),
                       self.show_conflicts, (),
                       translate("Team", "Edits made at the same time as another: keep or switch"),
                       menus=(Place("file", 1, 7),), when=linked),
        ])
        self.registry = registry
        #: The Assigned to me filters (set by the window), shown while in a team.
        self.assigned: AssignedFilters | None = None
        #: Assign to… in the library's and claims table's context menus (set by the window).
        self.assigning: AssignMenus | None = None

    def linked(self) -> bool:
        try:
            return not self.ws.store.closed and self.ws.store.team.linked
        except FactcheckError:
            return False

    # -- following a store ------------------------------------------------------------------
    def follow(self, store: Store) -> None:
        """Sync `store` automatically if it is in a team (stops any earlier one)."""
        self.stop()
        self.label.hide()
        if self.assigned is not None:
            self.assigned.follow(self.linked())
        if store.read_only or not store.team.linked:
            return
        from factcheck_gui.ui.team.worker import SyncWorker

        self._unsubscribe = store.subscribe(lambda _changes: self._local_edit())
        self.worker = SyncWorker(store.path, self)
        self.worker.status.connect(self.show_status)
        self.worker.failed.connect(self._failed)
        self.worker.start()
        self.show_status(store.team.status())

    def stop(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self.worker is not None:
            self.worker.stop()
            self.worker = None

    def _local_edit(self) -> None:
        if self.worker is not None:
            self.worker.local_edit()

    def show_status(self, status: TeamStatus) -> None:
        self.last_status = status
        if self.assigned is not None:
            self.assigned.refresh()  # a sync may have brought assignments
        self.label.setText(translate("Team", "Team: {status}").format(
            status=status_summary(status)))
        signs = translate("Team", "You sign as {name} ({role}).").format(
            name=status.role_name, role=status.role or translate("Team", "no rights"))
        self.label.setToolTip(f"{status.url}\n{signs}"
                              + (f"\n{status.last_error}" if status.last_error else ""))
        self.label.show()

    def _failed(self, message: str) -> None:
        if self.ws.store.closed:
            return
        try:
            self.show_status(self.ws.store.team.status())
        except FactcheckError:
            self.label.setText(translate("Team", "Team: {status}").format(status=message))

    # -- actions ----------------------------------------------------------------------------
    def join(self) -> bool:
        from factcheck_gui.ui.team.join_dialog import JoinTeamDialog

        dialog = JoinTeamDialog(self.ws.store.path, self.window)
        if self.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return False
        store = self.ws.store
        store.team.opened(read_only=store.read_only)  # sign as the team role from now on
        self.show_reviewer()
        self.follow(store)
        self.registry.update()
        self.messages.status(translate("Team", "Joined the team database"), 5000)
        return True

    def sync_now(self) -> None:
        if self.worker is not None:
            self.worker.sync_now()

    def show_conflicts(self) -> None:
        from factcheck_gui.ui.team.conflicts import ConflictsDialog

        self.exec_dialog(ConflictsDialog(self.ws.store, self.settle, self.window))

    def settle(self, conflict: Conflict, switch: bool) -> bool:
        from factcheck_gui.ui.edits.team import SettleConflict

        done = self.undo.push(SettleConflict(self.ws.store, conflict, switch=switch))
        if done:
            self.show_status(self.ws.store.team.status())
        return done

    def exec_dialog(self, dialog: QDialog) -> int:
        """Run a dialog (tests replace this to drive it without a modal loop)."""
        return dialog.exec()


def status_summary(status: TeamStatus) -> str:
    """The status bar's line, as TeamStatus.summary says it for the command line:
    offline, conflicts, changes waiting and refused, or synced."""
    parts = []
    if status.offline_since:
        when = QDateTime.fromString(status.offline_since[:19], Qt.DateFormat.ISODate)
        since = (QLocale().toString(when, QLocale.FormatType.ShortFormat) if when.isValid()
                 else status.offline_since[:16].replace("T", " "))
        parts.append(translate("Team", "offline since {time} UTC").format(time=since))
    conflicts, waiting, refused = status.conflicts, status.waiting, status.refused
    if conflicts:
        parts.append(translate("Team", "%n conflict(s)", None, conflicts))
    if waiting:
        parts.append(translate("Team", "%n change(s) waiting", None, waiting))
    if refused:
        parts.append(translate("Team", "%n refused by the server", None, refused))
    separator = translate("Team", ", ", "between the parts of a list")
    return separator.join(parts) or translate("Team", "synced")
