"""Corrections in the window: the note dialog, and the one way claim fields are edited.

Changing the verdict or rationale of a final or published claim is a correction
(IFCN), and so is marking a claim final again with another judgement than it
last had while final: the store refuses either without a note, so the window
asks for one first.
Cancelling leaves the claim as it was.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.models import Claim, Correction, Status
from factcheck_gui.core.workflow import DONE, format_correction
from factcheck_gui.ui.claims.statuses import status_label
from factcheck_gui.ui.edits.commands import UpdateClaim
from factcheck_gui.ui.edits.undo import UndoController
from factcheck_gui.ui.i18n import QT_TRANSLATE_NOOP, translate
from factcheck_gui.ui.inspector.times import friendly_time
from factcheck_gui.ui.widgets.safe_text import shorten, tooltip


class CorrectionNoteDialog(QDialog):
    """Asks for the short note that goes with a correction."""

    def __init__(self, parent: QWidget | None, claim: Claim, change: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Corrections", "Correction Note"))
        if claim.status in DONE:
            text = translate(
                "Corrections", "This claim is {status}, so {change} is a correction."
                " Corrections are recorded and shown in the claim's history and in every"
                " report. Say briefly why:").format(
                    status=status_label(claim.status).lower(), change=change)
        else:
            text = translate(
                "Corrections", "This claim was final before, so {change} is a correction."
                " Corrections are recorded and shown in the claim's history and in every"
                " report. Say briefly why:").format(change=change)
        intro = QLabel(text)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        quote = QLabel(translate("Corrections", "“{quote}”").format(quote=shorten(claim.quote, 90)))
        quote.setTextFormat(Qt.TextFormat.PlainText)
        quote.setWordWrap(True)
        quote.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.note = QLineEdit()
        self.note.setAccessibleName(translate("Corrections", "Correction note"))
        self.note.setPlaceholderText(
            translate("Corrections", "e.g. The ONS revised its figures on 3 March"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("Corrections", "Record Correction"))
        self.ok.setEnabled(False)
        self.note.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(quote)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def value(self) -> str:
        return " ".join(self.note.text().split())

    @classmethod
    def ask(cls, parent: QWidget | None, claim: Claim, change: str) -> str | None:
        """The note, or None if cancelled. Tests replace this."""
        dialog = cls(parent, claim, change)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.value() or None


CHANGING = {
    "claim_text": QT_TRANSLATE_NOOP("Corrections", "changing its claim text"),
    "claimant": QT_TRANSLATE_NOOP("Corrections", "changing its claimant"),
    "verdict": QT_TRANSLATE_NOOP("Corrections", "changing its verdict"),
    "rationale": QT_TRANSLATE_NOOP("Corrections", "changing its rationale"),
    "status": QT_TRANSLATE_NOOP("Corrections", "changing its status"),
}
FIELD_WORDS = {  # after "with another", in a sentence
    "claim_text": QT_TRANSLATE_NOOP("Corrections", "claim text"),
    "claimant": QT_TRANSLATE_NOOP("Corrections", "claimant"),
    "verdict": QT_TRANSLATE_NOOP("Corrections", "verdict"),
    "rationale": QT_TRANSLATE_NOOP("Corrections", "rationale"),
    "status": QT_TRANSLATE_NOOP("Corrections", "status"),
}


def describe_change(field: str, old: Any, new: Any) -> str:
    if field == "verdict":
        none = translate("Corrections", "none")
        return translate("Corrections", "changing its verdict from {old} to {new}").format(
            old=old or none, new=new or none)
    if field in CHANGING:
        return translate("Corrections", CHANGING[field])
    return translate("Corrections", "changing its {field}").format(field=field)


def _field_words(fields: list[str]) -> str:
    """`verdict`, `verdict and rationale`, `claim text, verdict and rationale`."""
    words = [translate("Corrections", FIELD_WORDS[f]) if f in FIELD_WORDS else f
             for f in fields]
    if len(words) < 2:
        return "".join(words)
    return translate("Corrections", "{first} and {last}").format(
        first=translate("Corrections", ", ", "between words").join(words[:-1]),
        last=words[-1])


def push_claim_edit(parent: QWidget, controller: UndoController, claim: Claim, field: str,
                    old: Any, new: Any, merge_key: object = None) -> bool | None:
    """Edit one field through the undo stack, asking for a correction note when the
    store needs one. True when saved, False when the write failed (the controller
    reported why), None when the user cancelled the note."""
    note = None
    try:
        # A change the rules refuse anyway is not worth a note: the write reports it.
        needed = controller.store.workflow.correction_needed(claim.id, {field: new}) and (
            controller.store.workflow.workflow_problem(claim.id, {field: new}) is None)
    except FactcheckError:
        needed = False  # the write below reports the problem
    if needed:
        change = describe_change(field, old, new)
        if field == "status":  # final again, with another judgement than it last had then
            fields = list(controller.store.workflow.refinal_changes(claim.id, {field: new}))
            change = translate("Corrections", "marking it {status} again with another"
                               " {fields}").format(
                status=status_label(Status.parse(str(new))).lower(),
                fields=_field_words(fields))
        note = CorrectionNoteDialog.ask(parent, claim, change)
        if note is None:
            return None
    command = UpdateClaim(controller.store, claim.id, field, old, new,
                          merge_key=merge_key, correction_note=note)
    return controller.push(command)


def corrections_text(corrections: tuple[Correction, ...] | list[Correction]) -> str:
    """`Corrected twice:` and one line per correction, for tooltips and the inspector."""
    if not corrections:
        return ""
    count = len(corrections)
    head = translate("Corrections", "Corrected %n time(s):", None, count)
    # A bullet each: a correction's note often wraps, and the next must stand apart.
    return head + "\n" + "\n".join(f"• {format_correction(c, friendly_time)}"
                                     for c in corrections)


def corrections_tooltip(corrections: tuple[Correction, ...]) -> str:
    return tooltip(corrections_text(corrections))
