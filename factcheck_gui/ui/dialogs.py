"""Small dialogs: who is reviewing, preferences, the keyboard sheet, what an import of
annotations did, and the non-modal banner that reports a change that could not be saved."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from factcheck_gui.ui.list_table import list_table

if TYPE_CHECKING:
    from factcheck_gui.io.w3c_import import ImportReport


class ReviewerDialog(QDialog):
    """Asks for the name stamped on every change."""

    def __init__(self, parent: QWidget | None, name: str, *, first_run: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle("Your Name" if first_run else "Preferences")
        intro = QLabel(
            "Every change you make is stamped with your name, so that colleagues can see "
            "who checked what. You can change it later in Preferences."
            if first_run
            else "The name stamped on the changes you make from now on."
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.name = QLineEdit(name)
        self.name.setAccessibleName("Reviewer name")
        self.name.selectAll()
        form = QFormLayout()
        label = QLabel("&Reviewer name:")
        label.setBuddy(self.name)
        form.addRow(label, self.name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def value(self) -> str:
        return " ".join(self.name.text().split())

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, *, first_run: bool = False) -> str | None:
        """The name entered, or None if cancelled (or left empty). Tests replace this."""
        dialog = cls(parent, name, first_run=first_run)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.value() or None


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None, rows: list[tuple[str, str, str]]) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard Shortcuts")
        self.table = list_table(len(rows), ["Action", "Keys", "Where"])
        for row, values in enumerate(sorted(rows, key=lambda r: (r[2] != "anywhere", r[0]))):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def rows(self) -> list[tuple[str, str, str]]:
        return [
            tuple(self.table.item(r, c).text() for c in range(3))  # type: ignore[misc]
            for r in range(self.table.rowCount())
        ]


class ImportSummaryDialog(QDialog):
    """What File > Import Annotations did: counts, then one line per problem."""

    ROWS = (("created", "New claims"), ("updated", "Updated (the file's copy was newer)"),
            ("unchanged", "Unchanged"), ("orphaned", "Orphaned (text not found; kept)"),
            ("skipped", "Skipped (could not be imported)"), ("articles_created", "New articles"))

    def __init__(self, parent: QWidget | None, report: ImportReport, backup: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle("Annotations Imported")
        counts = report.counts()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.values: dict[str, QLabel] = {}
        for key, text in self.ROWS:
            value = QLabel(f"{counts[key]:,}")
            value.setMinimumWidth(value.fontMetrics().horizontalAdvance("0,000,000"))
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.values[key] = value
            form.addRow(text + ":", value)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if report.messages:
            problems = QTableWidget(len(report.messages), 1)
            problems.setHorizontalHeaderLabels(["Problems"])
            problems.verticalHeader().hide()
            problems.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            for row, message in enumerate(report.messages):
                problems.setItem(row, 0, QTableWidgetItem(message))
            layout.addWidget(problems, 1)
        self.backup_label = QLabel(f"The database as it was before is saved at {backup}")
        self.backup_label.setTextFormat(Qt.TextFormat.PlainText)
        self.backup_label.setWordWrap(True)
        self.backup_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.backup_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    @classmethod
    def ask(cls, parent: QWidget | None, report: ImportReport, backup: Path) -> None:
        """Show the summary until closed. Tests replace this."""
        cls(parent, report, backup).exec()


class SaveBanner(QFrame):
    """A strip above the workspace: why the last change was not saved, and Retry."""

    retry_requested = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#saveBanner { background: #fbe3c8; border: 1px solid #d9822b; }"
            "#saveBanner QLabel { color: #3d2200; }"
        )
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton("Retry")
        self.retry_button.clicked.connect(self.retry_requested)
        self.dismiss_button = QPushButton("Dismiss")
        self.dismiss_button.clicked.connect(self._dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.dismiss_button)
        self.hide()

    def show_problem(self, message: str, can_retry: bool) -> None:
        prefix = "Not saved: " if can_retry else "Not done: "
        hint = " Your change is still on screen; press Retry when the problem is fixed." \
            if can_retry else ""
        self.message.setText(prefix + message + hint)
        self.retry_button.setVisible(can_retry)
        self.show()

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
