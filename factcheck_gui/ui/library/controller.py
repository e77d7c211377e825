"""The library list, the window's empty state and the status bar's totals.

A full reload lists every article again; a change to the claims of the article on
screen only updates that article's entry and the totals (`update_counts`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.models import ReportRow
from factcheck_gui.ui.article.controller import ArticleController
from factcheck_gui.ui.claims.controller import ClaimsController
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.library.empty_state import EmptyState
from factcheck_gui.ui.library.panel import LibraryPanel
from factcheck_gui.ui.shell.messages import Messages
from factcheck_gui.ui.shell.workspace import Workspace

STATUS_MS = 5000
# Articles listed before the window is first painted (more than a tall screen
# shows); the rest of a bigger library follows right after (library/model.py).
LIBRARY_FIRST_SCREENFUL = 100
# The one order that depends on claim counts: a count change may move the entry.
COUNT_SORT = "Most claims to do"


class LibraryController:
    def __init__(self, ws: Workspace, messages: Messages, panel: LibraryPanel,
                 stack: QStackedWidget, workspace_pane: QWidget, empty_state: EmptyState,
                 counts_label: QLabel, article: ArticleController,
                 claims: ClaimsController) -> None:
        self.ws, self.messages, self.panel = ws, messages, panel
        self.stack, self.workspace_pane, self.empty_state = stack, workspace_pane, empty_state
        self.counts_label, self.article, self.claims = counts_label, article, claims
        self.totals = (0, 0)  # articles, claims
        self.reloads = 0  # full reloads so far (tests and benchmarks read it)
        panel.article_selected.connect(article.show_article)
        panel.copy_matches = self._articles_with_copy_words

    def _articles_with_copy_words(self, text: str) -> set[str]:
        store = self.ws.store
        if store.closed:
            return set()
        try:
            return store.web.articles_with_copy_words(text)
        except FactcheckError:
            return set()  # the titles are still searched

    def refresh(self, first_screenful: bool = False) -> None:
        """Reload the library from the store; keep (or pick) the article shown.

        With `first_screenful` (a database just opened) the library lists the
        newest articles at once and the rest after the window is painted."""
        self.reloads += 1
        store, panel = self.ws.store, self.panel
        lazy = panel.model.sort_name() == "Newest first" and not panel.search.text()
        if first_screenful and lazy:
            articles = store.articles.list_articles(limit=LIBRARY_FIRST_SCREENFUL)
            total, claims = store.articles.library_totals()
            rest = store.articles.list_articles if total > len(articles) else None
        else:
            articles = store.articles.list_articles()
            total, claims, rest = len(articles), sum(a.claim_count for a in articles), None
        panel.set_articles(articles, rest, total, page=lambda offset, count: (
            store.articles.list_articles(limit=count, offset=offset)))
        panel.rerun_search()
        self.stack.setCurrentWidget(self.workspace_pane if articles else self.empty_state)
        self._show_totals(total, claims)
        if not articles:
            self.article.clear()
        elif panel.current_id() is None:
            panel.select(articles[0].id)
        elif self.ws.article_id != panel.current_id():
            self.article.show_article(panel.current_id() or "")

    def clear(self) -> None:
        self.panel.set_articles([])

    def update_counts(self, article_id: str, rows: list[ReportRow]) -> bool:
        """The claims of `article_id` are now `rows` (all of them): update its entry
        and the totals without listing the library again. False when that cannot
        be done (the entry is not loaded, or its place depends on the counts)."""
        model = self.panel.model
        shown = model.summary(article_id)
        if shown is None or model.sort_name() == COUNT_SORT:
            return False
        statuses = Counter(row.claim.status.value for row in rows)
        summary = replace(shown, claim_count=len(rows), counts_by_status=dict(statuses))
        model.update_summary(summary)
        articles, claims = self.totals
        self._show_totals(articles, claims + len(rows) - shown.claim_count)
        return True

    def _show_totals(self, articles: int, claims: int) -> None:
        self.totals = (articles, claims)
        self.counts_label.setText(
            translate("LibraryController", "%n article(s)", None, articles) + " · "
            + translate("LibraryController", "%n claim(s)", None, claims))

    def current_id(self) -> str | None:
        return self.panel.current_id()

    def select(self, article_id: str, *, clear_search: bool = False) -> bool:
        if clear_search:
            self.panel.search.clear()
        return self.panel.select(article_id)

    def open_claim(self, article_id: str, claim_id: str) -> bool:
        """Show `article_id` and select its claim `claim_id`."""
        panel = self.panel
        if panel.current_id() != article_id and not panel.select(article_id):
            panel.search.clear()  # a library search may hide the article
            if not panel.select(article_id):
                self.messages.status(
                    translate("LibraryController", "That claim's article is gone."), STATUS_MS
                )
                return False
        if self.ws.article_id != article_id:
            self.article.show_article(article_id)
        self.claims.select_claim(claim_id, scroll=True, flash=True)
        self.article.view.pane.setFocus(Qt.FocusReason.OtherFocusReason)
        return self.ws.selected_claim_id == claim_id
