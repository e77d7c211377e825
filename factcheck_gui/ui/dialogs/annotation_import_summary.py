"""What an import of annotations did: created, updated, skipped, and the backup."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from factcheck_gui.ui.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from factcheck_gui.io.w3c_import import ImportReport


class ImportSummaryDialog(QDialog):
    """What File > Import Annotations did: counts, then one line per problem."""

    ROWS = (("created",
             QT_TRANSLATE_NOOP("AnnotationImportSummary", "New claims:")),
            ("updated",
             QT_TRANSLATE_NOOP("AnnotationImportSummary", "Updated (the file's copy was newer):")),
            ("unchanged",
             QT_TRANSLATE_NOOP("AnnotationImportSummary", "Unchanged:")),
            ("orphaned",
             QT_TRANSLATE_NOOP("AnnotationImportSummary", "Orphaned (text not found; kept):")),
            ("skipped",
             QT_TRANSLATE_NOOP("AnnotationImportSummary", "Skipped (could not be imported):")),
            ("articles_created",
             QT_TRANSLATE_NOOP("AnnotationImportSummary", "New articles:")),
            ("review_claims",
             QT_TRANSLATE_NOOP("AnnotationImportSummary", "Claims of review passes (kept apart):")))

    def __init__(self, parent: QWidget | None, report: ImportReport, backup: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AnnotationImportSummary", "Annotations Imported"))
        counts = report.counts()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.values: dict[str, QLabel] = {}
        for key, text in self.ROWS:
            value = QLabel(QLocale().toString(counts[key]))
            value.setMinimumWidth(value.fontMetrics().horizontalAdvance("0,000,000"))
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.values[key] = value
            form.addRow(translate("AnnotationImportSummary", text), value)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if report.messages:
            problems = QTableWidget(len(report.messages), 1)
            problems.setAccessibleName(translate("AnnotationImportSummary", "Problems"))
            problems.setHorizontalHeaderLabels(
                [translate("AnnotationImportSummary", "Problems")])
            problems.verticalHeader().hide()
            problems.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            for row, message in enumerate(report.messages):
                problems.setItem(row, 0, QTableWidgetItem(message))
            layout.addWidget(problems, 1)
        self.backup_label = QLabel(translate(
            "AnnotationImportSummary", "The database as it was before is saved at {path}").format(
                path=backup))
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
