"""Which claims a report holds: one scope for the store's report queries, the
export dialog and the command line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from factcheck_gui.core.models import Status

#: The verdict to ask for to get the claims that have none yet.
NO_VERDICT = "\x00unjudged"


@dataclass(frozen=True, kw_only=True)
class ReportScope:
    """Claims in reading order, kept when they pass every filter given (None: any).

    `articles` and `claims` are ids (an empty tuple keeps nothing). `verdict`
    matches in any case and spacing, retired labels included; NO_VERDICT keeps
    the claims without one. `reviewer` is who last changed the claim, in any
    case. `since` and `until` bound when the claim was last changed: ISO dates
    or date-times (UTC when no offset is given), both inclusive, a date meaning
    the whole day. `blind_for` names a reviewer for whom the articles they are
    reviewing blind (a review pass not yet done) show no claims.
    """

    articles: tuple[str, ...] | None = None
    claims: tuple[str, ...] | None = None
    status: Status | str | None = None
    verdict: str | None = None
    reviewer: str | None = None
    since: str | date | None = None
    until: str | date | None = None
    blind_for: str | None = None

    @property
    def filtered(self) -> bool:
        """Whether any filter beyond the articles and claims is set."""
        return any(value is not None for value in (self.status, self.verdict, self.reviewer,
                                                   self.since, self.until))
