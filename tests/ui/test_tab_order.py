"""The Tab key visits the controls in the order the layouts show them: the main window
with a claim open (each inspector tab), the empty window, and every dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from factcheck_gui.core.store import Store
from tests.helpers.tab_order import describe, layout_order, tab_chain
from tests.ui.claims.test_highlights_and_table import add_claims
from tests.ui.test_accessibility import DIALOGS, WINDOWS, claimed  # noqa: F401 - fixture


def assert_follows_layout(root: QWidget) -> int:
    expected = describe(layout_order(root))
    assert len(expected) > 0
    assert describe(tab_chain(root)) == expected
    return len(expected)


def test_the_check_sees_a_tab_order_against_the_layout(qtbot) -> None:
    form = QWidget()
    qtbot.addWidget(form)
    # Created (parented) in the order a, c, b but laid out a, b, c: Tab goes a, c, b.
    a, c, b = (QLineEdit(form, objectName=name) for name in "acb")
    layout = QVBoxLayout(form)
    for edit in (a, b, c):
        layout.addWidget(edit)
    form.show()
    qtbot.waitExposed(form)
    assert describe(tab_chain(form)) != describe(layout_order(form))
    QWidget.setTabOrder(b, c)
    assert describe(tab_chain(form)) == describe(layout_order(form))


@pytest.mark.parametrize("cls", list(DIALOGS) + list(WINDOWS), ids=lambda c: c.__name__)
def test_dialog_tab_order_follows_the_layout(qtbot, claimed, tmp_path: Path,  # noqa: F811
                                             cls: type) -> None:
    store, claim = claimed
    widget = {**DIALOGS, **WINDOWS}[cls](store, claim, tmp_path)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    assert_follows_layout(widget)


def test_main_window_tab_order_follows_the_layout(open_window, db_path: Path) -> None:
    store = Store.open(db_path, reviewer="ann")
    ids = add_claims(store)
    store.close()
    window = open_window()
    claim_id = next(iter(ids.values()))
    window.library_list.open_claim(window.store.claims.get_claim(claim_id).article_id, claim_id)
    tabs = window.inspector.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        assert_follows_layout(window)


def test_empty_window_tab_order_follows_the_layout(open_window) -> None:
    window = open_window()
    assert window.stack.currentWidget() is window.empty_state
    assert_follows_layout(window)
