"""The main window's side of the library overview (View > Library Overview)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck_gui.ui.overview.window import OverviewWindow
    from factcheck_gui.ui.shell.main_window import MainWindow


class OverviewWork:
    """Mixed into MainWindow: opens the overview and follows the open database."""

    _overview: OverviewWindow | None = None

    def show_overview(self: MainWindow) -> OverviewWindow:
        if self._overview is None:
            # Imported on first use: not needed to show the main window.
            from factcheck_gui.ui.overview.window import OverviewWindow

            # A window of its own, not a child of this one: a child window stays above
            # its parent, and would cover the claim it has just opened here.
            self._overview = OverviewWindow(self.store)
            self._overview.setWindowIcon(self.windowIcon())
            self._overview.open_claim_requested.connect(self._open_from_overview)
        overview = self._overview
        overview.show()
        overview.raise_()
        overview.activateWindow()
        return overview

    def _open_from_overview(self: MainWindow, article_id: str, claim_id: str) -> None:
        self.raise_()
        self.activateWindow()
        self.open_claim(article_id, claim_id)

    def overview_follow_store(self: MainWindow) -> None:
        """After File > Open: the overview shows the new database."""
        if self._overview is not None:
            self._overview.set_store(self.store)

    def overview_disconnect(self: MainWindow) -> None:
        """The main window is closing: so does the overview."""
        if self._overview is not None:
            self._overview.disconnect_store()
            self._overview.close()
            self._overview.deleteLater()
            self._overview = None



