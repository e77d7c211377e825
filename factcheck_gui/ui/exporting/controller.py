"""File > Export… (every format, any scope and filter), Export PDF, and the quick
CSV exports.

The exporters stream rows and call `progress(done)`; raising ExportCancelled from
it unwinds through the atomic writer, which then leaves no file behind."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.filenames import default_file_name
from factcheck_gui.core.models import Article, ArticleVersion, ReportRow
from factcheck_gui.ui.claims.claims_table import ClaimsTable
from factcheck_gui.ui.exporting.choice import ExportChoice, ScopeInfo, format_info
from factcheck_gui.ui.files.folders import ask_save_path
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.inspector.inspector import Inspector
from factcheck_gui.ui.library.panel import LibraryPanel
from factcheck_gui.ui.scales.verdict_look import label_text
from factcheck_gui.ui.shell.actions import ActionRegistry, ActionSpec, Place
from factcheck_gui.ui.shell.messages import Messages
from factcheck_gui.ui.shell.workspace import Workspace

# Qt's text layout grows faster than the report: 1,000 claims take about 2 s,
# 2,000 about 12 s and 5,000 nearly 2 minutes (measured offscreen). Past this, the
# HTML report printed from a browser is the better tool.
PDF_MAX_CLAIMS = 2000


class ExportCancelled(Exception):
    pass


class ExportController:
    def __init__(self, ws: Workspace, messages: Messages, registry: ActionRegistry,
                 library: LibraryPanel, table: ClaimsTable, inspector: Inspector) -> None:
        self.ws, self.messages = ws, messages
        self.library, self.table, self.inspector = library, table, inspector
        self._last_export: ExportChoice | None = None
        shown = ws.has_article
        registry.declare([
            ActionSpec("export_article", translate("Export", "Current &Article…"),
                       lambda: self.export_csv("article"), ("Ctrl+E",),
                       translate("Export", "Export the claims of the article on screen to CSV"),
                       menus=(Place("file/export_csv", 1, 1),), when=shown),
            ActionSpec("export_filter", translate("Export", "Claims Matching the &Filter…"),
                       lambda: self.export_csv("filter"), (),
                       translate("Export", "Export the claims the table shows (its verdict and"
                                 " status filter) to CSV"),
                       menus=(Place("file/export_csv", 1, 2),), when=shown),
            ActionSpec("export_library", translate("Export", "Whole &Library…"),
                       lambda: self.export_csv("library"), (),
                       translate("Export", "Export every claim of every article to CSV"),
                       menus=(Place("file/export_csv", 1, 3),)),
            ActionSpec("export", translate("Export", "&Export…"), lambda: self.export(),
                       ("Ctrl+Shift+E",),
                       translate("Export", "Export claims as CSV, W3C annotations, ClaimReview,"
                                 " an HTML or a PDF report"), menus=(Place("file", 3, 1),)),
            ActionSpec("export_html", translate("Export", "Export &Report (HTML)…"),
                       lambda: self.export("html"), (),
                       translate("Export",
                                 "Export a report to read in a browser or send to an editor"),
                       menus=(Place("file", 3, 2),)),
            ActionSpec("export_pdf", translate("Export", "Export P&DF…"), self.export_pdf,
                       ("Ctrl+P",), translate("Export", "Export the report as a PDF"),
                       menus=(Place("file", 3, 3),)),
        ])

    # -- asking (one method each, so tests can replace them) ------------------------------
    def ask_export_path(self, suggested: str, fmt: str = "csv") -> Path | None:
        _, text, suffix, name_filter, _ = format_info(fmt)
        title = translate("Export", "Export {format}").format(format=text)
        return ask_save_path(self.messages.parent, title, suffix.lstrip("."),
                             suggested, name_filter)

    def ask_export_choice(self, initial: ExportChoice) -> ExportChoice | None:
        from factcheck_gui.ui.exporting.export_dialog import ExportDialog  # when first asked

        return ExportDialog.ask(self.messages.parent, self.export_scopes(), self.export_verdicts(),
                                initial)

    def export_verdicts(self) -> list[tuple[str, str]]:
        """The verdict filter's choices: the scale's labels, retired ones too (they are
        in use and export like the rest)."""
        try:
            scale = self.ws.store.scales.active_scale()
        except FactcheckError:
            scale = None
        return [(label_text(label), label.label) for label in scale.labels] if scale else []

    # -- export --------------------------------------------------------------------------------
    def export_scopes(self) -> ScopeInfo:
        article = self.ws.article
        library = sum(a.claim_count for a in self.library.model.articles())
        if article is None:
            return ScopeInfo(None, None, None, library)
        return ScopeInfo(len(self.ws.rows), len(self.table.selected_ids()),
                         self.table.proxy.rowCount(), library, article.title)

    def export(self, fmt: str | None = None) -> int | None:
        """File > Export…: ask what and where, then write; the number of claims written."""
        last = self._last_export or ExportChoice()
        initial = replace(last, format=fmt or last.format)
        choice = self.ask_export_choice(initial)
        if choice is None:
            return None
        self._last_export = choice
        return self.run_export(choice)

    def export_csv(self, scope: str) -> int | None:
        """The quick CSV exports of File > Export CSV (no filters asked)."""
        return self.run_export(ExportChoice("csv", scope))

    def export_pdf(self) -> int | None:
        return self.export("pdf")

    def export_target(self, choice: ExportChoice) -> tuple[ExportChoice, int, str]:
        """`choice` with the articles or claims its scope stands for, how many claims
        at most, and a file name to suggest."""
        article = self.ws.article
        scope = choice
        extra = ""
        if choice.scope == "library":
            total, title = sum(a.claim_count for a in self.library.model.articles()), "factchecks"
        elif article is None:
            raise FactcheckError(translate("Export", "There is no article open to export."))
        else:
            title = article.title
            if choice.scope == "article":
                scope = replace(choice, articles=(article.id,))
            else:
                ids = (self.table.selected_ids() if choice.scope == "selected"
                       else self.table.visible_ids())
                if not ids and choice.scope == "selected":
                    raise FactcheckError(
                        translate("Export", "No claims are selected in the table."))
                scope = replace(choice, claims=tuple(ids))
                extra = "selected" if choice.scope == "selected" else "filtered"
            total = len(scope.claims or ()) or len(self.ws.rows)
        suffix = format_info(choice.format)[2]
        return scope, total, default_file_name(title, suffix, extra=extra, fallback="article")

    def run_export(self, choice: ExportChoice) -> int | None:
        """Ask where, then write `choice`; the number of claims written, None if not."""
        if not self.inspector.flush():
            return None  # the change being typed could not be saved: do not export stale text
        try:
            scope, total, suggested = self.export_target(choice)
            # Claims of articles the reviewer checks blind stay out of their exports.
            scope = replace(scope, blind_for=self.ws.store.reviewer)
            # Bad filters fail here, before a file is asked for.
            rows = self.ws.store.reports.report_rows(scope)
        except FactcheckError as error:
            self.messages.show_error(translate("Export", "Nothing to export"), str(error))
            return None
        path = self.ask_export_path(suggested, choice.format)
        if path is None:
            return None
        title = format_info(choice.format)[1]
        progress = QProgressDialog(translate("Export", "Exporting claims…"),
                                   translate("Export", "Cancel"), 0, max(total, 1),
                                   self.messages.parent)
        progress.setWindowTitle(translate("Export", "Export {format}").format(format=title))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        warnings: list[str] = []
        try:
            count = self._write_export(scope, rows, path, reporter(progress), warnings)
        except ExportCancelled:
            self.messages.status(
                translate("Export", "Export cancelled; no file was written."), 5000)
            return None
        except (FactcheckError, OSError) as error:
            self.messages.show_error(translate("Export", "Could not export"), str(error))
            return None
        finally:
            progress.close()
            progress.deleteLater()
        self.messages.status(translate("Export", "Exported %n claim(s) to {path}", None, count
                                       ).format(path=path), 8000)
        if warnings:
            self.messages.show_notice(
                translate("Export", "Exported with warnings"),
                translate("Export", "Wrote %n ClaimReview record(s) to {path}.", None, count
                          ).format(path=path) + "\n\n" + "\n".join(f"• {w}" for w in warnings))
        return count

    def _write_export(self, choice: ExportChoice, rows: Iterable[ReportRow],
                      path: Path, progress: Callable[[int], None], warnings: list[str]) -> int:
        fmt, store = choice.format, self.ws.store

        def current(article: Article) -> ArticleVersion:
            return store.versions.current_version(article.id)

        if fmt in ("csv", "csv-sources"):
            from factcheck_gui.io.csv_export import export_report_csv

            return export_report_csv(store, choice, path, per_source=fmt == "csv-sources",
                                     progress=progress)
        if fmt == "json":
            from factcheck_gui.io.w3c_export import export_annotations

            return export_annotations(rows, path, article_text=current, progress=progress)
        if fmt == "claimreview":
            from factcheck_gui.io.claimreview_export import export_claimreview

            result = export_claimreview(rows, path, scale=store.scales.active_scale(),
                                        progress=progress)
            warnings.extend(result.warnings)
            return result.written
        from factcheck_gui.core.review_selection import report_agreement
        from factcheck_gui.io.html_report import export_html_report, write_html_report

        title = self._report_title(choice)
        database = store.path.name
        articles = choice.articles if choice.articles is not None else (
            (self.ws.article_id,) if choice.claims is not None and self.ws.article_id else None)
        figures = report_agreement(store, articles)
        if fmt == "html":
            return export_html_report(rows, path, article_text=current,
                                      scale=store.scales.active_scale(), title=title,
                                      progress=progress, database=database, agreement=figures)
        from factcheck_gui.ui.exporting.pdf_report import write_pdf

        buffer = io.BytesIO()
        count = write_html_report(_at_most(rows, PDF_MAX_CLAIMS), buffer, article_text=current,
                                  scale=store.scales.active_scale(), title=title, progress=progress,
                                  database=database,
                                  agreement=figures)
        self.messages.status(translate("Export", "Laying out %n claim(s) as PDF pages…", None,
                                       count))
        QApplication.processEvents()
        footer = f"{database} · {date.today().isoformat()}"
        write_pdf(buffer.getvalue().decode("utf-8"), path, title=title, footer=footer)
        return count

    def _report_title(self, choice: ExportChoice) -> str:
        article = self.ws.article
        if choice.scope != "library" and article is not None:
            return f"Fact-check: {article.title}"
        return "Fact-check report"


def _at_most(rows: Iterable[ReportRow], limit: int) -> Iterator[ReportRow]:
    for count, row in enumerate(rows, start=1):
        if count > limit:
            raise FactcheckError(translate(
                "Export", "A PDF holds at most %n claim(s) and this export has more. Export the"
                " HTML report and print it from a browser, or choose fewer claims.", None, limit))
        yield row


def reporter(progress: QProgressDialog) -> Callable[[int], None]:
    def report(done: int) -> None:
        progress.setValue(min(done, progress.maximum()))
        progress.setLabelText(translate("Export", "%n claim(s) done…", None, done))
        QApplication.processEvents()
        if progress.wasCanceled():
            raise ExportCancelled

    return report
