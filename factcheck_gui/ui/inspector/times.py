"""Times of the history in the window's language and the user's locale (the
command line and reports keep core.times' English wording)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, QLocale, QTimeZone

from factcheck_gui.core.times import stored_moment
from factcheck_gui.ui.i18n import translate


def _moment(at: str) -> datetime | None:
    """The stored time in the computer's zone (None when `at` is not a time)."""
    try:
        return stored_moment(at).astimezone()
    except ValueError:
        return None


def _qt(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())


def friendly_time(at: str, now: datetime | None = None) -> str:
    """`Today 14:05`, `Yesterday 09:12`, or the locale's short date and time, in the
    computer's local time."""
    moment = _moment(at)
    if moment is None:
        return at
    now = (now or datetime.now().astimezone()).astimezone(moment.tzinfo)
    locale = QLocale()
    stamp = _qt(moment)
    clock = locale.toString(stamp.time(), QLocale.FormatType.ShortFormat)
    if moment.date() == now.date():
        return translate("Times", "Today {time}").format(time=clock)
    if moment.date() == (now - timedelta(days=1)).date():
        return translate("Times", "Yesterday {time}").format(time=clock)
    return locale.toString(stamp, QLocale.FormatType.ShortFormat)


def exact_time(at: str) -> str:
    """The local date and time to the second, and the stored UTC time."""
    moment = _moment(at)
    if moment is None:
        return at
    local = QLocale().toString(_qt(moment), QLocale.FormatType.LongFormat)
    return translate("Times", "{local} · UTC {stored}").format(local=local, stored=at)
