"""Preferences: the reviewer's name and the window's language (this computer) and the
workflow rules (this database)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from factcheck_gui.core.workflow import MAX_SOURCES, WorkflowRules
from factcheck_gui.ui.i18n import LANGUAGES, SYSTEM, translate


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class PreferencesDialog(QDialog):
    """Your name, stamped on every change, and this database's workflow rules."""

    def __init__(self, parent: QWidget | None, name: str, rules: WorkflowRules,
                 db_name: str = "", *, read_only: bool = False,
                 reading: Callable[[], object] | None = None,
                 language: str = SYSTEM) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PreferencesDialog", "Preferences"))
        self.read_only = read_only
        self.name = QLineEdit(name)
        self.name.setAccessibleName(translate("PreferencesDialog", "Reviewer name"))
        self.name.selectAll()
        you = QFormLayout()
        label = QLabel(translate("PreferencesDialog", "&Reviewer name:"))
        label.setBuddy(self.name)
        you.addRow(label, self.name)
        you.addRow("", _note(translate("PreferencesDialog",
                                       "Stamped on the changes you make from now on.")))
        self.language = QComboBox()
        self.language.setAccessibleName(translate("PreferencesDialog", "Language"))
        self.language.addItem(translate("PreferencesDialog", "Same as the system"), SYSTEM)
        for code, own_name in LANGUAGES.items():  # each language named in itself
            self.language.addItem(own_name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        language_label = QLabel(translate("PreferencesDialog", "&Language:"))
        language_label.setBuddy(self.language)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language)
        language_row.addStretch(1)
        you.addRow(language_label, language_row)
        you.addRow("", _note(translate("PreferencesDialog",
                                       "A new language shows the next time the app starts.")))
        if reading is not None:  # the article's font, size and width, light or dark
            self.reading_button = QPushButton(translate("PreferencesDialog", "Reading and &Theme…"))
            self.reading_button.setToolTip(translate(
                "PreferencesDialog", "The article's font, text size and reading width, "
                "and a light or dark window (this computer)"))
            self.reading_button.clicked.connect(reading)
            reading_row = QHBoxLayout()
            reading_row.addWidget(self.reading_button)
            reading_row.addStretch(1)
            you.addRow(translate("PreferencesDialog", "Reading:"), reading_row)

        self.enabled = QCheckBox(translate(
            "PreferencesDialog", "Final and published claims need a &verdict, a rationale "
            "and sources"))
        self.enabled.setChecked(rules.enabled)
        self.min_sources = QSpinBox()
        self.min_sources.setAccessibleName(
            translate("PreferencesDialog", "Sources a final claim needs"))
        self.min_sources.setRange(0, MAX_SOURCES)
        self.min_sources.setValue(rules.min_sources)
        self.min_sources.setSuffix(translate("PreferencesDialog", " source(s)"))
        sources_label = QLabel(translate("PreferencesDialog", "At &least:"))
        sources_label.setBuddy(self.min_sources)
        sources_row = QHBoxLayout()
        sources_row.setContentsMargins(24, 0, 0, 0)
        sources_row.addWidget(sources_label)
        sources_row.addWidget(self.min_sources)
        sources_row.addStretch(1)
        afp = _note(translate(
            "PreferencesDialog", "AFP's practice is at least 2 independent sources for a "
            "central claim; IFCN asks for sources readers can use to repeat the check."))
        afp.setContentsMargins(24, 0, 0, 0)
        self.second_reviewer = QCheckBox(
            translate("PreferencesDialog", "A &second reviewer approves final claims"))
        second_note = _note(translate(
            "PreferencesDialog", "Only someone other than the reviewer who last set the "
            "verdict can make a claim final (for example from Needs review)."))
        second_note.setContentsMargins(24, 0, 0, 0)
        self.publishes = QCheckBox(
            translate("PreferencesDialog", "The team &publishes: offer the status “Published”"))
        for box, value in ((self.second_reviewer, rules.second_reviewer),
                           (self.publishes, rules.publishes)):
            box.setChecked(value)
        for box in (self.enabled, self.second_reviewer, self.publishes):
            box.setStyleSheet("QCheckBox { spacing: 8px; }")
        self.enabled.toggled.connect(self._enable)
        workflow = QGroupBox(
            translate("PreferencesDialog", "Workflow (this database: {name})").format(
                name=db_name) if db_name else translate("PreferencesDialog",
                                                        "Workflow (this database)"))
        workflow.setObjectName("workflowGroup")
        rules_box = QVBoxLayout(workflow)
        rules_box.addWidget(self.enabled)
        rules_box.addLayout(sources_row)
        rules_box.addWidget(afp)
        rules_box.addWidget(self.second_reviewer)
        rules_box.addWidget(second_note)
        rules_box.addWidget(self.publishes)
        rules_box.addWidget(_note(translate(
            "PreferencesDialog", "Saved in the database, so everyone who opens it works to "
            "the same rules. Claims already final stay as they are.")))
        if read_only:  # shown as they are, not offered for a change that cannot be saved
            for widget in (self.enabled, self.min_sources, self.second_reviewer,
                           self.publishes):
                widget.setEnabled(False)
            self.read_only_note = _note(translate(
                "PreferencesDialog", "This database is open read-only: its rules are shown, "
                "not changed."))
            self.read_only_note.setContentsMargins(0, 4, 0, 0)
            rules_box.addWidget(self.read_only_note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(you)
        layout.addSpacing(6)
        layout.addWidget(workflow)
        layout.addWidget(buttons)
        # Wrapped notes need their height for the dialog's width, not a guess.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.setMinimumWidth(540)
        self._enable(rules.enabled)

    def _enable(self, on: bool) -> None:
        self.min_sources.setEnabled(on and not self.read_only)

    def name_value(self) -> str:
        return " ".join(self.name.text().split())

    def language_value(self) -> str:
        """"system" or a language code."""
        return str(self.language.currentData() or SYSTEM)

    def rules(self) -> WorkflowRules:
        return WorkflowRules(enabled=self.enabled.isChecked(),
                             min_sources=self.min_sources.value(),
                             second_reviewer=self.second_reviewer.isChecked(),
                             publishes=self.publishes.isChecked())

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, rules: WorkflowRules,
            db_name: str = "", *, read_only: bool = False,
            reading: Callable[[], object] | None = None, language: str = SYSTEM,
            set_language: Callable[[str], object] | None = None
            ) -> tuple[str, WorkflowRules] | None:
        """(name, rules) as accepted, or None if cancelled; a language chosen other
        than `language` goes to `set_language`. Tests replace this."""
        dialog = cls(parent, name, rules, db_name, read_only=read_only, reading=reading,
                     language=language)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if set_language is not None and dialog.language_value() != language:
            set_language(dialog.language_value())
        return dialog.name_value(), dialog.rules()
