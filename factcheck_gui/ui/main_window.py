"""The main window: library | article (over its claims table) | claim inspector.

The window never writes SQL: it changes data through QUndoCommands that call one
store method each (ui/commands.py), and it refreshes itself from the store's change
notices, so edits made anywhere show up here.
"""

from __future__ import annotations

import contextlib
import platform
from collections.abc import Callable

import shiboken6
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, qVersion
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from factcheck_gui import APP_NAME, __version__
from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.models import ReportRow
from factcheck_gui.core.store import Change, Store
from factcheck_gui.sample import add_sample_article
from factcheck_gui.ui.actions import build_actions
from factcheck_gui.ui.article_view import ArticleView
from factcheck_gui.ui.claim_finder import ClaimFinderWorkspace
from factcheck_gui.ui.claims_table import ClaimsTable
from factcheck_gui.ui.commands import UndoController
from factcheck_gui.ui.dialogs import SaveBanner
from factcheck_gui.ui.edit_mode import EditModeWork
from factcheck_gui.ui.empty_state import EmptyState
from factcheck_gui.ui.export_actions import ExportActions
from factcheck_gui.ui.file_actions import FileActions
from factcheck_gui.ui.history_actions import HistoryWork
from factcheck_gui.ui.import_actions import ImportActions
from factcheck_gui.ui.inspector import Inspector
from factcheck_gui.ui.library_panel import LibraryPanel
from factcheck_gui.ui.orphans import ReviewWork
from factcheck_gui.ui.other_writers import watch_window_store
from factcheck_gui.ui.overview.work import OverviewWork
from factcheck_gui.ui.restore_actions import RestoreActions
from factcheck_gui.ui.safe_text import plural, tooltip
from factcheck_gui.ui.scale_actions import ScaleWork
from factcheck_gui.ui.version_actions import setup_text_versions
from factcheck_gui.ui.versions import VersionWork
from factcheck_gui.ui.workspace import ClaimWorkspace

ORGANISATION_NAME = "Factcheck"
DEFAULT_SIZE = (1280, 800)
MINIMUM_SIZE = (800, 520)
LIBRARY_WIDTH, INSPECTOR_WIDTH = 250, 380
PANES = ("library", "claims", "inspector")
# Articles listed before the window is first painted (more than a tall screen
# shows); the rest of a bigger library follows right after (ui/library_panel.py).
LIBRARY_FIRST_SCREENFUL = 100


def app_settings() -> QSettings:
    """The user's settings (window layout...), in an INI file on every platform."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION_NAME, APP_NAME
    )


class MainWindow(EditModeWork, ReviewWork, VersionWork, ClaimFinderWorkspace,
                 ClaimWorkspace, FileActions, ImportActions, ExportActions, RestoreActions,
                 ScaleWork, OverviewWork, HistoryWork, QMainWindow):
    def __init__(self, store: Store, icon: QIcon | None = None) -> None:
        super().__init__()
        self.store = store
        self.rows: dict[str, ReportRow] = {}
        self.selected_claim_id = None
        self.setObjectName("mainWindow")
        self.setMinimumSize(*MINIMUM_SIZE)
        self.resize(*DEFAULT_SIZE)
        self.setAcceptDrops(True)  # drop .txt / .md files to import them
        self.controller = UndoController(store, self)

        self.library = LibraryPanel()
        self.article_view = ArticleView()
        self.claims_table = ClaimsTable()
        self.inspector = Inspector(self.controller)
        self.center = QSplitter(Qt.Orientation.Vertical)
        self.center.setObjectName("centerSplitter")
        self.center.setChildrenCollapsible(False)
        self.center.addWidget(self.article_view)
        self.center.addWidget(self.claims_table)
        self.center.setStretchFactor(0, 1)
        self.center.setSizes([560, 200])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        for widget in (self.library, self.center, self.inspector):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes(
            [LIBRARY_WIDTH, DEFAULT_SIZE[0] - LIBRARY_WIDTH - INSPECTOR_WIDTH, INSPECTOR_WIDTH])
        self.empty_state = EmptyState(icon)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.splitter)
        self.banner = SaveBanner()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.act = build_actions(self, self.article_view.pane, self.claims_table.view,
                                     self.inspector)
        setup_text_versions(self)  # Article menu: updates, edit mode, versions, orphans
        self.open_sample_action = self.act.open_sample
        self.quit_action = self.act.quit
        self.about_action = self.act.about
        self._build_status_bar()
        self._connect()

        self._pending: list[Change] = []
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.apply_pending_changes)
        self._unsubscribe: Callable[[], None] | None = None
        self._scale_labels: list[str] | None = None
        self._setup_claim_finder()
        self.set_store(store)
        self.restore_state()
        if self.stack.currentWidget() is self.empty_state:
            self.empty_state.focus_button()
        else:
            self.article_view.pane.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building ----------------------------------------------------------------
    def _connect(self) -> None:
        self.library.article_selected.connect(self.show_article)
        self.empty_state.open_sample_requested.connect(self.open_sample_article)
        self.empty_state.paste_requested.connect(self.paste_article)
        self.empty_state.import_requested.connect(self.import_articles)
        self.empty_state.open_database_requested.connect(self.open_database)
        pane = self.article_view.pane
        pane.claim_clicked.connect(self._claim_clicked)
        pane.context_menu_requested.connect(self._extend_context_menu)
        self.claims_table.claim_selected.connect(self._table_selected)
        sources = self.inspector.sources
        sources.add_requested.connect(self._add_source)
        sources.edit_requested.connect(self._edit_source)
        sources.remove_requested.connect(self._remove_source)
        sources.move_requested.connect(self._move_source)
        self.controller.failed.connect(self._write_failed)
        self.controller.succeeded.connect(self._write_succeeded)
        self.controller.select_claim.connect(self._after_command)
        self.banner.retry_requested.connect(self.retry_save)
        self.banner.dismissed.connect(lambda: self.act.retry.setEnabled(
            self.controller.can_retry()))
        stack = self.controller.stack
        stack.indexChanged.connect(lambda _i: self._update_undo_actions())
        self._update_undo_actions()
        self.act.retry.setEnabled(False)

    def _build_status_bar(self) -> None:
        self.path_label = QLabel()
        self.path_label.setTextFormat(Qt.TextFormat.PlainText)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.setMinimumWidth(80)
        self.path_label.setContentsMargins(6, 0, 0, 0)
        self.reviewer_label = QLabel()
        self.reviewer_label.setTextFormat(Qt.TextFormat.PlainText)
        self.counts_label = QLabel()
        bar = self.statusBar()
        bar.addWidget(self.path_label, 1)  # hidden while a message shows
        bar.addPermanentWidget(self.reviewer_label)
        bar.addPermanentWidget(_separator())
        bar.addPermanentWidget(self.counts_label)

    def _extend_context_menu(self, menu: object) -> None:
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.act.new_claim)
        menu.insertAction(first, self.act.new_claim_exact)
        if self.selected_claim_id:
            menu.insertAction(first, self.act.delete_claim)
        if self.article_view.pane.current_suggestion() is not None:
            menu.insertSeparator(first)
            menu.insertAction(first, self.act.accept_suggestion)
            menu.insertAction(first, self.act.dismiss_suggestion)
        menu.insertSeparator(first)

    def _update_undo_actions(self) -> None:
        stack = self.controller.stack
        if not shiboken6.isValid(stack) or not shiboken6.isValid(self.act.undo):
            return  # the window is being destroyed
        for action, can, text, verb in (
            (self.act.undo, stack.canUndo(), stack.undoText(), "Undo"),
            (self.act.redo, stack.canRedo(), stack.redoText(), "Redo"),
        ):
            action.setEnabled(can)
            # The step's name may quote a claim or a scale: its "&" is no accelerator.
            action.setText(f"&{verb} {text.replace('&', '&&')}" if can and text
                           else f"&{verb}")
            action.setIconText(verb)  # the toolbar stays short; the menu names the step
            action.setToolTip(tooltip(f"{verb} {text}") if can and text else verb)

    def _set_path_label(self) -> None:
        full = str(self.store.path)
        metrics = self.path_label.fontMetrics()
        self.path_label.setTextFormat(Qt.TextFormat.PlainText)  # a folder may look like HTML
        self.path_label.setText(
            metrics.elidedText(full, Qt.TextElideMode.ElideMiddle, max(80, self.width() // 3))
        )
        self.path_label.setToolTip(tooltip(full))

    def settings(self) -> QSettings:
        return app_settings()

    # -- the database ----------------------------------------------------------------
    def set_store(self, store: Store) -> None:
        """Show `store` (at start, or after File > Open); undo starts afresh."""
        if self._unsubscribe is not None:
            self._unsubscribe()
        self.store = store
        self.controller.set_store(store)
        self._unsubscribe = store.subscribe(self._on_store_changes)
        # Other processes' writes appear within a second; a lost -wal is reported.
        watch_window_store(self, store, lambda message: self._write_failed(message, False))
        self.setWindowTitle(f"{APP_NAME} — {store.path.name}")
        self.reviewer_label.setText(f"Reviewer: {store.reviewer}")
        self._set_path_label()
        self.rows = {}
        self.selected_claim_id = None
        self.inspector.show_claim(None, [])
        self.inspector.memory.invalidate()
        self.article_view.clear()
        self.library.set_articles([])
        self.refresh(first_screenful=True)
        self.overview_follow_store()
        self.remember_recent(store.path)
        self._update_claim_actions()

    # -- showing -----------------------------------------------------------------
    def refresh(self, first_screenful: bool = False) -> None:
        """Reload the library from the store; keep (or pick) the article shown.

        With `first_screenful` (a database just opened) the library lists the
        newest articles at once and the rest after the window is painted."""
        lazy = self.library.model.sort_name() == "Newest first" and not self.library.search.text()
        if first_screenful and lazy:
            articles = self.store.list_articles(limit=LIBRARY_FIRST_SCREENFUL)
            total, claims = self.store.library_totals()
            rest = self.store.list_articles if total > len(articles) else None
        else:
            articles = self.store.list_articles()
            total, claims, rest = len(articles), sum(a.claim_count for a in articles), None
        self.library.set_articles(articles, rest, total)
        self.stack.setCurrentWidget(self.splitter if articles else self.empty_state)
        self.counts_label.setText(f"{plural(total, 'article')} · {plural(claims, 'claim')}")
        if not articles:
            self.article_view.clear()
            self._show_rows([])
            self._follow_suggestions()
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
            rows = list(self.store.report_rows(article_ids=[article_id]))
            scale = self.store.active_scale()
        except FactcheckError as error:
            self.show_error("Could not open the article", str(error))
            return
        self.apply_scale(scale)  # ui/scale_actions.py
        if self.article_view.article is None or self.article_view.article.id != article_id:
            self.selected_claim_id = None
        self.article_view.show_article(article, version, [r.claim for r in rows], scale)
        self._show_rows(rows, scale)
        self._follow_suggestions()

    def _show_rows(self, rows: list[ReportRow], scale: object = None) -> None:
        self.rows = {row.claim.id: row for row in rows}
        with contextlib.suppress(FactcheckError):  # else the filter stays as it is
            self.claims_table.set_publishes(self.store.workflow_rules().publishes)
        self.claims_table.set_rows(rows, scale)  # type: ignore[arg-type]
        keep = self.selected_claim_id if self.selected_claim_id in self.rows else None
        self.select_claim(keep, scroll=False)
        self.refresh_review()

    def verdict_labels(self) -> list[str]:
        return list(self._scale_labels or [])

    def current_article_id(self) -> str | None:
        return self.article_view.article.id if self.article_view.article else None

    # -- store notices -----------------------------------------------------------
    def _on_store_changes(self, changes: list[Change]) -> None:
        """Called inside the store's write; refresh once the event loop is back."""
        self._pending.extend(changes)
        self.inspector.memory.invalidate()
        self._refresh_timer.start()

    def apply_pending_changes(self) -> bool:
        """Show the store's queued changes; True if the library was reloaded."""
        self._refresh_timer.stop()
        if self.hold_refresh:  # a batch import is writing; it applies them at the end
            return False
        if self.is_editing():
            return False  # the text is being corrected: show changes once it is done
        changes, self._pending = self._pending, []
        if not changes:
            return False
        current = self.current_article_id()
        self.refresh()
        if any(c.entity == "setting" for c in changes):
            # The workflow rules (Preferences, or undoing them): the inspector's hints
            # and status choices follow them, and so does the table's status filter.
            self.claims_table.set_publishes(self.store.workflow_rules().publishes)
            self.select_claim(self.selected_claim_id, scroll=False)
        if current is None or self.current_article_id() != current:
            return True  # refresh() already showed whatever is current now
        touched = [c for c in changes if c.entity == "scale" or c.article_id == current]
        if not touched or self.library.current_id() != current:
            return True
        if all(c.entity in ("claim", "source") and c.claim_id for c in touched):
            self._update_claims({c.claim_id for c in touched if c.claim_id})
        else:
            self.show_article(current)
        return True

    # -- panes -------------------------------------------------------------------
    def pane_widget(self, name: str) -> QWidget:
        return {"library": self.library, "claims": self.claims_table,
                "inspector": self.inspector}[name]

    def set_pane_visible(self, name: str, visible: bool) -> None:
        self.pane_widget(name).setVisible(visible)
        self.act.all[f"toggle_{name}"].setChecked(visible)

    def toggle_pane_library(self) -> None:
        self.set_pane_visible("library", self.act.toggle_library.isChecked())

    def toggle_pane_claims(self) -> None:
        self.set_pane_visible("claims", self.act.toggle_claims.isChecked())

    def toggle_pane_inspector(self) -> None:
        self.set_pane_visible("inspector", self.act.toggle_inspector.isChecked())

    # -- actions -----------------------------------------------------------------
    def open_sample_article(self) -> None:
        try:
            article = add_sample_article(self.store)
        except FactcheckError as error:
            self.show_error("Could not add the sample article", str(error))
            return
        if not self.apply_pending_changes():  # already there: nothing was written
            self.refresh()
        self.library.select(article.id)
        self.article_view.pane.setFocus(Qt.FocusReason.OtherFocusReason)

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
        self.show_message(QMessageBox.Icon.Warning, title, message)

    def show_message(self, icon: QMessageBox.Icon, title: str, message: str) -> None:
        """A message box showing `message` as plain text (it may quote article text)."""
        box = QMessageBox(icon, title, message, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def confirm_discard(self) -> bool:
        """Asked when closing while a change could not be saved. Tests replace this."""
        answer = QMessageBox.question(
            self, "Unsaved change",
            "Your last change could not be saved. Close anyway and lose it?",
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- window state ------------------------------------------------------------
    def save_state(self) -> None:
        settings = app_settings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/state", self.saveState())
        settings.setValue("main_window/splitter", self.splitter.saveState())
        settings.setValue("main_window/center", self.center.saveState())
        for name in PANES:
            settings.setValue(f"main_window/show_{name}", not self.pane_widget(name).isHidden())
        settings.sync()

    def restore_state(self) -> None:
        settings = app_settings()
        for key, restore in (
            ("main_window/geometry", self.restoreGeometry),
            ("main_window/state", self.restoreState),
            ("main_window/splitter", self.splitter.restoreState),
            ("main_window/center", self.center.restoreState),
        ):
            value = settings.value(key)
            if isinstance(value, QByteArray) and not value.isEmpty():
                restore(value)
        for name in PANES:
            shown = settings.value(f"main_window/show_{name}", True)
            self.set_pane_visible(name, shown not in (False, "false"))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.inspector.flush() and not self.confirm_discard():
            event.ignore()
            return
        if self.is_editing() and not self.finish_editing_on_close():
            event.ignore()
            return
        self.save_state()
        self.disconnect_store()
        self.finder.shutdown()
        super().closeEvent(event)

    def disconnect_store(self) -> None:
        """Stop listening to the store (before it is closed or the window goes)."""
        self._refresh_timer.stop()
        self.inspector.memory.stop()
        self.overview_disconnect()
        if getattr(self, "_other_writers", None) is not None:
            self._other_writers.stop()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)
        self._set_path_label()


def _separator() -> QWidget:
    label = QLabel("·")
    label.setContentsMargins(2, 0, 2, 0)
    return label
