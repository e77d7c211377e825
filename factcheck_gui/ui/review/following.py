"""A review dialog that reads its data again after every undo step while shown."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

from factcheck_gui.core.store import Store
from factcheck_gui.ui.edits.undo import UndoController


class UndoFollowingDialog(QDialog):
    """Subclasses fill themselves in `fill()`; an undo or redo anywhere (here or in
    the main window) refills them while they are shown."""

    ABSTRACT = True  # never shown itself (the accessibility walk checks its subclasses)

    def __init__(self, parent: QWidget | None, store: Store, undo: UndoController) -> None:
        super().__init__(parent)
        self.store, self.undo = store, undo
        undo.stack.indexChanged.connect(self.refresh)

    def fill(self) -> None:
        raise NotImplementedError

    def refresh(self) -> None:
        if self.isVisible() and not self.store.closed:
            self.fill()

    def showEvent(self, event: QShowEvent) -> None:
        if not self.store.closed:
            self.fill()
        super().showEvent(event)

    def run(self) -> None:
        """Show until closed, then stop following the undo stack."""
        try:
            self.exec()
        finally:
            self.undo.stack.indexChanged.disconnect(self.refresh)
