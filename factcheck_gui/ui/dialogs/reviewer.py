"""Asks who is reviewing: the name stamped on every change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from factcheck_gui.ui.i18n import translate


class ReviewerDialog(QDialog):
    """Asks for the name stamped on every change."""

    def __init__(self, parent: QWidget | None, name: str, *, first_run: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ReviewerDialog", "Your Name") if first_run
                            else translate("ReviewerDialog", "Preferences"))
        intro = QLabel(
            translate("ReviewerDialog", "Every change you make is stamped with your name, so "
                      "that colleagues can see who checked what. You can change it later in "
                      "Preferences.")
            if first_run
            else translate("ReviewerDialog", "The name stamped on the changes you make from "
                           "now on.")
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.name = QLineEdit(name)
        self.name.setAccessibleName(translate("ReviewerDialog", "Reviewer name"))
        self.name.selectAll()
        form = QFormLayout()
        label = QLabel(translate("ReviewerDialog", "&Reviewer name:"))
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
