"""Team > Conflicts: both values of every concurrent edit, who and when; keep the
one that won or switch to the one that lost (one undoable step each)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.store import Store
from factcheck_gui.core.store.team import Conflict
from factcheck_gui.ui.team.version_conflict import is_version_conflict, version_cells
from factcheck_gui.ui.widgets.safe_text import shorten

COLUMNS = ("Claim", "Field", "Kept", "By", "Lost", "By", "Lost at")


def describe(value: Any) -> str:
    return "(empty)" if value in (None, "") else shorten(str(value), 60)


class ConflictsDialog(QDialog):
    """`settle(conflict, switch)` does the work (through the undo stack)."""

    def __init__(self, store: Store, settle: Callable[[Conflict, bool], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.setWindowTitle("Team Conflicts")
        self.resize(900, 360)
        self.store, self._settle = store, settle
        self.conflicts: list[Conflict] = []
        layout = QVBoxLayout(self)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName("Conflicts")
        self.table.setAccessibleDescription(
            "Per edit: the claim, the field, the value kept and who made it, the value "
            "lost, who made it and when")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (2, 4):  # the two values get the room
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 170)
        self.table.setColumnWidth(6, 130)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.keep_button = QPushButton("&Keep")
        self.keep_button.setToolTip("The value that won stays; the conflict leaves the list")
        self.switch_button = QPushButton("&Switch")
        self.switch_button.setToolTip("Take the value that lost (a deleted claim comes back)")
        for button in (self.keep_button, self.switch_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.keep_button.clicked.connect(lambda: self._act(switch=False))
        self.switch_button.clicked.connect(lambda: self._act(switch=True))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._enable)
        self.refresh()

    def refresh(self) -> None:
        self.conflicts = self.store.team.conflicts() if self.store.team.linked else []
        self.table.setRowCount(len(self.conflicts))
        for row, conflict in enumerate(self.conflicts):
            for column, text in enumerate(self._cells(conflict)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        count = len(self.conflicts)
        self.note.setText(
            "No conflicts." if not count else
            f"{count} edit{'s' * (count != 1)} made at the same time as another. Every copy"
            " keeps the change the team database received last; the other value stays in"
            " the claim's history. Keep it, or switch to the other value.")
        if count:
            self.table.selectRow(0)
        self._enable()

    def _cells(self, conflict: Conflict) -> list[str]:
        row = conflict.lost_row or {}
        title = row.get("claim_text") or row.get("quote") or ""
        if conflict.claim_id and not title:
            try:
                title = self.store.claims.get_claim(conflict.claim_id).claim_text
            except FactcheckError:
                title = conflict.claim_id
        if conflict.kind == "deleted":
            field, kept, lost = "deleted", "(deleted)", "the claim with its edits"
        elif is_version_conflict(conflict):
            title, field, kept, lost = version_cells(self.store, conflict)
        else:
            field = conflict.field.replace("_", " ")
            kept, lost = describe(conflict.kept), describe(conflict.lost)
        return [shorten(str(title or conflict.table), 60), field, kept, conflict.kept_by,
                lost, conflict.lost_by, conflict.lost_at[:16].replace("T", " ")]

    def selected(self) -> Conflict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.conflicts[rows[0].row()] if rows else None

    def _enable(self) -> None:
        conflict = self.selected()
        self.keep_button.setEnabled(conflict is not None)
        self.switch_button.setEnabled(conflict is not None and conflict.table == "claims"
                                      and not self.store.read_only)

    def _act(self, *, switch: bool) -> None:
        conflict = self.selected()
        if conflict is not None and self._settle(conflict, switch):
            self.refresh()
