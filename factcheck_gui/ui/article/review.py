"""After the text changed: the summary banner, the "Claims to Look At" pane (orphans
and fuzzy claims, with the words they used to cover), stepping through them, and
re-attaching one to new words. Mixed into MainWindow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.models import AnchorState, Claim, VersionUpdate
from factcheck_gui.core.store import Store
from factcheck_gui.ui.article.highlight import shorten
from factcheck_gui.ui.edits.commands import StoreCommand
from factcheck_gui.ui.widgets.safe_text import tooltip

if TYPE_CHECKING:
    from factcheck_gui.ui.article.versions import AddVersion
    from factcheck_gui.ui.shell.main_window import MainWindow

LOOK = (AnchorState.FUZZY, AnchorState.ORPHANED)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_MS = 6000


class ReattachClaim(StoreCommand):
    """redo: `reattach_claim` to new words; undo: `restore_anchor` (lost again)."""

    def __init__(self, store: Store, claim: Claim, start: int, end: int) -> None:
        super().__init__(store, f"Re-attach Claim “{shorten(claim.quote, 30)}”")
        self.claim_id, self.start, self.end = claim.id, start, end
        self.saved = store.saved_anchor(claim.id)

    def forward(self) -> str:
        self.store.reattach_claim(self.claim_id, self.start, self.end)
        return self.claim_id

    def backward(self) -> str:
        self.store.restore_anchor(self.saved)
        return self.claim_id


def summary_text(update: VersionUpdate) -> str:
    """'Version 3 stored: 12 ok, 3 moved, 2 need a look, 1 orphaned.'"""
    counts = update.counts
    head = f"Version {update.version.number} stored"
    if not sum(counts.values()):
        return f"{head}. There were no claims to carry over."
    parts = [f"{counts['ok']:,} ok", f"{counts['moved']:,} moved",
             f"{counts['fuzzy']:,} need a look", f"{counts['orphaned']:,} orphaned"]
    tail = "" if counts["fuzzy"] + counts["orphaned"] else " Every claim was found."
    return f"{head}: " + ", ".join(parts) + "." + tail


class SummaryBanner(QFrame):
    """A strip above the workspace after an update: what happened to the claims."""

    review_requested = Signal()
    orphans_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#summaryBanner { background: #dcebf7; border: 1px solid #6f9fc8; }"
            "#summaryBanner QLabel { color: #0f2a40; }"
        )
        self.command: AddVersion | None = None
        self.article_id: str | None = None
        self.message = QLabel()
        self.message.setObjectName("summaryMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.review_button = QPushButton("Review Next")
        self.review_button.setToolTip("Go to the next claim that needs a look (F8)")
        self.review_button.clicked.connect(self.review_requested)
        self.orphans_button = QPushButton("Show Claims to Look At")
        self.orphans_button.clicked.connect(self.orphans_requested)
        self.dismiss_button = QPushButton("Dismiss")
        self.dismiss_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.addWidget(self.message, 1)
        for button in (self.review_button, self.orphans_button, self.dismiss_button):
            layout.addWidget(button)
        self.hide()

    def show_update(self, command: AddVersion) -> None:
        assert command.update is not None
        self.command, self.article_id = command, command.article_id
        counts = command.update.counts
        self.message.setText(summary_text(command.update))
        look = counts["fuzzy"] + counts["orphaned"] > 0
        self.review_button.setVisible(look)
        self.orphans_button.setVisible(look)
        self.show()


class ReviewPane(QWidget):
    """Claims whose words changed: orphaned ones (with the words they used to cover
    and the version those came from) and fuzzy ones (old and new wording)."""

    claim_chosen = Signal(str)
    reattach_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPane")
        self.hint = QLabel(
            "Pick a claim here, select the words it now covers in the article, then press "
            "Re-attach (Ctrl+Shift+A). A claim that needs a look can also be confirmed "
            "where it is.")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget()
        self.list.setObjectName("reviewList")
        self.list.setAccessibleName("Claims to look at")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.empty = QLabel("Nothing to look at: every claim of this article is in place.")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reattach_button = QPushButton("Re-attach to Selection")
        self.reattach_button.clicked.connect(self.reattach_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.reattach_button)
        self.list.currentItemChanged.connect(self._chosen)
        self._quiet = False
        self.set_claims([], {})

    def set_claims(self, claims: list[Claim], version_numbers: dict[str, int]) -> None:
        keep = self.current_id()
        self._quiet = True
        try:
            self.list.clear()
            for claim in sorted(claims, key=_review_order):
                item = QListWidgetItem(_item_text(claim, version_numbers.get(claim.version_id)))
                item.setData(ID_ROLE, claim.id)
                item.setToolTip(tooltip(claim.original_quote or claim.quote))
                self.list.addItem(item)
            self.select(keep)
        finally:
            self._quiet = False
        self.list.setVisible(bool(claims))
        self.empty.setVisible(not claims)
        self.hint.setVisible(bool(claims))
        self.reattach_button.setEnabled(bool(claims))

    def ids(self) -> list[str]:
        return [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def select(self, claim_id: str | None) -> None:
        self._quiet = True
        try:
            ids = self.ids()
            if claim_id in ids:
                self.list.setCurrentRow(ids.index(claim_id))
            else:
                self.list.setCurrentRow(-1)
        finally:
            self._quiet = False

    def _chosen(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None and not self._quiet:
            self.claim_chosen.emit(current.data(ID_ROLE))


def _review_order(claim: Claim) -> tuple:
    return (claim.anchor_state is AnchorState.ORPHANED, claim.start, claim.id)


def _item_text(claim: Claim, version: int | None) -> str:
    if claim.anchor_state is AnchorState.ORPHANED:
        where = f" · covered in version {version}" if version else ""
        return f"Orphaned{where}\n“{shorten(claim.quote, 160)}”"
    if claim.original_quote and claim.original_quote != claim.quote:
        return (f"Needs a look · was\n“{shorten(claim.original_quote, 120)}”\n"
                f"now “{shorten(claim.quote, 120)}”")
    return f"Needs a look\n“{shorten(claim.quote, 160)}”"


class ReviewWork:
    """Stepping through and re-attaching claims whose text changed (see MainWindow)."""

    _version_numbers: dict[str, int]

    def show_update_summary(self: MainWindow, command: AddVersion) -> None:
        self.summary_banner.show_update(command)
        update = command.update
        if update is not None and update.counts["orphaned"]:
            self.review_dock.show()

    def _summary_follow_undo(self: MainWindow) -> None:
        """An undone update's summary no longer describes anything: hide it."""
        banner = self.summary_banner
        try:
            undone = banner.command is not None and banner.command.update is None
        except RuntimeError:  # the undo stack was cleared (another database)
            undone = True
        if undone:
            banner.hide()
            banner.command = None

    def claims_to_look_at(self: MainWindow) -> list[Claim]:
        return sorted((row.claim for row in self.rows.values()
                       if row.claim.anchor_state in LOOK), key=_review_order)

    def refresh_review(self: MainWindow) -> None:
        """Fill the pane from the claims on screen (called whenever they change)."""
        claims = self.claims_to_look_at()
        numbers = self.__dict__.setdefault("_version_numbers", {})
        for claim in claims:
            if claim.version_id not in numbers:
                try:
                    numbers[claim.version_id] = self.store.get_version(claim.version_id).number
                except FactcheckError:
                    numbers[claim.version_id] = 0
        self.review_pane.set_claims(claims, numbers)
        if self.summary_banner.article_id != self.current_article_id():
            self.summary_banner.hide()  # it spoke of another article (or database)
            self.summary_banner.command = self.summary_banner.article_id = None
        self.review_pane.select(self.selected_claim_id)
        self.act.review_next.setEnabled(bool(claims))
        self.act.review_previous.setEnabled(bool(claims))

    def _review_chosen(self: MainWindow, claim_id: str) -> None:
        self.select_claim(claim_id, scroll=True, flash=True)
        self.review_pane.select(self.selected_claim_id)

    def review_next(self: MainWindow, step: int = 1) -> bool:
        """Select the next claim that needs a look (fuzzy first, then orphans)."""
        ids = [claim.id for claim in self.claims_to_look_at()]
        if not ids:
            self.statusBar().showMessage("No claim needs a look.", STATUS_MS)
            return False
        if self.selected_claim_id in ids:
            index = (ids.index(self.selected_claim_id) + step) % len(ids)
        else:
            index = 0 if step > 0 else len(ids) - 1
        self.select_claim(ids[index], scroll=True, flash=True)
        claim = self.selected_claim()
        if claim is None:
            return False
        self.review_pane.select(claim.id)
        if claim.anchor_state is AnchorState.ORPHANED:
            self.review_dock.show()
            hint = "Orphaned: select the words it covers now and press Ctrl+Shift+A."
        else:
            hint = ("Needs a look: if the highlighted words are right, press Ctrl+Shift+A to "
                    "confirm; otherwise select the right words first.")
        self.statusBar().showMessage(f"{index + 1} of {len(ids)}. {hint}", STATUS_MS * 2)
        return True

    def reattach_selected(self: MainWindow) -> bool:
        """Anchor the selected claim to the words selected in the article; a fuzzy
        claim with no words selected is confirmed where it is."""
        claim = self.selected_claim()
        article = self.article_view.article
        version = self.article_view.version
        if claim is None or article is None or version is None:
            self.statusBar().showMessage("Pick a claim to re-attach first.", STATUS_MS)
            return False
        span = self.article_view.pane.selected_span(exact=False)
        if span is None and claim.anchor_state is AnchorState.FUZZY and (
                claim.version_id == version.id):
            span = (claim.start, claim.end)
        if span is None:
            self.statusBar().showMessage(
                "Select the words in the article this claim covers now, then re-attach.",
                STATUS_MS)
            return False
        try:
            command = ReattachClaim(self.controller.store, claim, *span)
        except FactcheckError as error:
            self.show_error("Cannot re-attach the claim", str(error))
            return False
        if not self.controller.push(command):
            return False
        self.article_view.pane.clear_text_selection()
        self.statusBar().showMessage("Claim re-attached. Undo (Ctrl+Z) puts it back.",
                                     STATUS_MS)
        return True
