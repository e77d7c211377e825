"""File menu work for the main window: databases, recent files, CSV export,
and who the reviewer is. Mixed into MainWindow."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.models import ReportRow
from factcheck_gui.core.store import Store
from factcheck_gui.io.csv_export import export_csv
from factcheck_gui.ui.claims_model import UNJUDGED
from factcheck_gui.ui.dialogs import ReviewerDialog, ShortcutsDialog

if TYPE_CHECKING:
    from factcheck_gui.ui.main_window import MainWindow

RECENT_KEY = "files/recent_databases"
REVIEWER_KEY = "reviewer/name"
MAX_RECENT = 8
DB_FILTER = "Factcheck databases (*.db *.sqlite *.sqlite3);;All files (*)"


class ExportCancelled(Exception):
    pass


def remembered_reviewer(settings: QSettings) -> str | None:
    value = settings.value(REVIEWER_KEY)
    return str(value) if value else None


class FileActions:
    # -- asking (one method each, so tests can replace them) ------------------------------
    def ask_open_path(self: MainWindow) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, "Open Database", str(self.store.path.parent),
                                              DB_FILTER)
        return Path(name) if name else None

    def ask_new_path(self: MainWindow) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, "New Database",
                                              str(self.store.path.parent / "factchecks.db"),
                                              DB_FILTER)
        return Path(name) if name else None

    def ask_export_path(self: MainWindow, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, "Export CSV",
                                              str(Path.home() / suggested), "CSV (*.csv)")
        return Path(name) if name else None

    # -- databases ----------------------------------------------------------------------------
    def new_database(self: MainWindow) -> bool:
        path = self.ask_new_path()
        if path is None:
            return False
        if path.exists():
            self.show_error("Cannot create the database", f"{path} already exists.")
            return False
        return self.open_database_at(path)

    def open_database(self: MainWindow) -> bool:
        path = self.ask_open_path()
        return self.open_database_at(path) if path is not None else False

    def open_database_at(self: MainWindow, path: Path) -> bool:
        if not self.inspector.flush():
            return False
        if Path(path).expanduser().absolute() == self.store.path:
            return True  # already open here (its writer lock is ours)
        try:
            store = Store.open(path, reviewer=self.store.reviewer, lock=True)
        except FactcheckError as error:
            self.show_error("Cannot open the database", f"{error}\n\nFile: {path}")
            return False
        old = self.store
        self.set_store(store)
        old.close()
        return True

    def remember_recent(self: MainWindow, path: Path) -> None:
        settings = self.settings()
        paths = [str(path)] + [p for p in self.recent_paths() if p != str(path)]
        settings.setValue(RECENT_KEY, paths[:MAX_RECENT])
        self._fill_recent_menu()

    def recent_paths(self: MainWindow) -> list[str]:
        value = self.settings().value(RECENT_KEY) or []
        return [value] if isinstance(value, str) else [str(v) for v in value]

    def _fill_recent_menu(self: MainWindow) -> None:
        menu = self.act.recent_menu
        menu.clear()
        paths = [p for p in self.recent_paths() if p != str(self.store.path)]
        for number, path in enumerate(paths, start=1):
            action = QAction(f"&{number} {Path(path).name}", menu)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_database_at(Path(p)))
            menu.addAction(action)
        menu.setEnabled(bool(paths))

    # -- export --------------------------------------------------------------------------------
    def export_rows(self: MainWindow, scope: str) -> tuple[Iterable[ReportRow], int, str]:
        """The rows of `scope` ("article", "filter", "library"), their count, a file name."""
        article = self.article_view.article
        if scope == "library":
            total = sum(a.claim_count for a in self.library.model.articles())
            return self.store.report_rows(), total, "factchecks.csv"
        if article is None:
            raise FactcheckError("There is no article open to export.")
        stem = "".join(ch if ch.isalnum() else "-" for ch in article.title[:40]).strip("-")
        if scope == "article":
            return self.store.report_rows(article_ids=[article.id]), len(self.rows), f"{stem}.csv"
        verdict, status = self.claims_table.filters()
        rows: Iterable[ReportRow] = self.store.report_rows(
            article_ids=[article.id], status=status,
            verdict=None if verdict in (None, UNJUDGED) else verdict,
        )
        if verdict == UNJUDGED:
            rows = (r for r in rows if r.claim.verdict is None)
        return rows, self.claims_table.proxy.rowCount(), f"{stem}-filtered.csv"

    def export_csv(self: MainWindow, scope: str) -> int | None:
        """Ask where, then write the CSV report; returns the number of claims written."""
        try:
            rows, total, suggested = self.export_rows(scope)
        except FactcheckError as error:
            self.show_error("Nothing to export", str(error))
            return None
        path = self.ask_export_path(suggested)
        if path is None:
            return None
        progress = QProgressDialog("Exporting claims…", "Cancel", 0, max(total, 1), self)
        progress.setWindowTitle("Export CSV")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        try:
            count = export_csv(_reporting(rows, progress), path)
        except ExportCancelled:
            self.statusBar().showMessage("Export cancelled; no file was written.", 5000)
            return None
        except (FactcheckError, OSError) as error:
            self.show_error("Could not export", str(error))
            return None
        finally:
            progress.close()
        self.statusBar().showMessage(f"Exported {count:,} claims to {path}", 8000)
        return count

    # -- reviewer and help ---------------------------------------------------------------------
    def show_preferences(self: MainWindow) -> None:
        name = ReviewerDialog.ask(self, self.store.reviewer)
        if name:
            self.set_reviewer(name)

    def set_reviewer(self: MainWindow, name: str) -> None:
        self.store.reviewer = name
        settings = self.settings()
        settings.setValue(REVIEWER_KEY, name)
        settings.sync()
        self.reviewer_label.setText(f"Reviewer: {name}")

    def show_shortcuts(self: MainWindow) -> ShortcutsDialog:
        from factcheck_gui.ui.actions import shortcut_rows

        dialog = ShortcutsDialog(self, shortcut_rows(self))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog


def _reporting(rows: Iterable[ReportRow], progress: QProgressDialog) -> Iterator[ReportRow]:
    for count, row in enumerate(rows, start=1):
        if count % 200 == 0:
            progress.setValue(min(count, progress.maximum()))
            QApplication.processEvents()
            if progress.wasCanceled():
                raise ExportCancelled
        yield row
