"""The undo stack's driver: runs each command against the store first, and records
it only if the write went through.

A failed write leaves the stack as it was and the edit on screen; `retry()`
tries it again. Undo and redo work the same way.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from factcheck_gui.core.errors import FactcheckError, WriteError
from factcheck_gui.core.store import Store
from factcheck_gui.ui.edits.commands import StoreCommand


class UndoController(QObject):
    """Runs commands against the store and keeps the QUndoStack in step.

    `failed(message, can_retry)` reports a write that did not happen;
    `succeeded()` follows every write that did; `select_claim(id)` says which
    claim the last step concerned."""

    failed = Signal(str, bool)
    succeeded = Signal()
    select_claim = Signal(object)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.stack = QUndoStack(self)
        self._retry: Callable[[], object] | None = None

    def set_store(self, store: Store) -> None:
        self.store = store
        self.stack.clear()
        self._retry = None

    def push(self, command: StoreCommand, retry: Callable[[], object] | None = None) -> bool:
        """Do `command` now and record it; False (and a `failed` notice) if it failed."""
        selected = self._run(command.forward, retry or (lambda: self.push(command)))
        if selected is _FAILED:
            return False
        self.stack.push(command)
        self.select_claim.emit(selected)
        return True

    def undo(self) -> bool:
        if not self.stack.canUndo():
            return False
        command = self._command(self.stack.index() - 1)
        selected = self._run(command.backward, self.undo)
        if selected is _FAILED:
            return False
        self.stack.undo()
        self.select_claim.emit(selected)
        return True

    def redo(self) -> bool:
        if not self.stack.canRedo():
            return False
        command = self._command(self.stack.index())
        selected = self._run(command.forward, self.redo)
        if selected is _FAILED:
            return False
        self.stack.redo()
        self.select_claim.emit(selected)
        return True

    def _command(self, index: int) -> StoreCommand:
        command = self.stack.command(index)
        assert isinstance(command, StoreCommand), "only store commands go on the stack"
        return command

    def can_retry(self) -> bool:
        return self._retry is not None

    def retry(self) -> bool:
        """Try the last failed write again."""
        retry, self._retry = self._retry, None
        return bool(retry()) if retry is not None else False

    def forget_failure(self) -> None:
        self._retry = None

    def _run(self, step: Callable[[], str | None], retry: Callable[[], object]) -> object:
        try:
            selected = step()
        except WriteError as error:
            self._retry = retry
            self.failed.emit(str(error), True)
            return _FAILED
        except FactcheckError as error:
            self._retry = None
            self.failed.emit(str(error), False)
            return _FAILED
        self._retry = None
        self.succeeded.emit()
        return selected


_FAILED = object()
