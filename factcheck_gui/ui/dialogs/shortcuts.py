"""Help > Keyboard Shortcuts: every shortcut of the window, from its actions."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.widgets.list_table import list_table, row_texts


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None, rows: list[tuple[str, str, str]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard Shortcuts"))
        self.table = list_table(len(rows), [translate("ShortcutsDialog", "Action"),
                                            translate("ShortcutsDialog", "Keys"),
                                            translate("ShortcutsDialog", "Where")],
                                label=translate("ShortcutsDialog", "Keyboard shortcuts"))
        anywhere = translate("ShortcutsDialog", "anywhere")  # the whole window's keys first
        for row, values in enumerate(sorted(rows, key=lambda r: (r[2] != anywhere, r[0]))):
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
        return [(what, keys, where) for what, keys, where in row_texts(self.table, 3)]
