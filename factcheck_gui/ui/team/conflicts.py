"""Team > Conflicts: both values of every concurrent edit, who and when; keep the
one that won or switch to the one that lost (one undoable step each)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt
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
from factcheck_gui.ui.i18n import QT_TRANSLATE_NOOP, translate
from factcheck_gui.ui.team.version_conflict import is_version_conflict, version_cells
from factcheck_gui.ui.widgets.safe_text import shorten

COLUMNS = (QT_TRANSLATE_NOOP("TeamConflicts", "Claim"), QT_TRANSLATE_NOOP("TeamConflicts", "Field"),
           QT_TRANSLATE_NOOP("TeamConflicts", "Kept"), QT_TRANSLATE_NOOP("TeamConflicts", "By"),
           QT_TRANSLATE_NOOP("TeamConflicts", "Lost"), QT_TRANSLATE_NOOP("TeamConflicts", "By"),
           QT_TRANSLATE_NOOP("TeamConflicts", "Lost at"))
# A claim's fields as the window names them (the column names are data).
FIELDS = {"quote": QT_TRANSLATE_NOOP("TeamConflicts", "quote"),
          "claim_text": QT_TRANSLATE_NOOP("TeamConflicts", "claim text"),
          "claimant": QT_TRANSLATE_NOOP("TeamConflicts", "claimant"),
          "verdict": QT_TRANSLATE_NOOP("TeamConflicts", "verdict"),
          "rationale": QT_TRANSLATE_NOOP("TeamConflicts", "rationale"),
          "status": QT_TRANSLATE_NOOP("TeamConflicts", "status"),
          "reviewer": QT_TRANSLATE_NOOP("TeamConflicts", "reviewer"),
          "title": QT_TRANSLATE_NOOP("TeamConflicts", "title"),
          "outlet": QT_TRANSLATE_NOOP("TeamConflicts", "outlet"),
          "author": QT_TRANSLATE_NOOP("TeamConflicts", "author"),
          "url": QT_TRANSLATE_NOOP("TeamConflicts", "URL"),
          "language": QT_TRANSLATE_NOOP("TeamConflicts", "language"),
          "published": QT_TRANSLATE_NOOP("TeamConflicts", "published")}


def describe(value: Any) -> str:
    if value in (None, ""):
        return translate("TeamConflicts", "(empty)")
    return shorten(str(value), 60)


def field_name(field: str) -> str:
    name = FIELDS.get(field)
    return translate("TeamConflicts", name) if name else field.replace("_", " ")


def local_time(stamp: str) -> str:
    """An ISO time stamp to the minute, as the user's locale writes it."""
    when = QDateTime.fromString(stamp[:19], Qt.DateFormat.ISODate)
    if not when.isValid():
        return stamp[:16].replace("T", " ")
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


class ConflictsDialog(QDialog):
    """`settle(conflict, switch)` does the work (through the undo stack)."""

    def __init__(self, store: Store, settle: Callable[[Conflict, bool], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(translate("TeamConflicts", "Team Conflicts"))
        self.resize(900, 360)
        self.store, self._settle = store, settle
        self.conflicts: list[Conflict] = []
        layout = QVBoxLayout(self)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(translate("TeamConflicts", "Conflicts"))
        self.table.setAccessibleDescription(translate(
            "TeamConflicts", "Per edit: the claim, the field, the value kept and who made it,"
            " the value lost, who made it and when"))
        self.table.setHorizontalHeaderLabels([translate("TeamConflicts", c) for c in COLUMNS])
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
        self.keep_button = QPushButton(translate("TeamConflicts", "&Keep"))
        self.keep_button.setToolTip(translate(
            "TeamConflicts", "The value that won stays; the conflict leaves the list"))
        self.switch_button = QPushButton(translate("TeamConflicts", "&Switch"))
        self.switch_button.setToolTip(translate(
            "TeamConflicts", "Take the value that lost (a deleted claim comes back)"))
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
            translate("TeamConflicts", "No conflicts.") if not count else
            translate("TeamConflicts", "%n edit(s) made at the same time as another. Every copy"
                      " keeps the change the team database received last; the other value"
                      " stays in the claim's history. Keep it, or switch to the other value.",
                      None, count))
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
            field, kept, lost = (translate("TeamConflicts", "deleted"),
                                 translate("TeamConflicts", "(deleted)"),
                                 translate("TeamConflicts", "the claim with its edits"))
        elif is_version_conflict(conflict):
            title, field, kept, lost = version_cells(self.store, conflict)
        else:
            field = field_name(conflict.field)
            kept, lost = describe(conflict.kept), describe(conflict.lost)
        return [shorten(str(title or conflict.table), 60), field, kept, conflict.kept_by,
                lost, conflict.lost_by, local_time(conflict.lost_at)]

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
