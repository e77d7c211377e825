"""A read-only table of rows for dialogs: whole-row selection, no grid, striped."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QWidget


def list_table(rows: int, headers: Sequence[str], *, name: str = "",
               single: bool = False, parent: QWidget | None = None) -> QTableWidget:
    """An empty `rows` x len(headers) table that cannot be edited in place; `single`
    allows one selected row at a time. The caller fills the cells."""
    table = QTableWidget(rows, len(headers), parent)
    if name:
        table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    return table
