"""After the text changed: the summary banner, the "Claims to Look At" pane (orphans
and fuzzy claims, with the words they used to cover), stepping through them, and
re-attaching one to new words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.models import AnchorState, Claim
from factcheck_gui.ui.article.reading_pane import ReadingPane
from factcheck_gui.ui.claims.controller import ClaimsController
from factcheck_gui.ui.edits.undo import UndoController
from factcheck_gui.ui.edits.versions import AddVersion, ReattachClaim
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.shell.actions import ActionRegistry, ActionSpec, Place
from factcheck_gui.ui.shell.messages import Messages
from factcheck_gui.ui.shell.workspace import Workspace
from factcheck_gui.ui.widgets.banner import Banner
from factcheck_gui.ui.widgets.safe_text import shorten, tooltip

if TYPE_CHECKING:
    from factcheck_gui.core.models import VersionUpdate

LOOK = (AnchorState.FUZZY, AnchorState.ORPHANED)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_MS = 6000


def summary_text(update: VersionUpdate) -> str:
    """'Version 3 stored: 12 ok, 3 moved, 2 need a look, 1 orphaned.'"""
    counts = update.counts
    number = QLocale().toString
    if not sum(counts.values()):
        return translate("ReviewChanges", "Version {number} stored. There were no claims to"
                         " carry over.").format(number=number(update.version.number))
    text = translate("ReviewChanges", "Version {number} stored: {ok} ok, {moved} moved, {fuzzy}"
                     " need a look, {orphaned} orphaned.").format(
        number=number(update.version.number), ok=number(counts["ok"]),
        moved=number(counts["moved"]), fuzzy=number(counts["fuzzy"]),
        orphaned=number(counts["orphaned"]))
    if counts["fuzzy"] + counts["orphaned"]:
        return text
    found = translate("ReviewChanges", "Every claim was found.")
    return f"{text} {found}"


class SummaryBanner(Banner):
    """A strip above the workspace after an update: what happened to the claims."""

    review_requested = Signal()
    orphans_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("summaryBanner", "#dcebf7", "#6f9fc8", "#0f2a40", parent=parent)
        self.command: AddVersion | None = None
        self.article_id: str | None = None
        self.message.setObjectName("summaryMessage")
        self.review_button = self.add_button(
            translate("ReviewChanges", "Review Next"),
            translate("ReviewChanges", "Go to the next claim that needs a look (F8)"),
        )
        self.review_button.clicked.connect(self.review_requested)
        self.orphans_button = self.add_button(translate("ReviewChanges", "Show Claims to Look At"))
        self.orphans_button.clicked.connect(self.orphans_requested)
        self.dismiss_button = self.add_button(translate("ReviewChanges", "Dismiss"))
        self.dismiss_button.clicked.connect(self.hide)

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
            translate(
                "ReviewChanges",
                "Pick a claim here, select the words it now covers in the article, then press "
                "Re-attach (Ctrl+Shift+A). A claim that needs a look can also be confirmed "
                "where it is.",
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget()
        self.list.setObjectName("reviewList")
        self.list.setAccessibleName(translate("ReviewChanges", "Claims to look at"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.empty = QLabel(
            translate(
                "ReviewChanges", "Nothing to look at: every claim of this article is in place."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reattach_button = QPushButton(translate("ReviewChanges", "Re-attach to Selection"))
        self.reattach_button.clicked.connect(self.reattach_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.reattach_button)
        self.list.currentItemChanged.connect(self._chosen)
        self._quiet = False
        self.writable = True  # False while the database is open read-only
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
        self.reattach_button.setEnabled(bool(claims) and self.writable)

    def set_writable(self, writable: bool) -> None:
        self.writable = writable
        self.reattach_button.setEnabled(self.list.count() > 0 and writable)

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
        if version:
            return translate("ReviewChanges", "Orphaned · covered in version {version}\n"
                             "“{quote}”").format(version=QLocale().toString(version),
                                                  quote=shorten(claim.quote, 160))
        return translate("ReviewChanges", "Orphaned\n“{quote}”").format(
            quote=shorten(claim.quote, 160))
    if claim.original_quote and claim.original_quote != claim.quote:
        return translate("ReviewChanges", "Needs a look · was\n“{was}”\nnow “{now}”").format(
            was=shorten(claim.original_quote, 120), now=shorten(claim.quote, 120))
    return translate("ReviewChanges", "Needs a look\n“{quote}”").format(
        quote=shorten(claim.quote, 160))


class ReviewController:
    """Stepping through and re-attaching claims whose text changed."""

    def __init__(self, ws: Workspace, undo: UndoController, messages: Messages,
                 registry: ActionRegistry, window: QMainWindow, pane: ReadingPane,
                 claims: ClaimsController) -> None:
        self.ws, self.undo, self.messages, self.registry = ws, undo, messages, registry
        self.pane, self.claims = pane, claims
        self._version_numbers: dict[str, int] = {}
        look = lambda: bool(self.claims_to_look_at())  # noqa: E731
        registry.declare(
            [
                ActionSpec(
                    "review_next",
                    translate("ReviewChanges", "Review &Next Changed Claim"),
                    lambda: self.review_next(1),
                    ("F8",),
                    translate(
                        "ReviewChanges",
                        "Go to the next claim that was lost or needs a look after the text changed",
                    ),
                    menus=(Place("article", 4, 1),),
                    when=look,
                ),
                ActionSpec(
                    "review_previous",
                    translate("ReviewChanges", "Review &Previous Changed Claim"),
                    lambda: self.review_next(-1),
                    ("Shift+F8",),
                    translate("ReviewChanges", "Go to the previous claim that needs a look"),
                    menus=(Place("article", 4, 2),),
                    when=look,
                ),
                ActionSpec(
                    "reattach",
                    translate("ReviewChanges", "Re-&attach Claim to Selection"),
                    self.reattach_selected,
                    ("Ctrl+Shift+A",),
                    translate(
                        "ReviewChanges",
                        "Anchor the selected claim to the words selected in the article",
                    ),
                    menus=(Place("article", 4, 3),),
                    when=ws.has_selection,
                    writes=True,
                ),
            ]
        )
        self.review_pane = ReviewPane()
        self.review_pane.claim_chosen.connect(self._review_chosen)
        self.review_pane.reattach_requested.connect(self.reattach_selected)
        self.review_dock = dock = QDockWidget(
            translate("ReviewChanges", "Claims to Look At"), window
        )
        dock.setObjectName("reviewDock")
        dock.setWidget(self.review_pane)
        dock.setAllowedAreas(Qt.DockWidgetArea.RightDockWidgetArea
                             | Qt.DockWidgetArea.BottomDockWidgetArea)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.hide()
        dock.visibilityChanged.connect(self._dock_shown)
        self.summary_banner = SummaryBanner()
        self.summary_banner.review_requested.connect(lambda: self.review_next(1))
        self.summary_banner.orphans_requested.connect(dock.show)
        toggle = dock.toggleViewAction()
        toggle.setText(translate("ReviewChanges", "Claims to &Look At"))
        registry.adopt(
            ActionSpec(
                "toggle_review",
                toggle.text(),
                keys=("Ctrl+5",),
                tip=translate(
                    "ReviewChanges",
                    "Show the claims that were lost or need a look after the text changed",
                ),
                menus=(Place("view", 4, 1),),
                while_correcting=True,
            ),
            toggle,
        )
        toggle.setShortcut("Ctrl+5")
        toggle.setStatusTip(
            translate(
                "ReviewChanges",
                "Show the claims that were lost or need a look after the text changed",
            )
        )
        undo.stack.indexChanged.connect(lambda _i: self._summary_follow_undo())
        ws.claims_changed.connect(self.refresh_review)
        ws.store_changed.connect(lambda: self.review_pane.set_writable(not ws.is_read_only()))
        ws.selection_changed.connect(lambda: self.review_pane.select(ws.selected_claim_id))

    def _dock_shown(self, shown: bool) -> None:
        if shown:
            self.refresh_review()

    def show_update_summary(self, command: AddVersion) -> None:
        self.summary_banner.show_update(command)
        update = command.update
        if update is not None and update.counts["orphaned"]:
            self.review_dock.show()

    def _summary_follow_undo(self) -> None:
        """An undone update's summary no longer describes anything: hide it."""
        banner = self.summary_banner
        try:
            undone = banner.command is not None and banner.command.update is None
        except RuntimeError:  # the undo stack was cleared (another database)
            undone = True
        if undone:
            banner.hide()
            banner.command = None

    def claims_to_look_at(self) -> list[Claim]:
        return sorted((row.claim for row in self.ws.rows.values()
                       if row.claim.anchor_state in LOOK), key=_review_order)

    def refresh_review(self) -> None:
        """Fill the pane from the claims on screen (called whenever they change)."""
        claims = self.claims_to_look_at()
        numbers = self._version_numbers
        for claim in claims:
            if claim.version_id not in numbers:
                try:
                    numbers[claim.version_id] = self.ws.store.versions.get_version(
                        claim.version_id).number
                except FactcheckError:
                    numbers[claim.version_id] = 0
        self.review_pane.set_claims(claims, numbers)
        if self.summary_banner.article_id != self.ws.article_id:
            self.summary_banner.hide()  # it spoke of another article (or database)
            self.summary_banner.command = self.summary_banner.article_id = None
        self.review_pane.select(self.ws.selected_claim_id)
        self.registry.update()

    def _review_chosen(self, claim_id: str) -> None:
        self.claims.select_claim(claim_id, scroll=True, flash=True)
        self.review_pane.select(self.ws.selected_claim_id)

    def review_next(self, step: int = 1) -> bool:
        """Select the next claim that needs a look (fuzzy first, then orphans)."""
        ids = [claim.id for claim in self.claims_to_look_at()]
        if not ids:
            self.messages.status(translate("ReviewChanges", "No claim needs a look."), STATUS_MS)
            return False
        selected = self.ws.selected_claim_id
        if selected in ids:
            index = (ids.index(selected) + step) % len(ids)
        else:
            index = 0 if step > 0 else len(ids) - 1
        self.claims.select_claim(ids[index], scroll=True, flash=True)
        claim = self.ws.selected_claim()
        if claim is None:
            return False
        self.review_pane.select(claim.id)
        if claim.anchor_state is AnchorState.ORPHANED:
            self.review_dock.show()
            hint = translate(
                "ReviewChanges", "Orphaned: select the words it covers now and press Ctrl+Shift+A."
            )
        else:
            hint = translate(
                "ReviewChanges",
                "Needs a look: if the highlighted words are right, press Ctrl+Shift+A to "
                "confirm; otherwise select the right words first.",
            )
        self.messages.status(
            translate("ReviewChanges", "{current} of {total}. {hint}").format(
                current=QLocale().toString(index + 1), total=QLocale().toString(len(ids)), hint=hint
            ),
            STATUS_MS * 2,
        )
        return True

    def reattach_selected(self) -> bool:
        """Anchor the selected claim to the words selected in the article; a fuzzy
        claim with no words selected is confirmed where it is."""
        claim = self.ws.selected_claim()
        article, version = self.ws.article, self.ws.version
        if claim is None or article is None or version is None:
            self.messages.status(
                translate("ReviewChanges", "Pick a claim to re-attach first."), STATUS_MS
            )
            return False
        span = self.pane.selected_span(exact=False)
        if span is None and claim.anchor_state is AnchorState.FUZZY and (
                claim.version_id == version.id):
            span = (claim.start, claim.end)
        if span is None:
            self.messages.status(
                translate(
                    "ReviewChanges",
                    "Select the words in the article this claim covers now, then re-attach.",
                ),
                STATUS_MS,
            )
            return False
        try:
            command = ReattachClaim(self.undo.store, claim, *span)
        except FactcheckError as error:
            self.messages.show_error(
                translate("ReviewChanges", "Cannot re-attach the claim"), str(error)
            )
            return False
        if not self.undo.push(command):
            return False
        self.pane.clear_text_selection()
        self.messages.status(
            translate("ReviewChanges", "Claim re-attached. Undo (Ctrl+Z) puts it back."), STATUS_MS
        )
        return True

