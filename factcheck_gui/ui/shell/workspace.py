"""The workspace: what the window is showing, as one small observable object.

It holds the open store, the article on screen (and its version), the claims
shown (report rows by claim id), the selected claim and the mode. Views and
controllers read it and listen to its signals; nobody asks the window.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QObject, Signal

from factcheck_gui.core.models import Article, ArticleVersion, Claim, ReportRow
from factcheck_gui.core.store import Store


class Mode(Enum):
    READING = "reading"
    CORRECTING = "correcting text"  # the article's text is being edited
    READ_ONLY = "read-only"  # the database was opened read-only


class Workspace(QObject):
    """Signals fire after the state changed (and the views showing it were told)."""

    store_changed = Signal()
    article_changed = Signal()  # another article (or none), shown with its claims
    claims_changed = Signal()  # the rows shown changed (some or all)
    selection_changed = Signal()
    mode_changed = Signal()
    state_changed = Signal()  # any of the above, or a feature's own state: re-enable actions

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.article: Article | None = None
        self.version: ArticleVersion | None = None
        self.rows: dict[str, ReportRow] = {}
        self.selected_claim_id: str | None = None
        self.mode = Mode.READ_ONLY if store.read_only else Mode.READING
        for signal in (self.store_changed, self.article_changed, self.claims_changed,
                       self.selection_changed, self.mode_changed):
            signal.connect(self.state_changed)

    # -- reading -----------------------------------------------------------------------
    @property
    def article_id(self) -> str | None:
        return self.article.id if self.article is not None else None

    def selected_row(self) -> ReportRow | None:
        return self.rows.get(self.selected_claim_id or "")

    def selected_claim(self) -> Claim | None:
        row = self.selected_row()
        return row.claim if row else None

    def has_selection(self) -> bool:
        return self.selected_claim_id is not None

    def has_article(self) -> bool:
        return self.article is not None

    def is_correcting(self) -> bool:
        return self.mode is Mode.CORRECTING

    def is_read_only(self) -> bool:
        """The database cannot be changed here: actions that write are off."""
        return self.store.read_only

    # -- changing ------------------------------------------------------------------------
    def set_store(self, store: Store) -> None:
        self.store = store
        self.article, self.version, self.rows, self.selected_claim_id = None, None, {}, None
        self.mode = Mode.READ_ONLY if store.read_only else Mode.READING
        self.store_changed.emit()

    def set_article(self, article: Article | None, version: ArticleVersion | None) -> None:
        """The article on screen; its claims follow with `set_rows`."""
        if article is None or self.article_id != article.id:
            self.selected_claim_id = None
        self.article, self.version = article, version

    def set_rows(self, rows: list[ReportRow]) -> None:
        self.rows = {row.claim.id: row for row in rows}

    def set_selected(self, claim_id: str | None) -> None:
        self.selected_claim_id = claim_id if claim_id in self.rows else None
        self.selection_changed.emit()

    def set_mode(self, mode: Mode) -> None:
        if mode is not self.mode:
            self.mode = mode
            self.mode_changed.emit()

    def reading_mode(self) -> Mode:
        """The mode to return to after correcting the text."""
        return Mode.READ_ONLY if self.store.read_only else Mode.READING
