"""View > Library, Claims Table and Claim Inspector, and the window's layout kept
between runs (geometry, splitters, which panes show)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from factcheck_gui.ui.shell.actions import ActionRegistry, ActionSpec, Place

PANES = ("library", "claims", "inspector")


class PanesController:
    def __init__(self, registry: ActionRegistry, window: QMainWindow,
                 panes: dict[str, QWidget], splitters: dict[str, QSplitter],
                 settings: Callable[[], QSettings]) -> None:
        self.registry, self.window, self.panes = registry, window, panes
        self.splitters, self.settings = splitters, settings
        titles = {"library": ("&Library", "Ctrl+1", "Show the library"),
                  "claims": ("&Claims Table", "Ctrl+2", "Show the claims table"),
                  "inspector": ("Claim &Inspector", "Ctrl+3", "Show the claim inspector")}
        registry.declare([
            ActionSpec(f"toggle_{name}", text, partial(self._toggled, name), (key,), tip,
                       menus=(Place("view", 1, order),), checkable=True, checked=True,
                       while_correcting=True)
            for order, (name, (text, key, tip)) in enumerate(titles.items(), start=1)])

    def _toggled(self, name: str) -> None:
        self.set_visible(name, self.registry.all[f"toggle_{name}"].isChecked())

    def set_visible(self, name: str, visible: bool) -> None:
        self.panes[name].setVisible(visible)
        self.registry.all[f"toggle_{name}"].setChecked(visible)

    def show(self, name: str) -> None:
        self.set_visible(name, True)

    def save_state(self) -> None:
        settings = self.settings()
        settings.setValue("main_window/geometry", self.window.saveGeometry())
        settings.setValue("main_window/state", self.window.saveState())
        for key, splitter in self.splitters.items():
            settings.setValue(f"main_window/{key}", splitter.saveState())
        for name in PANES:
            settings.setValue(f"main_window/show_{name}", not self.panes[name].isHidden())
        settings.sync()

    def restore_state(self) -> None:
        settings = self.settings()
        restorers: list[tuple[str, Callable[[QByteArray], object]]] = [
            ("main_window/geometry", self.window.restoreGeometry),
            ("main_window/state", self.window.restoreState),
        ]
        restorers += [(f"main_window/{key}", splitter.restoreState)
                      for key, splitter in self.splitters.items()]
        for key, restore in restorers:
            value = settings.value(key)
            if isinstance(value, QByteArray) and not value.isEmpty():
                restore(value)
        for name in PANES:
            shown = settings.value(f"main_window/show_{name}", True)
            self.set_visible(name, shown not in (False, "false"))
