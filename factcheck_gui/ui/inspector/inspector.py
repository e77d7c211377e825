"""The claim inspector: every field of the selected claim, saved as you go.

Typing is saved about a second after the last key, and at once when the field
loses focus or the window closes; one typing session in one field is one undo
step. Choices (verdict, status) are saved immediately.

A window starts with no claim selected, so the inspector starts as its placeholder
and builds its form (fields, sources, claim memory, history: 84 of ~270 widgets, the
modules that make them, ~8 ms) when a claim is first shown, or when anything first
asks for one of the form's parts. Whoever wires itself to the form does so through
`on_form`, which runs at once if the form is there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.models import Claim, RatingScale, Source, Status
from factcheck_gui.core.workflow import (
    CORRECTED_FIELDS,
    DONE,
    WorkflowRules,
    done_hint,
    final_hint,
)
from factcheck_gui.ui.claims.statuses import status_label
from factcheck_gui.ui.edits.commands import CopyJudgement, UpdateClaim
from factcheck_gui.ui.edits.corrections import corrections_text, push_claim_edit
from factcheck_gui.ui.edits.undo import UndoController
from factcheck_gui.ui.i18n import QT_TRANSLATE_NOOP, translate
from factcheck_gui.ui.inspector.times import friendly_time
from factcheck_gui.ui.scales.verdict_look import fill_verdict_combo, label_tooltip

SAVE_DELAY_MS = 800
TEXT_FIELDS = ("claim_text", "claimant", "rationale")
PLACEHOLDER = QT_TRANSLATE_NOOP(
    "Inspector",
    "No claim selected.\n\nSelect a sentence in the article and press Enter "
    "(or click “New Claim”) to mark it as a claim, or click a highlight to open one.",
)
# What `_build_form` makes: asking for any of them builds the form.
FORM_PARTS = frozenset({
    "heading", "claim_text", "claimant", "verdict", "status", "status_hint", "corrections",
    "rationale", "info", "sources", "sources_hint", "memory", "history", "tabs",
    "fields_page"})


def normalised(field: str, value: str | None) -> str:
    value = (value or "").replace("\r\n", "\n")
    return value.strip() if field == "rationale" else " ".join(value.split())


class Inspector(QWidget):
    def __init__(self, controller: UndoController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspector")
        self.controller = controller
        self.claim: Claim | None = None
        self.read_only = False  # the database is open read-only: fields show, not edit
        self._dirty: set[str] = set()
        self._session = 0
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self._autosave)
        self.scale: RatingScale | None = None
        self.rules = WorkflowRules()
        self._built = False
        self._on_form: list[Callable[[], object]] = []

        self.placeholder = QLabel(translate("Inspector", PLACEHOLDER))
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setMargin(24)
        self.placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.placeholder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.setMinimumWidth(330)

    if not TYPE_CHECKING:  # (the type checker sees the parts where _build_form makes them)
        def __getattr__(self, name: str) -> Any:
            """A part of the form asked for before the form exists: build it."""
            if name in FORM_PARTS and not self.__dict__.get("_built", True):
                self._build_form()
                return getattr(self, name)
            raise AttributeError(f"'Inspector' object has no attribute {name!r}")

    def on_form(self, wire: Callable[[], object]) -> None:
        """Call `wire` once the form exists (now, if it does): for connecting to the
        form's parts (`inspector.sources`...) without building it at start."""
        if self._built:
            wire()
        else:
            self._on_form.append(wire)

    def invalidate_memory(self) -> None:
        """The library changed: claim memory's index is stale (if it was built)."""
        if self._built:
            self.memory.invalidate()

    def refresh_source_notes(self) -> None:
        """Kept copies or link checks changed: the sources' notes say so again (a form
        not built yet shows them when it is)."""
        if self._built:
            self.sources.refresh_notes()

    def stop_memory(self) -> None:
        """Stop claim memory's background work (the store is going)."""
        if self._built:
            self.memory.stop()

    def _build_form(self) -> None:
        """The claim's fields, sources, memory and history (see the module's note)."""
        from factcheck_gui.ui.inspector.history_view import HistoryView
        from factcheck_gui.ui.inspector.memory_panel import CheckedBefore
        from factcheck_gui.ui.inspector.sources_editor import SourcesEditor

        self._built = True
        self.heading = QLabel(translate("Inspector", "Claim"))
        font = self.heading.font()
        font.setWeight(QFont.Weight.DemiBold)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.claim_text = QPlainTextEdit()
        self.claim_text.setAccessibleName(translate("Inspector", "Claim text"))
        self.claim_text.setTabChangesFocus(True)
        self.claim_text.setFixedHeight(self._lines_height(3))
        self.claimant = QLineEdit()
        self.claimant.setAccessibleName(translate("Inspector", "Claimant"))
        self.claimant.setPlaceholderText(translate("Inspector", "Who made the claim"))
        self.verdict = QComboBox()
        self.verdict.setAccessibleName(translate("Inspector", "Verdict"))
        self.status = QComboBox()
        self.status.setAccessibleName(translate("Inspector", "Status"))
        self._fill_statuses(None)
        self.status_hint = QLabel()
        self.status_hint.setObjectName("statusHint")
        self.status_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.status_hint.setWordWrap(True)
        self.status_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.status_hint.hide()
        self.corrections = QLabel()
        self.corrections.setObjectName("correctionsNote")
        self.corrections.setTextFormat(Qt.TextFormat.PlainText)
        self.corrections.setWordWrap(True)
        self.corrections.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.corrections.hide()
        self.rationale = QPlainTextEdit()
        self.rationale.setAccessibleName(translate("Inspector", "Rationale"))
        self.rationale.setTabChangesFocus(True)
        self.rationale.setPlaceholderText(
            translate("Inspector", "Why this verdict: what the sources show")
        )
        self.rationale.setMinimumHeight(self._lines_height(4))
        self.rationale.setMaximumHeight(self._lines_height(9))
        self.info = QLabel()
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.info.setWordWrap(True)
        self.info.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sources = SourcesEditor()
        self.sources_hint = QLabel()
        self.sources_hint.setWordWrap(True)
        self.sources_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.sources_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.memory = CheckedBefore(lambda claim_id: _similar(self.controller.store,
                                                                    claim_id))
        self.memory.copy_requested.connect(self.copy_judgement)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(_buddy(translate("Inspector", "C&laim:"), self.claim_text), self.claim_text)
        form.addRow(_buddy(translate("Inspector", "Clai&mant:"), self.claimant), self.claimant)
        form.addRow(_buddy(translate("Inspector", "&Verdict:"), self.verdict), self.verdict)
        status_box = QWidget()  # the status, with what final still needs just below it
        status_layout = QVBoxLayout(status_box)
        status_layout.setContentsMargins(0, 0, 0, 0)
        status_layout.setSpacing(3)
        status_layout.addWidget(self.status)
        status_layout.addWidget(self.status_hint)
        form.addRow(_buddy(translate("Inspector", "Stat&us:"), self.status), status_box)
        form.addRow(_buddy(translate("Inspector", "&Rationale:"), self.rationale), self.rationale)
        form.addRow(_buddy(translate("Inspector", "Sources:"), self.sources.view))
        form.addRow(self.sources)
        form.addRow(self.sources_hint)
        form.addRow(self.memory)
        form.addRow(self.corrections)
        form.addRow(self.info)

        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(10, 10, 10, 10)
        editor_layout.addWidget(self.heading)
        editor_layout.addLayout(form, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(editor)
        scroll.setAccessibleName(translate("Inspector", "Claim fields"))
        # The claim's fields, and its history (ui/inspector/history_view.py) beside them.
        self.history = HistoryView(
            lambda claim_id: self.controller.store.events.for_claim(claim_id))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("inspectorTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(translate("Inspector", "Claim inspector"))
        self.fields_page = scroll
        self.tabs.addTab(scroll, translate("Inspector", "Claim"))
        self.tabs.addTab(self.history, translate("Inspector", "History"))
        self.pages.addWidget(self.tabs)
        # Widgets joining a shown window join the end of its Tab order: the form goes
        # back to where it was when the window built it, right after the placeholder
        # (setTabOrder ignores a widget that takes no focus, as a label does).
        self.placeholder.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        QWidget.setTabOrder(self.placeholder, self.tabs)
        self.placeholder.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        for name in TEXT_FIELDS:
            widget = self.field(name)
            widget.textChanged.connect(lambda *_args, name=name: self._typed(name))
            widget.installEventFilter(self)
        self.verdict.activated.connect(lambda _i: self._choose("verdict", self.verdict))
        self.status.activated.connect(lambda _i: self._choose("status", self.status))
        self.set_scale(self.scale)
        if self.read_only:
            self._show_read_only()
        wiring, self._on_form = self._on_form, []
        for wire in wiring:
            wire()

    def _lines_height(self, lines: int) -> int:
        return self.fontMetrics().lineSpacing() * lines + 14

    def field(self, name: str) -> QPlainTextEdit | QLineEdit:
        return getattr(self, name)

    # -- showing -------------------------------------------------------------------
    def set_scale(self, scale: RatingScale | None) -> None:
        self.scale = scale
        if not self._built:
            return  # the form shows it when built
        self.memory.scale = scale
        self._show_verdict(self.verdict.currentData())

    def _show_verdict(self, verdict: str | None) -> None:
        """Choosable labels with tooltips; a retired verdict shows greyed (verdict_look)."""
        fill_verdict_combo(
            self.verdict, self.scale, translate("Inspector", "Not judged yet"), verdict
        )
        label = self.scale.find(verdict) if self.scale and verdict else None
        self.verdict.setToolTip(
            label_tooltip(label)
            or translate("Inspector", "The claim's verdict (keys 1-9 in the article)")
        )

    def show_claim(self, claim: Claim | None, sources: list[Source]) -> None:
        """Show `claim`; for the claim already shown, refresh only what changed and
        leave alone a field the user is typing in."""
        if claim is None or self.claim is None or claim.id != self.claim.id:
            self.flush()
            self._dirty.clear()
            self._session += 1
        self.claim = claim
        if claim is None and not self._built:
            self.pages.setCurrentIndex(0)  # the placeholder: no form needed yet
            return
        if claim is not None and not self._built:
            self._build_form()
        self.pages.setCurrentIndex(0 if claim is None else 1)
        self.memory.show_for(claim)
        self.history.show_for(claim.id if claim is not None else None)
        if claim is None:
            self.sources.set_sources([])
            return
        self._loading = True
        try:
            for name in TEXT_FIELDS:
                widget = self.field(name)
                value = getattr(claim, name) or ""
                current = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else (
                    widget.text())
                if name in self._dirty or normalised(name, current) == normalised(name, value):
                    continue
                if isinstance(widget, QPlainTextEdit):
                    widget.setPlainText(value)
                else:
                    widget.setText(value)
            self._show_verdict(claim.verdict)
            self._fill_statuses(claim.status)
        finally:
            self._loading = False
        self.heading.setText(translate("Inspector", "Claim (read-only)") if self.read_only
                             else translate("Inspector", "Claim"))
        self.info.setText(_info_text(claim))
        self.sources.set_sources(sources)
        self._show_workflow(claim, sources)

    def set_read_only(self, read_only: bool) -> None:
        """A read-only database: every field still shows, and its text can be selected
        and copied (mouse or keyboard), but nothing can be typed, chosen or added."""
        self.flush()
        self.read_only = read_only
        if self._built:
            self._show_read_only()

    def _show_read_only(self) -> None:
        read_only = self.read_only
        selectable = (Qt.TextInteractionFlag.TextSelectableByMouse
                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        for name in TEXT_FIELDS:
            widget = self.field(name)
            widget.setReadOnly(read_only)
            if isinstance(widget, QPlainTextEdit):
                widget.setTextInteractionFlags(
                    selectable if read_only else Qt.TextInteractionFlag.TextEditorInteraction)
        self.rationale.setPlaceholderText(
            translate("Inspector", "No rationale")
            if read_only
            else translate("Inspector", "Why this verdict: what the sources show")
        )
        self.claimant.setPlaceholderText(
            translate("Inspector", "Not named")
            if read_only
            else translate("Inspector", "Who made the claim")
        )
        for combo in (self.verdict, self.status):
            combo.setEnabled(not read_only)
        self.sources.set_read_only(read_only)
        self.memory.set_read_only(read_only)
        if self.claim is not None:
            self.heading.setText(
                translate("Inspector", "Claim (read-only)")
                if read_only
                else translate("Inspector", "Claim")
            )

    # -- workflow ------------------------------------------------------------------
    def _fill_statuses(self, current: Status | None) -> None:
        """The status choices (published only if the team publishes), `current` chosen."""
        wanted = [s.value for s in self.rules.statuses(current)]
        have = [self.status.itemData(i) for i in range(self.status.count())]
        if have != wanted:
            self.status.clear()
            for status in self.rules.statuses(current):
                self.status.addItem(status_label(status), status.value)
        if current is not None:
            self.status.setCurrentIndex(max(0, self.status.findData(current.value)))

    def _show_workflow(self, claim: Claim, sources: list[Source]) -> None:
        """The hint of what final still needs, and the claim's corrections."""
        store = self.controller.store
        try:
            self.rules = store.workflow.workflow_rules()
            corrections = store.workflow.corrections(claim.id)
        except FactcheckError:
            corrections = []
        self._loading = True
        try:
            self._fill_statuses(claim.status)
        finally:
            self._loading = False
        # Not final yet: what final needs. Final already: what it lacks under rules
        # tightened since (or restored as it was), so a refused edit is no surprise.
        if claim.status in DONE:
            hint = done_hint(self.rules, claim.status, verdict=claim.verdict,
                             rationale=claim.rationale, source_count=len(sources))
        else:
            hint = final_hint(self.rules, verdict=claim.verdict, rationale=claim.rationale,
                              source_count=len(sources))
        self.status_hint.setText(hint)
        self.status_hint.setVisible(bool(hint))
        self.sources_hint.setText(sources_hint(claim, sources, self.rules))
        self.sources_hint.setVisible(bool(self.sources_hint.text()))
        self.corrections.setText(corrections_text(corrections))
        self.corrections.setVisible(bool(corrections))

    def show_history(self, shown: bool = True) -> None:
        """Bring the History tab (or the claim's fields) to the front."""
        self.tabs.setCurrentWidget(self.history if shown else self.fields_page)

    def focus_claim_text(self) -> None:
        self.show_history(False)
        self.claim_text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.claim_text.selectAll()

    # -- editing -------------------------------------------------------------------
    def _typed(self, name: str) -> None:
        if self._loading or self.claim is None or self.read_only:
            return
        self._dirty.add(name)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        elif event.type() == QEvent.Type.FocusIn:
            self._session += 1  # a new visit to a field is a new undo step
        return super().eventFilter(watched, event)

    def _autosave(self) -> None:
        """The typing timer: saves as you go, except a correction of a final claim's
        rationale, which waits for the field to be left (one note per correction)."""
        self.flush(corrections=not self._holds_corrections())

    def flush(self, *, corrections: bool = True) -> bool:
        """Save every field typed in since the last save; False if a write failed.

        A correction (the rationale of a final claim) asks for its note; cancelling
        puts the field back as saved."""
        self._timer.stop()
        if self.claim is None:
            self._dirty.clear()
            return True
        for name in [n for n in TEXT_FIELDS if n in self._dirty]:
            widget = self.field(name)
            value = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
            old = getattr(self.claim, name)
            if normalised(name, value) == normalised(name, old):
                self._dirty.discard(name)
                continue
            if not corrections and name in CORRECTED_FIELDS:
                continue
            if name in CORRECTED_FIELDS and self.controller.store.workflow.correction_needed(
                    self.claim.id, {name: value}):
                self._dirty.discard(name)  # asked once, whatever the answer
                saved = push_claim_edit(self, self.controller, self.claim, name, old, value)
                if saved is None:
                    self._restore_field(name)
                    continue
                if not saved:
                    if not self.controller.can_retry():  # refused: show what is saved
                        self._restore_field(name)
                    return False
            else:
                command = UpdateClaim(self.controller.store, self.claim.id, name, old, value,
                                      merge_key=(self._session, name))
                if not self.controller.push(command, retry=self.flush):
                    return False
                self._dirty.discard(name)
            self.claim = self.controller.store.claims.get_claim(self.claim.id)
        return True

    def discard_unsaved_corrections(self) -> bool:
        """Typing in a final claim's rationale waits, unsaved, for its correction note
        until the field is left. Put it back as saved (Undo of that typing); True if
        there was any."""
        if not self._holds_corrections():
            return False
        discarded = False
        for name in [n for n in CORRECTED_FIELDS if n in self._dirty and n in TEXT_FIELDS]:
            widget = self.field(name)
            value = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
            self._dirty.discard(name)
            if normalised(name, value) != normalised(name, getattr(self.claim, name)):
                self._restore_field(name)
                discarded = True
        return discarded

    def _holds_corrections(self) -> bool:
        """True if editing this claim's judgement is a correction (it is or was final)."""
        if self.claim is None:
            return False
        try:
            return (self.claim.status in DONE
                    or self.controller.store.workflow.once_final(self.claim.id))
        except FactcheckError:
            return self.claim.status in DONE

    def _restore_field(self, name: str) -> None:
        """Show the saved value again (a correction cancelled or refused)."""
        if self.claim is None:
            return
        self._loading = True
        try:
            widget = self.field(name)
            value = getattr(self.claim, name) or ""
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            else:
                widget.setText(value)
        finally:
            self._loading = False

    def _choose(self, name: str, combo: QComboBox) -> None:
        """A verdict or status chosen: saved at once (a correction asks for its note;
        a refused or cancelled choice puts the combo back as saved)."""
        if self.claim is None or self.read_only:
            return
        self.flush()
        value: Any = combo.currentData()
        old = getattr(self.claim, name)
        old = getattr(old, "value", old)
        if value == old:
            return
        if push_claim_edit(self, self.controller, self.claim, name, old, value):
            self.claim = self.controller.store.claims.get_claim(self.claim.id)
            return
        combo.setCurrentIndex(max(0, combo.findData(old)))


    def copy_judgement(self, from_id: str) -> bool:
        """Take the verdict, rationale and sources of claim `from_id` (undoable)."""
        if self.claim is None or self.read_only or not self.flush():
            return False
        command = CopyJudgement(self.controller.store, from_id, self.claim.id)
        if not self.controller.push(command):
            return False
        self.claim = self.controller.store.claims.get_claim(self.claim.id)
        return True


def sources_hint(claim: Claim, sources: list[Source],
                 rules: WorkflowRules | None = None) -> str:
    """A reminder of the two-source practice (AFP) before a verdict goes out; not
    when the database's rules ask for two or more (the status hint says how many)."""
    if len(sources) >= 2 or claim.verdict is None:
        return ""
    if rules is not None and rules.enabled and rules.min_sources >= 2:
        return ""
    have = (
        translate("Inspector", "No source yet")
        if not sources
        else translate("Inspector", "One source so far")
    )
    return translate("Inspector", "{have}: readers should be able to repeat the check; two"
                     " independent sources are the usual minimum for a central claim.").format(
                         have=have)


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def _info_text(claim: Claim) -> str:
    when = friendly_time  # the user's local time, as the History tab shows it
    anchor = {"ok": translate("Inspector", "in place"),
              "moved": translate("Inspector", "moved with an edit"),
              "fuzzy": translate("Inspector", "found approximately"),
              "orphaned": translate("Inspector", "lost (text changed)")
              }.get(claim.anchor_state.value, "")
    number = QLocale().toString
    return translate(
        "Inspector", "Reviewer: {reviewer}\nCreated {created} · updated {updated}\n"
        "Anchor: {anchor} · characters {start}–{end}").format(
            reviewer=claim.reviewer or "—", created=when(claim.created_at),
            updated=when(claim.updated_at), anchor=anchor, start=number(claim.start),
            end=number(claim.end))


def _similar(store: Any, claim_id: str, *args: Any, **kwargs: Any) -> Any:
    """`core.similar.similar_claims`, imported when first asked (not at start-up)."""
    from factcheck_gui.core.similar import similar_claims

    return similar_claims(store, claim_id, *args, **kwargs)
