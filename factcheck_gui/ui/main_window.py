"""The main window: library on the left, the article being read on the right.

Read-only for now. The window never writes SQL: it calls store methods, and it
refreshes itself from the store's change notices, so edits made anywhere (another
widget, a dialog, a script holding the same store) show up here.
"""

from __future__ import annotations

import platform
from collections.abc import Callable

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from factcheck_gui import APP_NAME, __version__
from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.store import Change, Store
from factcheck_gui.sample import add_sample_article
from factcheck_gui.ui.article_view import ArticleView
from factcheck_gui.ui.empty_state import EmptyState
from factcheck_gui.ui.library_panel import LibraryPanel

ORGANISATION_NAME = "Factcheck"
DEFAULT_SIZE = (1280, 800)
MINIMUM_SIZE = (720, 480)
LIBRARY_WIDTH = 320


def app_settings() -> QSettings:
    """The user's settings (window layout...), in an INI file on every platform."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION_NAME, APP_NAME
    )


class MainWindow(QMainWindow):
    def __init__(self, store: Store, icon: QIcon | None = None) -> None:
        super().__init__()
        self.store = store
        self.setObjectName("mainWindow")
        self.setWindowTitle(f"{APP_NAME} — {store.path.name}")
        self.setMinimumSize(*MINIMUM_SIZE)
        self.resize(*DEFAULT_SIZE)

        self.library = LibraryPanel()
        self.article_view = ArticleView()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.library)
        self.splitter.addWidget(self.article_view)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([LIBRARY_WIDTH, DEFAULT_SIZE[0] - LIBRARY_WIDTH])
        self.empty_state = EmptyState(icon)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)

        self._build_menus()
        self._build_status_bar()
        self.library.article_selected.connect(self.show_article)
        self.empty_state.open_sample_requested.connect(self.open_sample_article)

        self._pending: list[Change] = []
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._apply_pending_changes)
        self._unsubscribe: Callable[[], None] | None = store.subscribe(self._on_store_changes)

        self.refresh()
        self.restore_state()
        if self.stack.currentWidget() is self.empty_state:
            self.empty_state.focus_button()
        else:
            self.library.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building ----------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.open_sample_action = QAction("Open &Sample Article", self)
        self.open_sample_action.setStatusTip("Add the sample article to the library and open it")
        self.open_sample_action.triggered.connect(self.open_sample_article)
        file_menu.addAction(self.open_sample_action)
        file_menu.addSeparator()
        self.quit_action = QAction("&Quit", self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        if self.quit_action.shortcut().isEmpty():  # not every platform defines one
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)
        help_menu = self.menuBar().addMenu("&Help")
        self.about_action = QAction(f"&About {APP_NAME}", self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        self.path_label = QLabel()
        self.path_label.setTextFormat(Qt.TextFormat.PlainText)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.setMinimumWidth(80)
        self.path_label.setContentsMargins(6, 0, 0, 0)
        self.reviewer_label = QLabel(f"Reviewer: {self.store.reviewer}")
        self.reviewer_label.setTextFormat(Qt.TextFormat.PlainText)
        self.counts_label = QLabel()
        bar = self.statusBar()
        bar.addWidget(self.path_label, 1)
        bar.addPermanentWidget(self.reviewer_label)
        bar.addPermanentWidget(_separator())
        bar.addPermanentWidget(self.counts_label)
        self._set_path_label()

    def _set_path_label(self) -> None:
        full = str(self.store.path)
        metrics = self.path_label.fontMetrics()
        self.path_label.setText(
            metrics.elidedText(full, Qt.TextElideMode.ElideMiddle, max(80, self.width() // 2))
        )
        self.path_label.setToolTip(full)

    # -- showing -----------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the library from the store; keep (or pick) the article shown."""
        articles = self.store.list_articles()
        self.library.set_articles(articles)
        self.stack.setCurrentWidget(self.splitter if articles else self.empty_state)
        claims = sum(a.claim_count for a in articles)
        self.counts_label.setText(
            f"{_plural(len(articles), 'article')} · {_plural(claims, 'claim')}"
        )
        if not articles:
            self.article_view.clear()
        elif self.library.current_id() is None:
            self.library.select(articles[0].id)
        elif self.article_view.article is None or (
            self.article_view.article.id != self.library.current_id()
        ):
            self.show_article(self.library.current_id())

    def show_article(self, article_id: str) -> None:
        try:
            article = self.store.get_article(article_id)
            version = self.store.current_version(article_id)
            claims = self.store.list_claims(article_id)
            scale = self.store.active_scale()
        except FactcheckError as error:
            self.show_error("Could not open the article", str(error))
            return
        self.article_view.show_article(article, version, claims, scale)

    def current_article_id(self) -> str | None:
        return self.article_view.article.id if self.article_view.article else None

    # -- store notices -----------------------------------------------------------
    def _on_store_changes(self, changes: list[Change]) -> None:
        """Called inside the store's write; refresh once the event loop is back."""
        self._pending.extend(changes)
        self._refresh_timer.start()

    def _apply_pending_changes(self) -> None:
        changes, self._pending = self._pending, []
        current = self.current_article_id()
        self.refresh()
        if current is None or self.current_article_id() != current:
            return  # refresh() already showed whatever is current now
        touched = any(c.entity == "scale" or c.article_id == current for c in changes)
        if touched and self.library.current_id() == current:
            self.show_article(current)

    # -- actions -----------------------------------------------------------------
    def open_sample_article(self) -> None:
        try:
            article = add_sample_article(self.store)
        except FactcheckError as error:
            self.show_error("Could not add the sample article", str(error))
            return
        self.refresh()
        self.library.select(article.id)
        self.library.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(f"About {APP_NAME}")
        box.setTextFormat(Qt.TextFormat.PlainText)
        # Everything in one plain-text label: the path is the user's, never markup.
        box.setText(
            f"{APP_NAME} {__version__}\n\n"
            "A desktop workbench for checking the claims in news articles by hand.\n\n"
            f"Database: {self.store.path}\n\n"
            f"Qt {qVersion()} · PySide6 {pyside_version} · Python {platform.python_version()}"
        )
        if not self.windowIcon().isNull():
            box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.exec()

    def show_error(self, title: str, message: str) -> None:
        """One place for error boxes, so tests can replace it."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    # -- window state ------------------------------------------------------------
    def save_state(self) -> None:
        settings = app_settings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/state", self.saveState())
        settings.setValue("main_window/splitter", self.splitter.saveState())
        settings.sync()

    def restore_state(self) -> None:
        settings = app_settings()
        for key, restore in (
            ("main_window/geometry", self.restoreGeometry),
            ("main_window/state", self.restoreState),
            ("main_window/splitter", self.splitter.restoreState),
        ):
            value = settings.value(key)
            if isinstance(value, QByteArray) and not value.isEmpty():
                restore(value)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.disconnect_store()
        super().closeEvent(event)

    def disconnect_store(self) -> None:
        """Stop listening to the store (before it is closed or the window goes)."""
        self._refresh_timer.stop()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)
        self._set_path_label()


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}" if count == 1 else f"{count:,} {noun}s"


def _separator() -> QWidget:
    label = QLabel("·")
    label.setContentsMargins(2, 0, 2, 0)
    return label
