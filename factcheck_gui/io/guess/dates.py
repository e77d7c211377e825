"""When a text was published, from its dateline or a date line near the top:
"MOSCOW, Dec 1 (Reuters) -", "Updated 3 March 2024", "Publié le 7 octobre 2026",
"03.11.2026, 16.45 Uhr", "17 октября 2026". Dates without a year take the latest
such day that is not after `today` (news is pasted soon after it is written)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from factcheck_gui.io.guess.sample import clip

__all__ = ["find_date", "guess_published"]

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate((
    "january jan janvier janv januar jän enero ene gennaio gen января январь янв",
    "february feb février févr fevrier februar febrero febbraio febr февраля февраль фев",
    "march mar mars märz maerz marzo marzo марта март мар",
    "april apr avril abril aprile апреля апрель апр",
    "may mai mayo maggio мая май",
    "june jun juin juni junio giugno июня июнь",
    "july jul juillet juil juli julio luglio lug июля июль",
    "august aug août aout agosto ago августа август авг",
    "september sep sept septembre september septiembre settembre set сентября сентябрь сен",
    "october oct octobre oktober okt octubre ottobre ott октября октябрь окт",
    "november nov novembre noviembre нояб ноября ноябрь",
    "december dec décembre decembre dezember dez diciembre dic dicembre декабря декабрь дек",
), start=1):
    for _name in _names.split():
        _MONTHS.setdefault(_name, _number)

_MONTH = r"(?P<month>[^\W\d_]{3,10})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|º|\.)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS = [
    # 2026-11-14
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)(?!\d)"),
    # 14 November 2026, 15 sept 2026, 7 octobre 2026, 17 октября 2026, 5 de mayo de 2026
    re.compile(rf"(?<!\d){_DAY}\s+(?:de\s+)?{_MONTH}(?:\s+de)?,?\s+{_YEAR}(?!\d)", re.I),
    # November 18, 2026 / Nov. 22, 2026 / Sat August 15, 2026
    re.compile(rf"(?<![^\W\d_]){_MONTH}\s+{_DAY},?\s+{_YEAR}(?!\d)", re.I),
    # 03.11.2026, 05/11/2026 (day first unless the text is English)
    re.compile(r"(?<![\d.])(?P<d1>\d{1,2})(?P<sep>[./])(?P<d2>\d{1,2})(?P=sep)"
               r"(?P<year>(?:19|20)\d\d)(?!\d)"),
]
# A dateline with no year: "MOSCOW, Dec 1 (Reuters) -", "BEIJING, Sept. 9 (Xinhua) --",
# "ROMA, 12 NOV -", "МОСКВА, 1 декабря. /ТАСС/."
_PLACE = r"^[^\W\d_][^,\n]{1,40},\s+"
_TAG = r"\s*(?:\(|/|[-–—])"
_DATELINES = (re.compile(_PLACE + _MONTH + r"\s+" + _DAY + _TAG, re.I),
              re.compile(_PLACE + _DAY + r"\s+" + _MONTH + _TAG, re.I))


def _month(name: str | None) -> int | None:
    return _MONTHS.get((name or "").lower().rstrip("."))


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_date(line: str, *, english: bool = True) -> date | None:
    """The first full date (with a year) written in `line`, or None."""
    found: list[tuple[int, date]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(line):
            groups = match.groupdict()
            year = int(groups["year"])
            if groups.get("mnum"):
                value = _valid(year, int(groups["mnum"]), int(groups["day"]))
            elif groups.get("month"):
                month = _month(groups["month"])
                value = _valid(year, month, int(groups["day"])) if month else None
            else:
                first, second = int(groups["d1"]), int(groups["d2"])
                if groups["sep"] == "/" and english and first <= 12 and second <= 12:
                    value = None  # 06/07/2026 in English: June or July, cannot tell
                elif groups["sep"] == "/" and english and first <= 12:
                    value = _valid(year, first, second)
                else:
                    value = _valid(year, second, first)
            if value is not None:
                found.append((match.start(), value))
                break
    return min(found)[1] if found else None


def _dateline_date(line: str, today: date) -> date | None:
    for pattern in _DATELINES:
        match = pattern.match(line)
        month = _month(match.group("month")) if match else None
        if match is None or month is None:
            continue
        for year in (today.year, today.year - 1):
            value = _valid(year, month, int(match.group("day")))
            if value is not None and value <= today + timedelta(days=1):
                return value
    return None


def guess_published(text: str, *, today: date | None = None, english: bool = True,
                    head_lines: int = 14) -> str | None:
    """The publication date as YYYY-MM-DD: the first date near the top (the lines
    before the story, its first paragraph) or on one of the last short lines."""
    today = today or date.today()
    lines = [" ".join(line.split()) for line in clip(text).split("\n")]
    lines = [line for line in lines if line]
    head = lines[:head_lines]
    tail = [line for line in lines[-3:] if len(line) <= 40 and line not in head]
    for line in head + tail:
        found = find_date(line, english=english) or _dateline_date(line, today)
        if found is not None and found <= today + timedelta(days=1):
            return found.isoformat()
    return None
