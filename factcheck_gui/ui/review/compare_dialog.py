"""Article > Compare Reviews: the reviewers' done passes side by side over the text.

Top: the agreement figures of this article. Left: the text, each claim group
coloured by who found it (all / some / one). Right: one row per group (the
unmatched ones are the groups found by one), each reviewer's verdict and status,
and whether it is curated yet; below, the selected group's claims side by side
(quote, verdict, status, rationale, sources). Curation from here: take one
reviewer's claim, merge the claims of the selected rows into one, or write the
final judgement; each is one undoable step (ui/edits/review.py).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from factcheck_gui.core.models import RatingScale
from factcheck_gui.core.review import PassClaim
from factcheck_gui.core.review_agreement import agreement, groups_of
from factcheck_gui.core.review_selection import article_passes, latest_done, scale_order
from factcheck_gui.core.spanmatch import Group
from factcheck_gui.core.store import Store
from factcheck_gui.ui.edits.review import Curate, merged_fields
from factcheck_gui.ui.edits.undo import UndoController
from factcheck_gui.ui.i18n import QT_TRANSLATE_NOOP, translate
from factcheck_gui.ui.overview.claims_list import status_label
from factcheck_gui.ui.review.following import UndoFollowingDialog
from factcheck_gui.ui.review.span_view import SpanView, colours
from factcheck_gui.ui.scales.verdict_look import fill_verdict_combo
from factcheck_gui.ui.widgets.safe_text import shorten

DETAIL_ROWS = (QT_TRANSLATE_NOOP("CompareReviews", "Quote"),
               QT_TRANSLATE_NOOP("CompareReviews", "Verdict"),
               QT_TRANSLATE_NOOP("CompareReviews", "Status"),
               QT_TRANSLATE_NOOP("CompareReviews", "Rationale"),
               QT_TRANSLATE_NOOP("CompareReviews", "Sources"))


def _fmt(value: float | None) -> str:
    if value is None:
        return translate("CompareReviews", "n/a", "no value")
    return QLocale().toString(value, "f", 2)


def _pct(value: float | None) -> str:
    if value is None:
        return translate("CompareReviews", "n/a", "no value")
    return QLocale().toString(round(100 * value)) + QLocale().percent()


def _item(text: str, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if tip:
        item.setToolTip(tip)
    return item


class CompareDialog(UndoFollowingDialog):
    def __init__(self, parent: QWidget | None, store: Store, undo: UndoController,
                 article_id: str) -> None:
        store.reviews.require_not_blind(article_id, store.reviewer)
        super().__init__(parent, store, undo)
        self.article_id = article_id
        self.setWindowTitle(translate("CompareReviews", "Compare Reviews"))
        self.resize(1180, 720)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.text = SpanView()
        self.text.setAccessibleName(translate("CompareReviews", "Article text"))
        self.text.setAccessibleDescription(translate(
            "CompareReviews", "Claims coloured by who found them: all reviewers, some or one;"
            " the claim groups table lists the same"))
        self.groups = QTableWidget()
        self.groups.setAccessibleName(translate("CompareReviews", "Claim groups"))
        self.groups.setAccessibleDescription(translate(
            "CompareReviews", "One row per claim: who found it, each reviewer's verdict and"
            " status, and whether it is curated"))
        self.groups.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.groups.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.groups.verticalHeader().hide()
        self.groups.itemSelectionChanged.connect(self._show_selected)
        self.details = QTableWidget(len(DETAIL_ROWS), 0)
        self.details.setAccessibleName(translate("CompareReviews", "Claims of the selected groups"))
        self.details.setAccessibleDescription(translate(
            "CompareReviews",
            "Each reviewer's quote, verdict, status, rationale and sources side by side"))
        self.details.setVerticalHeaderLabels([translate("CompareReviews", r) for r in DETAIL_ROWS])
        self.details.setWordWrap(True)
        self.details.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.take_from = QComboBox()
        self.take_from.setAccessibleName(translate("CompareReviews", "Take the claim of"))
        self.take_button = QPushButton(translate("CompareReviews", "&Take Claim"))
        self.take_button.setToolTip(translate(
            "CompareReviews", "Make the article's claim from this reviewer's claim"))
        self.take_button.clicked.connect(self.take_selected)
        self.merge_button = QPushButton(translate("CompareReviews", "&Merge Selected"))
        self.merge_button.setToolTip(translate(
            "CompareReviews", "One article claim from every claim in the selected rows: the span"
            " covering them, every rationale and source"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.judge_button = QPushButton(translate("CompareReviews", "Final &Judgement…"))
        self.judge_button.setToolTip(translate(
            "CompareReviews", "Write the final verdict and rationale for the selected claims;"
            " they become one final article claim"))
        self.judge_button.clicked.connect(self.judge_selected)
        self._layout()
        self.fill()

    def _layout(self) -> None:
        actions = QHBoxLayout()
        actions.addWidget(QLabel(translate("CompareReviews", "From:")))
        actions.addWidget(self.take_from)
        for button in (self.take_button, self.merge_button, self.judge_button):
            actions.addWidget(button)
        actions.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        inner = QSplitter(Qt.Orientation.Vertical)
        inner.addWidget(self.groups)
        inner.addWidget(self.details)
        inner.setSizes([360, 260])
        right_layout.addWidget(inner, 1)
        right_layout.addLayout(actions)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.text)
        split.addWidget(right)
        split.setSizes([430, 750])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)

    # -- reading -------------------------------------------------------------------
    def fill(self) -> None:
        passes = article_passes(self.store, self.article_id, viewer=self.store.reviewer)
        self.reviewers = sorted(passes.claims)
        self.by_id: dict[str, PassClaim] = {c.id: c for cs in passes.claims.values()
                                            for c in cs}
        self.group_list: list[Group] = groups_of(passes)
        self.curated = self._curated_links()
        figures = agreement([passes], scale_order(self.store))
        found = figures.found
        locale = QLocale()
        matched = figures.matched_units
        lines = [
            translate("CompareReviews", "Reviewers: {names}").format(
                names=", ".join(self.reviewers)) if self.reviewers
            else translate("CompareReviews", "Reviewers: no pass done yet"),
            translate("CompareReviews", "Marked: {all} claims found by all, {some} by some,"
                      " {one} by one (unmatched)   ·   unitizing alpha {alpha}").format(
                all=locale.toString(found["all"]), some=locale.toString(found["some"]),
                one=locale.toString(found["one"]), alpha=_fmt(figures.span_alpha)),
            translate("CompareReviews", "Judged (%n matched): verdict alpha {nominal} nominal,"
                      " {ordinal} ordinal", None, matched).format(
                nominal=_fmt(figures.verdict_alpha_nominal),
                ordinal=_fmt(figures.verdict_alpha_ordinal)),
        ]
        if figures.verdict_kappa is not None:
            lines[-1] += "   ·   " + translate("CompareReviews", "Cohen's kappa {value}").format(
                value=_fmt(figures.verdict_kappa))
        lines[-1] += "   ·   " + translate(
            "CompareReviews", "same verdict {verdict}   ·   same status {status}").format(
            verdict=_pct(figures.verdict_same), status=_pct(figures.status_same))
        self.summary.setText("\n".join(lines))
        latest = latest_done(self.store, self.article_id)
        if latest:
            text = self.store.reviews.pass_text(next(iter(latest.values())))
            if text != self.text.text:
                self.text.set_text(text)
        self._fill_groups()
        self._paint()
        self._show_selected()

    def _curated_links(self) -> dict[str, str]:
        """Pass claim id -> the article claim curated from it (claims still there)."""
        links: dict[str, str] = {}
        for claim in self.store.claims.list_claims(self.article_id):
            for link in self.store.reviews.curated_from(claim.id):
                for origin in link.get("from", []):
                    links[origin["review_claim_id"]] = claim.id
        return links

    def kind(self, group: Group) -> str:
        n = len(group.coders)
        if n == len(self.reviewers) and n > 1:
            return "all"
        return "some" if n > 1 else "one"

    def _fill_groups(self) -> None:
        selected = self.selected_rows()
        headers = [translate("CompareReviews", "Found by"), translate("CompareReviews", "Quote"),
                   *self.reviewers, translate("CompareReviews", "Curated")]
        self.groups.clear()
        self.groups.setColumnCount(len(headers))
        self.groups.setHorizontalHeaderLabels(headers)
        self.groups.setRowCount(len(self.group_list))
        fills = colours(self)
        for row, group in enumerate(self.group_list):
            kind = self.kind(group)
            who = ", ".join(sorted(group.coders))
            found = _item({"all": translate("CompareReviews", "all", "found by all"),
                           "some": translate("CompareReviews", "some: {names}").format(names=who),
                           "one": translate("CompareReviews", "one: {names}").format(names=who),
                           }[kind])
            found.setBackground(QColor(fills[kind]))
            self.groups.setItem(row, 0, found)
            claims = [self.by_id[m.key] for m in group.marks]
            quote = max((c.quote for c in claims), key=len)
            self.groups.setItem(row, 1, _item(shorten(" ".join(quote.split()), 60), quote))
            for col, reviewer in enumerate(self.reviewers, start=2):
                mark = group.by(reviewer)
                claim = self.by_id[mark.key] if mark else None
                text = f"{claim.verdict or '—'} · {status_label(claim.status)}" if claim else ""
                self.groups.setItem(row, col, _item(text))
            curated_ids = {self.curated[c.id] for c in claims if c.id in self.curated}
            done = ""
            if curated_ids:
                verdicts = {self.store.claims.get_claim(i).verdict or "—" for i in curated_ids}
                done = "✓ " + ", ".join(sorted(verdicts))
            self.groups.setItem(row, len(headers) - 1, _item(done))
        header = self.groups.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row in selected:
            if row < self.groups.rowCount():
                self.groups.selectRow(row)

    def _paint(self) -> None:
        spans: list[tuple[int, int, str]] = []
        selected = set(self.selected_rows())
        for row, group in enumerate(self.group_list):
            kind = "current" if row in selected else self.kind(group)
            spans.extend((m.start, m.end, kind) for m in group.marks)
        self.text.paint(spans)

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.groups.selectedIndexes()})

    def selected_claims(self) -> list[PassClaim]:
        claims = [self.by_id[m.key] for row in self.selected_rows()
                  for m in self.group_list[row].marks]
        return sorted(claims, key=lambda c: (c.start, c.reviewer))

    def _show_selected(self) -> None:
        rows = self.selected_rows()
        claims = self.selected_claims()
        self.details.setColumnCount(len(claims))
        self.details.setHorizontalHeaderLabels([c.reviewer for c in claims])
        for col, claim in enumerate(claims):
            values = (claim.quote, claim.verdict or "—", status_label(claim.status),
                      claim.rationale or "",
                      "\n".join(claim.source_urls))
            for row, value in enumerate(values):
                self.details.setItem(row, col, _item(value))
        self.details.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.details.resizeRowsToContents()
        self.take_from.clear()
        for claim in claims:
            self.take_from.addItem(f"{claim.reviewer}: {claim.verdict or '—'}", claim.id)
        self.take_button.setEnabled(bool(claims))
        self.merge_button.setEnabled(len(claims) >= 2)
        self.judge_button.setEnabled(bool(claims))
        if rows:
            self.text.show_span(self.group_list[rows[0]].start)
        self._paint()

    # -- curating ------------------------------------------------------------------
    def select_group_of(self, claim_id: str) -> None:
        for row, group in enumerate(self.group_list):
            if any(m.key == claim_id for m in group.marks):
                self.groups.clearSelection()
                self.groups.selectRow(row)
                return

    def take_selected(self) -> bool:
        claim_id = self.take_from.currentData()
        if claim_id is None:
            return False
        claim = self.by_id[claim_id]
        return self.undo.push(Curate(self.store, self.article_id, "take", [claim],
                                     status=claim.status))

    def merge_selected(self) -> bool:
        claims = self.selected_claims()
        if len(claims) < 2:
            return False
        return self.undo.push(Curate(self.store, self.article_id, "merge", claims))

    def judge_selected(self) -> bool:
        claims = self.selected_claims()
        if not claims:
            return False
        suggested = merged_fields(claims)
        answer = JudgementDialog.ask(self, self.store.scales.active_scale(),
                                     suggested["verdict"], suggested["rationale"])
        if answer is None:
            return False
        verdict, rationale = answer
        return self.undo.push(Curate(self.store, self.article_id, "judge", claims,
                                     verdict=verdict, rationale=rationale, status="final"))

    @classmethod
    def ask(cls, parent: QWidget | None, store: Store, undo: UndoController,
            article_id: str) -> None:
        """Show the comparison until closed. Tests replace this."""
        cls(parent, store, undo, article_id).run()


class JudgementDialog(QDialog):
    """The curator's final verdict and rationale for a group of claims."""

    def __init__(self, parent: QWidget | None, scale: RatingScale | None,
                 verdict: str | None, rationale: str | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CompareReviews", "Final Judgement"))
        self.verdict = QComboBox()
        fill_verdict_combo(self.verdict, scale, translate("CompareReviews", "No verdict"),
                           verdict, number_keys=False)
        self.rationale = QPlainTextEdit(rationale or "")
        form = QFormLayout(self)
        form.addRow(translate("CompareReviews", "&Verdict:"), self.verdict)
        form.addRow(translate("CompareReviews", "&Rationale:"), self.rationale)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, scale: RatingScale | None, verdict: str | None,
            rationale: str | None) -> tuple[str | None, str | None] | None:
        """(verdict, rationale), or None when cancelled. Tests replace this."""
        dialog = cls(parent, scale, verdict, rationale)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.verdict.currentData(), dialog.rationale.toPlainText().strip() or None
