"""Databases from the File menu (new, open, open recent) and who the reviewer is
(Edit > Preferences, which also holds this database's workflow rules)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.store import Store
from factcheck_gui.ui.edits.commands import SetWorkflowRules
from factcheck_gui.ui.edits.undo import UndoController
from factcheck_gui.ui.files.folders import ask_open_path, ask_save_path
from factcheck_gui.ui.i18n import LANGUAGES, save_language, saved_language, translate
from factcheck_gui.ui.shell.actions import ActionRegistry, ActionSpec, Key, Place
from factcheck_gui.ui.shell.messages import Messages
from factcheck_gui.ui.shell.workspace import Workspace
from factcheck_gui.ui.widgets.safe_text import tooltip

if TYPE_CHECKING:
    from factcheck_gui.ui.inspector.inspector import Inspector

RECENT_KEY = "files/recent_databases"
REVIEWER_KEY = "reviewer/name"
MAX_RECENT = 8


def db_filter() -> str:
    return (translate("FilesController", "Factcheck databases") + " (*.db *.sqlite *.sqlite3);;"
            + translate("FilesController", "All files") + " (*)")


def remembered_reviewer(settings: QSettings) -> str | None:
    value = settings.value(REVIEWER_KEY)
    return str(value) if value else None


class FilesController:
    def __init__(self, ws: Workspace, undo: UndoController, messages: Messages,
                 registry: ActionRegistry, inspector: Inspector, reviewer_label: QLabel,
                 settings: Callable[[], QSettings], switch_store: Callable[[Store], None],
                 finish_correcting: Callable[[], bool]) -> None:
        self.ws, self.undo, self.messages, self.registry = ws, undo, messages, registry
        self.inspector, self.reviewer_label, self.settings = inspector, reviewer_label, settings
        self.switch_store = switch_store
        self.finish_correcting = finish_correcting  # True once no text is being corrected
        self.open_reading: Callable[[], object] | None = None  # Reading and Theme (window)
        registry.declare([
            ActionSpec("new_db", translate("FilesController", "&New Database…"),
                       self.new_database, (Key.New,),
                       translate("FilesController", "Create an empty database"),
                       menus=(Place("file", 1, 1),)),
            ActionSpec("open_db", translate("FilesController", "&Open Database…"),
                       self.open_database, (Key.Open,),
                       translate("FilesController", "Open another database"),
                       menus=(Place("file", 1, 2),)),
            ActionSpec("preferences", translate("FilesController", "Pr&eferences…"),
                       self.show_preferences, (Key.Preferences, "Ctrl+,"),
                       translate("FilesController",
                                 "Change your reviewer name, the language and the rules"),
                       menus=(Place("edit", 4, 1),), role=QAction.MenuRole.PreferencesRole),
        ])
        registry.menu_enabled_when("file/recent", lambda: bool(self._recent_elsewhere()))

    # -- asking (one method each, so tests can replace them) ------------------------------
    def ask_open_path(self) -> Path | None:
        return ask_open_path(self.messages.parent,
                             translate("FilesController", "Open Database"), "database",
                             db_filter(), self.ws.store.path.parent)

    def ask_new_path(self) -> Path | None:
        return ask_save_path(self.messages.parent, translate("FilesController", "New Database"),
                             "database", "factchecks.db", db_filter(),
                             self.ws.store.path.parent)

    # -- databases ----------------------------------------------------------------------------
    def new_database(self) -> bool:
        path = self.ask_new_path()
        if path is None:
            return False
        if path.exists():
            self.messages.show_error(
                translate("FilesController", "Cannot create the database"),
                translate("FilesController", "{path} already exists.").format(path=path))
            return False
        return self.open_database_at(path)

    def open_database(self) -> bool:
        path = self.ask_open_path()
        return self.open_database_at(path) if path is not None else False

    def open_database_at(self, path: Path) -> bool:
        if not self.inspector.flush():
            return False
        # Corrections being typed are saved first, as on close (never dropped).
        if not self.finish_correcting():
            return False
        old = self.ws.store
        if Path(path).expanduser().absolute() == old.path:
            return True  # already open here (its writer lock is ours)
        try:
            store = Store.open(path, reviewer=old.reviewer, lock=True)
        except FactcheckError as error:
            self.messages.show_error(
                translate("FilesController", "Cannot open the database"),
                translate("FilesController", "{error}\n\nFile: {path}").format(error=error,
                                                                               path=path))
            return False
        self.switch_store(store)
        old.close()
        return True

    def open_recent(self, path: Path) -> bool:
        """Open a database from Open Recent; one that is gone is said so (opening
        it would make a new, empty database under its name) and leaves the list."""
        if not path.is_file():
            self.forget_recent(path)
            self.messages.show_error(
                translate("FilesController", "Cannot open the database"),
                translate("FilesController",
                          "{path}\n\nThis file is no longer there (moved, renamed or "
                          "deleted), so it was taken off Open Recent. Use File > Open to "
                          "find it elsewhere.").format(path=path))
            return False
        return self.open_database_at(path)

    def forget_recent(self, path: Path) -> None:
        settings = self.settings()
        settings.setValue(RECENT_KEY, [p for p in self.recent_paths() if p != str(path)])
        self.fill_recent_menu()

    def remember_recent(self, path: Path) -> None:
        settings = self.settings()
        paths = [str(path)] + [p for p in self.recent_paths() if p != str(path)]
        settings.setValue(RECENT_KEY, paths[:MAX_RECENT])
        self.fill_recent_menu()

    def recent_paths(self) -> list[str]:
        value = self.settings().value(RECENT_KEY) or []
        return [value] if isinstance(value, str) else [str(v) for v in value]

    def _recent_elsewhere(self) -> list[str]:
        return [p for p in self.recent_paths() if p != str(self.ws.store.path)]

    def fill_recent_menu(self) -> None:
        menu = self.registry.recent_menu
        if menu is None:
            return
        menu.clear()
        for number, path in enumerate(self._recent_elsewhere(), start=1):
            action = QAction(f"&{number} {Path(path).name}", menu)
            action.setToolTip(tooltip(path))  # a path is not markup
            action.setStatusTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_recent(Path(p)))
            menu.addAction(action)
        self.registry.update()

    # -- reviewer --------------------------------------------------------------------------------
    def show_preferences(self) -> None:
        """Your name, and this database's workflow rules (saved in the database)."""
        from factcheck_gui.ui.dialogs.preferences import PreferencesDialog  # when asked for

        store = self.ws.store
        rules = store.workflow.workflow_rules()
        answer = PreferencesDialog.ask(self.messages.parent, store.reviewer, rules,
                                       store.path.name, read_only=store.read_only,
                                       reading=self.open_reading,
                                       language=saved_language(self.settings()),
                                       set_language=self.set_language)
        if answer is None:
            return
        name, new_rules = answer
        if name and name != store.reviewer:
            self.set_reviewer(name)
        if new_rules != rules and not store.read_only:
            # Undoable like any edit; a failed write says why in the banner (Retry).
            self.undo.push(SetWorkflowRules(self.undo.store, rules, new_rules))

    def set_language(self, choice: str) -> None:
        """Keep the language chosen; the window shows it from the next start."""
        save_language(self.settings(), choice)
        shown = LANGUAGES.get(choice) or translate("FilesController", "the system's language")
        self.messages.status(translate(
            "FilesController", "The window will be in {language} the next time the app "
            "starts.").format(language=shown), 15000)

    def set_reviewer(self, name: str) -> None:
        self.ws.store.reviewer = name
        settings = self.settings()
        settings.setValue(REVIEWER_KEY, name)
        settings.sync()
        self.show_reviewer()

    def show_reviewer(self) -> None:
        self.reviewer_label.setText(translate("FilesController", "Reviewer: {name}").format(
            name=self.ws.store.reviewer))
