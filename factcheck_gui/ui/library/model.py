"""The library's rows: its model (all articles or the newest first screenful, the
rest a page at a time), the filter behind its search, and the lines it shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QWidget

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.models import ArticleSummary, Status
from factcheck_gui.ui.claims.statuses import status_label
from factcheck_gui.ui.i18n import QT_TRANSLATE_NOOP, translate
from factcheck_gui.ui.widgets.safe_text import escape, tooltip
from factcheck_gui.ui.widgets.status_look import STATUS_COLOURS  # the tooltip says it in words

ID_ROLE = Qt.ItemDataRole.UserRole + 1
DETAILS_ROLE = Qt.ItemDataRole.UserRole + 2
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex
#: `page(offset, count)`: `count` articles of the library from `offset`, newest first.
Page = Callable[[int, int], list[ArticleSummary]]
#: How many articles each turn of the event loop adds after the first screenful.
LIBRARY_PAGE = 1000


def format_date(text: str | None) -> str | None:
    """`2026-10-14` as `14 Oct 2026` in the user's language; partial dates as given."""
    if not text:
        return None
    date = QDate.fromString(text[:10], Qt.DateFormat.ISODate)
    return QLocale().toString(date, "d MMM yyyy") if date.isValid() else text


def details_line(summary: ArticleSummary) -> str:
    """Outlet · date · claims, with how many are done (final or published)."""
    count = summary.claim_count
    done = sum(summary.counts_by_status.get(s, 0) for s in ("final", "published"))
    if not count:
        claims = translate("LibraryPane", "%n claim(s)", None, count)
    elif done < count:
        claims = translate("LibraryPane", "%n claim(s) ({done} done)", None, count).format(
            done=QLocale().toString(done))
    else:
        claims = translate("LibraryPane", "%n claim(s) (all done)", None, count)
    parts = [summary.outlet, format_date(summary.published), claims]
    return " · ".join(part for part in parts if part)


def progress_line(summary: ArticleSummary) -> str:
    """Claims per status in words: `To check 3 · Final 2`."""
    number = QLocale().toString
    return " · ".join(f"{status_label(status)} {number(summary.counts_by_status[status.value])}"
                      for status in Status if summary.counts_by_status.get(status.value))


SORTS = {
    QT_TRANSLATE_NOOP("LibraryPane", "Newest first"): lambda s: (s.imported_at,),
    QT_TRANSLATE_NOOP("LibraryPane", "Title"): lambda s: (s.title.casefold(),),
    QT_TRANSLATE_NOOP("LibraryPane", "Published"): lambda s: (s.published or "",),
    QT_TRANSLATE_NOOP("LibraryPane", "Most claims to do"): lambda s: (
        s.claim_count - sum(s.counts_by_status.get(k, 0) for k in ("final", "published")),),
}
DESCENDING = {"Newest first", "Published", "Most claims to do"}


COPY_MATCH_NOTE = QT_TRANSLATE_NOOP("LibraryPane", "found in a kept copy of a source")


class LibraryFilter(QSortFilterProxyModel):
    """Filters by words in the title or outlet, and keeps the articles found in their
    sources' kept copies (`in_copies`, asked of the store by the panel); those say so
    in their details line. With `only`, just those article ids (Assigned to me).
    Sorting happens in the model: a Python lessThan called ~70,000 times made a
    10,000-article start slow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.in_copies: set[str] = set()
        self.only: set[str] | None = None  # article ids to keep (Assigned to me)

    def set_only(self, ids: set[str] | None) -> None:
        self.beginFilterChange()
        self.only = ids
        self.endFilterChange()

    def set_search(self, text: str, in_copies: set[str] | None = None) -> None:
        self.beginFilterChange()
        self.words = text.casefold().split()
        self.in_copies = set(in_copies or ()) if self.words else set()
        self.endFilterChange()

    def _title_matches(self, summary: ArticleSummary) -> bool:
        haystack = f"{summary.title} {summary.outlet or ''}".casefold()
        return all(word in haystack for word in self.words)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self.words and self.only is None:
            return True
        model = self.sourceModel()
        if not isinstance(model, LibraryModel) or source_row >= model.rowCount():
            return False
        summary = model.loaded_ref()[source_row]
        if self.only is not None and summary.id not in self.only:
            return False
        if not self.words:
            return True
        return summary.id in self.in_copies or self._title_matches(summary)

    def copy_match_only(self, index: _Index) -> bool:
        """True when the row is listed only because a source's kept copy matched."""
        model = self.sourceModel()
        row = self.mapToSource(index).row()
        if not self.in_copies or not isinstance(model, LibraryModel) \
                or not 0 <= row < model.rowCount():
            return False
        summary = model.loaded_ref()[row]
        return summary.id in self.in_copies and not self._title_matches(summary)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        value = super().data(index, role)
        if role in (DETAILS_ROLE, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleDescriptionRole) \
                and value is not None and self.copy_match_only(index):
            if role == Qt.ItemDataRole.ToolTipRole:
                note = translate("LibraryPane", "Found in a kept copy of a source")
                return f"{value}<p>{escape(note)}</p>"  # rich text
            return f"{value} · {translate('LibraryPane', COPY_MATCH_NOTE)}"
        return value


class LibraryModel(QAbstractListModel):
    """A thin adapter over the store's `list_articles()` result.

    At start-up it may hold only the first screenful (`set_articles(rows, rest=...)`):
    the rest is loaded by `fetch_all()`, which the view asks for through
    `fetchMore` when it scrolls to the end, and the panel calls before searching,
    sorting or looking an article up, and once the window has been painted.
    `articles()` and `row_of()` always answer for the whole library."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ArticleSummary] = []
        self._rest: Callable[[], list[ArticleSummary]] | None = None
        self._page: Page | None = None
        self._sort = "Newest first"
        # Called with the whole list when it does not start with the rows shown
        # (the library changed in between); the panel keeps the selection.
        self.replace_all: Callable[[list[ArticleSummary]], None] = self.set_articles

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return summary.title
        if role == DETAILS_ROLE:
            return details_line(summary)
        if role == ID_ROLE:
            return summary.id
        if role == PROGRESS_ROLE:
            return [(STATUS_COLOURS[s.value], summary.counts_by_status.get(s.value, 0))
                    for s in Status]
        if role == Qt.ItemDataRole.ToolTipRole:
            progress = progress_line(summary)
            by_status = translate("LibraryPane", "Claims by status: {progress}").format(
                progress=progress)
            return tooltip(f"{summary.title}\n{details_line(summary)}"
                           + (f"\n{by_status}" if progress else ""))
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            progress = progress_line(summary)  # the bar under the row, in words
            by_status = translate("LibraryPane", "Claims by status: {progress}").format(
                progress=progress)
            return details_line(summary) + (f". {by_status}" if progress else "")
        return None

    def set_articles(self, rows: list[ArticleSummary],
                     rest: Callable[[], list[ArticleSummary]] | None = None,
                     page: Page | None = None) -> None:
        """Show `rows`; with `rest`, they are only the first of the whole list and
        `rest()` returns all of it (in any order) when needed. With `page`, newest
        first, `page(offset, count)` gives the next of them (`fetch_page`)."""
        self.beginResetModel()
        self._rows = sorted(rows, key=SORTS[self._sort], reverse=self._sort in DESCENDING)
        self._rest = rest
        self._page = page
        self.endResetModel()

    def set_sort(self, name: str) -> None:
        """Order rows by one of SORTS from the next `set_articles` on."""
        self._sort = name

    def sort_name(self) -> str:
        return self._sort

    def is_complete(self) -> bool:
        """True once every article of the library is in the model."""
        return self._rest is None

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and self._rest is not None

    def fetchMore(self, parent: _Index) -> None:
        if not parent.isValid():
            self.fetch_all()

    def fetch_page(self) -> bool:
        """Add the next page of the library (after the first screenful, a page per
        turn of the event loop: a million claims took ~2 s to list at once, the
        window frozen meanwhile); True once all of it is loaded."""
        if self._rest is None:
            return True
        page = self._page
        if page is None or self._sort != "Newest first":
            self.fetch_all()
            return True
        shown = len(self._rows)
        try:
            more = page(shown, LIBRARY_PAGE)
        except FactcheckError:
            self._rest = self._page = None
            return True  # the next refresh (after any change) loads the whole list again
        last = self._rows[-1] if self._rows else None
        if more and last is not None and (more[0].imported_at > last.imported_at or any(
                summary.id == more[0].id for summary in self._rows[-LIBRARY_PAGE:])):
            self.fetch_all()  # the library changed meanwhile: list it all again
            return True
        if more:
            self.beginInsertRows(QModelIndex(), shown, shown + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()
        if len(more) < LIBRARY_PAGE:
            self._rest = self._page = None
        return self._rest is None

    def fetch_all(self) -> None:
        """Load the rest of the library after the first screenful (no-op if loaded)."""
        if self._rest is None:
            return
        load, self._rest, self._page = self._rest, None, None
        try:
            rows = sorted(load(), key=SORTS[self._sort], reverse=self._sort in DESCENDING)
        except FactcheckError:
            return  # the next refresh (after any change) loads the whole list again
        shown = len(self._rows)
        if rows[:shown] != self._rows:
            self.replace_all(rows)
        elif len(rows) > shown:
            self.beginInsertRows(QModelIndex(), shown, len(rows) - 1)
            self._rows = rows
            self.endInsertRows()

    def update_summary(self, summary: ArticleSummary) -> bool:
        """Show new counts for one listed article (the row repaints, nothing else
        is reloaded); False if the article is not listed."""
        for row, shown in enumerate(self._rows):
            if shown.id == summary.id:
                self._rows[row] = summary
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)
                return True
        return False

    def summary(self, article_id: str) -> ArticleSummary | None:
        """The listed article `article_id` (None if not among the rows loaded)."""
        return next((s for s in self._rows if s.id == article_id), None)

    def articles(self) -> list[ArticleSummary]:
        self.fetch_all()
        return list(self._rows)

    def loaded_ref(self) -> list[ArticleSummary]:
        """The rows the model holds now (no loading: safe inside a filter pass)."""
        return self._rows

    def row_of(self, article_id: str) -> int:
        for row, summary in enumerate(self._rows):
            if summary.id == article_id:
                return row
        if self._rest is None:
            return -1
        self.fetch_all()
        return self.row_of(article_id)
