"""A claim's status in the window's language (the database keeps the English value)."""

from __future__ import annotations

from factcheck_gui.core.models import Status
from factcheck_gui.ui.i18n import QT_TRANSLATE_NOOP, translate

_LABELS = {
    Status.TO_CHECK: QT_TRANSLATE_NOOP("Status", "To check"),
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("Status", "In progress"),
    Status.NEEDS_REVIEW: QT_TRANSLATE_NOOP("Status", "Needs review"),
    Status.FINAL: QT_TRANSLATE_NOOP("Status", "Final"),
    Status.PUBLISHED: QT_TRANSLATE_NOOP("Status", "Published"),
}


def status_label(status: Status | str) -> str:
    """`Final`, `En revisión`…: what the window shows for `status`."""
    status = Status(status)
    return translate("Status", _LABELS.get(status, status.label))
