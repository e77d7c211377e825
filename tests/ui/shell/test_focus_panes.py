"""Which pane has the keys: F6 / Shift+F6 go round them, the one with the focus
wears a frame, the article shows its caret, and Tab does not wander into the
claim filters where a stray key would change them unseen."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from factcheck_gui.ui.shell.actions import ActionRegistry
from factcheck_gui.ui.shell.focus import FocusPanes, Pane
from tests.ui.conftest import select_text


def _window(open_window, *, claim: bool = True):
    window = open_window()
    window.act.open_sample.trigger()
    if claim:
        select_text(window, "Councillors voted 27 to 19")
        assert window.claims.create_claim()
    window.article_view.pane.setFocus()
    return window


def _press(qtbot, window, key, modifiers=Qt.KeyboardModifier.NoModifier) -> str | None:
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifiers)
    return window.focus_panes.current()


def test_f6_goes_round_library_article_claims_inspector(qtbot, open_window) -> None:
    window = _window(open_window)
    assert window.focus_panes.current() == "article"
    assert _press(qtbot, window, Qt.Key.Key_F6) == "claims"
    assert window.claims_table.view.hasFocus()
    assert _press(qtbot, window, Qt.Key.Key_F6) == "inspector"
    assert window.inspector.claim_text.hasFocus()
    assert _press(qtbot, window, Qt.Key.Key_F6) == "library"
    assert window.library.view.hasFocus()
    assert _press(qtbot, window, Qt.Key.Key_F6) == "article"
    assert window.article_view.pane.hasFocus()
    shift = Qt.KeyboardModifier.ShiftModifier
    assert _press(qtbot, window, Qt.Key.Key_F6, shift) == "library"
    assert _press(qtbot, window, Qt.Key.Key_F6, shift) == "inspector"


def test_f6_skips_the_inspector_without_a_claim_and_hidden_panes(qtbot, open_window) -> None:
    window = _window(open_window, claim=False)
    assert _press(qtbot, window, Qt.Key.Key_F6) == "claims"
    assert _press(qtbot, window, Qt.Key.Key_F6) == "library"  # no claim: nothing to type in
    window.act.toggle_claims.trigger()  # hidden
    assert _press(qtbot, window, Qt.Key.Key_F6) == "article"
    assert _press(qtbot, window, Qt.Key.Key_F6) == "library"


def test_the_pane_with_the_keys_wears_the_frame(qtbot, open_window) -> None:
    window = _window(open_window)
    frames = window.focus_panes.frames
    qtbot.waitUntil(lambda: frames["article"].isVisible())
    assert [name for name, frame in frames.items() if frame.isVisible()] == ["article"]
    _press(qtbot, window, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: frames["claims"].isVisible())
    assert not frames["article"].isVisible()
    # The frame covers its pane and lets the mouse through.
    frame = frames["claims"]
    assert frame.geometry() == window.claims_table.rect()
    assert frame.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)


def test_the_article_shows_its_caret(open_window) -> None:
    window = _window(open_window)
    pane = window.article_view.pane
    flags = pane.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert pane.cursorWidth() >= 2


def test_tab_from_the_text_skips_the_claim_filters(qtbot, open_window) -> None:
    window = _window(open_window)
    table = window.claims_table
    seen = []
    start = widget = window.article_view.pane
    for _ in range(2000):  # once round the whole chain
        widget = widget.nextInFocusChain()
        if widget is start:
            break
        tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        if tab and widget.isVisible() and widget.isEnabled():
            seen.append(widget)
    assert table.verdict_filter not in seen and table.status_filter not in seen
    assert window.library.search not in seen
    assert table.view in seen and window.library.view in seen


def test_stray_typing_in_the_library_filters_nothing(qtbot, open_window) -> None:
    window = _window(open_window)
    window.library.view.setFocus()
    qtbot.keyClicks(window.library.view, "zq")  # a reader's stray keys in the list
    qtbot.keyClick(window.library.view, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "zq")
    assert window.library.search.text() == ""
    assert window.library.proxy.rowCount() == 1
    window.act.search_library.trigger()  # on purpose: Ctrl+L
    assert window.library.search.hasFocus()
    qtbot.keyClicks(window.library.search, "zq")
    assert window.library.proxy.rowCount() == 0


def test_a_filter_is_opened_on_purpose(qtbot, open_window) -> None:
    window = _window(open_window)
    table = window.claims_table
    window.act.filter_verdict.trigger()  # its list opens, the keys in it
    qtbot.waitUntil(lambda: table.verdict_filter.view().isVisible())
    table.verdict_filter.hidePopup()
    window.act.filter_status.trigger()
    qtbot.waitUntil(lambda: table.status_filter.view().isVisible())
    table.status_filter.hidePopup()


def test_alt_l_and_alt_r_reach_the_claims_fields_from_the_text(qtbot, open_window) -> None:
    """The fields' own mnemonics: one key from the text to the claim text or rationale
    (F6 goes round every pane)."""
    window = _window(open_window)
    inspector = window.inspector
    alt = Qt.KeyboardModifier.AltModifier
    _press(qtbot, window, Qt.Key.Key_L, alt)
    assert inspector.claim_text.hasFocus()
    window.article_view.pane.setFocus()
    _press(qtbot, window, Qt.Key.Key_R, alt)
    assert inspector.rationale.hasFocus()


def test_a_focus_change_after_the_panes_are_gone_is_ignored(qtbot) -> None:
    """A window closed while it was being built (SIGTERM at start-up) left the
    application's focus signal calling into deleted panes: an error box, and the
    process hung on it."""
    window = QMainWindow()
    pane = QWidget(window)
    panes = FocusPanes(ActionRegistry(window), [Pane("one", pane, lambda: True)], QWidget())
    pane.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(pane))
    panes._focus_changed(None, None)  # raised RuntimeError before
    window.deleteLater()


def test_the_frames_stop_following_the_focus_once_the_application_quits(
        qtbot, open_window) -> None:
    window = _window(open_window)
    frames = window.focus_panes.frames
    qtbot.waitUntil(lambda: frames["article"].isVisible())
    window.focus_panes.stop()  # what the application's aboutToQuit does
    window.focus_panes.stop()  # twice: harmless
    window.claims_table.view.setFocus()
    qtbot.wait(20)
    assert frames["article"].isVisible() and not frames["claims"].isVisible()
