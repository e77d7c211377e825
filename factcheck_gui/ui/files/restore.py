"""File > Restore from Backup: put a checked backup in place of the open database.

The window holds the database's writer lock, so it closes
its store first, lets `core.store.maintenance.restore_file` check the backup,
keep the current file in the backups folder and copy the backup in, then opens
the restored database. Whatever happens, the window ends up on an open store.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.store import Store, backups_folder
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.inspector.inspector import Inspector
from factcheck_gui.ui.shell.actions import ActionRegistry, ActionSpec, Place
from factcheck_gui.ui.shell.messages import Messages
from factcheck_gui.ui.shell.workspace import Workspace


def backup_filter() -> str:
    return (translate("RestoreController", "Database backups") + " (*.db *.sqlite *.sqlite3);;"
            + translate("RestoreController", "All files") + " (*)")


class RestoreController:
    def __init__(self, ws: Workspace, messages: Messages, registry: ActionRegistry,
                 inspector: Inspector, switch_store: Callable[[Store], None],
                 finish_correcting: Callable[[], bool]) -> None:
        self.ws, self.messages, self.inspector = ws, messages, inspector
        self.switch_store, self.finish_correcting = switch_store, finish_correcting
        registry.declare([ActionSpec(
            "restore_backup", translate("RestoreController", "Restore from &Backup…"),
            self.restore_backup, (),
            translate("RestoreController",
                      "Replace the open database with one of its backups (checked first)"),
            menus=(Place("file", 1, 4),), writes=True)])

    # -- asking (one method each, so tests can replace them) ------------------------------
    def ask_backup_path(self) -> Path | None:
        folder = backups_folder(self.ws.store.path)
        start = folder if folder.is_dir() else self.ws.store.path.parent
        from PySide6.QtWidgets import QFileDialog  # as dialogs are, when asked for

        name, _ = QFileDialog.getOpenFileName(
            self.messages.parent, translate("RestoreController", "Restore from Backup"),
            str(start), backup_filter())
        return Path(name) if name else None

    def confirm_restore(self, backup: Path) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self.messages.parent, translate("RestoreController", "Restore from backup"),
            translate("RestoreController", "Replace the open database with the backup {name}?"
                      "\n\nThe database as it is now is kept in {folder}, and the undo "
                      "history of this session ends here.").format(
                name=backup.name, folder=backups_folder(self.ws.store.path)),
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- doing -----------------------------------------------------------------------------
    def restore_backup(self) -> bool:
        """Ask for a backup and restore it; False if cancelled or refused."""
        from factcheck_gui.core.store.maintenance import restore_file, verify_backup

        if not self.inspector.flush():
            return False
        if not self.finish_correcting():
            return False
        backup = self.ask_backup_path()
        if backup is None:
            return False
        try:
            verify_backup(backup)  # refuse a bad backup before touching anything
        except FactcheckError as error:
            self.messages.show_error(
                translate("RestoreController", "Cannot restore this backup"), str(error))
            return False
        if not self.confirm_restore(backup):
            return False
        old = self.ws.store
        path, reviewer = old.path, old.reviewer
        old.close()  # releases the writer lock that restore_file takes
        # No dialog (no event loop) until a store is open again: timers and
        # repaints must never meet a closed one.
        failure, saved = None, None
        try:
            saved = restore_file(backup, path, backups_folder(path))
        except FactcheckError as error:
            failure = error
        try:
            store = Store.open(path, reviewer=reviewer, lock=True)
        except FactcheckError as error:
            if not path.exists():
                raise
            store = Store.open(path, reviewer=reviewer, lock=False, read_only=True)
            failure = failure or error
        self.switch_store(store)
        if failure is not None:
            self.messages.show_error(
                translate("RestoreController", "Could not restore the backup"),
                translate("RestoreController", "{problem}\n\nNothing was changed.").format(
                    problem=failure))
            return False
        done = (translate("RestoreController", "Restored {name} from {backup}. The previous "
                          "state is kept as {kept}.") if saved
                else translate("RestoreController", "Restored {name} from {backup}."))
        self.messages.status(done.format(name=path.name, backup=backup.name,
                                         kept=saved.name if saved else ""), 10000)
        return True
