"""The main window: library | article (over its claims table) | claim inspector.

It lays out the panes and wires the feature controllers to them and to each
other; the features themselves live in their controllers. The window never writes
SQL: controllers change data through undo commands (ui/edits), and store changes
reach the screen by one route (shell/changes.py), so edits made anywhere show here.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from factcheck_gui import APP_NAME
from factcheck_gui.core.store import Store
from factcheck_gui.ui.article.article_view import ArticleView
from factcheck_gui.ui.article.controller import ArticleController
from factcheck_gui.ui.article.find import FindController
from factcheck_gui.ui.article.review import ReviewController
from factcheck_gui.ui.article.text_correction import TextCorrectionController
from factcheck_gui.ui.article.versions import VersionsController
from factcheck_gui.ui.claims.claims_table import ClaimsTable
from factcheck_gui.ui.claims.controller import ClaimsController
from factcheck_gui.ui.claims.find_claims import FindClaimsController
from factcheck_gui.ui.claims.history import HistoryController
from factcheck_gui.ui.edits.undo import UndoController
from factcheck_gui.ui.exporting.controller import ExportController
from factcheck_gui.ui.files.controller import FilesController
from factcheck_gui.ui.files.restore import RestoreController
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.importing.annotations import AnnotationImportController
from factcheck_gui.ui.importing.articles import ArticleImportController
from factcheck_gui.ui.inspector.inspector import Inspector
from factcheck_gui.ui.library.controller import LibraryController
from factcheck_gui.ui.library.empty_state import EmptyState
from factcheck_gui.ui.library.panel import LibraryPanel
from factcheck_gui.ui.overview.controller import OverviewController
from factcheck_gui.ui.review.controller import BlindReviewController
from factcheck_gui.ui.scales.controller import ScalesController
from factcheck_gui.ui.shell.actions import ActionRegistry, ActionSpec, Place
from factcheck_gui.ui.shell.changes import ChangeFeed
from factcheck_gui.ui.shell.edit_actions import EditActions
from factcheck_gui.ui.shell.focus import FocusPanes, Pane
from factcheck_gui.ui.shell.help import HelpController
from factcheck_gui.ui.shell.menus import MENUS
from factcheck_gui.ui.shell.messages import Messages
from factcheck_gui.ui.shell.other_writers import OtherWritersWatch
from factcheck_gui.ui.shell.panes import PanesController
from factcheck_gui.ui.shell.reading import ReadingController
from factcheck_gui.ui.shell.workspace import Workspace
from factcheck_gui.ui.suggestions.controller import SuggestionsController
from factcheck_gui.ui.team.assign_menus import AssignMenus
from factcheck_gui.ui.team.assigned import AssignedFilters
from factcheck_gui.ui.team.controller import TeamController
from factcheck_gui.ui.web.controller import WebController
from factcheck_gui.ui.widgets.banner import SaveBanner
from factcheck_gui.ui.widgets.safe_text import tooltip

ORGANISATION_NAME = "Factcheck"
DEFAULT_SIZE = (1280, 800)
MINIMUM_SIZE = (800, 520)
LIBRARY_WIDTH, INSPECTOR_WIDTH = 250, 380


def app_settings() -> QSettings:
    """The user's settings (window layout...), in an INI file on every platform."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION_NAME, APP_NAME
    )


class MainWindow(QMainWindow):
    def __init__(self, store: Store, icon: QIcon | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setMinimumSize(*MINIMUM_SIZE)
        self.resize(*DEFAULT_SIZE)  # then fitted to the screen (shell/panes.py)
        self.setAcceptDrops(True)  # drop .txt / .md files to import them
        self.workspace = ws = Workspace(store, self)
        self.controller = UndoController(store, self)
        self.messages = Messages(self)
        self.act = ActionRegistry(self, ws.is_correcting, ws.is_read_only)
        self.act.declare_menus(MENUS)
        ws.state_changed.connect(self.act.update)
        with self.act.held():  # the actions' states worked out once, at the end
            self._build_panes(icon)
            self._build_status_bar()
            self._build_controllers()
            self.act.build_menus()
            toolbar = self.act.build_toolbar(translate("MainWindow", "Main Toolbar"),
                                             "mainToolbar")
            toggle = toolbar.toggleViewAction()
            toggle.setText(translate("MainWindow", "&Toolbar"))
            self.act.adopt(ActionSpec("toolbar", toggle.text(), menus=(Place("view", 4, 2),),
                                      while_correcting=True), toggle)
            self.act.fill_menu("view")
            self._connect()
            self.set_store(store)
            self.panes.restore_state()
        if self.stack.currentWidget() is self.empty_state:
            self.empty_state.focus_button()
        else:
            self.article_view.pane.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building ----------------------------------------------------------------------
    def _build_panes(self, icon: QIcon | None) -> None:
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
        self.central_layout = QVBoxLayout(central)
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.central_layout.setSpacing(0)
        self.central_layout.addWidget(self.banner)
        self.central_layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _build_status_bar(self) -> None:
        self.path_label = QLabel()
        self.path_label.setTextFormat(Qt.TextFormat.PlainText)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.setMinimumWidth(80)
        self.path_label.setContentsMargins(6, 0, 0, 0)
        self.reviewer_label = QLabel()
        self.reviewer_label.setTextFormat(Qt.TextFormat.PlainText)
        self.counts_label = QLabel()
        self.read_only_label = QLabel(translate("MainWindow", "Read-only"))
        self.read_only_label.setObjectName("readOnlyLabel")
        self.read_only_label.setToolTip(translate(
            "MainWindow", "This database is open read-only (opened so, or its file or folder "
            "cannot be written): you can read, search and export, but not change it."))
        self.read_only_label.hide()
        self.read_only_separator = _separator()
        self.read_only_separator.hide()
        bar = self.statusBar()
        bar.addWidget(self.path_label, 1)  # hidden while a message shows
        bar.addPermanentWidget(self.read_only_label)
        bar.addPermanentWidget(self.read_only_separator)
        bar.addPermanentWidget(self.reviewer_label)
        bar.addPermanentWidget(_separator())
        bar.addPermanentWidget(self.counts_label)

    def _build_controllers(self) -> None:
        ws, undo, messages, act = self.workspace, self.controller, self.messages, self.act
        inspector, view, table = self.inspector, self.article_view, self.claims_table
        self.panes = PanesController(
            act, self, {"library": self.library, "claims": table, "inspector": inspector},
            {"splitter": self.splitter, "center": self.center}, app_settings)
        self.help = HelpController(ws, act, self)
        self.reading = ReadingController(act, view, self, app_settings)
        self.files = FilesController(ws, undo, messages, act, inspector, self.reviewer_label,
                                     app_settings, self.set_store, self._finish_correcting)
        self.files.open_reading = self.reading.show_settings
        self.restoring = RestoreController(ws, messages, act, inspector, self.set_store,
                                           self._finish_correcting)
        self.edits = EditActions(undo, act, inspector, self.banner)
        self.claims = ClaimsController(ws, undo, messages, act, view, table, inspector,
                                       self.panes.show)
        self.scales = ScalesController(ws, undo, messages, act, inspector, table,
                                       self.claims.set_scale)
        self.article = ArticleController(ws, messages, view, table, self.claims,
                                         self.scales.apply_scale)
        self.library_list = LibraryController(
            ws, messages, self.library, self.stack, self.splitter, self.empty_state,
            self.counts_label, self.article, self.claims)
        self.feed = ChangeFeed(ws, undo, self.library_list, self.article, self.claims,
                               inspector.invalidate_memory, self)
        # Other processes' writes appear within a second; a lost -wal is reported.
        self.other_writers = OtherWritersWatch(self.edits.show_problem, self)
        self.review = ReviewController(ws, undo, messages, act, self, view.pane, self.claims)
        self.central_layout.insertWidget(1, self.review.summary_banner)  # under the save one
        self.versions = VersionsController(ws, undo, messages, act, inspector, self.review)
        self.blind_review = BlindReviewController(ws, undo, messages, act,
                                                  self.article.show_article)
        self.central_layout.insertWidget(1, self.blind_review.banner)
        self.correcting = TextCorrectionController(
            ws, undo, messages, act, view, self.article, inspector, self.review,
            self.feed.apply, (self.library, table, inspector, self.review.review_pane))
        self.claim_finder = SuggestionsController(ws, undo, messages, act, view.pane,
                                                 app_settings)
        self.claim_search = FindClaimsController(ws, messages, act, self.library_list.open_claim)
        self.article_find = FindController(ws, messages, act, view, self.claims.create_claim)
        self.focus_panes = FocusPanes(act, [
            Pane("library", self.library, lambda: _focus(self.library.view)),
            Pane("article", view, lambda: _focus(view.pane)),
            Pane("claims", table, lambda: _focus(table.view)),
            Pane("inspector", inspector, self.claims.focus_inspector),
        ], self)
        act.declare([ActionSpec(
            "search_library", translate("MainWindow", "&Search the Library"),
            self._search_library, ("Ctrl+L",),
            translate("MainWindow",
                      "Type words of a title, an outlet or a kept source to narrow the library"),
            menus=(Place("view", 2, 5),))])
        self.history = HistoryController(ws, undo, messages, act, inspector, self.panes.show)
        self.overview = OverviewController(ws, act, self, self.library_list.open_claim)
        self.importing = ArticleImportController(
            ws, undo, messages, act, self.library_list, self.feed, inspector, view.pane,
            self.edits.forget_failure, self.versions.store_new_text)
        self.annotations = AnnotationImportController(ws, undo, messages, act, inspector,
                                                      self._show_everything)
        self.exporting = ExportController(ws, messages, act, self.library, table, inspector)
        self.team = TeamController(ws, undo, messages, act, self, self.files.show_reviewer)
        self.team.assigned = AssignedFilters(ws, self.library, self.claims_table)
        self.team.assigning = AssignMenus(ws, undo, self.library, self.claims_table, self,
                                          self.team.assigned.refresh)
        self.web = WebController(ws, messages, act, self.importing, self.versions, inspector,
                                 table)
        self.claims.source_added = self.web.source_added

    def _connect(self) -> None:
        # The empty state's buttons are on when their actions are (a read-only database
        # takes no article; it can still be left for another).
        for button, action in ((self.empty_state.button, self.act.open_sample),
                               (self.empty_state.import_button, self.act.import_articles),
                               (self.empty_state.paste_button, self.act.paste_article)):
            action.enabledChanged.connect(button.setEnabled)
        self.empty_state.open_sample_requested.connect(self.importing.open_sample_article)
        self.empty_state.paste_requested.connect(self.importing.paste_article)
        self.empty_state.import_requested.connect(lambda: self.importing.import_articles())
        self.empty_state.open_database_requested.connect(self.files.open_database)
        # What cannot be done (a link no browser opens) is said in the message bar.
        self.inspector.on_form(
            lambda: self.inspector.sources.problem.connect(self.edits.show_problem))

    # -- the database --------------------------------------------------------------------
    @property
    def store(self) -> Store:
        return self.workspace.store

    def set_store(self, store: Store) -> None:
        """Show `store` (at start, or after File > Open); undo starts afresh."""
        self.feed.stop()
        self.controller.set_store(store)
        self.feed.follow(store)
        self.other_writers.follow(store)
        self.team.follow(store)
        title = (translate("MainWindow", "{app} — {file} (read-only)") if store.read_only
                 else translate("MainWindow", "{app} — {file}"))
        self.setWindowTitle(title.format(app=APP_NAME, file=store.path.name))
        self.inspector.show_claim(None, [])
        self.inspector.set_read_only(store.read_only)
        self.read_only_label.setVisible(store.read_only)
        self.read_only_separator.setVisible(store.read_only)
        self.inspector.invalidate_memory()
        self.article_view.clear()
        self.library_list.clear()
        self.workspace.set_store(store)
        self.files.show_reviewer()
        self._set_path_label()
        self.library_list.refresh(first_screenful=True)
        self.files.remember_recent(store.path)
        self.act.update()

    def _show_everything(self) -> None:
        """After a bulk write: the library and the article on screen, read afresh."""
        if not self.feed.apply():
            self.library_list.refresh()
        if self.workspace.article_id:
            self.article.show_article(self.workspace.article_id)

    def _search_library(self) -> None:
        self.panes.show("library")
        self.library.focus_search()

    def _finish_correcting(self) -> bool:
        """True once no text is being corrected (corrections are stored first)."""
        return not self.correcting.is_editing() or self.correcting.finish_editing()

    def disconnect_store(self) -> None:
        """Stop listening to the store (before it is closed or the window goes)."""
        self.feed.stop()
        self.other_writers.stop()
        self.team.stop()
        self.inspector.stop_memory()
        self.overview.disconnect()

    # -- window events -----------------------------------------------------------------
    def _set_path_label(self) -> None:
        full = str(self.store.path)
        metrics = self.path_label.fontMetrics()
        self.path_label.setText(
            metrics.elidedText(full, Qt.TextElideMode.ElideMiddle, max(80, self.width() // 3))
        )
        self.path_label.setToolTip(tooltip(full))  # a folder may look like HTML

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.correcting.is_editing() or not self.act.import_articles.isEnabled():
            event.ignore()  # no importing while correcting, nor into a read-only database
            return
        self.importing.drag_enter(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.importing.drop(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.inspector.flush() and not self.messages.confirm_discard():
            event.ignore()
            return
        if self.correcting.is_editing() and not self.correcting.finish_editing_on_close():
            event.ignore()
            return
        self.panes.save_state()
        self.disconnect_store()
        self.claim_finder.shutdown()
        super().closeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._set_path_label()


def _focus(widget: QWidget) -> bool:
    widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
    return True


def _separator() -> QWidget:
    label = QLabel("·")
    label.setContentsMargins(2, 0, 2, 0)
    return label
