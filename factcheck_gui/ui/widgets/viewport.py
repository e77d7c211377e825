"""A scroll area's viewport, fetched without PySide6 searching for its type.

`QAbstractScrollArea.viewport()` returns a C++ `QWidget *` that Qt made. The first
time PySide6 wraps such a pointer it searches every QWidget class it knows for the
most derived type, creating each class's Python type and enums on the way: about
10 ms and 60 enums, once per process, in the middle of building the window (the
bare window never pays it). `QObject.findChild` wraps what it finds by its
meta-object's class name instead ("QWidget": known at once). Once the viewport is
wrapped, `viewport()` returns that same wrapper, so each scroll area built before the
first paint is passed through `viewport_of` once; later calls may use `viewport()`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

# The object name QAbstractScrollArea gives its viewport (Qt 4 to 6).
VIEWPORT_NAME = "qt_scrollarea_viewport"


def viewport_of(area: QAbstractScrollArea) -> QWidget:
    """`area.viewport()`, wrapped through its name first."""
    area.findChild(QWidget, VIEWPORT_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    return area.viewport()  # the wrapper findChild made (were it renamed: PySide's search)
