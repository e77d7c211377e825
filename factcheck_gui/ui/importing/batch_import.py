"""Importing many files (or web addresses) from the window: reading off the UI thread,
writing on it, and the summary the user reads at the end.

Files are read and extracted (`importers.read_article_file`, the slow part: PDF
layout, HTML extraction) by one worker thread, one file ahead of the UI. Every
store write happens on the UI thread, through the `write` callback the window
passes, because SQLite connections stay on the thread that opened them. The
outcomes are the io.batch ones (Imported, Skipped, Failed), so the window's
summary and the CLI's say the same things.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from factcheck_gui.core.models import NewArticle
from factcheck_gui.io.batch import (
    BatchResult,
    Failed,
    Imported,
    Skipped,
    Target,
    failure_reason,
    read_target,
)
from factcheck_gui.io.import_errors import printable
from factcheck_gui.io.importers import DEFAULT_MAX_BYTES
from factcheck_gui.ui.i18n import QT_TRANSLATE_NOOP, translate
from factcheck_gui.ui.importing.notes import notes_line
from factcheck_gui.ui.theme import error_colour, warning_colour
from factcheck_gui.ui.widgets.list_table import cell_text, list_table
from factcheck_gui.ui.widgets.safe_text import tooltip

Outcome = Imported | Skipped | Failed
# What became of each file (the summary's Result column).
FAILED = QT_TRANSLATE_NOOP("ImportSummary", "Failed")
DUPLICATE = QT_TRANSLATE_NOOP("ImportSummary", "Duplicate")
IMPORTED = QT_TRANSLATE_NOOP("ImportSummary", "Imported")
IMPORTED_WITH_NOTES = QT_TRANSLATE_NOOP("ImportSummary", "Imported, with notes")
NOT_IMPORTED = QT_TRANSLATE_NOOP("ImportSummary", "Not imported")
Writer = Callable[[Target, NewArticle], Outcome]  # runs on the UI thread


class BatchImport(QObject):
    """Imports `paths` in order; `progressed(done, total, name)` after each file,
    `finished(BatchResult)` once at the end (also after `cancel()`)."""

    progressed = Signal(int, int, str)
    finished = Signal(object)
    _read_done = Signal()  # emitted by the worker thread; delivered on the UI thread

    def __init__(self, paths: Sequence[Target], write: Writer, *,
                 max_bytes: int = DEFAULT_MAX_BYTES, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths: list[Target] = list(paths)
        self.write = write
        self.max_bytes = max_bytes
        self.result = BatchResult()
        self.done = False
        self._writing = False
        self._cancelled = False
        self._next = 0  # index of the file being read
        self._future: Future[NewArticle] | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="fc-import")
        self._read_done.connect(self._poll, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        self._read_next()

    def cancel(self) -> None:
        """Stop between files: what is not written yet is reported as not imported."""
        if self.done:
            return
        self._cancelled = True
        if not self._writing:  # else the file being written is finished first
            self._finish()

    def _read_next(self) -> None:
        if self._next >= len(self.paths):
            self._future = None
            return
        path = self.paths[self._next]
        # A web address is fetched here too: off the UI thread, with the fetch's timeouts.
        self._future = self._executor.submit(read_target, path, max_bytes=self.max_bytes)
        self._future.add_done_callback(self._on_read_done)

    def _on_read_done(self, _future: Future[NewArticle]) -> None:
        """In the worker thread: wake the UI thread (unless the batch is over)."""
        if self.done:
            return
        with contextlib.suppress(RuntimeError):  # the batch object is gone (window closed)
            self._read_done.emit()

    def _poll(self) -> None:
        future = self._future
        if self.done or future is None or not future.done():
            return
        if self._writing:  # a dialog or progress bar ran the event loop mid-write
            QTimer.singleShot(0, self, self._poll)
            return
        path = self.paths[self._next]
        self._next += 1
        self._read_next()  # the worker reads the next file while this one is written
        outcome: Outcome
        self._writing = True
        try:
            outcome = self.write(path, future.result())
        except Exception as error:  # one bad file never stops the batch
            outcome = Failed(path, failure_reason(path, error))
        if isinstance(outcome, Imported):
            self.result.imported.append(outcome)
        elif isinstance(outcome, Skipped):
            self.result.skipped.append(outcome)
        else:
            self.result.failed.append(outcome)
        try:
            self.progressed.emit(self._next, len(self.paths), printable(path.name))
        finally:
            self._writing = False
        if self._cancelled or self._next >= len(self.paths):
            self._finish()

    def _finish(self) -> None:
        if self.done:
            return
        if self._cancelled and self._next < len(self.paths):
            self.result.cancelled = True
            self.result.not_started = self.paths[self._next:]
        self.done = True
        self._future = None
        # A file still being read finishes in the background; its result is dropped.
        self._executor.shutdown(wait=False, cancel_futures=True)
        self.finished.emit(self.result)


class ImportSummaryDialog(QDialog):
    """What a batch did, one row per file: imported, skipped as duplicate, failed."""

    def __init__(self, parent: QWidget | None, result: BatchResult) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ImportSummary", "Import Finished") if not result.cancelled
                            else translate("ImportSummary", "Import Cancelled"))
        self.headline = QLabel(headline(result))
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        rows = summary_rows(result)
        self.table = list_table(len(rows), [translate("ImportSummary", "File"),
                                            translate("ImportSummary", "Result"),
                                            translate("ImportSummary", "Details")],
                                label=translate("ImportSummary", "Files and what became of them"))
        self.table.setWordWrap(True)
        colours = {FAILED: error_colour(), NOT_IMPORTED: warning_colour(),
                   IMPORTED_WITH_NOTES: warning_colour()}
        for row, (name, outcome, details) in enumerate(rows):
            for column, value in enumerate((name, translate("ImportSummary", outcome), details)):
                item = QTableWidgetItem(value)
                item.setToolTip(tooltip(value))  # file names and titles are not markup
                if column == 1 and outcome in colours:
                    item.setForeground(colours[outcome])
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 200)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        self.close_button = close
        copy = buttons.addButton(translate("ImportSummary", "&Copy Report"),
                                 QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, min(560, 140 + 30 * max(len(rows), 3)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.close_button.setFocus()  # not the table: no cell looks picked

    def report_text(self) -> str:
        lines = [self.headline.text(), ""]
        for row in range(self.table.rowCount()):
            lines.append("\t".join(cell_text(self.table, row, c) for c in range(3)))
        return "\n".join(lines)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())

    @classmethod
    def show_result(cls, parent: QWidget | None, result: BatchResult) -> None:
        """Show the summary and wait until it is closed. Tests replace this."""
        cls(parent, result).exec()


def headline(result: BatchResult) -> str:
    imported, skipped, failed = len(result.imported), len(result.skipped), len(result.failed)
    parts = [translate("ImportSummary", "%n article(s) imported", None, imported)]
    if skipped:
        parts.append(translate("ImportSummary", "%n duplicate(s) skipped", None, skipped))
    if failed:
        parts.append(translate("ImportSummary", "%n file(s) failed", None, failed))
    separator = translate("ImportSummary", ", ", "between the parts of a list")
    text = translate("ImportSummary", "{parts}.", "a sentence made of a list").format(
        parts=separator.join(parts))
    noted = sum(1 for i in result.imported if i.notes)
    if noted:
        text += " " + translate("ImportSummary", "%n file(s) had lines that did not fit the"
                                " format (kept as they are; see Details).", None, noted)
    if result.cancelled:
        left = len(result.not_started)
        text = translate("ImportSummary", "Cancelled: %n file(s) not imported.", None, left
                         ) + " " + text
    return text


def summary_rows(result: BatchResult) -> list[tuple[str, str, str]]:
    """(file, result, details) for each file; failures first, they need action."""
    rows = [(printable(f.path.name), FAILED, _detail(f.path, f.reason)) for f in result.failed]
    rows += [(printable(s.path.name), DUPLICATE,
              translate("ImportSummary", "skipped: same text as “{title}”").format(
                  title=s.existing.title)) for s in result.skipped]
    rows += [(printable(i.path.name), IMPORTED_WITH_NOTES if i.notes else IMPORTED,
              f"{i.article.title} — {notes_line(i.notes)}" if i.notes else i.article.title)
             for i in result.imported]
    rows += [(printable(p.name), NOT_IMPORTED,
              translate("ImportSummary", "cancelled before this file"))
             for p in result.not_started]
    return rows


def _detail(path: Target, reason: str) -> str:
    """The reason without the file name it starts with (the File column has it)."""
    name = printable(path.name)
    return reason[len(name) + 1:].strip() if reason.startswith(name + ":") else reason
