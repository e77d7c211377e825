"""Article > Start Blind Review / My Review Pass / Compare Reviews, and the strip
that tells a reviewer the article on screen is one they check blind.

Who "I" am is the reviewer name the window asks for (File > Reviewer Name). While
my pass on the article is open the window shows none of its claims (the article
view and every report leave them out) and Compare Reviews is off.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.store import Change
from factcheck_gui.ui.edits.undo import UndoController
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.shell.actions import ActionRegistry, ActionSpec, Place
from factcheck_gui.ui.shell.messages import Messages
from factcheck_gui.ui.shell.workspace import Workspace
from factcheck_gui.ui.widgets.banner import Banner

#: Actions that make article claims: off while the article is blind for me.
BLIND_OFF = ("new_claim", "new_claim_exact", "accept_suggestion")


class BlindBanner(Banner):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("blindBanner", "#e9e2f6", "#8a74c0", "#24163f", parent=parent)
        self.open_button = self.add_button(translate("BlindReview", "Open My Pass"))


class BlindReviewController:
    def __init__(self, ws: Workspace, undo: UndoController, messages: Messages,
                 registry: ActionRegistry, reshow_article: Callable[[str], None]) -> None:
        self.ws, self.undo, self.messages = ws, undo, messages
        self.reshow_article = reshow_article
        self.banner = BlindBanner()
        self.banner.open_button.clicked.connect(lambda: self.open_my_pass())
        self._unsubscribe: Callable[[], None] | None = None
        self._shown_blind = False
        shown = ws.has_article
        registry.declare([
            ActionSpec("start_review", translate("BlindReview", "Start &Blind Review…"),
                       lambda: self.start_review(), (),
                       translate("BlindReview",
                                 "Put this article up for independent checks by named reviewers"),
                       menus=(Place("article", 5, 1),), when=shown, writes=True),
            ActionSpec("my_review_pass", translate("BlindReview", "&My Review Pass…"),
                       lambda: self.open_my_pass(), (),
                       translate("BlindReview", "Your own blind check of this article"),
                       menus=(Place("article", 5, 2),), when=self.has_my_pass),
            ActionSpec("compare_reviews", translate("BlindReview", "Compare Revie&ws…"),
                       lambda: self.compare(), (),
                       translate("BlindReview", "The reviewers' done passes side by side;"
                                 " curate the article's claims"),
                       menus=(Place("article", 5, 3),), when=self.can_compare),
        ])
        # While blind, claims are made in the pass (My Review Pass), not on the article:
        # a claim made here would vanish from the reviewer's own view at once.
        for name in BLIND_OFF:
            spec = registry.specs.get(name)
            if spec is not None:
                before = spec.when
                spec.when = (lambda before=before: (before is None or before())
                             and not self.is_blind())
        ws.store_changed.connect(self._follow_store)
        ws.article_changed.connect(self.update_banner)
        self._follow_store()

    # -- state ---------------------------------------------------------------------
    def is_blind(self) -> bool:
        article = self.ws.article_id
        try:
            return article is not None and article in self.ws.store.reviews.blind_articles(
                self.ws.store.reviewer)
        except FactcheckError:  # a closed or vanished database: nothing to hide now
            return False

    def has_my_pass(self) -> bool:
        article = self.ws.article_id
        try:
            return article is not None and bool(self.ws.store.reviews.list_passes(
                article, reviewer=self.ws.store.reviewer))
        except FactcheckError:
            return False

    def can_compare(self) -> bool:
        article = self.ws.article_id
        try:
            return (article is not None and not self.is_blind()
                    and bool(self.ws.store.reviews.list_passes(article, done=True)))
        except FactcheckError:
            return False

    def _follow_store(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
        self._unsubscribe = self.ws.store.subscribe(self._changed)
        self.update_banner()

    def _changed(self, changes: list[Change]) -> None:
        if not any(c.entity in ("review", "review-claim") for c in changes):
            return
        blind = self.is_blind()
        if blind != self._shown_blind and self.ws.article_id is not None:
            self.reshow_article(self.ws.article_id)  # claims hidden or shown again
        self.update_banner()

    def update_banner(self) -> None:
        self._shown_blind = self.is_blind()
        if self._shown_blind:
            self.banner.message.setText(translate(
                "BlindReview", "You ({name}) are checking this article blind: its claims and the"
                " other reviewers' are hidden until you mark your pass done.").format(
                    name=self.ws.store.reviewer))
        self.banner.setVisible(self._shown_blind)
        self.ws.state_changed.emit()

    # -- actions ---------------------------------------------------------------------
    def ask_reviewers(self) -> list[str] | None:
        """Whose independent checks to start. Tests replace this."""
        from PySide6.QtWidgets import QInputDialog  # on first use, as dialogs are

        text, ok = QInputDialog.getText(
            self.messages.parent, translate("BlindReview", "Start Blind Review"),
            translate("BlindReview", "Reviewers who check this article independently (names,"
                      " separated by commas):"))
        if not ok:
            return None
        return [name.strip() for name in text.split(",") if name.strip()]

    def start_review(self, names: list[str] | None = None) -> bool:
        article = self.ws.article_id
        if article is None:
            return False
        names = names if names is not None else self.ask_reviewers()
        if not names:
            return False
        from factcheck_gui.ui.edits.review import StartReview  # the review edits, when used

        if self.undo.push(StartReview(self.ws.store, article, names)):
            self.messages.status(translate("BlindReview", "Blind review started for {names}"
                                           ).format(names=", ".join(names)), 6000)
            return True
        return False

    def open_my_pass(self) -> None:
        article = self.ws.article_id
        if article is None:
            return
        passes = self.ws.store.reviews.list_passes(article, reviewer=self.ws.store.reviewer)
        if not passes:
            self.messages.show_error(
                translate("BlindReview", "No review pass"),
                translate("BlindReview", "{name} has no review pass on this article.").format(
                    name=self.ws.store.reviewer))
            return
        from factcheck_gui.ui.review.pass_dialog import PassDialog  # on first use

        PassDialog.ask(self.messages.parent, self.ws.store, self.undo, passes[-1])

    def compare(self) -> None:
        from factcheck_gui.ui.review.compare_dialog import CompareDialog  # on first use

        article = self.ws.article_id
        if article is None:
            return
        try:
            CompareDialog.ask(self.messages.parent, self.ws.store, self.undo, article)
        except FactcheckError as error:
            self.messages.show_error(translate("BlindReview", "Cannot compare reviews"),
                                     str(error))
