"""The files controller without a main window: recent databases, switching to
another database, and the reviewer's name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QMainWindow

from factcheck_gui.core.store import Store
from factcheck_gui.ui.edits.undo import UndoController
from factcheck_gui.ui.files.controller import FilesController
from factcheck_gui.ui.inspector.inspector import Inspector
from factcheck_gui.ui.shell.actions import ActionRegistry, MenuSpec, Place
from factcheck_gui.ui.shell.messages import Messages
from factcheck_gui.ui.shell.workspace import Workspace


def test_recent_databases_switching_and_the_reviewer(qtbot, tmp_path: Path) -> None:
    settings_file = tmp_path / "settings.ini"

    def settings() -> QSettings:
        return QSettings(str(settings_file), QSettings.Format.IniFormat)

    first, second = tmp_path / "first.db", tmp_path / "second.db"
    Store.open(second, reviewer="ann").close()
    store = Store.open(first, reviewer="ann")
    host = QMainWindow()
    qtbot.addWidget(host)
    ws, undo = Workspace(store), UndoController(store)
    act = ActionRegistry(host, ws.is_correcting)
    act.declare_menus([MenuSpec("file", "&File"), MenuSpec("edit", "&Edit"),
                       MenuSpec("file/recent", "Open &Recent", Place("file", 1, 3))])
    switched: list[Store] = []

    def switch(new: Store) -> None:
        switched.append(new)
        ws.set_store(new)

    label = QLabel()
    inspector = Inspector(undo)
    files = FilesController(ws, undo, Messages(host), act, inspector, label, settings,
                            switch, lambda: True)
    act.build_menus()
    files.remember_recent(first)
    act.update()
    assert act.recent_menu is not None and not act.recent_menu.isEnabled()  # only this one
    assert files.open_database_at(second)
    assert switched and ws.store.path == second.absolute()
    files.remember_recent(second)
    assert files.recent_paths() == [str(second.absolute()), str(first)]
    assert [a.text() for a in act.recent_menu.actions()] == ["&1 first.db"]
    assert act.recent_menu.isEnabled()
    files.set_reviewer("bea")
    assert ws.store.reviewer == "bea" and label.text() == "Reviewer: bea"
    assert settings().value("reviewer/name") == "bea"
    assert files.open_database_at(second)  # already open here: nothing to do
    assert len(switched) == 1
    inspector.memory.stop()
    ws.store.close()
