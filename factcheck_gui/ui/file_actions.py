"""File menu work for the main window: databases, recent files, and who the
reviewer is (exports: export_actions.py; imports: import_actions.py). Mixed into MainWindow."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.store import Store
from factcheck_gui.ui.commands import SetWorkflowRules
from factcheck_gui.ui.dialogs import ShortcutsDialog
from factcheck_gui.ui.preferences_dialog import PreferencesDialog
from factcheck_gui.ui.safe_text import tooltip

if TYPE_CHECKING:
    from factcheck_gui.ui.main_window import MainWindow

RECENT_KEY = "files/recent_databases"
REVIEWER_KEY = "reviewer/name"
MAX_RECENT = 8
DB_FILTER = "Factcheck databases (*.db *.sqlite *.sqlite3);;All files (*)"


def remembered_reviewer(settings: QSettings) -> str | None:
    value = settings.value(REVIEWER_KEY)
    return str(value) if value else None


class FileActions:
    # -- asking (one method each, so tests can replace them) ------------------------------
    def ask_open_path(self: MainWindow) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, "Open Database", str(self.store.path.parent),
                                              DB_FILTER)
        return Path(name) if name else None

    def ask_new_path(self: MainWindow) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, "New Database",
                                              str(self.store.path.parent / "factchecks.db"),
                                              DB_FILTER)
        return Path(name) if name else None

    # -- databases ----------------------------------------------------------------------------
    def new_database(self: MainWindow) -> bool:
        path = self.ask_new_path()
        if path is None:
            return False
        if path.exists():
            self.show_error("Cannot create the database", f"{path} already exists.")
            return False
        return self.open_database_at(path)

    def open_database(self: MainWindow) -> bool:
        path = self.ask_open_path()
        return self.open_database_at(path) if path is not None else False

    def open_database_at(self: MainWindow, path: Path) -> bool:
        if not self.inspector.flush():
            return False
        # Corrections being typed are saved first, as on close (never dropped).
        if self.is_editing() and not self.finish_editing():
            return False
        if Path(path).expanduser().absolute() == self.store.path:
            return True  # already open here (its writer lock is ours)
        try:
            store = Store.open(path, reviewer=self.store.reviewer, lock=True)
        except FactcheckError as error:
            self.show_error("Cannot open the database", f"{error}\n\nFile: {path}")
            return False
        old = self.store
        self.set_store(store)
        old.close()
        return True

    def remember_recent(self: MainWindow, path: Path) -> None:
        settings = self.settings()
        paths = [str(path)] + [p for p in self.recent_paths() if p != str(path)]
        settings.setValue(RECENT_KEY, paths[:MAX_RECENT])
        self._fill_recent_menu()

    def recent_paths(self: MainWindow) -> list[str]:
        value = self.settings().value(RECENT_KEY) or []
        return [value] if isinstance(value, str) else [str(v) for v in value]

    def _fill_recent_menu(self: MainWindow) -> None:
        menu = self.act.recent_menu
        menu.clear()
        paths = [p for p in self.recent_paths() if p != str(self.store.path)]
        for number, path in enumerate(paths, start=1):
            action = QAction(f"&{number} {Path(path).name}", menu)
            action.setToolTip(tooltip(path))  # a path is not markup
            action.setStatusTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_database_at(Path(p)))
            menu.addAction(action)
        menu.setEnabled(bool(paths))

    # -- reviewer and help ---------------------------------------------------------------------
    def show_preferences(self: MainWindow) -> None:
        """Your name, and this database's workflow rules (saved in the database)."""
        rules = self.store.workflow_rules()
        answer = PreferencesDialog.ask(self, self.store.reviewer, rules, self.store.path.name,
                                       read_only=self.store.read_only)
        if answer is None:
            return
        name, new_rules = answer
        if name and name != self.store.reviewer:
            self.set_reviewer(name)
        if new_rules != rules and not self.store.read_only:
            # Undoable like any edit; a failed write says why in the banner (Retry).
            self.controller.push(SetWorkflowRules(self.controller.store, rules, new_rules))

    def set_reviewer(self: MainWindow, name: str) -> None:
        self.store.reviewer = name
        settings = self.settings()
        settings.setValue(REVIEWER_KEY, name)
        settings.sync()
        self.reviewer_label.setText(f"Reviewer: {name}")

    def show_shortcuts(self: MainWindow) -> ShortcutsDialog:
        from factcheck_gui.ui.actions import shortcut_rows

        dialog = ShortcutsDialog(self, shortcut_rows(self))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

