"""The Open URL dialog refuses lines that are not web addresses, and says why in a
line that screen readers read out at once (not only a red label)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible

from factcheck_gui.ui.web.controller import UrlDialog
from factcheck_gui.ui.widgets import announce


def test_the_error_line_is_announced(qtbot, monkeypatch) -> None:
    heard: list = []
    monkeypatch.setattr(announce, "_send", lambda event: heard.append(
        (event.type(), event.object(), getattr(event, "message", lambda: "")())))
    dialog = UrlDialog(None)
    qtbot.addWidget(dialog)
    dialog.edit.setPlainText("not an address\nhttps://example.org/a")
    dialog.accept()
    assert dialog.result() != UrlDialog.DialogCode.Accepted
    assert not dialog.error.isHidden()
    assert dialog.error.accessibleName() == dialog.error.text()
    alerts = {QAccessible.Event.Alert, getattr(QAccessible.Event, "Announcement", None)}
    said = [(obj, text) for kind, obj, text in heard if kind in alerts]
    assert said and said[-1][0] is dialog.error
    if said[-1][1]:  # Qt 6.8+ carries the words; before, an alert on the named label
        assert said[-1][1] == dialog.error.text()
