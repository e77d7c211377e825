"""ui/widgets/viewport.py: the viewport found by name is the scroll area's own."""

from __future__ import annotations

from PySide6.QtWidgets import QListView, QScrollArea, QTableView, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from factcheck_gui.ui.widgets.viewport import viewport_of


def test_it_is_what_viewport_returns(qtbot: QtBot) -> None:
    for area in (QTextEdit(), QTableView(), QListView(), QScrollArea()):
        qtbot.addWidget(area)
        found = viewport_of(area)
        assert found is area.viewport()
        assert found.parent() is area


def test_a_viewport_given_by_hand_is_still_found(qtbot: QtBot) -> None:
    area = QTextEdit()
    qtbot.addWidget(area)
    mine = QWidget()
    area.setViewport(mine)  # not named as Qt names its own
    assert viewport_of(area) is mine
