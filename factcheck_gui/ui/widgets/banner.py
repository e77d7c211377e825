"""The strip above the workspace that says something and offers a few buttons.

One widget for every such strip: a change that could not be saved (`SaveBanner`),
what an update did to the claims, the text being corrected. Each passes its name
and colours; the message is plain text (it may quote what the user wrote)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from factcheck_gui.core.colours import BANNERS, BannerColours
from factcheck_gui.ui.article.highlight import is_dark
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.widgets.announce import announce


class Banner(QFrame):
    def __init__(self, name: str, background: str, border: str, text: str, *,
                 framed: bool = True, selectable: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._framed = framed
        # A strip named in core/colours.py has a light and a dark look; else as given.
        light = BannerColours(background, border, text)
        self._looks = BANNERS.get(name, {False: light, True: light})
        if framed:
            self.setFrameShape(QFrame.Shape.StyledPanel)
        self._styled_dark: bool | None = None
        self._restyle()
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        if selectable:
            self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(12, 6, 8, 6)
        self._layout.addWidget(self.message, 1)
        self.hide()

    def _restyle(self) -> None:
        # The surroundings' palette: the strip's own is coloured by its style sheet.
        parent = self.parentWidget()
        dark = is_dark(parent.palette() if parent is not None else QApplication.palette())
        if dark == self._styled_dark:
            return
        self._styled_dark = dark
        look, name = self._looks[dark], self.objectName()
        edge = (f"border: 1px solid {look.border};" if self._framed
                else f"border-bottom: 1px solid {look.border};")
        self.setStyleSheet(f"#{name} {{ background: {look.background}; {edge} }}"
                           f"#{name} QLabel {{ color: {look.text}; }}")

    def showEvent(self, event: QShowEvent) -> None:  # the palette may have changed hidden
        self._restyle()
        super().showEvent(event)
        announce(self.message, self.message.text(), urgent=self.urgent)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ParentChange,
                            QEvent.Type.ApplicationPaletteChange):
            self._restyle()

    # A strip that reports a failure interrupts a screen reader; others wait their turn.
    urgent = False

    def say(self, text: str) -> None:
        """Put `text` (plain) in the strip; a strip on screen is read out again."""
        self.message.setText(text)
        if self.isVisible():
            announce(self.message, text, urgent=self.urgent)


    def add_button(self, text: str, tip: str = "") -> QPushButton:
        button = QPushButton(text)
        if tip:
            button.setToolTip(tip)
        self._layout.addWidget(button)
        return button


class SaveBanner(Banner):
    """Why the last change was not saved, and Retry."""

    retry_requested = Signal()
    dismissed = Signal()
    urgent = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("saveBanner", "#fbe3c8", "#d9822b", "#3d2200", selectable=True,
                         parent=parent)
        self.retry_button = self.add_button(translate("SaveBanner", "Retry"))
        self.retry_button.clicked.connect(self.retry_requested)
        self.dismiss_button = self.add_button(translate("SaveBanner", "Dismiss"))
        self.dismiss_button.clicked.connect(self._dismiss)

    def show_problem(self, message: str, can_retry: bool) -> None:
        self.say((translate("SaveBanner", "Not saved: {problem} Your change is still on "
                            "screen; press Retry when the problem is fixed.") if can_retry
                  else translate("SaveBanner", "Not done: {problem}")).format(problem=message))
        self.retry_button.setVisible(can_retry)
        self.show()

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
