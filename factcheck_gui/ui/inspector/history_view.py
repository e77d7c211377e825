"""The History view: who changed what in a claim, when, from what to what.

Built from the append-only events table (core/history.py turns events into
words). Newest first; each entry shows the reviewer, a friendly local time (the
exact time in its tooltip) and one line per change. Long values are shortened;
"Show full text" (or the tooltip) shows them whole. All of it is plain text:
values come from articles and users, so nothing is read as markup.

Because the history is append-only, a refresh reuses the widgets of entries that
did not change; only new (or grown) entries are built.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.ui.i18n import QT_TRANSLATE_NOOP, translate
from factcheck_gui.ui.inspector.times import exact_time, friendly_time
from factcheck_gui.ui.widgets.safe_text import tooltip

# The history's sentences load with the first claim that has a history to show.
if TYPE_CHECKING:
    from factcheck_gui.core.history import HistoryEntry, HistoryLine
    from factcheck_gui.core.models import Event

SHOWN = 100  # entries built at first; "Show older changes" builds the rest
NO_CLAIM = QT_TRANSLATE_NOOP("HistoryView", "Select a claim to see its history.")
NO_EVENTS = QT_TRANSLATE_NOOP("HistoryView", "No changes recorded for this claim.")

Loader = Callable[[str], "list[Event]"]  # Event is made on first use (rare_models)


def _plain_label(text: str = "", *, muted: bool = False, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if muted:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class EntryWidget(QFrame):
    """One reviewer's neighbouring entries (core/history.group_entries): name and
    time on top, then what changed, one line each (newest first)."""

    def __init__(self, entries: tuple[HistoryEntry, ...], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.entries = entries
        self.setObjectName("historyEntry")
        self.expanded = False
        newest, oldest = entries[0], entries[-1]
        # A long name wraps; it never makes the entry wider than the pane.
        self.actor = _plain_label(newest.actor)
        self.actor.setObjectName("historyActor")
        self.actor.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        font = self.actor.font()
        font.setWeight(QFont.Weight.DemiBold)
        self.actor.setFont(font)
        self.time = _plain_label(friendly_time(newest.at), muted=True, wrap=False)
        self.time.setObjectName("historyTime")
        when = exact_time(newest.at)
        if oldest.first_at != newest.at:
            when = translate("HistoryView", "From {first}\nto {last}").format(
                first=exact_time(oldest.first_at), last=when)
        self.time.setToolTip(tooltip(when))
        header = QHBoxLayout()
        header.setSpacing(6)
        header.addWidget(self.actor, 1)
        if newest.action in ("correct", "withdraw"):
            withdrawn = newest.action == "withdraw"
            tag = _plain_label(
                translate("HistoryView", "Correction withdrawn")
                if withdrawn
                else translate("HistoryView", "Correction"),
                wrap=False,
            )
            tag.setObjectName("historyTag")
            tag.setToolTip(
                translate("HistoryView", "A correction undone: it no longer counts as one")
                if withdrawn
                else translate(
                    "HistoryView", "A change to a verdict or rationale that was already final"
                )
            )
            header.addWidget(tag, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.time, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 7, 10, 8)
        layout.setSpacing(2)
        layout.addLayout(header)
        self.lines: list[tuple[QLabel, HistoryLine]] = []
        for entry in entries:
            count = entry.saves
            for line in entry.lines:
                label = _plain_label(line.text)
                label.setObjectName("historyLine")
                label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
                tip = (translate("HistoryView", "%n save(s) of one edit, the last at {time}",
                                 None, count).format(time=exact_time(entry.at))
                       if count > 1 else exact_time(entry.at))
                label.setToolTip(tooltip(f"{line.full}\n\n{tip}" if line.full != line.text
                                         else tip))
                layout.addWidget(label)
                self.lines.append((label, line))
        self.more: QPushButton | None = None
        if any(entry.shortened for entry in entries):
            self.more = QPushButton(translate("HistoryView", "Show full text"))
            self.more.setObjectName("historyMore")
            self.more.setFlat(True)
            self.more.setCursor(Qt.CursorShape.PointingHandCursor)
            self.more.clicked.connect(self.toggle)
            layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)

    def toggle(self) -> None:
        """Between the one-line summaries and every value in full."""
        self.expanded = not self.expanded
        for label, line in self.lines:
            label.setText(line.full if self.expanded else line.text)
        if self.more is not None:
            self.more.setText(
                translate("HistoryView", "Show less")
                if self.expanded
                else translate("HistoryView", "Show full text")
            )

    def text(self) -> str:
        """What the entry says, as shown (for tests and accessibility)."""
        return "\n".join([f"{self.actor.text()} · {self.time.text()}",
                          *(label.text() for label, _line in self.lines)])


class HistoryView(QWidget):
    """The history of one claim. `show_for(claim_id)` follows the selection (it loads
    only while visible); `show_events(events)` shows a given list (deleted claims)."""

    def __init__(self, loader: Loader | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self.setAccessibleName(translate("HistoryView", "Claim history"))
        self.loader = loader
        self.claim_id: str | None = None
        self.entries: list[HistoryEntry] = []  # newest first
        self.loads = 0  # how many times the store was asked (tests)
        self._stale = True
        self._limit = SHOWN
        self._widgets: list[EntryWidget] = []

        self.summary = _plain_label(translate("HistoryView", NO_CLAIM), muted=True)
        self.summary.setObjectName("historySummary")
        self.summary.setContentsMargins(10, 8, 10, 4)
        self.older = QPushButton()
        self.older.setObjectName("historyOlder")
        self.older.clicked.connect(self.show_older)
        self.older.hide()
        self.list = QVBoxLayout()
        self.list.setContentsMargins(0, 0, 0, 0)
        self.list.setSpacing(0)
        body = QWidget()
        body.setObjectName("historyBody")
        # A hairline under each entry, in the palette's own colour (light and dark).
        body.setStyleSheet(
            "QFrame#historyEntry { border: none; border-bottom: 1px solid palette(mid); }"
            " QPushButton#historyMore { border: none; padding: 2px 0; text-align: left;"
            " color: palette(link); }"
            " QLabel#historyTag { color: palette(highlighted-text); background: palette(highlight);"
            " border-radius: 3px; padding: 0 4px; }")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 8)
        column.setSpacing(0)
        column.addWidget(self.summary)
        column.addLayout(self.list)
        column.addWidget(self.older, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setAccessibleName(translate("HistoryView", "Changes to this claim"))
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

    # -- what to show -------------------------------------------------------------------
    def show_for(self, claim_id: str | None) -> None:
        """The claim now selected; its history is read now if shown, else when shown."""
        if claim_id != self.claim_id:
            self._limit = SHOWN
        self.claim_id = claim_id
        self._stale = True
        if self.isVisible() or claim_id is None:  # clearing costs no read
            self.reload()

    def reload(self) -> None:
        self._stale = False
        events: list[Event] = []
        if self.claim_id is not None and self.loader is not None:
            try:
                events = self.loader(self.claim_id)
            except FactcheckError:
                events = []  # the claim is gone or the file is busy: show nothing
            self.loads += 1
        self._set_entries(events, self.claim_id is not None)

    def show_events(self, events: list[Event]) -> None:
        """Show these events (oldest first), whatever is selected."""
        self._stale = False
        self._limit = SHOWN
        self._set_entries(events, True)

    def show_older(self) -> None:
        self._limit = len(self.entries)
        self._render()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    # -- building ------------------------------------------------------------------------
    def _set_entries(self, events: list[Event], has_claim: bool) -> None:
        self.entries = _entries(events)
        if not has_claim:
            self.summary.setText(translate("HistoryView", NO_CLAIM))
        elif not self.entries:
            self.summary.setText(translate("HistoryView", NO_EVENTS))
        else:
            people = sorted({e.actor for e in self.entries}, key=str.casefold)
            names = translate("HistoryView", ", ", "between names").join(people[:4])
            more = len(people) - 4
            if more > 0:
                names = translate("HistoryView", "{names} and %n more", None, more).format(
                    names=names)
            count = len(self.entries)
            # One change has no order to name: the singular form says only who.
            self.summary.setText(translate(
                "HistoryView", "%n change(s) by {names}, newest first", None, count).format(
                    names=names))
        self._render()

    def _render(self) -> None:
        wanted = self.entries[: self._limit]
        old = {w.entries[-1].event_ids[0]: w for w in self._widgets}
        widgets = []
        groups = _groups(wanted)
        for group in groups:
            widget = old.pop(group[-1].event_ids[0], None)
            if widget is None or widget.entries != group:
                if widget is not None:
                    self._drop(widget)
                widget = EntryWidget(group)
            widgets.append(widget)
        for widget in old.values():
            self._drop(widget)
        for index, widget in enumerate(widgets):
            if self.list.indexOf(widget) != index:
                self.list.insertWidget(index, widget)
        self._widgets = widgets
        hidden = len(self.entries) - len(wanted)
        self.older.setVisible(hidden > 0)
        self.older.setText(translate("HistoryView", "Show %n older change(s)", None, hidden))

    def _drop(self, widget: EntryWidget) -> None:
        """Out of sight at once (deletion waits for the event loop)."""
        self.list.removeWidget(widget)
        widget.hide()
        widget.deleteLater()

    def entry_texts(self) -> list[str]:
        """Each shown entry's text, newest first (tests and screen readers)."""
        return [widget.text() for widget in self._widgets]


def _entries(events: list[Event]) -> list[HistoryEntry]:
    """The entries for `events`, newest first. Without events (no claim selected, as
    at start-up) the history's sentences are not needed, so not imported."""
    if not events:
        return []
    from factcheck_gui.core.history import history_entries

    return list(reversed(history_entries(events)))


def _groups(entries: list[HistoryEntry]) -> list[tuple[HistoryEntry, ...]]:
    """Neighbouring entries of one reviewer, newest first. Grouped oldest first, so
    that a new change never regroups older ones."""
    if not entries:
        return []
    from factcheck_gui.core.history import group_entries

    return [tuple(reversed(group)) for group in reversed(group_entries(list(reversed(entries))))]
