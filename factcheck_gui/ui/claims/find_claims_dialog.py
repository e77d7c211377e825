"""Edit > Find Claims: one box that searches every claim of the library.

Two searches, merged: claim memory (`similar_to_text`: claims that say nearly
the same thing, even in other words or figures written differently) first, then
the full-text index (`Store.search_claims`: claims whose quote, claim text,
rationale or article title contain every word typed). Choosing a result opens
its article and selects the claim.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.report import ReportScope
from factcheck_gui.core.similar import similar_to_text
from factcheck_gui.core.store import Store
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.library.model import format_date
from factcheck_gui.ui.widgets.safe_text import shorten

SEARCH_DELAY_MS = 200
MOST = 50
FIND_MIN_SCORE = 0.35  # looser than the inspector's: the user is searching
ID_ROLE = Qt.ItemDataRole.UserRole


def find_claims(store: Store, query: str, *, limit: int = MOST) -> list[tuple[str, str, str]]:
    """(claim_id, article_id, two-line label) for claims matching `query`, best first."""
    query = " ".join(query.split())
    if not query:
        return []
    found: dict[str, tuple[str, str, str]] = {}
    for hit in similar_to_text(store, query, limit=limit, min_score=FIND_MIN_SCORE):
        found[hit.claim_id] = (hit.claim_id, hit.article_id, _label(
            hit.claim_text or hit.quote, hit.verdict, hit.article_title,
            hit.article_published))
    more = [cid for cid in store.claims.search_claims(query, limit=limit) if cid not in found]
    if more and len(found) < limit:
        rows = {row.claim.id: row
                for row in store.reports.report_rows(
                    ReportScope(claims=tuple(more), blind_for=store.reviewer))}
        for claim_id in more:
            row = rows.get(claim_id)
            if row is None:
                continue
            found[claim_id] = (claim_id, row.article.id, _label(
                row.claim.claim_text or row.claim.quote, row.claim.verdict, row.article.title,
                row.article.published))
    return list(found.values())[:limit]


def _label(text: str, verdict: str | None, title: str, published: str | None) -> str:
    where = " · ".join(
        p
        for p in (
            verdict or translate("FindClaims", "Not judged"),
            shorten(title, 55),
            format_date(published),
        )
        if p
    )
    return f"{shorten(text, 110)}\n{where}"


class FindClaimsDialog(QDialog):
    """`chosen(article_id, claim_id)` when the user picks a result."""

    chosen = Signal(str, str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("FindClaims", "Find Claims"))
        self.setObjectName("findClaims")
        self.store = store
        self.query = QLineEdit()
        self.query.setPlaceholderText(
            translate("FindClaims", "Words or a whole claim, e.g. bus fares rose 18%")
        )
        self.query.setAccessibleName(translate("FindClaims", "Find claims"))
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setAccessibleName(translate("FindClaims", "Matching claims"))
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.setSpacing(2)
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                   | QDialogButtonBox.StandardButton.Close)
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
        self.open_button.setEnabled(False)
        buttons.accepted.connect(self.open_current)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.resize(620, 440)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._return_in_query)
        self.query.installEventFilter(self)
        self.results.itemActivated.connect(lambda _item: self.open_current())
        self.results.currentRowChanged.connect(
            lambda row: self.open_button.setEnabled(row >= 0))

    def set_store(self, store: Store) -> None:
        self.store = store
        self.results.clear()

    def search(self) -> None:
        self._timer.stop()
        self.results.clear()
        text = self.query.text()
        try:
            hits = find_claims(self.store, text)
        except FactcheckError as error:
            self.count.setText(
                translate("FindClaims", "Could not search: {error}").format(error=error)
            )
            return
        for claim_id, article_id, label in hits:
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, (article_id, claim_id))
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        found = len(hits)
        self.count.setText("" if not text.strip() else
                           translate("FindClaims", "%n claim(s) found", None, found))

    def _return_in_query(self) -> None:
        if self._timer.isActive():
            self.search()
        self.open_current()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up and Down in the box move through the results, as in a browser's bar.
        if watched is self.query and isinstance(event, QKeyEvent) and (
            event.type() == QKeyEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
            and self.results.count()
        ):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
            self.results.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)

    def open_current(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        article_id, claim_id = item.data(ID_ROLE)
        self.accept()
        self.chosen.emit(article_id, claim_id)
