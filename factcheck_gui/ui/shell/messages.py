"""How features speak to the user: message boxes and the status bar.

One object handed to every controller, so tests replace one method
(`window.messages.show_error`) instead of each dialog call.

QMessageBox is imported where a box is shown: PySide6 makes a class's Python type
and enums when the class is first imported (~1 ms for this one), and most starts
show no box.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QStatusBar

from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.widgets.announce import announce

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox


class Messages:
    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        bar = window.statusBar()
        # Status messages are read out by screen readers too, whoever shows them.
        bar.messageChanged.connect(lambda text: announce(bar, text))

    @property
    def parent(self) -> QMainWindow:
        """The window dialogs belong to."""
        return self.window

    def status_bar(self) -> QStatusBar:
        return self.window.statusBar()

    def status(self, text: str, timeout_ms: int = 0) -> None:
        self.window.statusBar().showMessage(text, timeout_ms)

    def show_error(self, title: str, message: str) -> None:
        """One place for error boxes, so tests can replace it."""
        from PySide6.QtWidgets import QMessageBox

        self.show_message(QMessageBox.Icon.Warning, title, message)

    def show_notice(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.show_message(QMessageBox.Icon.Information, title, text)

    def show_message(self, icon: QMessageBox.Icon, title: str, message: str) -> None:
        """A message box showing `message` as plain text (it may quote article text)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(icon, title, message, parent=self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def confirm_discard(self) -> bool:
        """Asked when closing while a change could not be saved. Tests replace this."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self.window, translate("Messages", "Unsaved change"),
            translate("Messages", "Your last change could not be saved. Close anyway and "
                      "lose it?"),
        )
        return answer == QMessageBox.StandardButton.Yes
