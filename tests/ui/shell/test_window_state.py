"""The window's layout comes back as it was left: the panes and the Claims to
Look At dock (a dock of a feature controller, restored by the window's state)."""

from __future__ import annotations


def test_layout_and_dock_come_back(open_window) -> None:
    window = open_window()
    window.act.open_sample.trigger()
    window.act.toggle_review.trigger()
    assert window.review.review_dock.isVisible()
    window.act.toggle_claims.trigger()
    window.close()

    again = open_window()
    assert again.review.review_dock.isVisible()
    assert again.act.toggle_review.isChecked()
    assert again.claims_table.isHidden() and not again.act.toggle_claims.isChecked()
