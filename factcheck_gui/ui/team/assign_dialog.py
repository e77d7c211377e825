"""Assign to…: pick the team member who takes an article or claims over."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from factcheck_gui.ui.i18n import translate


class AssignDialog(QDialog):
    """The team's members (reviewers and editors) and "No one" to take it back."""

    def __init__(self, what: str, members: list[tuple[str, str | None]],
                 current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assignDialog")
        self.setWindowTitle(translate("AssignDialog", "Assign to"))
        layout = QVBoxLayout(self)
        label = QLabel(translate("AssignDialog", "Who works on {what}?").format(what=what))
        label.setWordWrap(True)
        self.who = QComboBox()
        self.who.setAccessibleName(translate("AssignDialog", "Team member"))
        label.setBuddy(self.who)
        rights = {"reviewer": translate("AssignDialog", "reviewer"),
                  "editor": translate("AssignDialog", "editor")}
        for name, right in members:
            if right == "reader":
                continue  # readers cannot change claims
            shown = (translate("AssignDialog", "{name} ({right})").format(
                name=name, right=rights[right]) if right in rights else name)
            self.who.addItem(shown, name)
        self.who.addItem(translate("AssignDialog", "No one (take it back)"), None)
        if current is not None and self.who.findData(current) >= 0:
            self.who.setCurrentIndex(self.who.findData(current))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("AssignDialog", "&Assign"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for widget in (label, self.who, buttons):
            layout.addWidget(widget)

    def chosen(self) -> str | None:
        return self.who.currentData()
