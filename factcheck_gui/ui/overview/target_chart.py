"""What the overview's charts share: each drawn item (a bar, a column) is a target.

Hovering highlights it, a click or Enter / Space on the keyboard's current item
activates it, two keys step between items (Home and End jump), and the tooltip
names the item under the pointer. Subclasses say where their items are and what
activating one means; they paint themselves.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QFocusEvent, QHelpEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from factcheck_gui.ui.i18n import translate

_ACTIVATE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


class TargetChart(QWidget):
    #: The keys that step to the previous and the next item.
    step_keys: tuple[Qt.Key, Qt.Key] = (Qt.Key.Key_Up, Qt.Key.Key_Down)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.empty_text = translate("OverviewCharts", "No claims")
        self._hover = -1
        self._current = 0

    # -- what subclasses provide ------------------------------------------------------
    def item_count(self) -> int:
        raise NotImplementedError

    def index_at(self, pos: QPoint) -> int:
        """The item under `pos`, or -1."""
        raise NotImplementedError

    def item_rect(self, index: int) -> QRect:
        """The area whose tooltip belongs to item `index`."""
        raise NotImplementedError

    def tooltip_text(self, index: int) -> str:
        raise NotImplementedError

    def activate(self, index: int) -> None:
        """Item `index` was clicked or chosen with the keyboard."""
        raise NotImplementedError

    def _describe(self) -> None:
        """Tell screen readers about the keyboard's current item."""

    # -- interaction --------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position().toPoint())
        if index != self._hover:
            self._hover = index
            self.setCursor(Qt.CursorShape.PointingHandCursor if index >= 0
                           else Qt.CursorShape.ArrowCursor)
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hover = -1
        self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and index >= 0:
            self._current = index
            self.activate(index)
            event.accept()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        count = self.item_count()
        previous, following = self.step_keys
        moves: dict[Qt.Key | int, int] = {previous: self._current - 1, following: self._current + 1,
                 Qt.Key.Key_Home: 0, Qt.Key.Key_End: count - 1}
        key = event.key()
        if key in moves and count:
            self._current = max(0, min(count - 1, moves[key]))
            self._describe()
            self.update()
            return
        if key in _ACTIVATE_KEYS and count:
            self.activate(self._current)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.index_at(event.pos())
            if index < 0:
                QToolTip.hideText()
                event.ignore()
                return True
            QToolTip.showText(event.globalPos(), self.tooltip_text(index), self,
                              self.item_rect(index))
            return True
        return super().event(event)
