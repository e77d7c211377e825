"""View > Library Overview: opens the overview window and keeps it on the open
database."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow

from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.shell.actions import ActionRegistry, ActionSpec, Place
from factcheck_gui.ui.shell.workspace import Workspace

if TYPE_CHECKING:
    from factcheck_gui.ui.overview.window import OverviewWindow


class OverviewController:
    def __init__(self, ws: Workspace, registry: ActionRegistry, window: QMainWindow,
                 open_claim: Callable[[str, str], object]) -> None:
        self.ws, self.window, self.open_claim = ws, window, open_claim
        self.overview: OverviewWindow | None = None
        registry.declare([ActionSpec(
            "library_overview", translate("OverviewController", "Library &Overview"),
            self.show_overview, ("Ctrl+Shift+L",),
            translate("OverviewController",
                      "Charts of every claim by verdict, status, outlet, reviewer and date"),
            menus=(Place("view", 3, 1),))])
        ws.store_changed.connect(self.follow_store)

    def show_overview(self) -> OverviewWindow:
        if self.overview is None:
            # Imported on first use: not needed to show the main window.
            from factcheck_gui.ui.overview.window import OverviewWindow

            # A window of its own, not a child of this one: a child window stays above
            # its parent, and would cover the claim it has just opened here.
            self.overview = OverviewWindow(self.ws.store)
            self.overview.setWindowIcon(self.window.windowIcon())
            self.overview.open_claim_requested.connect(self._open_from_overview)
        overview = self.overview
        overview.show()
        overview.raise_()
        overview.activateWindow()
        return overview

    def _open_from_overview(self, article_id: str, claim_id: str) -> None:
        self.window.raise_()
        self.window.activateWindow()
        self.open_claim(article_id, claim_id)

    def follow_store(self) -> None:
        """After File > Open: the overview shows the new database."""
        if self.overview is not None:
            self.overview.set_store(self.ws.store)

    def disconnect(self) -> None:
        """The main window is closing: so does the overview."""
        if self.overview is not None:
            self.overview.disconnect_store()
            self.overview.close()
            self.overview.deleteLater()
            self.overview = None
