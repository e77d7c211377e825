"""A report scope as SQL: the WHERE clause over `claims c` that keeps its claims."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from factcheck_gui.core.errors import ValidationError
from factcheck_gui.core.models import Status
from factcheck_gui.core.report import NO_VERDICT, ReportScope
from factcheck_gui.core.translatable import translate


def scope_where(scope: ReportScope,
                canonical_verdict: Callable[[str | None], str | None]) -> tuple[str, list]:
    """` WHERE ...` (or "") and its parameters. `canonical_verdict` spells a verdict
    as the active scale does. Raises ValidationError for a bad status or date."""
    clauses: list[str] = []
    params: list = []
    if scope.articles is not None:
        clauses.append(f"c.article_id IN ({', '.join('?' * len(scope.articles)) or 'NULL'})")
        params.extend(scope.articles)
    if scope.status is not None:
        clauses.append("c.status = ?")
        params.append(parse_status(scope.status).value)
    if scope.verdict == NO_VERDICT:
        clauses.append("c.verdict IS NULL")
    elif (verdict := canonical_verdict(scope.verdict)) is not None:
        clauses.append("c.verdict = ?")
        params.append(verdict)
    if scope.reviewer is not None:
        clauses.append("lower(c.reviewer) = lower(?)")
        params.append(" ".join(scope.reviewer.split()))
    if scope.since is not None:
        clauses.append("c.updated_at >= ?")
        params.append(time_bound(scope.since, end=False))
    if scope.until is not None:
        clauses.append("c.updated_at < ?")
        params.append(time_bound(scope.until, end=True))
    if scope.blind_for is not None:
        clauses.append("c.article_id NOT IN (SELECT article_id FROM review_passes"
                       " WHERE done_at IS NULL AND lower(reviewer) = lower(?))")
        params.append(" ".join(scope.blind_for.split()))
    if scope.claims is not None:
        # One parameter however many ids (a selection may hold thousands).
        clauses.append("c.id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(scope.claims)))
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def parse_status(value: Status | str) -> Status:
    if isinstance(value, Status):
        return value
    try:
        return Status.parse(str(value))
    except ValueError as error:
        raise ValidationError(str(error)) from None


def time_bound(value: str | date, *, end: bool) -> str:
    """A stored-time string to compare `updated_at` with: `>= start`, `< end`.

    A date (or `YYYY-MM-DD`) as an end bound means "through that whole day"; a
    date-time as an end bound includes that instant. Raises ValidationError.
    """
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime(value.year, value.month, value.day, tzinfo=UTC)
        moment = moment + timedelta(days=1) if end else moment
        return moment.isoformat(timespec="microseconds")
    else:
        text = str(value).strip()
        try:
            if len(text) == 10:
                return time_bound(date.fromisoformat(text), end=end)
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise ValidationError(translate(
                "Errors", "{text} is not a date (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)").format(
                text=repr(text))) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    moment = moment.astimezone(UTC)
    if end:
        moment += timedelta(microseconds=1)
    return moment.isoformat(timespec="microseconds")
