"""Reading and Theme: the article's font, text size and reading width, and the
window's light or dark look (this computer's settings, not the database's)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFontComboBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from factcheck_gui.ui.article.reading_pane import reading_font
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.shell.reading import TEXT_SIZES, WIDTHS, ReadingSettings
from factcheck_gui.ui.theme import THEMES


class ReadingDialog(QDialog):
    def __init__(self, parent: QWidget | None, current: ReadingSettings) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ReadingDialog", "Reading and Theme"))
        self.font_choice = QComboBox()
        self.font_choice.setAccessibleName(translate("ReadingDialog", "Article font"))
        self.font_choice.addItem(translate("ReadingDialog", "Serif (the app's choice)"), "")
        fonts = QFontComboBox()  # the installed families, as Qt lists them
        families = [fonts.itemText(i) for i in range(fonts.count())] or list(
            QFontDatabase.families())
        for family in families:
            self.font_choice.addItem(family, family)
            self.font_choice.setItemData(self.font_choice.count() - 1, QFont(family),
                                         Qt.ItemDataRole.FontRole)
        if current.font_family and self.font_choice.findData(current.font_family) < 0:
            self.font_choice.addItem(current.font_family, current.font_family)
        self.font_choice.setCurrentIndex(max(0, self.font_choice.findData(current.font_family)))
        self.font_choice.setItemData(0, reading_font(), Qt.ItemDataRole.FontRole)
        self.size_box = QDoubleSpinBox()
        self.size_box.setAccessibleName(translate("ReadingDialog", "Text size"))
        self.size_box.setDecimals(0)
        self.size_box.setRange(TEXT_SIZES[0], TEXT_SIZES[-1])
        self.size_box.setSuffix(translate("ReadingDialog", " pt"))
        self.size_box.setValue(current.text_size)
        self.width_chars = QSpinBox()
        self.width_chars.setAccessibleName(translate("ReadingDialog", "Reading width"))
        self.width_chars.setRange(*WIDTHS)
        self.width_chars.setSingleStep(4)
        self.width_chars.setSuffix(translate("ReadingDialog", " characters a line at most"))
        self.width_chars.setValue(current.column_chars)
        self.theme = QComboBox()
        self.theme.setAccessibleName(translate("ReadingDialog", "Theme"))
        for key, text in THEMES.items():
            self.theme.addItem(translate("Theme", text), key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(current.theme)))
        form = QFormLayout()
        for text, widget in ((translate("ReadingDialog", "Article &font:"), self.font_choice),
                             (translate("ReadingDialog", "Text &size:"), self.size_box),
                             (translate("ReadingDialog", "Reading &width:"), self.width_chars),
                             (translate("ReadingDialog", "&Theme:"), self.theme)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        note = QLabel(translate("ReadingDialog", "Ctrl++ and Ctrl+- change the text size from "
                                "the keyboard, Ctrl+0 sets it back. Saved on this computer."))
        note.setWordWrap(True)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def settings(self) -> ReadingSettings:
        return ReadingSettings(text_size=self.size_box.value(),
                               column_chars=self.width_chars.value(),
                               font_family=self.font_choice.currentData() or "",
                               theme=self.theme.currentData() or "system")

    @classmethod
    def ask(cls, parent: QWidget | None, current: ReadingSettings) -> ReadingSettings | None:
        """The chosen settings, or None if cancelled. Tests replace this."""
        dialog = cls(parent, current)
        return dialog.settings() if dialog.exec() == QDialog.DialogCode.Accepted else None
