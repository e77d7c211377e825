"""Messages in the window's strips and status bar reach assistive technology."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible

from factcheck_gui.ui.widgets import announce


@pytest.fixture
def sent(monkeypatch) -> list:
    events: list = []

    def keep(event) -> None:
        message = event.message() if hasattr(event, "message") else ""
        politeness = event.politeness() if hasattr(event, "politeness") else None
        events.append((event.type(), event.object(), message, politeness))

    monkeypatch.setattr(announce, "_send", keep)
    return events


def announcements(sent: list) -> list[tuple]:
    kinds = {QAccessible.Event.Alert, getattr(QAccessible.Event, "Announcement", None)}
    return [(obj, message, polite) for kind, obj, message, polite in sent if kind in kinds]


def test_the_save_banner_is_read_out_at_once(open_window, sent) -> None:
    window = open_window()
    window.banner.show_problem("the disk is full", can_retry=True)
    label = window.banner.message
    assert label.accessibleName() == label.text()
    assert label.text().startswith("Not saved: the disk is full")
    heard = announcements(sent)
    assert heard and heard[-1][0] is label and heard[-1][1] == label.text()
    if heard[-1][2] is not None:  # Qt 6.8+: a failure interrupts
        assert heard[-1][2] == QAccessible.AnnouncementPoliteness.Assertive
    window.banner.show_problem("the database is locked", can_retry=False)  # already shown
    assert announcements(sent)[-1][1].startswith("Not done: the database is locked")
    assert len(announcements(sent)) == 2


def test_status_bar_messages_are_read_out_politely(open_window, sent) -> None:
    window = open_window()
    window.messages.status("Exported 3 claims to report.csv", 5000)
    bar = window.statusBar()
    heard = announcements(sent)
    assert heard[-1][:2] == (bar, "Exported 3 claims to report.csv")
    if heard[-1][2] is not None:
        assert heard[-1][2] == QAccessible.AnnouncementPoliteness.Polite
    assert (QAccessible.Event.NameChanged, bar, "", None) in sent
    bar.clearMessage()
    assert bar.accessibleName() == ""
    assert len(announcements(sent)) == 1  # clearing says nothing
