"""The part of the team database to join (File > Join Team Database…): some
outlets, a range of dates, or everything. Later syncs keep to the same part."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QWidget

from factcheck_gui.core.store.team.scope import Scope
from factcheck_gui.ui.i18n import translate


class JoinPartBox(QGroupBox):
    """A checkable box: unchecked joins the whole team database."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("JoinPart", "Only part of the team database"), parent)
        self.setObjectName("joinPartBox")
        self.setCheckable(True)
        self.setChecked(False)
        form = QFormLayout(self)
        self.outlets = QLineEdit()
        self.outlets.setPlaceholderText(translate("JoinPart", "Herald, Courier"))
        self.outlets.setAccessibleName(translate("JoinPart", "Outlets to join"))
        self.outlets.setToolTip(translate(
            "JoinPart", "Outlet names separated by commas; empty for every outlet"))
        self.since = QLineEdit()
        self.until = QLineEdit()
        for edit, name in ((self.since, translate("JoinPart", "Articles dated from")),
                           (self.until, translate("JoinPart", "Articles dated until"))):
            edit.setPlaceholderText(translate("JoinPart", "YYYY-MM-DD"))
            edit.setAccessibleName(name)
        form.addRow(translate("JoinPart", "&Outlets:"), self.outlets)
        form.addRow(translate("JoinPart", "&From:"), self.since)
        form.addRow(translate("JoinPart", "&Until:"), self.until)

    def scope(self) -> Scope | None:
        """The chosen part (None: everything). ValueError with a message to show."""
        if not self.isChecked():
            return None
        outlets = [name for name in self.outlets.text().split(",") if name.strip()]
        try:
            return Scope.make(outlets, self.since.text().strip() or None,
                              self.until.text().strip() or None)
        except ValueError as error:
            raise ValueError(translate(
                "JoinPart", "Dates are written as YYYY-MM-DD, for example 2026-03-01.")
            ) from error
