"""The library overview's vocabulary: filters, counts and time buckets (no SQL, no Qt).

A filter names at most one value per dimension; `None` means "any". The empty
string `NONE` is the value of claims that have no verdict, no outlet (missing or
blank) or no reviewer, so "no verdict" is a bar like any other.

Time is bucketed on the claim's `created_at` (UTC), by ISO week (Monday first)
or by calendar month.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
from datetime import date, timedelta

NONE = ""
DIMENSIONS = ("verdict", "status", "outlet", "reviewer")
STACKS = ("verdict", "status")
WEEK, MONTH = "week", "month"
#: Weekly columns up to this many weeks of data, monthly beyond.
MAX_WEEKS = 26


@dataclass(frozen=True, slots=True)
class OverviewFilter:
    """Which claims the overview counts. `created_from` is inclusive and
    `created_until` exclusive, both ISO dates (UTC)."""

    verdict: str | None = None
    status: str | None = None
    outlet: str | None = None
    reviewer: str | None = None
    created_from: str | None = None
    created_until: str | None = None

    def with_value(self, dimension: str,
                   value: str | tuple[str | None, str | None] | None) -> OverviewFilter:
        """This filter with `dimension` set to `value` (None clears it); `period`
        takes a `(from, until)` pair."""
        if dimension == "period":
            start, end = value if isinstance(value, tuple) else (None, None)
            return replace(self, created_from=start, created_until=end)
        if dimension not in DIMENSIONS:
            raise ValueError(f"no overview dimension {dimension!r}")
        return replace(self, **{dimension: None if isinstance(value, tuple) else value})

    def without(self, dimension: str) -> OverviewFilter:
        return self.with_value(dimension, None)

    def value(self, dimension: str) -> object:
        if dimension == "period":
            if self.created_from is None and self.created_until is None:
                return None
            return (self.created_from, self.created_until)
        return getattr(self, dimension)

    def active(self) -> list[str]:
        """The dimensions this filter limits, in display order (period last)."""
        names = [d for d in DIMENSIONS if getattr(self, d) is not None]
        return names + (["period"] if self.value("period") is not None else [])

    @property
    def is_empty(self) -> bool:
        return all(getattr(self, f.name) is None for f in fields(self))


@dataclass(frozen=True, slots=True)
class Count:
    """How many claims have `key` (NONE: no value) in one dimension."""

    key: str
    count: int


@dataclass(frozen=True, slots=True)
class DayCount:
    """Claims created on `day` (ISO date, UTC) with `key` in the stacking dimension."""

    day: str
    key: str
    count: int


@dataclass(frozen=True, slots=True)
class TimeBucket:
    """One column of the timeline: `start` inclusive, `end` exclusive."""

    start: date
    end: date
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True, slots=True)
class OverviewRow:
    """One claim in the overview's table."""

    claim_id: str
    article_id: str
    quote: str
    article_title: str
    outlet: str | None
    verdict: str | None
    status: str
    reviewer: str | None
    created_at: str


def bucket_start(day: date, granularity: str) -> date:
    if granularity == WEEK:
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def next_bucket(start: date, granularity: str) -> date:
    if granularity == WEEK:
        return start + timedelta(days=7)
    return date(start.year + start.month // 12, start.month % 12 + 1, 1)


def choose_granularity(days: Iterable[DayCount]) -> str:
    """Weeks for up to half a year of data, months beyond."""
    seen = sorted(day for d in days if (day := _parsed(d.day)) is not None)
    if not seen:
        return WEEK
    first, last = seen[0], seen[-1]
    return WEEK if (last - first).days < MAX_WEEKS * 7 else MONTH


def time_buckets(days: Iterable[DayCount], granularity: str) -> list[TimeBucket]:
    """Day counts summed into consecutive buckets from the first to the last day
    with claims; empty buckets in between are kept (a gap is information)."""
    sums: dict[date, dict[str, int]] = {}
    for item in days:
        day = _parsed(item.day)
        if day is None:
            continue  # a time stamp that is not a date is not on the time line
        counts = sums.setdefault(bucket_start(day, granularity), {})
        counts[item.key] = counts.get(item.key, 0) + item.count
    if not sums:
        return []
    buckets, start, last = [], min(sums), max(sums)
    while start <= last:
        end = next_bucket(start, granularity)
        buckets.append(TimeBucket(start, end, sums.get(start, {})))
        start = end
    return buckets


def _parsed(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except (TypeError, ValueError):
        return None
