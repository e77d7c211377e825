"""File > Restore from Backup: put a checked backup in place of the open database.

The window holds the database's writer lock, so it closes
its store first, lets `core.store.maintenance.restore_file` check the backup,
keep the current file in the backups folder and copy the backup in, then opens
the restored database. Whatever happens, the window ends up on an open store.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.store import Store, backups_folder
from factcheck_gui.core.store.maintenance import restore_file, verify_backup
from factcheck_gui.ui.inspector.inspector import Inspector
from factcheck_gui.ui.shell.actions import ActionRegistry, ActionSpec, Place
from factcheck_gui.ui.shell.messages import Messages
from factcheck_gui.ui.shell.workspace import Workspace

BACKUP_FILTER = "Database backups (*.db *.sqlite *.sqlite3);;All files (*)"


class RestoreController:
    def __init__(self, ws: Workspace, messages: Messages, registry: ActionRegistry,
                 inspector: Inspector, switch_store: Callable[[Store], None],
                 finish_correcting: Callable[[], bool]) -> None:
        self.ws, self.messages, self.inspector = ws, messages, inspector
        self.switch_store, self.finish_correcting = switch_store, finish_correcting
        registry.declare([ActionSpec(
            "restore_backup", "Restore from &Backup…", self.restore_backup, (),
            "Replace the open database with one of its backups (checked first)",
            menus=(Place("file", 1, 4),), writes=True)])

    # -- asking (one method each, so tests can replace them) ------------------------------
    def ask_backup_path(self) -> Path | None:
        folder = backups_folder(self.ws.store.path)
        start = folder if folder.is_dir() else self.ws.store.path.parent
        name, _ = QFileDialog.getOpenFileName(self.messages.parent, "Restore from Backup",
                                              str(start), BACKUP_FILTER)
        return Path(name) if name else None

    def confirm_restore(self, backup: Path) -> bool:
        answer = QMessageBox.question(
            self.messages.parent, "Restore from backup",
            f"Replace the open database with the backup {backup.name}?\n\n"
            f"The database as it is now is kept in {backups_folder(self.ws.store.path)}, "
            "and the undo history of this session ends here.",
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- doing -----------------------------------------------------------------------------
    def restore_backup(self) -> bool:
        """Ask for a backup and restore it; False if cancelled or refused."""
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
            self.messages.show_error("Cannot restore this backup", str(error))
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
            self.messages.show_error("Could not restore the backup",
                                     f"{failure}\n\nNothing was changed.")
            return False
        kept = f" The previous state is kept as {saved.name}." if saved else ""
        self.messages.status(f"Restored {path.name} from {backup.name}.{kept}", 10000)
        return True
