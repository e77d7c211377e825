"""File > Import Annotations…: W3C or Hypothesis JSON merged into the open
database, after a backup. A bulk import is not an undo step: the undo history
starts afresh after it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.store import Store, backups_folder
from factcheck_gui.ui.edits.undo import UndoController
from factcheck_gui.ui.exporting.controller import reporter
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.shell.actions import ActionRegistry, ActionSpec, Place
from factcheck_gui.ui.shell.messages import Messages
from factcheck_gui.ui.shell.workspace import Workspace

if TYPE_CHECKING:
    from factcheck_gui.io.w3c_import import ImportReport
    from factcheck_gui.ui.inspector.inspector import Inspector



class AnnotationImportController:
    def __init__(self, ws: Workspace, undo: UndoController, messages: Messages,
                 registry: ActionRegistry, inspector: Inspector,
                 show_changes: Callable[[], None]) -> None:
        self.ws, self.undo, self.messages, self.inspector = ws, undo, messages, inspector
        self.show_changes = show_changes  # everything the import wrote, on screen
        registry.declare([ActionSpec(
            "import_annotations", translate("ImportAnnotations", "Import A&nnotations…"),
            lambda: self.import_annotations_file(), (),
            translate("ImportAnnotations", "Merge W3C or Hypothesis annotations (JSON) into this"
                      " database, after a backup"),
            menus=(Place("file", 2, 4),), writes=True)])

    # -- asking (one method each, so tests can replace them) ------------------------------
    def ask_annotations_path(self) -> Path | None:
        from factcheck_gui.ui.files.folders import ask_open_path

        return ask_open_path(self.messages.parent,
                             translate("ImportAnnotations", "Import Annotations"), "jsonld",
                             translate("ImportAnnotations", "Annotations (*.json *.jsonld)")
                             + ";;" + translate("ImportAnnotations", "All files (*)"))

    def confirm_import_annotations(self, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox  # as dialogs are, when asked for

        box = QMessageBox(QMessageBox.Icon.Question,
                          translate("ImportAnnotations", "Import Annotations"), text,
                          parent=self.messages.parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        go = box.addButton(translate("ImportAnnotations", "Back Up and Import"),
                           QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is go

    def show_import_summary(self, report: ImportReport, backup: Path) -> None:
        from factcheck_gui.ui.dialogs.annotation_import_summary import ImportSummaryDialog

        ImportSummaryDialog.ask(self.messages.parent, report, backup)

    def _backup_before_import(self) -> Path:
        return backup_before_import(self.ws.store, datetime.now(UTC))

    # -- importing --------------------------------------------------------------------------
    def import_annotations_file(self, path: Path | None = None) -> ImportReport | None:
        """Merge W3C or Hypothesis JSON into this database, after a backup; returns
        what happened, None if nothing was done."""
        from factcheck_gui.io.w3c_import import import_annotations, parse_annotations

        store = self.ws.store
        if store.read_only:
            self.messages.show_error(
                translate("ImportAnnotations", "Cannot import annotations"),
                translate("ImportAnnotations",
                          "This database is open read-only; nothing can be merged into it."))
            return None
        path = path or self.ask_annotations_path()
        if path is None or not self.inspector.flush():
            return None
        try:
            items = parse_annotations(path.read_bytes())
        except OSError as error:
            self.messages.show_error(translate("ImportAnnotations", "Cannot read the annotations"),
                                     f"{path}: {error.strerror or error}")
            return None
        except FactcheckError as error:
            self.messages.show_error(
                translate("ImportAnnotations", "Cannot import these annotations"),
                f"{path.name}: {error}")
            return None
        count = len(items)
        if not self.confirm_import_annotations(
            translate("ImportAnnotations", "Merge %n annotation(s) from {file} into this database?",
                      None, count).format(file=path.name) + "\n\n"
            + translate("ImportAnnotations",
                        "Claims with the same id are updated where the file's copy is newer (the"
                        " older text stays in each claim's history); the others are added.")
            + "\n\n"
            + translate("ImportAnnotations",
                        "A bulk import cannot be undone with Edit > Undo, and the undo history is"
                        " cleared. A backup of the database is made first, in {folder}."
                        ).format(folder=backups_folder(store.path)),
        ):
            return None
        try:
            backup = self._backup_before_import()
        except FactcheckError as error:
            self.messages.show_error(
                translate("ImportAnnotations", "Not imported: the backup failed"), str(error))
            return None
        from PySide6.QtWidgets import QProgressDialog

        progress = QProgressDialog(translate("ImportAnnotations", "Importing annotations…"), "",
                                   0, max(len(items), 1),
                                   self.messages.parent)
        progress.setCancelButton(None)  # each claim is its own write: no half-way stop
        progress.setWindowTitle(translate("ImportAnnotations", "Import Annotations"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        report: ImportReport | None
        try:
            report = import_annotations(store, items, progress=reporter(progress))
        except FactcheckError as error:
            self.messages.show_error(
                translate("ImportAnnotations", "The import stopped"),
                f"{error}\n\n"
                + translate("ImportAnnotations", "The backup is at {path}.").format(path=backup))
            report = None
        finally:
            progress.close()
            progress.deleteLater()
            self.undo.set_store(store)  # earlier steps may no longer apply
            self.show_changes()
        if report is not None:
            locale = QLocale()
            self.messages.status(
                translate("ImportAnnotations", "Imported annotations: {new} new, {updated} updated"
                          ).format(new=locale.toString(report.created),
                                   updated=locale.toString(report.updated)), 8000)
            self.show_import_summary(report, backup)
        return report


def backup_before_import(store: Store, now: datetime) -> Path:
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
