"""The database's path is shown as plain text: in the status bar, its tooltip and
the recent-files menu (a folder named like HTML renders literally)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from factcheck_gui.core.store import Store


def test_a_folder_named_like_html_is_shown_literally(qtbot, tmp_path: Path) -> None:
    from factcheck_gui.app import create_main_window

    folder = tmp_path / "<img src=x onerror=alert(1)><b>bold"
    folder.mkdir()
    other = folder / "other.db"
    Store.open(other).close()
    store = Store.open(folder / "fc.db")
    window = create_main_window(store)
    qtbot.addWidget(window)
    try:
        assert window.path_label.textFormat() == Qt.TextFormat.PlainText
        assert "<img" in window.path_label.text() or "…" in window.path_label.text()
        tip = window.path_label.toolTip()
        assert "<img" not in tip and "&lt;img" in tip
        window.files.remember_recent(other)
        window.files.remember_recent(folder / "fc.db")
        window.files.fill_recent_menu()
        assert window.act.recent_menu is not None
        [action] = window.act.recent_menu.actions()
        assert "<img" not in action.toolTip() and "&lt;img" in action.toolTip()
    finally:
        window.close()
        store.close()
