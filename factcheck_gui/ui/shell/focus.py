"""Which pane has the keys, shown and moved by keyboard.

F6 / Shift+F6 go round the panes: library -> article -> claims table -> claim
inspector (skipping a hidden pane, and the inspector while no claim is shown).
The pane holding the focus wears a frame in the palette's highlight colour, drawn
by a sheet laid over it (transparent to the mouse), so no pane's own painting or
style changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QWidget

from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.shell.actions import ActionRegistry, ActionSpec, Place

FRAME_WIDTH = 2


@dataclass
class Pane:
    """One of the panes F6 goes round."""

    name: str
    widget: QWidget  # the whole pane (framed)
    enter: Callable[[], bool]  # gives the pane the keys; False if it has nothing to take them


class FocusFrame(QWidget):
    """A frame over `pane`, shown while the focus is inside it."""

    def __init__(self, pane: QWidget) -> None:
        super().__init__(pane)
        self.setObjectName("focusFrame")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        pane.installEventFilter(self)
        self.setGeometry(pane.rect())
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        colour = self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
        painter.setPen(QPen(colour, FRAME_WIDTH))
        half = FRAME_WIDTH / 2
        painter.drawRect(QRectF(self.rect()).adjusted(half, half, -half, -half))
        painter.end()


class FocusPanes(QObject):
    def __init__(self, registry: ActionRegistry, panes: list[Pane], parent: QObject) -> None:
        super().__init__(parent)  # goes with the window, and so does its signal link
        self.panes = panes
        self.frames = {pane.name: FocusFrame(pane.widget) for pane in panes}
        registry.declare([
            ActionSpec("next_pane", translate("FocusPanes", "Next &Pane"), lambda: self.cycle(1),
                       ("F6",), translate("FocusPanes", "Give the keys to the next pane: "
                                          "library, article, claims, inspector"),
                       menus=(Place("view", 2, 1),), while_correcting=True),
            ActionSpec("previous_pane", translate("FocusPanes", "Previous Pa&ne"),
                       lambda: self.cycle(-1), ("Shift+F6",),
                       translate("FocusPanes", "Give the keys to the previous pane"),
                       menus=(Place("view", 2, 2),), while_correcting=True),
        ])
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
            app.aboutToQuit.connect(self.stop)
        self._following = isinstance(app, QApplication)

    def stop(self) -> None:
        """Stop following the focus: the application is ending. While its widgets are
        torn down the focus passes through ones Python never saw, and wrapping the
        first such makes PySide6 search every widget class (~7 ms of every exit)."""
        app = QApplication.instance()
        if self._following and isinstance(app, QApplication):
            self._following = False
            app.focusChanged.disconnect(self._focus_changed)

    def current(self) -> str | None:
        """The pane holding the focus (None: none of them)."""
        focused = QApplication.focusWidget()
        for pane in self.panes:
            if focused is not None and (focused is pane.widget
                                        or pane.widget.isAncestorOf(focused)):
                return pane.name
        return None

    def cycle(self, step: int) -> str | None:
        """Give the keys to the next (`step` 1) or previous (-1) pane that takes them."""
        names = [pane.name for pane in self.panes]
        here = self.current()
        start = names.index(here) if here in names else (-1 if step > 0 else 0)
        for n in range(1, len(self.panes) + 1):
            pane = self.panes[(start + step * n) % len(self.panes)]
            if pane.widget.isVisible() and pane.widget.isEnabled() and pane.enter():
                return pane.name
        return None

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        # The application's signal outlives a window closed while it was being built
        # (SIGTERM at start-up): its panes are gone, and there is nothing to frame.
        if not all(shiboken6.isValid(w) for w in (*self.frames.values(),
                                                  *(pane.widget for pane in self.panes))):
            return
        here = self.current()
        for name, frame in self.frames.items():
            shown = name == here
            if frame.isVisible() != shown:
                frame.setVisible(shown)
            if shown:
                frame.raise_()
