"""Reading settings: the text size keys, the font and reading width, the theme;
each remembered by a new window on the same settings (a restart)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import QApplication

from factcheck_gui.core import colours
from factcheck_gui.core.contrast import DARK, LIGHT
from factcheck_gui.ui.dialogs.reading import ReadingDialog
from factcheck_gui.ui.shell.main_window import app_settings
from factcheck_gui.ui.shell.reading import TEXT_SIZES, ReadingSettings
from factcheck_gui.ui.theme import apply_theme, make_palette, theme_is_dark


def text_size(window) -> float:
    return window.article_view.pane.document().defaultFont().pointSizeF()


@pytest.fixture
def restore_app_look():
    app = QApplication.instance()
    style, palette = app.style().name(), app.palette()
    yield app
    app.setStyle(style)
    app.setPalette(palette)


def test_the_zoom_keys_are_the_standard_ones_and_registered(open_window) -> None:
    window = open_window()
    keys = {name: [k.toString(QKeySequence.SequenceFormat.PortableText)
                   for k in window.act.all[name].shortcuts()]
            for name in ("zoom_in", "zoom_out", "zoom_reset")}
    assert "Ctrl++" in keys["zoom_in"] and "Ctrl+=" in keys["zoom_in"]
    assert keys["zoom_out"] == ["Ctrl+-"]
    assert keys["zoom_reset"] == ["Ctrl+0"]
    rows = {what: where for what, _keys, where in window.act.shortcut_rows()}
    assert "Larger Text" in rows and "Normal Text Size" in rows


def test_text_size_keys_work_and_are_remembered_across_a_restart(open_window, qtbot) -> None:
    window = open_window()
    window.act.open_sample.trigger()
    normal = text_size(window)
    pane = window.article_view.pane
    pane.setFocus()
    qtbot.keyClick(pane, "=", QKeySequence("Ctrl+=")[0].keyboardModifiers())
    qtbot.keyClick(pane, "=", QKeySequence("Ctrl+=")[0].keyboardModifiers())
    bigger = text_size(window)
    assert bigger > normal
    title = window.article_view.title.font().pointSizeF()
    assert title > bigger  # the header's title follows the text
    window.close()

    again = open_window()  # a new window on the same settings: the size came back
    assert text_size(again) == bigger
    again.act.zoom_out.trigger()
    assert text_size(again) < bigger
    again.act.zoom_reset.trigger()
    assert text_size(again) == normal
    assert float(app_settings().value("reading/text_size")) == normal


def test_zoom_stops_at_the_ends(open_window) -> None:
    window = open_window()
    for _ in range(len(TEXT_SIZES) + 2):
        if window.act.zoom_in.isEnabled():
            window.act.zoom_in.trigger()
    assert text_size(window) == TEXT_SIZES[-1] and not window.act.zoom_in.isEnabled()


def test_font_and_reading_width_from_the_dialog(open_window, monkeypatch) -> None:
    window = open_window()
    window.act.open_sample.trigger()
    pane = window.article_view.pane
    wide = pane.column_width()
    chosen = ReadingSettings(text_size=14, column_chars=50, font_family="DejaVu Sans",
                             theme="light")
    monkeypatch.setattr(ReadingDialog, "ask", classmethod(lambda cls, parent, current: chosen))
    window.act.reading_settings.trigger()
    assert pane.document().defaultFont().families()[0] == "DejaVu Sans"
    assert pane.column_chars == 50 and pane.column_width() < wide
    window.close()
    again = open_window()
    assert ReadingSettings.load(app_settings()) == chosen
    assert again.article_view.pane.column_chars == 50


def test_the_dialog_shows_and_returns_the_settings(qtbot) -> None:
    current = ReadingSettings(text_size=16, column_chars=64, font_family="", theme="dark")
    dialog = ReadingDialog(None, current)
    qtbot.addWidget(dialog)
    assert dialog.settings() == current
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    dialog.width_chars.setValue(80)
    assert dialog.settings().theme == "light" and dialog.settings().column_chars == 80


def test_settings_from_a_hand_edited_file_are_checked() -> None:
    settings = app_settings()
    settings.setValue("reading/text_size", "huge")
    settings.setValue("reading/column_chars", 5000)
    settings.setValue("appearance/theme", "purple")
    loaded = ReadingSettings.load(settings)
    assert loaded.text_size == ReadingSettings().text_size
    assert loaded.column_chars == 160 and loaded.theme == "system"


def test_themes_use_fusion_and_our_palettes(restore_app_look) -> None:
    app = restore_app_look
    assert apply_theme(app, "dark") is True
    assert app.style().name().casefold() == "fusion"
    assert app.palette().color(QPalette.ColorRole.Base).name() == DARK.base
    assert app.palette().color(QPalette.ColorRole.Window).name() == colours.DARK_ROLES["Window"]
    assert apply_theme(app, "light") is False
    assert app.palette().color(QPalette.ColorRole.Base).name() == LIGHT.base
    # "system" follows Qt's colour scheme (unknown offscreen: light).
    assert apply_theme(app, "system") is theme_is_dark("system") is False
    assert make_palette(True).color(QPalette.ColorRole.Text).name() == DARK.text


def test_a_theme_chosen_in_the_dialog_repaints_the_window(open_window, monkeypatch,
                                                           restore_app_look) -> None:
    window = open_window()
    window.act.open_sample.trigger()
    chosen = ReadingSettings(theme="dark")
    monkeypatch.setattr(ReadingDialog, "ask", classmethod(lambda cls, parent, current: chosen))
    window.act.reading_settings.trigger()
    QApplication.processEvents()
    assert window.article_view.pane.palette().color(QPalette.ColorRole.Base).name() == DARK.base
    # The strip above the workspace takes its dark look (no light peach on dark).
    window.banner.show_problem("the disk is full", True)
    assert colours.BANNERS["saveBanner"][True].background in window.banner.styleSheet()
    window.close()
    assert ReadingSettings.load(app_settings()).theme == "dark"


def test_ctrl_wheel_zooms_like_the_keys_and_is_remembered(open_window) -> None:
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent

    window = open_window()
    window.act.open_sample.trigger()
    pane = window.article_view.pane
    normal = text_size(window)
    event = QWheelEvent(QPointF(50, 50), QPointF(pane.viewport().mapToGlobal(QPoint(50, 50))),
                        QPoint(0, 0), QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(pane.viewport(), event)
    assert text_size(window) > normal
    assert float(app_settings().value("reading/text_size")) == text_size(window)


def test_preferences_offer_the_reading_settings(open_window, monkeypatch, qtbot) -> None:
    from factcheck_gui.core.workflow import WorkflowRules
    from factcheck_gui.ui.dialogs.preferences import PreferencesDialog

    window = open_window()
    asked = []
    monkeypatch.setattr(ReadingDialog, "ask", classmethod(
        lambda cls, parent, current: asked.append(current) or None))
    dialog = PreferencesDialog(window, "ann", WorkflowRules(), "checks.db",
                               reading=window.reading.show_settings)
    qtbot.addWidget(dialog)
    dialog.reading_button.click()
    assert asked == [window.reading.current]
    seen = {}
    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(
        lambda cls, *a, **k: seen.update(k)))
    window.act.preferences.trigger()
    assert seen["reading"] == window.reading.show_settings
