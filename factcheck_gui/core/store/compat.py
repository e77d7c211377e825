"""TEMPORARY: the store's old flat method names, for the GUI code not yet moved to
the parts (`store.add_claim(...)` is now `store.claims.add_claim(...)`).

Nothing new may use these; each name forwards to its part with the part's own
signature (so type checking sees through it). Delete this module, and the base
class of `Store`, once no GUI module calls a name listed here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, overload

from factcheck_gui.core.models import ReportRow, Status
from factcheck_gui.core.report import ReportScope
from factcheck_gui.core.store.articles import Articles
from factcheck_gui.core.store.claims import Claims
from factcheck_gui.core.store.events import Events
from factcheck_gui.core.store.memory import Memory
from factcheck_gui.core.store.overview import Overview
from factcheck_gui.core.store.reports import Reports
from factcheck_gui.core.store.restore import Restore
from factcheck_gui.core.store.scales import Scales
from factcheck_gui.core.store.sources import Sources
from factcheck_gui.core.store.versions import Versions
from factcheck_gui.core.store.workflow import Workflow

if TYPE_CHECKING:
    from typing import Self

P = ParamSpec("P")
R = TypeVar("R")


class _Forward(Generic[P, R]):
    """`store.<old name>(...)` calls `store.<part>.<method>(...)`."""

    def __init__(self, part: str, method: Callable[Concatenate[Any, P], R]) -> None:
        self._part = part
        self._method = method.__name__

    @overload
    def __get__(self, store: None, owner: type) -> Self: ...
    @overload
    def __get__(self, store: object, owner: type) -> Callable[P, R]: ...
    def __get__(self, store: object | None, owner: type) -> Self | Callable[P, R]:
        if store is None:
            return self
        method: Callable[P, R] = getattr(getattr(store, self._part), self._method)
        return method


class LegacyNames:
    """The old names still called from ui/ (see the module's docstring)."""

    reports: Reports  # set by Store.__init__

    active_scale = _Forward("scales", Scales.active_scale)
    add_article = _Forward("articles", Articles.add_article)
    add_claim = _Forward("claims", Claims.add_claim)
    add_source = _Forward("sources", Sources.add_source)
    add_version = _Forward("versions", Versions.add_version)
    change_scale = _Forward("scales", Scales.change_scale)
    claims_on_version = _Forward("versions", Versions.claims_on_version)
    copy_judgement = _Forward("memory", Memory.copy_judgement)
    correction_needed = _Forward("workflow", Workflow.correction_needed)
    corrections = _Forward("workflow", Workflow.corrections)
    current_version = _Forward("versions", Versions.current_version)
    delete_article = _Forward("articles", Articles.delete_article)
    delete_claim = _Forward("claims", Claims.delete_claim)
    delete_source = _Forward("sources", Sources.delete_source)
    deleted_claims = _Forward("restore", Restore.deleted_claims)
    dismiss_suggestion = _Forward("memory", Memory.dismiss_suggestion)
    dismissed_suggestions = _Forward("memory", Memory.dismissed_suggestions)
    find_articles_by_text = _Forward("articles", Articles.find_articles_by_text)
    get_article = _Forward("articles", Articles.get_article)
    get_claim = _Forward("claims", Claims.get_claim)
    get_version = _Forward("versions", Versions.get_version)
    history = _Forward("events", Events.for_claim)
    library_totals = _Forward("articles", Articles.library_totals)
    list_articles = _Forward("articles", Articles.list_articles)
    list_sources = _Forward("sources", Sources.list_sources)
    list_versions = _Forward("versions", Versions.list_versions)
    move_source = _Forward("sources", Sources.move_source)
    once_final = _Forward("workflow", Workflow.once_final)
    overview_claim_ids = _Forward("overview", Overview.overview_claim_ids)
    overview_counts = _Forward("overview", Overview.overview_counts)
    overview_days = _Forward("overview", Overview.overview_days)
    overview_rows = _Forward("overview", Overview.overview_rows)
    overview_total = _Forward("overview", Overview.overview_total)
    plan_scale_change = _Forward("scales", Scales.plan_scale_change)
    reattach_claim = _Forward("versions", Versions.reattach_claim)
    redo_scale_change = _Forward("scales", Scales.redo_scale_change)
    restore_anchor = _Forward("versions", Versions.restore_anchor)
    restore_claim = _Forward("claims", Claims.restore_claim)
    restore_deleted_claim = _Forward("restore", Restore.restore_deleted_claim)
    revert_copied_judgement = _Forward("memory", Memory.revert_copied_judgement)
    saved_anchor = _Forward("versions", Versions.saved_anchor)
    search_claims = _Forward("claims", Claims.search_claims)
    set_claim_span = _Forward("claims", Claims.set_claim_span)
    set_workflow_rules = _Forward("workflow", Workflow.set_workflow_rules)
    undismiss_suggestion = _Forward("memory", Memory.undismiss_suggestion)
    undo_scale_change = _Forward("scales", Scales.undo_scale_change)
    undo_version = _Forward("versions", Versions.undo_version)
    update_article = _Forward("articles", Articles.update_article)
    update_claim = _Forward("claims", Claims.update_claim)
    update_source = _Forward("sources", Sources.update_source)
    verdict_usage = _Forward("scales", Scales.verdict_usage)
    workflow_problem = _Forward("workflow", Workflow.workflow_problem)
    workflow_rules = _Forward("workflow", Workflow.workflow_rules)

    def report_rows(
        self,
        *,
        article_ids: Iterable[str] | None = None,
        claim_ids: Iterable[str] | None = None,
        status: Status | str | None = None,
        verdict: str | None = None,
        reviewer: str | None = None,
        updated_since: str | date | None = None,
        updated_until: str | date | None = None,
    ) -> Iterator[ReportRow]:
        """The old keyword filters of `store.reports.report_rows(ReportScope(...))`."""
        articles = tuple(article_ids) if article_ids else None  # empty meant all
        scope = ReportScope(articles=articles,
                            claims=None if claim_ids is None else tuple(claim_ids),
                            status=status, verdict=verdict, reviewer=reviewer,
                            since=updated_since, until=updated_until)
        return self.reports.report_rows(scope)
