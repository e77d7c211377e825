"""Compare the Tab key's order with the order the layouts show the controls in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QGridLayout,
    QLayout,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)


def tabbable(widget: QWidget) -> bool:
    return (widget.isVisible() and widget.isEnabled()
            and bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)
            and widget.focusProxy() is None)


def _layout_items(layout: QLayout) -> list:
    items = [layout.itemAt(i) for i in range(layout.count())]
    if isinstance(layout, QGridLayout):  # insertion order is not reading order
        places = [layout.getItemPosition(i) for i in range(layout.count())]
        items = [item for _place, item in sorted(zip(places, items, strict=True),
                                                 key=lambda pair: pair[0][:2])]
    return items


def layout_order(root: QWidget) -> list[QWidget]:
    """The focusable widgets under `root` in the order its layouts place them (reading
    order: rows top to bottom, left to right in a row; panes of a splitter in turn)."""
    out: list[QWidget] = []

    def visit(widget: QWidget) -> None:
        if not widget.isVisible():
            return
        if tabbable(widget):
            out.append(widget)
        if isinstance(widget, QAbstractScrollArea) and not isinstance(widget, QScrollArea):
            return  # a text or item view: its viewport is part of it
        if isinstance(widget, QTabWidget):
            visit(widget.tabBar())
            if widget.currentWidget() is not None:
                visit(widget.currentWidget())
            return
        if isinstance(widget, QStackedWidget):
            if widget.currentWidget() is not None:
                visit(widget.currentWidget())
            return
        if isinstance(widget, QScrollArea):
            if widget.widget() is not None:
                visit(widget.widget())
            return
        if isinstance(widget, QSplitter):
            for index in range(widget.count()):
                visit(widget.widget(index))
            return
        placed: set[int] = set()
        if widget.layout() is not None:
            walk_layout(widget.layout(), placed)
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        for child in widget.findChildren(QWidget, options=direct):
            if id(child) not in placed and not child.isWindow():
                visit(child)  # outside any layout (toolbars, status bar...)

    def walk_layout(layout: QLayout, placed: set[int]) -> None:
        for item in _layout_items(layout):
            if item is None:
                continue
            if item.widget() is not None:
                placed.add(id(item.widget()))
                visit(item.widget())
            elif item.layout() is not None:
                walk_layout(item.layout(), placed)

    visit(root)
    return out


def tab_chain(root: QWidget) -> list[QWidget]:
    """The widgets Tab visits, from the first in layout order, once round."""
    candidates = layout_order(root)
    if not candidates:
        return []
    inside = {id(w) for w in candidates}
    start = candidates[0]
    chain, widget = [start], start.nextInFocusChain()
    while widget is not start and len(chain) <= 10 * len(candidates):
        if id(widget) in inside and tabbable(widget):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def describe(widgets: list[QWidget]) -> list[str]:
    return [f"{type(w).__name__}:{w.objectName() or w.accessibleName()}" for w in widgets]
