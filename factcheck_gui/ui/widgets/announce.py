"""Tell assistive technology (screen readers) what changed on screen.

A message that appears in a strip or the status bar is seen but not heard: a screen
reader speaks what has focus. `announce` names the widget after the message and
sends Qt's announcement event (Qt 6.8+; an alert before that), which AT-SPI, UI
Automation and NSAccessibility pass on. Qt drops the events when no assistive
technology listens, so they cost nothing then.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QWidget

try:  # Qt 6.8 and newer
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # pragma: no cover - older PySide6
    QAccessibleAnnouncementEvent = None  # type: ignore[assignment,misc]

_send = QAccessible.updateAccessibility


def announce(widget: QWidget, message: str, *, urgent: bool = False) -> None:
    """Name `widget` after `message` and have assistive technology read it out;
    `urgent` interrupts what is being read (a failure), else it waits its turn."""
    widget.setAccessibleName(message)
    _send(QAccessibleEvent(widget, QAccessible.Event.NameChanged))
    if not message:
        return
    if QAccessibleAnnouncementEvent is None:
        _send(QAccessibleEvent(widget, QAccessible.Event.Alert))
        return
    event = QAccessibleAnnouncementEvent(widget, message)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if urgent
                        else QAccessible.AnnouncementPoliteness.Polite)
    _send(event)


def describe(widget: QWidget, description: str) -> None:
    """Set `widget`'s accessible description and say that it changed (only if it did)."""
    if widget.accessibleDescription() == description:
        return
    widget.setAccessibleDescription(description)
    _send(QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged))
