"""Assign to… in the library's and the claims table's context menus: an editor
gives the article, or the selected claims, to a team member (one undoable step
that travels with the next sync). Others see the item disabled, saying why."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QDialog, QMenu, QWidget

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.ui.claims.claims_table import ClaimsTable
from factcheck_gui.ui.edits.undo import UndoController
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.library.panel import LibraryPanel
from factcheck_gui.ui.shell.workspace import Workspace


class AssignMenus:
    def __init__(self, ws: Workspace, undo: UndoController, library: LibraryPanel,
                 table: ClaimsTable, parent: QWidget,
                 assigned: Callable[[], None] = lambda: None) -> None:
        self.ws, self.undo, self.library, self.table = ws, undo, library, table
        self.parent, self.assigned = parent, assigned
        for view, menu in ((library.view, self.library_menu), (table.view, self.claims_menu)):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(
                lambda pos, view=view, menu=menu: self._show(view, menu(), pos))

    # -- menus ------------------------------------------------------------------------
    def library_menu(self) -> QMenu:
        return self._menu(self.assign_article, bool(self.library.current_id()))

    def claims_menu(self) -> QMenu:
        return self._menu(self.assign_claims, bool(self._claim_ids()))

    def _menu(self, handler: Callable[[], object], something: bool) -> QMenu:
        menu = QMenu(self.parent)
        menu.setToolTipsVisible(True)
        action = QAction(translate("AssignMenus", "&Assign to…"), menu)
        action.setObjectName("assignTo")
        action.triggered.connect(handler)
        why = self.refusal()
        if why is not None:
            action.setEnabled(False)
            action.setText(translate("AssignMenus", "Assign to… ({reason})").format(reason=why))
            action.setToolTip(why)
        elif not something:
            action.setEnabled(False)
        menu.addAction(action)
        return menu

    def _show(self, view: QAbstractItemView, menu: QMenu, pos: QPoint) -> None:
        menu.exec(view.viewport().mapToGlobal(pos))

    def refusal(self) -> str | None:
        """Why this copy may not assign now, or None."""
        store = self.ws.store
        try:
            if store.closed or not store.team.linked:
                return translate("AssignMenus", "only in a team database")
            if store.read_only:
                return translate("AssignMenus", "the database is open read-only")
            if store.team.link()["role"] != "editor":
                return translate("AssignMenus", "only the team's editors assign work")
        except FactcheckError:
            return translate("AssignMenus", "only in a team database")
        return None

    # -- assigning --------------------------------------------------------------------
    def assign_article(self) -> bool:
        article_id = self.library.current_id()
        if not article_id or self.refusal() is not None:
            return False
        title = self.ws.store.articles.get_article(article_id).title
        what = translate("AssignMenus", "the article “{title}”").format(title=title)
        return self._assign([("article", article_id)], what)

    def assign_claims(self) -> bool:
        ids = self._claim_ids()
        if not ids or self.refusal() is not None:
            return False
        count = len(ids)
        what = translate("AssignMenus", "%n selected claim(s)", None, count)
        return self._assign([("claim", claim_id) for claim_id in ids], what)

    def _claim_ids(self) -> list[str]:
        current = self.table.current_id()
        return self.table.selected_ids() or ([current] if current else [])

    def _assign(self, targets: list[tuple[str, str]], what: str) -> bool:
        from factcheck_gui.ui.edits.assign import Assign  # both loaded when first used
        from factcheck_gui.ui.team.assign_dialog import AssignDialog

        store = self.ws.store
        now = {row["target"]: row["assignee"] for row in store.team.assignments()}
        current = {now.get(target) for _, target in targets}
        dialog = AssignDialog(what, store.team.members(),
                              current.pop() if len(current) == 1 else None, self.parent)
        if self.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return False
        done = self.undo.push(Assign(store, targets, dialog.chosen()))
        if done:
            self.assigned()
        return done

    def exec_dialog(self, dialog: QDialog) -> int:
        """Run a dialog (tests replace this to drive it without a modal loop)."""
        return dialog.exec()
