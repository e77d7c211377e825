"""Walk the accessibility tree a screen reader sees (QAccessible interfaces)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

Role = QAccessible.Role
# Their children are rows, cells and items (data, not controls): the view itself is
# the control and needs the name.
DATA_VIEWS = {Role.Table, Role.List, Role.Tree, Role.TreeItem, Role.ListItem, Role.Cell,
              Role.Row, Role.Column, Role.ColumnHeader, Role.RowHeader, Role.PageTabList,
              Role.MenuBar, Role.PopupMenu}


@dataclass
class Control:
    role: QAccessible.Role
    name: str
    description: str
    widget: QObject | None

    def __str__(self) -> str:
        what = type(self.widget).__name__ if self.widget is not None else "?"
        named = self.widget.objectName() if self.widget is not None else ""
        return f"{self.role.name} {what} {named!r} name={self.name!r}"


def focusable_controls(widget: QWidget) -> list[Control]:
    """Every focusable, visible object under `widget` in its accessibility tree."""
    found: list[Control] = []
    seen: set[int] = set()

    def walk(iface: QAccessibleInterface | None) -> None:
        if iface is None or not iface.isValid():
            return
        key = QAccessible.uniqueId(iface)
        if key in seen:
            return
        seen.add(key)
        state, widget = iface.state(), iface.object()
        # A disabled control is not focusable now, but will be: it needs its name too.
        takes_focus = state.focusable or (
            isinstance(widget, QWidget) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            and not widget.isEnabled())
        if takes_focus and not state.invisible:
            found.append(Control(iface.role(), iface.text(QAccessible.Text.Name).strip(),
                                 iface.text(QAccessible.Text.Description).strip(),
                                 iface.object()))
        if iface.role() in DATA_VIEWS:
            return
        for index in range(iface.childCount()):
            walk(iface.child(index))

    walk(QAccessible.queryAccessibleInterface(widget))
    return found


def unnamed(controls: list[Control]) -> list[str]:
    return [str(c) for c in controls if not c.name]
