"""File > Join Team Database…: the team database's URL, then joining with
progress and a Cancel that stops between batches (what came so far stays;
a later sync goes on from there)."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QLocale, QThread, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.store.team.scope import Scope
from factcheck_gui.ui.i18n import QT_TRANSLATE_NOOP, translate
from factcheck_gui.ui.team.join_part import JoinPartBox

HELP = QT_TRANSLATE_NOOP(
    "JoinTeam", "The address your administrator gave you, for example\n"
    "postgresql://you@db.newsroom.example/factcheck?sslmode=verify-full\n\n"
    "No password here: keep it in ~/.pgpass (or a PostgreSQL service file), where"
    " PostgreSQL looks for it. This database stays your working copy; it keeps"
    " working offline.")


class JoinWorker(QThread):
    progressed = Signal(str, int, int)
    finished_with = Signal(str)  # "" when joined, else the reason

    def __init__(self, path: Path, url: str, scope: Scope | None = None) -> None:
        super().__init__()
        self.path, self.url, self.scope = path, url, scope
        self.cancel = threading.Event()

    def run(self) -> None:
        from factcheck_gui.core.store import Store

        try:
            with Store.open(self.path) as store:
                store.team.join(self.url, progress=self.progressed.emit,
                                cancelled=self.cancel.is_set, scope=self.scope)
        except FactcheckError as error:
            self.finished_with.emit(str(error))
            return
        self.finished_with.emit("")


class JoinTeamDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("joinTeamDialog")
        self.setWindowTitle(translate("JoinTeam", "Join Team Database"))
        self.path = path
        self.worker: JoinWorker | None = None
        self.error = ""
        layout = QVBoxLayout(self)
        self.url = QLineEdit()
        self.url.setPlaceholderText(translate(
            "JoinTeam", "postgresql://you@host/database?sslmode=verify-full"))
        self.url.setAccessibleName(translate("JoinTeam", "Team database address"))
        self.url.setAccessibleDescription(translate(
            "JoinTeam", "The postgresql:// address your administrator gave you, without a"
            " password"))
        help_label = QLabel(translate("JoinTeam", HELP))
        help_label.setWordWrap(True)
        self.part = JoinPartBox()
        self.progress = QProgressBar()
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.join_button = self.buttons.addButton(translate("JoinTeam", "&Join"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.join_button.setEnabled(False)
        for widget in (QLabel(translate("JoinTeam", "Team database:")), self.url, help_label,
                       self.part, self.progress,
                       self.message, self.buttons):
            layout.addWidget(widget)
        self.url.textChanged.connect(lambda text: self.join_button.setEnabled(bool(text.strip())))
        self.join_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.cancel)
        self.resize(560, 0)

    def start(self) -> None:
        try:
            scope = self.part.scope()
        except ValueError as error:
            self.message.setText(str(error))
            return
        self.part.setEnabled(False)
        self.join_button.setEnabled(False)
        self.url.setEnabled(False)
        self.progress.show()
        self.progress.setRange(0, 0)
        self.message.setText(translate("JoinTeam", "Joining…"))
        self.worker = JoinWorker(self.path, self.url.text().strip(), scope)
        self.worker.progressed.connect(self._progressed)
        self.worker.finished_with.connect(self._finished)
        self.worker.start()

    def _progressed(self, step: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        locale = QLocale()
        text = (translate("JoinTeam", "Pulling changes: {done} of {total}") if step == "pull"
                else translate("JoinTeam", "Sending changes: {done} of {total}"))
        self.message.setText(text.format(done=locale.toString(done),
                                         total=locale.toString(total)))

    def _finished(self, error: str) -> None:
        if self.worker is not None:
            self.worker.wait()
        self.worker = None
        self.error = error
        if error:
            self.message.setText(error)
            self.progress.hide()
            self.url.setEnabled(True)
            self.part.setEnabled(True)
            self.join_button.setEnabled(True)
            return
        self.accept()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel.set()
            self.message.setText(translate("JoinTeam", "Stopping after this batch…"))
            return
        self.reject()
