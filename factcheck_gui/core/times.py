"""Stored times read back, and said in English for the command line and reports
(the window says them in the user's language and locale: ui/inspector/times.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


def stored_moment(at: str) -> datetime:
    """A time stamp as the database stores it (ISO, UTC when it names no zone);
    ValueError when it is not one."""
    moment = datetime.fromisoformat(at)
    if moment.tzinfo is None:  # stored times are UTC
        moment = moment.replace(tzinfo=UTC)
    return moment


def friendly_time(at: str, now: datetime | None = None) -> str:
    """`Today 14:05`, `Yesterday 09:12`, `3 Nov, 14:05` or `3 Nov 2025, 14:05`, in
    the computer's local time."""
    try:
        moment = stored_moment(at).astimezone()
    except ValueError:
        return at
    now = (now or datetime.now().astimezone()).astimezone(moment.tzinfo)
    clock = f"{moment:%H:%M}"
    if moment.date() == now.date():
        return f"Today {clock}"
    if moment.date() == (now - timedelta(days=1)).date():
        return f"Yesterday {clock}"
    if moment.year == now.year:
        return f"{moment.day} {moment:%b}, {clock}"
    return f"{moment.day} {moment:%b %Y}, {clock}"


def exact_time(at: str) -> str:
    """The local date and time to the second, and the stored UTC time."""
    try:
        moment = stored_moment(at).astimezone()
    except ValueError:
        return at
    return f"{moment:%A} {moment.day} {moment:%B %Y, %H:%M:%S} ({moment:%Z}) · UTC {at}"
