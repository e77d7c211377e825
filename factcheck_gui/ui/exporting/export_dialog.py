"""The File > Export… dialog: which format, which claims, which filters."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from factcheck_gui.core.models import Status
from factcheck_gui.ui.exporting.choice import (
    ANY,
    FORMATS,
    SCOPES,
    UNJUDGED_KEY,
    ExportChoice,
    ScopeInfo,
    format_info,
)
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.overview.claims_list import status_label


class ExportDialog(QDialog):
    def __init__(self, parent: QWidget | None, scopes: ScopeInfo,
                 verdicts: Sequence[str | tuple[str, str]], initial: ExportChoice) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ExportDialog", "Export"))
        self.format = QComboBox()
        self.format.setAccessibleName(translate("ExportDialog", "Format"))
        for key, text, *_ in FORMATS:
            self.format.addItem(translate("ExportDialog", text), key)
        self.format_help = QLabel()
        self.format_help.setWordWrap(True)
        self.format_help.setTextFormat(Qt.TextFormat.PlainText)
        self.format_help.setStyleSheet("color: palette(placeholder-text);")
        self.format.currentIndexChanged.connect(self._format_changed)

        scope_box = QGroupBox(translate("ExportDialog", "Claims"))
        scope_layout = QVBoxLayout(scope_box)
        self.scope_group = QButtonGroup(self)
        self.scope_buttons: dict[str, QRadioButton] = {}
        for number, (key, text) in enumerate(SCOPES):
            count = getattr(scopes, key)
            label = translate("ExportDialog", text)
            if key == "article" and scopes.article_title:
                title = scopes.article_title
                label = translate("ExportDialog", "{scope}: “{title}”").format(
                    scope=label, title=f"{title[:40]}{'…' if len(title) > 40 else ''}")
            if count is not None:
                label += "  " + translate("ExportDialog", "(%n claim(s))", None, count)
            button = QRadioButton(label)
            button.setEnabled(count is not None and (key == "library" or count > 0))
            self.scope_group.addButton(button, number)
            self.scope_buttons[key] = button
            scope_layout.addWidget(button)
        start = self.scope_buttons.get(initial.scope)
        if start is None or not start.isEnabled():
            start = next((b for b in self.scope_buttons.values() if b.isEnabled()),
                         self.scope_buttons["library"])
        start.setChecked(True)

        filter_box = QGroupBox(translate("ExportDialog", "Only claims with"))
        form = QFormLayout(filter_box)
        self.status = QComboBox()
        self.status.setAccessibleName(translate("ExportDialog", "Status filter"))
        self.status.addItem(translate("ExportDialog", "Any status"), ANY)
        for status in Status:
            self.status.addItem(status_label(status.value), status.value)
        self.verdict = QComboBox()
        self.verdict.setAccessibleName(translate("ExportDialog", "Verdict filter"))
        self.verdict.addItem(translate("ExportDialog", "Any verdict"), ANY)
        self.verdict.addItem(translate("ExportDialog", "No verdict yet"), UNJUDGED_KEY)
        for item in verdicts:  # a label, or (text shown, label): "Misleading (retired)"
            text, label = item if isinstance(item, tuple) else (item, item)
            self.verdict.addItem(text, label)
        self.reviewer = QLineEdit(initial.reviewer or "")
        self.reviewer.setAccessibleName(translate("ExportDialog", "Reviewer filter"))
        self.reviewer.setPlaceholderText(translate("ExportDialog", "Any reviewer"))
        self.reviewer.setClearButtonEnabled(True)
        self.dated = QCheckBox(translate("ExportDialog", "Changed between"))
        self.since = QDateEdit(QDate.currentDate().addMonths(-1))
        self.until = QDateEdit(QDate.currentDate())
        dates = QHBoxLayout()
        for edit, name in ((self.since, translate("ExportDialog", "Changed from")),
                           (self.until, translate("ExportDialog", "Changed until"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
            edit.setAccessibleName(name)
            edit.setEnabled(False)
            self.dated.toggled.connect(edit.setEnabled)
        dates.addWidget(self.dated)
        dates.addWidget(self.since)
        dates.addWidget(QLabel(translate("ExportDialog", "and", "changed between … and …")))
        dates.addWidget(self.until)
        dates.addStretch(1)
        form.addRow(translate("ExportDialog", "&Status:"), self.status)
        form.addRow(translate("ExportDialog", "&Verdict:"), self.verdict)
        form.addRow(translate("ExportDialog", "&Reviewer:"), self.reviewer)
        form.addRow("", dates)
        self._select(self.status, initial.status)
        self._select(self.verdict, initial.verdict)
        if initial.since or initial.until:
            self.dated.setChecked(True)
            for edit, value in ((self.since, initial.since), (self.until, initial.until)):
                if value:
                    edit.setDate(QDate.fromString(str(value)[:10], "yyyy-MM-dd"))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        export = buttons.button(QDialogButtonBox.StandardButton.Ok)
        export.setText(translate("ExportDialog", "Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        top = QFormLayout()
        top.addRow(translate("ExportDialog", "&Format:"), self.format)
        top.addRow("", self.format_help)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scope_box)
        layout.addWidget(filter_box)
        layout.addWidget(buttons)
        self._select(self.format, initial.format)
        self._format_changed()
        self.setMinimumWidth(520)

    @staticmethod
    def _select(combo: QComboBox, value: str | None) -> None:
        index = combo.findData(value if value is not None else ANY)
        combo.setCurrentIndex(max(0, index))

    def _format_changed(self) -> None:
        self.format_help.setText(format_info(self.format.currentData())[4])

    def choice(self) -> ExportChoice:
        scope = next(k for k, b in self.scope_buttons.items() if b.isChecked())
        dated = self.dated.isChecked()
        since, until = self.since.date(), self.until.date()
        if dated and since > until:
            since, until = until, since
        return ExportChoice(
            format=self.format.currentData(),
            scope=scope,
            status=self.status.currentData() or None,
            verdict=self.verdict.currentData() or None,
            reviewer=" ".join(self.reviewer.text().split()) or None,
            since=since.toString("yyyy-MM-dd") if dated else None,
            until=until.toString("yyyy-MM-dd") if dated else None,
        )

    @classmethod
    def ask(cls, parent: QWidget | None, scopes: ScopeInfo,
            verdicts: Sequence[str | tuple[str, str]],
            initial: ExportChoice) -> ExportChoice | None:
        """What to export, or None if cancelled. Tests replace this."""
        dialog = cls(parent, scopes, verdicts, initial)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()
