"""The window's look: Fusion with our light or dark palette, on every platform.

No desktop theme packages are needed: the style is Qt's own Fusion and the
palettes are ours (core/colours.py, checked by core/contrast.py). "system"
follows Qt's colour scheme (the desktop's light/dark setting where Qt can read
it, light where it cannot) and changes with it while the app runs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from factcheck_gui.core import colours
from factcheck_gui.ui.i18n import QT_TRANSLATE_NOOP

THEMES = {"system": QT_TRANSLATE_NOOP("Theme", "Same as the system"),  # translated where shown
          "light": QT_TRANSLATE_NOOP("Theme", "Light"), "dark": QT_TRANSLATE_NOOP("Theme", "Dark")}
DEFAULT_THEME = "system"

_following: list[QApplication] = []  # the app whose colour scheme "system" follows


def make_palette(dark: bool) -> QPalette:
    """Our light or dark palette (every role from core/colours.py)."""
    palette = QPalette()
    for name, colour in (colours.DARK_ROLES if dark else colours.LIGHT_ROLES).items():
        palette.setColor(getattr(QPalette.ColorRole, name), QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colours.DISABLED_TEXT[dark]))
    return palette


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def theme_is_dark(theme: str) -> bool:
    if theme == "dark":
        return True
    return theme not in ("light", "dark") and system_is_dark()  # "system" (or unknown)


def apply_theme(app: QApplication, theme: str) -> bool:
    """Fusion and the palette for `theme` ("system", "light", "dark"); True if dark."""
    dark = theme_is_dark(theme)
    if app.style().name().casefold() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(make_palette(dark))
    hints = QGuiApplication.styleHints()
    follow = theme not in ("light", "dark")
    if hints is not None and follow and app not in _following:
        _following.append(app)
        hints.colorSchemeChanged.connect(lambda _scheme: _follow_system(app))
    elif not follow and app in _following:
        _following.remove(app)
    return dark


def _follow_system(app: QApplication) -> None:
    if app in _following:
        app.setPalette(make_palette(system_is_dark()))


def app_is_dark() -> bool:
    return QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128


def error_colour() -> QColor:
    """Error text for the palette in use (core/colours.py; 4.5:1 on both)."""
    return QColor(colours.ERROR_TEXT[app_is_dark()])


def warning_colour() -> QColor:
    return QColor(colours.WARNING_TEXT[app_is_dark()])


def error_style() -> str:
    """A style sheet for a label that says what went wrong."""
    return f"color: {error_colour().name()};"
