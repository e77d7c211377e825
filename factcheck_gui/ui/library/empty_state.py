"""What a new user sees when the library is empty: what this is, and one next step."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from factcheck_gui import APP_NAME
from factcheck_gui.ui.i18n import QT_TRANSLATE_NOOP, translate

TAGLINE = QT_TRANSLATE_NOOP(
    "EmptyState",
    "Mark the checkable claims in news articles, judge each one against your sources, "
    "and hand on a report.",
)
ICON_SIZE = 80
COLUMN_WIDTH = 460
IMPORT_HINT = QT_TRANSLATE_NOOP(
    "EmptyState", "Or import files from the command line:  factcheck-gui import FILE"
)


class EmptyState(QWidget):
    """A centred welcome panel; `open_sample_requested` fires on its button."""

    open_sample_requested = Signal()
    paste_requested = Signal()
    import_requested = Signal()
    open_database_requested = Signal()

    def __init__(self, icon: QIcon | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if icon is not None and not icon.isNull():
            self.icon.setPixmap(icon.pixmap(QSize(ICON_SIZE, ICON_SIZE), self.devicePixelRatioF()))
            self.icon.setMinimumSize(ICON_SIZE, ICON_SIZE)
        else:
            self.icon.hide()
        self.heading = QLabel(APP_NAME)
        heading_font = self.heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.9)
        heading_font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(heading_font)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tagline = _plain_label(translate("EmptyState", TAGLINE))
        tagline_font = self.tagline.font()
        tagline_font.setPointSizeF(tagline_font.pointSizeF() * 1.1)
        self.tagline.setFont(tagline_font)
        self.button = QPushButton(translate("EmptyState", "Open the sample article"))
        self.button.setObjectName("openSampleButton")
        self.button.setDefault(True)
        self.button.setAutoDefault(True)
        self.button.setMinimumHeight(self.button.sizeHint().height() + 10)
        self.button.setMinimumWidth(self.button.sizeHint().width() + 40)
        self.button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.button.clicked.connect(self.open_sample_requested)
        self.import_button = QPushButton(translate("EmptyState", "Import files…"))
        self.import_button.setObjectName("importButton")
        self.import_button.setToolTip(
            translate("EmptyState", "Add article files: .txt, .md, .html, .docx, .pdf (Ctrl+I)")
        )
        self.import_button.clicked.connect(self.import_requested)
        self.paste_button = QPushButton(translate("EmptyState", "Paste an article"))
        self.paste_button.setObjectName("pasteArticleButton")
        self.paste_button.setToolTip(
            translate(
                "EmptyState", "Make a new article from the text on the clipboard (Ctrl+Shift+V)"
            )
        )
        self.paste_button.clicked.connect(self.paste_requested)
        self.open_button = QPushButton(translate("EmptyState", "Open a database…"))
        self.open_button.setObjectName("openDatabaseButton")
        self.open_button.clicked.connect(self.open_database_requested)
        others = QWidget()
        row = QHBoxLayout(others)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(self.import_button)
        row.addWidget(self.paste_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        self.hint = _plain_label(translate("EmptyState", IMPORT_HINT))
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        column = QWidget()
        # A fixed width lets the wrapped labels work out their height.
        column.setFixedWidth(COLUMN_WIDTH)
        inner = QVBoxLayout(column)
        inner.setSpacing(0)
        inner.addWidget(self.icon)
        inner.addSpacing(16)
        inner.addWidget(self.heading)
        inner.addSpacing(10)
        inner.addWidget(self.tagline)
        inner.addSpacing(28)
        inner.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addSpacing(12)
        inner.addWidget(others)
        inner.addSpacing(18)
        inner.addWidget(self.hint)

        outer = QVBoxLayout(self)
        outer.addStretch(2)
        outer.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(3)

    def focus_button(self) -> None:
        self.button.setFocus(Qt.FocusReason.OtherFocusReason)


def _plain_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label
