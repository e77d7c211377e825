"""The article on screen: its text, its claims' highlights and the claims table.

Shows an article from the store, and applies changes to some of its claims
without re-reading the others (the cost does not grow with the article's claims).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.models import RatingScale, ReportRow
from factcheck_gui.core.report import ReportScope
from factcheck_gui.ui.article.article_view import ArticleView
from factcheck_gui.ui.claims.claims_table import ClaimsTable
from factcheck_gui.ui.claims.controller import ClaimsController
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.shell.messages import Messages
from factcheck_gui.ui.shell.workspace import Workspace


class ArticleController:
    def __init__(self, ws: Workspace, messages: Messages, view: ArticleView,
                 table: ClaimsTable, claims: ClaimsController,
                 apply_scale: Callable[[RatingScale | None], None]) -> None:
        self.ws, self.messages, self.view, self.table = ws, messages, view, table
        self.claims = claims
        self.apply_scale = apply_scale

    def show_article(self, article_id: str) -> None:
        """Read the article, its current text and claims, and show them."""
        store = self.ws.store
        try:
            article = store.articles.get_article(article_id)
            version = store.versions.current_version(article_id)
            rows = list(store.reports.report_rows(ReportScope(articles=(article_id,),
                                                              blind_for=store.reviewer)))
            scale = store.scales.active_scale()
        except FactcheckError as error:
            self.messages.show_error(
                translate("ArticleController", "Could not open the article"), str(error)
            )
            return
        self.apply_scale(scale)
        self.ws.set_article(article, version)
        self.view.show_article(article, version, [r.claim for r in rows], scale)
        self.show_rows(rows, scale)
        self.ws.article_changed.emit()

    def clear(self) -> None:
        """No article to show (an empty library)."""
        self.view.clear()
        self.ws.set_article(None, None)
        self.show_rows([])
        self.ws.article_changed.emit()

    def forget_text(self) -> None:
        """The text on screen is not the stored one (it was being corrected): the
        next `show_article` paints it afresh."""
        self.view.version = None

    def text_is_stale(self) -> bool:
        return self.view.version is None and self.ws.article_id is not None

    def show_rows(self, rows: list[ReportRow], scale: RatingScale | None = None) -> None:
        self.ws.set_rows(rows)
        with contextlib.suppress(FactcheckError):  # else the filter stays as it is
            self.table.set_publishes(self.ws.store.workflow.workflow_rules().publishes)
        self.table.set_rows(rows, scale)
        keep = self.ws.selected_claim_id if self.ws.selected_claim_id in self.ws.rows else None
        self.claims.select_claim(keep, scroll=False)
        self.ws.claims_changed.emit()

    def update_claims(self, claim_ids: Iterable[str]) -> None:
        """Re-read just these claims (of the article on screen) and show them."""
        ids = list(claim_ids)
        fresh = {row.claim.id: row
                 for row in self.ws.store.reports.report_rows(
                     ReportScope(claims=tuple(ids), blind_for=self.ws.store.reviewer))}
        rows, current = self.ws.rows, self.ws.article_id
        removed = []
        for claim_id in ids:
            row = fresh.get(claim_id)
            if row is not None and row.claim.article_id == current:
                rows[claim_id] = row
            elif rows.pop(claim_id, None) is not None:
                removed.append(claim_id)
        changed = [row for claim_id, row in fresh.items() if claim_id in rows]
        self.table.update_rows(changed, removed)
        self.view.update_claims([row.claim for row in changed], removed)
        keep = self.ws.selected_claim_id if self.ws.selected_claim_id in rows else None
        self.claims.select_claim(keep, scroll=False)
        self.ws.claims_changed.emit()

    def follow_workflow_rules(self) -> None:
        """The rules changed (Preferences, or undoing them): the inspector's hints and
        status choices follow them, and so does the table's status filter."""
        self.table.set_publishes(self.ws.store.workflow.workflow_rules().publishes)
        self.claims.select_claim(self.ws.selected_claim_id, scroll=False)
