"""Wiring for article versions: the Article menu entries, the summary banner, the
"Claims to Look At" pane and the edit bar. Called once from MainWindow.__init__,
so the window itself only needs a line or two for all of it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMenu

from factcheck_gui.ui.article.review import ReviewPane, SummaryBanner
from factcheck_gui.ui.article.text_correction import EditBar
from factcheck_gui.ui.shell.actions_old import make_action

if TYPE_CHECKING:
    from factcheck_gui.ui.shell.main_window import MainWindow


def article_menu(window: MainWindow) -> QMenu:
    """The menu bar's Article menu (made, before Claim, if nobody has made it yet)."""
    bar = window.menuBar()
    for action in bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and action.text().replace("&", "") == "Article":
            return menu
    menu = QMenu("&Article", bar)
    before = next((a for a in bar.actions() if a.text().replace("&", "") == "Claim"), None)
    if before is not None:
        bar.insertMenu(before, menu)
    else:
        bar.addMenu(menu)
    return menu


def setup_text_versions(w: MainWindow) -> None:
    a = w.act
    local = Qt.ShortcutContext.WidgetWithChildrenShortcut

    def add(name: str, *args: object, **kwargs: object) -> None:
        a.all[name] = make_action(w, *args, **kwargs)  # type: ignore[arg-type]

    add("update_from_file", "Update from &File…", w.update_from_file, ("Ctrl+Shift+U",),
        "Store the text of a file as the new version of this article; claims follow it")
    add("update_from_clipboard", "Update from &Clipboard", w.update_from_clipboard, (),
        "Store the text on the clipboard as the new version of this article")
    add("edit_text", "Co&rrect Text", w.toggle_edit_mode, ("F2",),
        "Fix typos in the article's text; Done stores it as a new version")
    a.edit_text.setCheckable(True)
    add("cancel_edit", "Cancel Correcting", w.cancel_editing, ("Escape",),
        "Leave edit mode without storing the changes", local)
    a.cancel_edit.setEnabled(False)
    add("versions", "&Versions…", w.show_versions, (),
        "List this article's versions and compare any two")
    add("review_next", "Review &Next Changed Claim", lambda: w.review_next(1), ("F8",),
        "Go to the next claim that was lost or needs a look after the text changed")
    add("review_previous", "Review &Previous Changed Claim", lambda: w.review_next(-1),
        ("Shift+F8",), "Go to the previous claim that needs a look")
    add("reattach", "Re-&attach Claim to Selection", w.reattach_selected, ("Ctrl+Shift+A",),
        "Anchor the selected claim to the words selected in the article")
    w.article_view.pane.addAction(a.cancel_edit)

    menu = article_menu(w)
    if menu.actions():
        menu.addSeparator()
    for name in ("update_from_file", "update_from_clipboard", "edit_text", None, "versions",
                 None, "review_next", "review_previous", "reattach"):
        menu.addSeparator() if name is None else menu.addAction(a.all[name])

    w.summary_banner = SummaryBanner()
    w.centralWidget().layout().insertWidget(1, w.summary_banner)  # under the save banner
    w.summary_banner.review_requested.connect(lambda: w.review_next(1))
    w.summary_banner.orphans_requested.connect(lambda: w.review_dock.show())

    w.review_pane = ReviewPane()
    w.review_pane.claim_chosen.connect(w._review_chosen)
    w.review_pane.reattach_requested.connect(w.reattach_selected)
    dock = QDockWidget("Claims to Look At", w)
    dock.setObjectName("reviewDock")
    dock.setWidget(w.review_pane)
    dock.setAllowedAreas(Qt.DockWidgetArea.RightDockWidgetArea
                         | Qt.DockWidgetArea.BottomDockWidgetArea)
    w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    dock.visibilityChanged.connect(lambda shown: shown and w.refresh_review())
    w.review_dock = dock
    toggle = dock.toggleViewAction()
    toggle.setText("Claims to &Look At")
    toggle.setShortcut("Ctrl+5")
    toggle.setStatusTip("Show the claims that were lost or need a look after the text changed")
    a.all["toggle_review"] = toggle
    if a.view_menu is not None:
        a.view_menu.insertAction(a.toolbar, toggle)

    w.edit_bar = EditBar()
    w.article_view.layout().insertWidget(0, w.edit_bar)
    w.edit_bar.done_requested.connect(w.finish_editing)
    w.edit_bar.cancel_requested.connect(w.cancel_editing)
    w.controller.stack.indexChanged.connect(lambda _i: w._summary_follow_undo())


def update_version_actions(w: MainWindow) -> None:
    """Enable what applies to the article on screen."""
    if w.is_editing():
        return
    shown = w.article_view.article is not None
    for name in ("update_from_file", "update_from_clipboard", "edit_text", "versions"):
        w.act.all[name].setEnabled(shown)
    w.act.reattach.setEnabled(w.selected_claim_id is not None)
    w.review_pane.select(w.selected_claim_id)
