"""The library: every article, newest first, as a two-line list (title, details)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QActionGroup,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMenu,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from factcheck_gui.core.models import ArticleSummary
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.library.model import (
    DETAILS_ROLE,
    ID_ROLE,
    PROGRESS_ROLE,
    SORTS,
    LibraryFilter,
    LibraryModel,
    Page,
)
from factcheck_gui.ui.widgets.elided_label import ElidedLabel
from factcheck_gui.ui.widgets.viewport import viewport_of

TITLE_LINES = 2
PAD_X, PAD_Y, GAP = 12, 9, 3
BAR_HEIGHT = 4
_Index = QModelIndex | QPersistentModelIndex


class LibraryDelegate(QStyledItemDelegate):
    """Title in bold (wrapped to two lines, then elided), details muted below."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setWeight(QFont.Weight.DemiBold)
        details = QFont(option.font)
        details.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.9))
        return title, details

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        title, details = self._fonts(option)
        height = (
            2 * PAD_Y
            + TITLE_LINES * QFontMetrics(title).lineSpacing()
            + GAP
            + QFontMetrics(details).lineSpacing()
            + GAP + BAR_HEIGHT
        )
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        roles = QPalette.ColorRole
        text_role = roles.HighlightedText if selected else roles.Text
        muted_role = roles.HighlightedText if selected else roles.PlaceholderText
        title_font, details_font = self._fonts(opt)
        rect = opt.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)

        painter.save()
        painter.setFont(title_font)
        painter.setPen(opt.palette.color(group, text_role))
        lines = _wrapped_lines(str(index.data() or ""), title_font, rect.width(), TITLE_LINES)
        metrics = QFontMetrics(title_font)
        details_metrics = QFontMetrics(details_font)
        used = len(lines) * metrics.lineSpacing() + GAP + details_metrics.lineSpacing()
        y = rect.top() + max(0, (rect.height() - used) // 2)  # one-line titles: centred
        for line in lines:
            painter.drawText(
                QRect(rect.left(), y, rect.width(), metrics.lineSpacing()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                line,
            )
            y += metrics.lineSpacing()
        painter.setFont(details_font)
        painter.setPen(opt.palette.color(group, muted_role))
        details = details_metrics.elidedText(
            str(index.data(DETAILS_ROLE) or ""), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(
            QRect(rect.left(), y + GAP, rect.width(), details_metrics.lineSpacing()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            details,
        )
        _paint_progress(painter, index.data(PROGRESS_ROLE) or [], rect.left(),
                        y + 2 * GAP + details_metrics.lineSpacing(), rect.width())
        painter.restore()


def _paint_progress(painter: QPainter, parts: list[tuple[str, int]], x: int, y: int,
                    width: int) -> None:
    """A thin bar of the article's claims by status, in workflow order."""
    total = sum(count for _colour, count in parts)
    if not total or width <= 0:
        return
    painter.setPen(Qt.PenStyle.NoPen)
    done = 0
    for colour, count in parts:
        if not count:
            continue
        left = x + round(width * done / total)
        done += count
        right = x + round(width * done / total)
        painter.fillRect(QRect(left, y, max(1, right - left - 1), BAR_HEIGHT), QColor(colour))


def _wrapped_lines(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """`text` broken at word boundaries into at most `max_lines`, the last elided."""
    if width <= 0 or not text:
        return [text] if text else []
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines: list[str] = []
    while len(lines) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start, length = line.textStart(), line.textLength()
        if len(lines) == max_lines - 1 and start + length < len(text):
            rest = text[start:]
            lines.append(QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width))
            break
        lines.append(text[start : start + length].rstrip())
    layout.endLayout()
    return lines


class LibraryPanel(QWidget):
    """The list of articles; emits `article_selected(id)` when the choice changes."""

    article_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: Ids of the articles whose sources' kept copies hold the words typed
        #: (the window asks the store; nothing without a database).
        self.copy_matches: Callable[[str], set[str]] = lambda _text: set()
        self.model = LibraryModel(self)
        self.model.replace_all = self.set_articles
        self.proxy = LibraryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setDynamicSortFilter(True)
        self._quiet = False
        # One line, ended with "…" when a long translation and the sort button do not
        # fit the pane's width (the whole heading is then its tooltip).
        self.heading = ElidedLabel(max_lines=1)
        self.heading.set_full_text(translate("LibraryPane", "Library"))
        self.heading.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.heading.setMinimumWidth(40)  # below its text: it elides, the sort button stays whole
        self.heading.setObjectName("libraryHeading")
        heading_font = self.heading.font()
        heading_font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(heading_font)
        self.heading.setContentsMargins(PAD_X, 10, PAD_X, 6)
        self.view = QListView()
        viewport_of(self.view)  # wrapped by name (widgets/viewport.py)
        self.view.setObjectName("libraryList")
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(LibraryDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setFrameShape(QListView.Shape.NoFrame)
        self.view.setAccessibleName(translate("LibraryPane", "Articles"))
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.search = QLineEdit()
        self.search.setObjectName("librarySearch")
        self.search.setPlaceholderText(
            translate("LibraryPane", "Search titles, outlets and kept sources")
        )
        self.search.setAccessibleName(translate("LibraryPane", "Search the library"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        # Off the Tab chain: typing meant for the list or the text never filters the
        # library unseen. A click or View > Search the Library (Ctrl+L) enters it.
        self.search.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.sort = QToolButton()
        self.sort.setAccessibleName(translate("LibraryPane", "Sort the library"))
        self.sort.setToolTip(translate("LibraryPane", "Sort the library"))
        self.sort.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.sort.setAutoRaise(True)
        sort_menu = QMenu(self.sort)
        self.sort_actions = QActionGroup(self)
        for name in SORTS:
            action = sort_menu.addAction(translate("LibraryPane", name))
            action.setCheckable(True)
            action.setData(name)
            self.sort_actions.addAction(action)
        self.sort_actions.triggered.connect(lambda action: self.set_sort(action.data()))
        self.sort.setMenu(sort_menu)
        # Shown only for a database in a team (ui/team/assigned.py fills it in).
        self.assigned_only = QToolButton()
        self.assigned_only.setText(translate("LibraryPane", "Assigned to me"))
        self.assigned_only.setAccessibleName(
            translate("LibraryPane", "Show only articles assigned to me")
        )
        self.assigned_only.setToolTip(
            translate(
                "LibraryPane", "Show only articles assigned to you, or with claims assigned to you"
            )
        )
        self.assigned_only.setCheckable(True)
        self.assigned_only.setAutoRaise(True)
        self.assigned_only.hide()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, PAD_X - 4, 0)
        top.addWidget(self.heading, 1)
        top.addWidget(self.sort)
        search_row = QHBoxLayout()
        search_row.setContentsMargins(PAD_X - 4, 0, PAD_X - 4, 6)
        search_row.addWidget(self.search)
        search_row.addWidget(self.assigned_only)
        layout.addLayout(top)
        layout.addLayout(search_row)
        layout.addWidget(self.view, 1)
        self.set_sort("Newest first")
        self.setMinimumWidth(160)

    def set_articles(self, rows: list[ArticleSummary],
                     rest: Callable[[], list[ArticleSummary]] | None = None,
                     total: int | None = None, page: Page | None = None) -> None:
        """Replace the list, keeping the selected article selected if it still exists.

        With `rest`, `rows` are the newest `total` articles' first screenful and
        `rest()` lists them all: it is called once the list has been painted, or
        sooner when a search, a sort or a look-up needs the whole library."""
        keep = self.current_id()
        self._quiet = True  # re-selecting the same article is not a new choice
        try:
            self.model.set_articles(rows, rest, page)
            row = self.model.row_of(keep) if keep else -1
            if row >= 0:
                self._select_row(row)
        finally:
            self._quiet = False
        count = len(rows) if total is None else total
        self.heading.set_full_text(
            translate("LibraryPane", "Library ({count})").format(count=QLocale().toString(count))
            if count else translate("LibraryPane", "Library"))
        if rest is not None:
            self.view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.view.viewport():
            watched.removeEventFilter(self)
            # After this paint reaches the screen: the window is usable first.
            QTimer.singleShot(0, self.model, self._fill_in)
        return super().eventFilter(watched, event)

    def _fill_in(self) -> None:
        """The rest of the library, a page per turn of the event loop."""
        if not self.model.fetch_page():
            QTimer.singleShot(0, self.model, self._fill_in)

    def focus_search(self) -> None:
        """The search box gets the keys, its text selected (on purpose, by key or menu)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select(self, article_id: str) -> bool:
        """Make `article_id` current (emits `article_selected`); False if it is not listed."""
        row = self.model.row_of(article_id)
        if row < 0:
            return False
        self._select_row(row)
        return True

    def _search_changed(self, text: str) -> None:
        self.model.fetch_all()  # search the whole library, not the first screenful
        self.proxy.set_search(text, self.copy_matches(text) if text.split() else set())

    def rerun_search(self) -> None:
        """Search again for the text in the box (the library or its copies changed)."""
        if self.search.text().split():
            self._search_changed(self.search.text())

    def set_only(self, ids: set[str] | None) -> None:
        """List only the articles `ids` (None: every article)."""
        self.model.fetch_all()
        self.proxy.set_only(ids)

    def set_sort(self, name: str) -> None:
        """Sort by one of SORTS ("Newest first", "Title", ...)."""
        for action in self.sort_actions.actions():
            action.setChecked(action.data() == name)
        self.sort.setText(translate("LibraryPane", name))
        self.model.fetch_all()  # in the old order, so the rows shown are kept
        self.model.set_sort(name)
        self.set_articles(self.model.articles())  # re-sorted, selection kept quietly

    def _select_row(self, row: int) -> None:
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.view.scrollTo(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._quiet:
            self.article_selected.emit(current.data(ID_ROLE))
