"""A read-only table of rows for dialogs: whole-row selection, no grid, striped."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QWidget


def list_table(rows: int, headers: Sequence[str], *, name: str = "", label: str = "",
               single: bool = False, parent: QWidget | None = None) -> QTableWidget:
    """An empty `rows` x len(headers) table that cannot be edited in place; `single`
    allows one selected row at a time; `label` is what a screen reader calls it.
    The caller fills the cells."""
    table = QTableWidget(rows, len(headers), parent)
    if name:
        table.setObjectName(name)
    if label:
        table.setAccessibleName(label)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    return table


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    """The text of a cell ("" for a cell never filled)."""
    item = table.item(row, column)
    return item.text() if item is not None else ""


def row_texts(table: QTableWidget, columns: int) -> list[tuple[str, ...]]:
    """Every row's first `columns` cells as text."""
    return [tuple(cell_text(table, row, c) for c in range(columns))
            for row in range(table.rowCount())]
