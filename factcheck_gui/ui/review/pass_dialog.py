"""Article > My Review Pass: a reviewer's blind check of an article.

The text as it was when the pass started, with only this reviewer's own claims
marked; select text and Add Claim, fill in verdict, status, rationale and
sources, and Mark Pass Done when finished (after which the others' claims and
the article's own become visible to them). Every change is an undo step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from factcheck_gui.core.models import Status
from factcheck_gui.core.review import PassClaim, ReviewPass
from factcheck_gui.core.store import Store
from factcheck_gui.ui.edits.review import AddPassClaim, DeletePassClaim, EditPassClaim, SetPassDone
from factcheck_gui.ui.edits.undo import UndoController
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.overview.claims_list import status_label
from factcheck_gui.ui.review.following import UndoFollowingDialog
from factcheck_gui.ui.review.span_view import SpanView
from factcheck_gui.ui.scales.verdict_look import fill_verdict_combo
from factcheck_gui.ui.widgets.safe_text import shorten


class PassDialog(UndoFollowingDialog):
    def __init__(self, parent: QWidget | None, store: Store, undo: UndoController,
                 review: ReviewPass) -> None:
        super().__init__(parent, store, undo)
        self.review = review
        self.setWindowTitle(translate("ReviewPass", "Review Pass — {name}").format(
            name=review.reviewer))
        self.resize(1000, 640)
        self.note = QLabel(translate("ReviewPass", "Blind check by {name}: only your own claims"
                                     " are shown until you mark the pass done.").format(
                                         name=review.reviewer))
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.text = SpanView()
        self.text.setAccessibleName(translate("ReviewPass", "Article text"))
        self.text.setAccessibleDescription(translate(
            "ReviewPass", "As it was when the pass started, with your claims marked: select a"
            " passage, then Add Claim from Selection"))
        self.text.set_text(store.reviews.pass_text(review))
        self.claims = QListWidget()
        self.claims.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.claims.currentItemChanged.connect(lambda *_: self._show_current())
        self.verdict = QComboBox()
        self.status = QComboBox()
        for status in (Status.TO_CHECK, Status.IN_PROGRESS, Status.NEEDS_REVIEW, Status.FINAL):
            self.status.addItem(status_label(status.value), status.value)
        self.rationale = QPlainTextEdit()
        self.sources = QLineEdit()
        self.sources.setPlaceholderText(translate("ReviewPass",
                                                  "https://… (several: separate with spaces)"))
        self.add_button = QPushButton(translate("ReviewPass", "&Add Claim from Selection"))
        self.add_button.clicked.connect(self.add_from_selection)
        self.save_button = QPushButton(translate("ReviewPass", "&Save Changes"))
        self.save_button.clicked.connect(self.save_current)
        self.delete_button = QPushButton(translate("ReviewPass", "&Delete Claim"))
        self.delete_button.clicked.connect(self.delete_current)
        self.done_button = QPushButton(translate("ReviewPass", "Mark Pass &Done"))
        self.done_button.clicked.connect(self.mark_done)
        self._layout()
        self.fill()

    def _layout(self) -> None:
        form_box = QWidget()
        form = QFormLayout(form_box)
        form.addRow(translate("ReviewPass", "Claims:"), self.claims)
        form.addRow(translate("ReviewPass", "&Verdict:"), self.verdict)
        form.addRow(translate("ReviewPass", "S&tatus:"), self.status)
        form.addRow(translate("ReviewPass", "&Rationale:"), self.rationale)
        form.addRow(translate("ReviewPass", "S&ources:"), self.sources)
        row = QHBoxLayout()
        for button in (self.add_button, self.save_button, self.delete_button):
            row.addWidget(button)
        form.addRow(row)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.text)
        split.addWidget(form_box)
        split.setSizes([560, 440])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.done_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)

    def fill(self) -> None:
        self.review = self.store.reviews.get_pass(self.review.id)
        current = self.current_claim()
        self.mine = self.store.reviews.pass_claims(self.review.id, viewer=self.review.reviewer)
        self.claims.blockSignals(True)
        self.claims.clear()
        for claim in self.mine:
            item = QListWidgetItem(f"{claim.verdict or '—'} · {shorten(claim.quote, 50)}")
            item.setData(Qt.ItemDataRole.UserRole, claim.id)
            self.claims.addItem(item)
            if current is not None and claim.id == current.id:
                self.claims.setCurrentItem(item)
        self.claims.blockSignals(False)
        open_pass = not self.review.done
        for widget in (self.add_button, self.save_button, self.delete_button, self.done_button):
            widget.setEnabled(open_pass)
        if self.review.done:
            self.note.setText(translate("ReviewPass", "{name}'s pass is done.").format(
                name=self.review.reviewer))
        self._show_current()

    def current_claim(self) -> PassClaim | None:
        item = self.claims.currentItem() if hasattr(self, "mine") else None
        if item is None:
            return None
        claim_id = item.data(Qt.ItemDataRole.UserRole)
        return next((c for c in self.mine if c.id == claim_id), None)

    def _show_current(self) -> None:
        claim = self.current_claim()
        fill_verdict_combo(self.verdict, self.store.scales.active_scale(),
                           translate("ReviewPass", "No verdict"),
                           claim.verdict if claim else None, number_keys=False)
        self.status.setCurrentIndex(max(0, self.status.findData(claim.status if claim
                                                                 else "to-check")))
        self.rationale.setPlainText(claim.rationale or "" if claim else "")
        self.sources.setText(" ".join(claim.source_urls) if claim else "")
        spans = [(c.start, c.end, "current" if claim and c.id == claim.id else "mine")
                 for c in self.mine]
        self.text.paint(spans)
        if claim is not None:
            self.text.show_span(claim.start)

    def _fields(self) -> dict[str, object]:
        return {"verdict": self.verdict.currentData(), "status": self.status.currentData(),
                "rationale": self.rationale.toPlainText().strip() or None,
                "sources": self.sources.text().split()}

    def add_from_selection(self) -> bool:
        span = self.text.selected_span()
        if span is None:
            return False
        start, end = span
        command = AddPassClaim(self.store, self.review.id, start, end,
                               self.text.text[start:end], **self._fields())
        if not self.undo.push(command):
            return False
        self.select(command.claim_id)
        return True

    def select(self, claim_id: str) -> None:
        for row in range(self.claims.count()):
            if self.claims.item(row).data(Qt.ItemDataRole.UserRole) == claim_id:
                self.claims.setCurrentRow(row)

    def save_current(self) -> bool:
        claim = self.current_claim()
        if claim is None:
            return False
        return self.undo.push(EditPassClaim(self.store, claim, self._fields()))

    def delete_current(self) -> bool:
        claim = self.current_claim()
        return claim is not None and self.undo.push(DeletePassClaim(self.store, claim))

    def mark_done(self) -> bool:
        return self.undo.push(SetPassDone(self.store, self.review.id))

    @classmethod
    def ask(cls, parent: QWidget | None, store: Store, undo: UndoController,
            review: ReviewPass) -> None:
        """Show the pass until closed. Tests replace this."""
        cls(parent, store, undo, review).run()
