"""Assigned to me: the library's toggle and the claims table's filter, shown only
while the open database is in a team, and kept current as syncs bring assignments."""

from __future__ import annotations

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.ui.claims.claims_table import ClaimsTable
from factcheck_gui.ui.library.panel import LibraryPanel
from factcheck_gui.ui.shell.workspace import Workspace


class AssignedFilters:
    def __init__(self, ws: Workspace, library: LibraryPanel, table: ClaimsTable) -> None:
        self.ws, self.library, self.table = ws, library, table
        table.assigned = self.my_claims
        library.assigned_only.toggled.connect(lambda _on: self.refresh())

    def _me(self) -> str | None:
        try:
            store = self.ws.store
            return store.team.link()["role_name"] if store.team.linked else None
        except FactcheckError:
            return None

    def my_claims(self) -> set[str]:
        me = self._me()
        return set(self.ws.store.team.assigned_claims(me)) if me else set()

    def follow(self, linked: bool) -> None:
        """Show the filters for a team database; otherwise hide and clear them."""
        if not linked:
            self.library.assigned_only.setChecked(False)
            self.table.assigned_filter.setCurrentIndex(0)
        self.library.assigned_only.setVisible(linked)
        self.table.show_assigned_filter(linked)
        self.refresh()

    def refresh(self) -> None:
        """Apply both filters again with the assignments as they are now."""
        if self.library.assigned_only.isChecked() or self.library.proxy.only is not None:
            me = self._me() if self.library.assigned_only.isChecked() else None
            try:
                self.library.set_only(self.ws.store.team.assigned_articles(me) if me else None)
            except FactcheckError:
                self.library.set_only(None)
        if self.table.assigned_filter.currentData() or self.table.proxy.only is not None:
            self.table.refilter()
