"""View > Library, Claims Table and Claim Inspector, the claims table beside or
below the text, and the window's layout kept between runs (geometry, splitters,
which panes show).

The window fits the screen it opens on: the first time at most the default size
(less on a small screen), centred; a saved geometry that no longer fits any screen
(a monitor unplugged, a smaller laptop screen) is replaced by that first-time one."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QByteArray, QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.shell.actions import ActionRegistry, ActionSpec, Place

PANES = ("library", "claims", "inspector")
DEFAULT_SIZE = QSize(1280, 800)
BESIDE_KEY = "main_window/claims_beside"


def fitted_size(available: QRect, wanted: QSize = DEFAULT_SIZE,
                minimum: QSize | None = None) -> QSize:
    """`wanted`, shrunk to the screen's available area (a frame's worth smaller),
    never below `minimum`."""
    size = wanted.boundedTo(QSize(available.width() - 16, available.height() - 40))
    return size.expandedTo(minimum) if minimum is not None else size


def fits_on(frame: QRect, screens: list[QRect]) -> bool:
    """True if `frame` (a window's outer rectangle) lies mostly on one screen and
    is not larger than it: its title bar reachable and its content seen whole."""
    for screen in screens:
        seen = frame.intersected(screen)
        if (seen.width() * seen.height() >= 0.8 * frame.width() * frame.height()
                and frame.width() <= screen.width() + 8
                and frame.height() <= screen.height() + 8
                and screen.contains(frame.topLeft() + QPoint(40, 10))):  # the title bar
            return True
    return False


def pane_widths(width: int) -> tuple[int, int, int]:
    """Library, centre and inspector widths for a window `width` wide: the side
    panes narrower on a small screen, so the text and the table keep room."""
    library = 250 if width >= 1200 else 200
    inspector = 390 if width >= 1200 else 330
    return library, max(300, width - library - inspector), inspector


class PanesController:
    def __init__(self, registry: ActionRegistry, window: QMainWindow,
                 panes: dict[str, QWidget], splitters: dict[str, QSplitter],
                 settings: Callable[[], QSettings]) -> None:
        self.registry, self.window, self.panes = registry, window, panes
        self.splitters, self.settings = splitters, settings
        titles = {"library": (translate("PanesController", "&Library"), "Ctrl+1",
                              translate("PanesController", "Show the library")),
                  "claims": (translate("PanesController", "&Claims Table"), "Ctrl+2",
                             translate("PanesController", "Show the claims table")),
                  "inspector": (translate("PanesController", "Claim &Inspector"), "Ctrl+3",
                                translate("PanesController", "Show the claim inspector"))}
        registry.declare([
            ActionSpec(f"toggle_{name}", text, partial(self._toggled, name), (key,), tip,
                       menus=(Place("view", 1, order),), checkable=True, checked=True,
                       while_correcting=True)
            for order, (name, (text, key, tip)) in enumerate(titles.items(), start=1)])
        registry.declare([
            ActionSpec("claims_beside", translate("PanesController",
                                                  "Claims Table &Beside the Text"),
                       lambda: self.set_beside(registry.all["claims_beside"].isChecked()),
                       (), translate("PanesController", "Show the claims table to the right "
                                     "of the article instead of below it"),
                       menus=(Place("view", 1, 4),), checkable=True,
                       while_correcting=True)])

    # -- the claims table beside or below the text ----------------------------------------
    def beside(self) -> bool:
        return self.splitters["center"].orientation() == Qt.Orientation.Horizontal

    def set_beside(self, beside: bool) -> None:
        """The claims table to the right of the text (True) or below it."""
        center = self.splitters["center"]
        self.registry.all["claims_beside"].setChecked(beside)
        wanted = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
        if center.orientation() == wanted:
            return
        center.setOrientation(wanted)
        total = center.width() if beside else center.height()
        share = 0.52 if beside else 0.72  # the text keeps the larger part
        center.setSizes([round(total * share), total - round(total * share)])

    def _toggled(self, name: str) -> None:
        self.set_visible(name, self.registry.all[f"toggle_{name}"].isChecked())

    def set_visible(self, name: str, visible: bool) -> None:
        self.panes[name].setVisible(visible)
        self.registry.all[f"toggle_{name}"].setChecked(visible)

    def show(self, name: str) -> None:
        self.set_visible(name, True)

    def save_state(self) -> None:
        settings = self.settings()
        settings.setValue(BESIDE_KEY, self.beside())
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
        restored = set()
        for key, restore in restorers:
            value = settings.value(key)
            if isinstance(value, QByteArray) and not value.isEmpty() and restore(value):
                restored.add(key)
        if "main_window/geometry" not in restored or not self._on_a_screen():
            self.fit_to_screen(first_time="main_window/splitter" not in restored)
        self.set_beside(settings.value(BESIDE_KEY, False) in (True, "true"))
        for name in PANES:
            shown = settings.value(f"main_window/show_{name}", True)
            self.set_visible(name, shown not in (False, "false"))

    # -- the window on its screen ---------------------------------------------------------
    def _screens(self) -> list[QRect]:
        return [screen.availableGeometry() for screen in QGuiApplication.screens()]

    def _on_a_screen(self) -> bool:
        screens = self._screens()
        return not screens or fits_on(self.window.frameGeometry(), screens)

    def fit_to_screen(self, *, first_time: bool = True) -> None:
        """At most the default size, within the available area, centred on it."""
        screen = self.window.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
        size = fitted_size(available, DEFAULT_SIZE, self.window.minimumSize())
        self.window.resize(size)
        frame = QRect(0, 0, size.width(), size.height())
        frame.moveCenter(available.center())
        self.window.move(max(available.left(), frame.left()), max(available.top(), frame.top()))
        if first_time:
            self.splitters["splitter"].setSizes(list(pane_widths(size.width())))
            height = size.height()  # the text keeps about 70% of the height
            self.splitters["center"].setSizes([round(height * 0.7), round(height * 0.3)])
