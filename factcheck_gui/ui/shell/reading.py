"""Reading settings: the article's text size (Ctrl++ / Ctrl+- / Ctrl+0), its font,
the reading width, and the window's theme; remembered on this computer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from factcheck_gui.ui.article.article_view import ArticleView
from factcheck_gui.ui.article.reading_pane import COLUMN_CHARS, READING_POINT_SIZE, reading_font
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.shell.actions import ActionRegistry, ActionSpec, Place
from factcheck_gui.ui.theme import DEFAULT_THEME, THEMES, apply_theme

Key = QKeySequence.StandardKey
TEXT_SIZES = (8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 16.0, 18.0, 20.0, 22.0, 24.0, 28.0,
              32.0)
WIDTHS = (40, 160)  # the reading width's range, in characters
KEYS = {"text_size": "reading/text_size", "column_chars": "reading/column_chars",
        "font_family": "reading/font_family", "theme": "appearance/theme"}


@dataclass(frozen=True)
class ReadingSettings:
    """How the article text is shown: size, column width, font, theme."""

    text_size: float = READING_POINT_SIZE
    column_chars: int = COLUMN_CHARS
    font_family: str = ""  # "" : the app's serif list (Charter, Georgia, ...)
    theme: str = DEFAULT_THEME

    def font(self) -> QFont:
        font = reading_font()
        if self.font_family:
            font.setFamilies([self.font_family, *font.families()])
        font.setPointSizeF(self.text_size)
        return font

    @classmethod
    def load(cls, settings: QSettings) -> ReadingSettings:
        """What was saved, each value checked (a hand-edited file cannot break it)."""
        default = cls()
        size = _number(settings.value(KEYS["text_size"]), default.text_size)
        chars = int(_number(settings.value(KEYS["column_chars"]), default.column_chars))
        family = settings.value(KEYS["font_family"]) or ""
        theme = settings.value(KEYS["theme"]) or DEFAULT_THEME
        return cls(text_size=min(TEXT_SIZES[-1], max(TEXT_SIZES[0], size)),
                   column_chars=min(WIDTHS[1], max(WIDTHS[0], chars)),
                   font_family=str(family),
                   theme=str(theme) if theme in THEMES else DEFAULT_THEME)

    def save(self, settings: QSettings) -> None:
        for name, key in KEYS.items():
            settings.setValue(key, getattr(self, name))
        settings.sync()


def _number(value: object, default: float) -> float:
    try:
        return float(value) if value is not None else default  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


def saved_theme(settings: QSettings) -> str:
    return ReadingSettings.load(settings).theme


class ReadingController:
    """Owns the reading settings: its actions, the dialog, and applying them."""

    def __init__(self, registry: ActionRegistry, view: ArticleView, parent: QWidget,
                 settings: Callable[[], QSettings]) -> None:
        self.registry, self.view, self.parent, self.settings = registry, view, parent, settings
        self.current = ReadingSettings.load(settings())
        registry.declare([
            ActionSpec("zoom_in", translate("ReadingController", "&Larger Text"),
                       lambda: self.zoom(1), (Key.ZoomIn, "Ctrl+=", "Ctrl++"),
                       translate("ReadingController", "Make the article's text larger"),
                       menus=(Place("view", 5, 1),), while_correcting=True,
                       when=lambda: self.current.text_size < TEXT_SIZES[-1]),
            ActionSpec("zoom_out", translate("ReadingController", "&Smaller Text"),
                       lambda: self.zoom(-1), (Key.ZoomOut, "Ctrl+-"),
                       translate("ReadingController", "Make the article's text smaller"),
                       menus=(Place("view", 5, 2),), while_correcting=True,
                       when=lambda: self.current.text_size > TEXT_SIZES[0]),
            ActionSpec("zoom_reset", translate("ReadingController", "&Normal Text Size"),
                       self.reset_size, ("Ctrl+0",),
                       translate("ReadingController", "Show the article's text at its normal size"),
                       menus=(Place("view", 5, 3),), while_correcting=True),
            ActionSpec("reading_settings", translate("ReadingController", "&Reading and Theme…"),
                       self.show_settings, (),
                       translate("ReadingController", "The article's font, text size and "
                                 "reading width, and light or dark"),
                       menus=(Place("edit", 4, 2), Place("view", 5, 4)),
                       while_correcting=True),
        ])
        view.pane.zoom_requested.connect(self.zoom)
        self.apply_reading()

    def zoom(self, step: int) -> None:
        size = self.current.text_size
        if step > 0:
            bigger = [s for s in TEXT_SIZES if s > size]
            size = bigger[0] if bigger else TEXT_SIZES[-1]
        else:
            smaller = [s for s in TEXT_SIZES if s < size]
            size = smaller[-1] if smaller else TEXT_SIZES[0]
        self.change(replace(self.current, text_size=size))

    def reset_size(self) -> None:
        self.change(replace(self.current, text_size=READING_POINT_SIZE))

    def show_settings(self) -> None:
        from factcheck_gui.ui.dialogs.reading import ReadingDialog

        chosen = ReadingDialog.ask(self.parent, self.current)
        if chosen is not None:
            self.change(chosen)

    def change(self, new: ReadingSettings) -> None:
        """Apply `new` and remember it."""
        old, self.current = self.current, new
        new.save(self.settings())
        if new.theme != old.theme:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, new.theme)
        self.apply_reading()

    def apply_reading(self) -> None:
        self.view.set_reading(self.current.font(), self.current.column_chars)
        self.registry.update()
