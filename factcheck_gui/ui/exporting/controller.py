"""File > Export… (every format, any scope and filter), Export PDF, and Import
Annotations, for the main window. Mixed into MainWindow.

The exporters stream rows and call `progress(done)`; raising ExportCancelled from
it unwinds through the atomic writer, which then leaves no file behind."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.models import ReportRow
from factcheck_gui.core.store import Store, backups_folder
from factcheck_gui.ui.dialogs.annotation_import_summary import ImportSummaryDialog
from factcheck_gui.ui.exporting.export_dialog import (
    UNJUDGED_KEY,
    ExportChoice,
    ExportDialog,
    ScopeInfo,
    format_info,
)
from factcheck_gui.ui.scales.verdict_look import label_text

if TYPE_CHECKING:
    from factcheck_gui.io.w3c_import import ImportReport
    from factcheck_gui.ui.shell.main_window import MainWindow

# Qt's text layout grows faster than the report: 1,000 claims take about 2 s,
# 2,000 about 12 s and 5,000 nearly 2 minutes (measured offscreen). Past this, the
# HTML report printed from a browser is the better tool.
PDF_MAX_CLAIMS = 2000
ANNOTATION_FILTER = "Annotations (*.json *.jsonld);;All files (*)"


class ExportCancelled(Exception):
    pass


class ExportActions:
    _last_export: ExportChoice | None = None

    # -- asking (one method each, so tests can replace them) ------------------------------
    def ask_export_path(self: MainWindow, suggested: str, fmt: str = "csv") -> Path | None:
        _, text, _, name_filter, _ = format_info(fmt)
        name, _ = QFileDialog.getSaveFileName(self, f"Export {text}",
                                              str(Path.home() / suggested), name_filter)
        return Path(name) if name else None

    def ask_export_choice(self: MainWindow, initial: ExportChoice) -> ExportChoice | None:
        return ExportDialog.ask(self, self.export_scopes(), self.export_verdicts(), initial)

    def export_verdicts(self: MainWindow) -> list[tuple[str, str]]:
        """The verdict filter's choices: the scale's labels, retired ones too (they are
        in use and export like the rest)."""
        try:
            scale = self.store.active_scale()
        except FactcheckError:
            scale = None
        return [(label_text(label), label.label) for label in scale.labels] if scale else []

    def ask_annotations_path(self: MainWindow) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, "Import Annotations", str(Path.home()),
                                              ANNOTATION_FILTER)
        return Path(name) if name else None

    def confirm_import_annotations(self: MainWindow, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, "Import Annotations", text, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        go = box.addButton("Back Up and Import", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is go

    def show_notice(self: MainWindow, title: str, text: str) -> None:
        self.show_message(QMessageBox.Icon.Information, title, text)

    def show_import_summary(self: MainWindow, report: ImportReport, backup: Path) -> None:
        ImportSummaryDialog.ask(self, report, backup)

    # -- export --------------------------------------------------------------------------------
    def export_scopes(self: MainWindow) -> ScopeInfo:
        article = self.article_view.article
        library = sum(a.claim_count for a in self.library.model.articles())
        if article is None:
            return ScopeInfo(None, None, None, library)
        return ScopeInfo(len(self.rows), len(self.claims_table.selected_ids()),
                         self.claims_table.proxy.rowCount(), library, article.title)

    def export(self: MainWindow, fmt: str | None = None) -> int | None:
        """File > Export…: ask what and where, then write; the number of claims written."""
        last = self._last_export or ExportChoice()
        initial = ExportChoice(fmt or last.format, last.scope, last.status, last.verdict,
                               last.reviewer, last.since, last.until)
        choice = self.ask_export_choice(initial)
        if choice is None:
            return None
        self._last_export = choice
        return self.run_export(choice)

    def export_csv(self: MainWindow, scope: str) -> int | None:
        """The quick CSV exports of File > Export CSV (no filters asked)."""
        return self.run_export(ExportChoice("csv", scope))

    def export_pdf(self: MainWindow) -> int | None:
        return self.export("pdf")

    def export_rows(self: MainWindow, choice: ExportChoice) -> tuple[Iterable[ReportRow], int, str]:
        """The rows `choice` picks, how many at most, and a file name to suggest."""
        article = self.article_view.article
        scope = {}
        if choice.scope == "library":
            total, stem = sum(a.claim_count for a in self.library.model.articles()), "factchecks"
        elif article is None:
            raise FactcheckError("There is no article open to export.")
        else:
            stem = "".join(ch if ch.isalnum() else "-" for ch in article.title[:40]).strip("-")
            stem = stem or "article"
            if choice.scope == "article":
                scope = {"article_ids": [article.id]}
            else:
                ids = (self.claims_table.selected_ids() if choice.scope == "selected"
                       else self.claims_table.visible_ids())
                if not ids and choice.scope == "selected":
                    raise FactcheckError("No claims are selected in the table.")
                scope = {"claim_ids": ids}
                stem += "-selected" if choice.scope == "selected" else "-filtered"
            total = len(scope.get("claim_ids", ())) or len(self.rows)
        unjudged = choice.verdict == UNJUDGED_KEY
        rows: Iterable[ReportRow] = self.store.report_rows(
            **scope, status=choice.status, verdict=None if unjudged else choice.verdict,
            reviewer=choice.reviewer, updated_since=choice.since, updated_until=choice.until)
        if unjudged:
            rows = (r for r in rows if r.claim.verdict is None)
        return rows, total, stem + format_info(choice.format)[2]

    def run_export(self: MainWindow, choice: ExportChoice) -> int | None:
        """Ask where, then write `choice`; the number of claims written, None if not."""
        if not self.inspector.flush():
            return None  # the change being typed could not be saved: do not export stale text
        try:
            rows, total, suggested = self.export_rows(choice)
        except FactcheckError as error:
            self.show_error("Nothing to export", str(error))
            return None
        path = self.ask_export_path(suggested, choice.format)
        if path is None:
            return None
        title = format_info(choice.format)[1]
        progress = QProgressDialog("Exporting claims…", "Cancel", 0, max(total, 1), self)
        progress.setWindowTitle(f"Export {title}")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        warnings: list[str] = []
        try:
            count = self._write_export(choice, rows, path, _reporter(progress), warnings)
        except ExportCancelled:
            self.statusBar().showMessage("Export cancelled; no file was written.", 5000)
            return None
        except (FactcheckError, OSError) as error:
            self.show_error("Could not export", str(error))
            return None
        finally:
            progress.close()
            progress.deleteLater()
        self.statusBar().showMessage(f"Exported {count:,} claims to {path}", 8000)
        if warnings:
            self.show_notice("Exported with warnings",
                             f"Wrote {count:,} ClaimReview records to {path}.\n\n"
                             + "\n".join(f"• {w}" for w in warnings))
        return count

    def _write_export(self: MainWindow, choice: ExportChoice, rows: Iterable[ReportRow],
                      path: Path, progress: Callable[[int], None], warnings: list[str]) -> int:
        fmt, store = choice.format, self.store

        def current(article: object) -> object:
            return store.current_version(article.id)  # type: ignore[attr-defined]

        if fmt in ("csv", "csv-sources"):
            from factcheck_gui.io.csv_export import export_csv

            return export_csv(rows, path, per_source=fmt == "csv-sources", progress=progress)
        if fmt == "json":
            from factcheck_gui.io.w3c_export import export_annotations

            return export_annotations(rows, path, article_text=current, progress=progress)
        if fmt == "claimreview":
            from factcheck_gui.io.claimreview_export import export_claimreview

            result = export_claimreview(rows, path, scale=store.active_scale(),
                                        progress=progress)
            warnings.extend(result.warnings)
            return result.written
        from factcheck_gui.io.html_report import export_html_report, write_html_report

        title = self._report_title(choice)
        if fmt == "html":
            return export_html_report(rows, path, article_text=current,
                                      scale=store.active_scale(), title=title,
                                      progress=progress)
        from factcheck_gui.ui.exporting.pdf_report import write_pdf

        buffer = io.BytesIO()
        count = write_html_report(_at_most(rows, PDF_MAX_CLAIMS), buffer, article_text=current,
                                  scale=store.active_scale(), title=title, progress=progress)
        self.statusBar().showMessage(f"Laying out {count:,} claims as PDF pages…")
        QApplication.processEvents()
        write_pdf(buffer.getvalue().decode("utf-8"), path, title=title)
        return count

    def _report_title(self: MainWindow, choice: ExportChoice) -> str:
        article = self.article_view.article
        if choice.scope != "library" and article is not None:
            return f"Fact-check: {article.title}"
        return "Fact-check report"

    def _backup_before_import(self: MainWindow) -> Path:
        return _backup_before_import_path(self.store, datetime.now(UTC))

    # -- import annotations ----------------------------------------------------------------------
    def import_annotations_file(self: MainWindow, path: Path | None = None) -> ImportReport | None:
        """File > Import Annotations…: merge W3C or Hypothesis JSON into this database,
        after a backup; returns what happened, None if nothing was done."""
        from factcheck_gui.io.w3c_import import import_annotations, parse_annotations

        if getattr(self.store, "read_only", False):
            self.show_error("Cannot import annotations",
                            "This database is open read-only; nothing can be merged into it.")
            return None
        path = path or self.ask_annotations_path()
        if path is None or not self.inspector.flush():
            return None
        try:
            items = parse_annotations(path.read_bytes())
        except OSError as error:
            self.show_error("Cannot read the annotations", f"{path}: {error.strerror or error}")
            return None
        except FactcheckError as error:
            self.show_error("Cannot import these annotations", f"{path.name}: {error}")
            return None
        if not self.confirm_import_annotations(
            f"Merge {len(items):,} annotations from {path.name} into this database?\n\n"
            "Claims with the same id are updated where the file's copy is newer (the older "
            "text stays in each claim's history); the others are added.\n\n"
            "A bulk import cannot be undone with Edit > Undo, and the undo history is "
            "cleared. A backup of the database is made first, in "
            f"{backups_folder(self.store.path)}.",
        ):
            return None
        try:
            backup = self._backup_before_import()
        except FactcheckError as error:
            self.show_error("Not imported: the backup failed", str(error))
            return None
        progress = QProgressDialog("Importing annotations…", "", 0, max(len(items), 1), self)
        progress.setCancelButton(None)  # each claim is its own write: no half-way stop
        progress.setWindowTitle("Import Annotations")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        try:
            report = import_annotations(self.store, items, progress=_reporter(progress))
        except FactcheckError as error:
            self.show_error("The import stopped", f"{error}\n\nThe backup is at {backup}.")
            report = None
        finally:
            progress.close()
            progress.deleteLater()
            self.controller.set_store(self.store)  # earlier steps may no longer apply
            if not self.apply_pending_changes():
                self.refresh()
            if self.current_article_id():
                self.show_article(self.current_article_id())
        if report is not None:
            self.statusBar().showMessage(
                f"Imported annotations: {report.created:,} new, {report.updated:,} updated", 8000)
            self.show_import_summary(report, backup)
        return report


def _backup_before_import_path(store: Store, now: datetime) -> Path:
    """A pre-import backup named as core/backups.py names them (so rotation keeps
    the newest few); a second import within the same second gets a numbered name."""
    from factcheck_gui.core.backups import backup_name, backup_now

    folder = backups_folder(store.path)
    if not (folder / backup_name(store.path, "before-import", now)).exists():
        return backup_now(store, "before-import", now)
    stem = backup_name(store.path, "before-import", now).removesuffix(".db")
    number = 2
    while (folder / f"{stem}-{number}.db").exists():
        number += 1
    return store.backup(folder / f"{stem}-{number}.db")


def _at_most(rows: Iterable[ReportRow], limit: int) -> Iterator[ReportRow]:
    for count, row in enumerate(rows, start=1):
        if count > limit:
            raise FactcheckError(
                f"A PDF holds at most {limit:,} claims and this export has more. Export the "
                "HTML report and print it from a browser, or choose fewer claims.")
        yield row


def _reporter(progress: QProgressDialog) -> Callable[[int], None]:
    def report(done: int) -> None:
        progress.setValue(min(done, progress.maximum()))
        progress.setLabelText(f"{done:,} claims done…")
        QApplication.processEvents()
        if progress.wasCanceled():
            raise ExportCancelled

    return report
