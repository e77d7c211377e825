"""The one route by which store changes reach the screen.

The store announces each committed write (`Change`: what kind, which ids). They
queue here and are applied once the event loop is back, or at once after a
command of ours (so the user sees an edit before the next key press). Applying
is incremental where it can be: changes to some claims of the article on screen
re-read those claims and update the library entry's counts; anything else
(articles, scales, other articles) lists the library again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QTimer

from factcheck_gui.core.store import Change, Store
from factcheck_gui.ui.article.controller import ArticleController
from factcheck_gui.ui.claims.controller import ClaimsController
from factcheck_gui.ui.edits.undo import UndoController
from factcheck_gui.ui.library.controller import LibraryController
from factcheck_gui.ui.shell.workspace import Workspace


class ChangeFeed(QObject):
    def __init__(self, ws: Workspace, undo: UndoController, library: LibraryController,
                 article: ArticleController, claims: ClaimsController,
                 on_change: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws, self.library, self.article, self.claims = ws, library, article, claims
        self.on_change = on_change  # told at once, inside the store's write
        self._pending: list[Change] = []
        self._held = 0
        self._unsubscribe: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.apply)
        undo.select_claim.connect(self._after_command)

    # -- listening ---------------------------------------------------------------------
    def follow(self, store: Store) -> None:
        self.stop()
        self._pending = []
        self._unsubscribe = store.subscribe(self._on_store_changes)

    def stop(self) -> None:
        """Stop listening (before the store is closed or the window goes)."""
        self._timer.stop()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def _on_store_changes(self, changes: list[Change]) -> None:
        """Called inside the store's write; shown once the event loop is back."""
        self._pending.extend(changes)
        self.on_change()
        self._timer.start()

    @contextmanager
    def held(self) -> Iterator[None]:
        """Changes wait while a batch writes; `apply()` shows them all at the end."""
        self._held += 1
        try:
            yield
        finally:
            self._held -= 1

    def is_held(self) -> bool:
        return self._held > 0

    # -- applying ------------------------------------------------------------------------
    def apply(self) -> bool:
        """Show the queued changes; True if there were any to show."""
        self._timer.stop()
        if self._held or self.ws.is_correcting():
            return False  # shown when the batch ends, or once the text is stored
        changes, self._pending = self._pending, []
        if not changes:
            return False
        current = self.ws.article_id
        claim_ids = _claims_of(changes, current)
        if claim_ids and self.library.current_id() == current and current is not None:
            self.article.update_claims(claim_ids)
            if self.library.update_counts(current, list(self.ws.rows.values())):
                return True
            self.library.refresh()
            return True
        self.library.refresh()
        if any(c.entity == "setting" for c in changes):
            self.article.follow_workflow_rules()
        if current is None or self.ws.article_id != current:
            return True  # refresh() already showed whatever is current now
        touched = [c for c in changes if c.entity == "scale" or c.article_id == current]
        if not touched or self.library.current_id() != current:
            return True
        claim_ids = _claims_of(touched, current)
        if claim_ids:
            self.article.update_claims(claim_ids)
        else:
            self.article.show_article(current)
        return True

    def _after_command(self, claim_id: object) -> None:
        """A write of ours went through: show it now, and the claim it concerned."""
        self.apply()
        if isinstance(claim_id, str):
            # Another claim (create, undo...): show it; the same one: just refresh it.
            self.claims.select_claim(claim_id, scroll=claim_id != self.ws.selected_claim_id)
        elif claim_id is None and self.ws.selected_claim_id not in self.ws.rows:
            self.claims.select_claim(None)


def _claims_of(changes: list[Change], article_id: str | None) -> set[str]:
    """The claims changed, when every change is to a claim (or its sources) of
    `article_id`; else the empty set."""
    if article_id is None or not all(
            c.entity in ("claim", "source") and c.claim_id and c.article_id == article_id
            for c in changes):
        return set()
    return {c.claim_id for c in changes if c.claim_id}
