"""What an importer could not read as it should (a transcript's lines that did not
fit its format), worded for the import dialogs. The lines are kept in the article;
the notes say which ones, so the user can look at them."""

from __future__ import annotations

from collections.abc import Sequence

from factcheck_gui.ui.i18n import QT_TRANSLATE_NOOP, translate

HEADLINE = QT_TRANSLATE_NOOP("ImportNotes",
                             "Some lines did not fit the file's format and were kept as they are:")


def headline() -> str:
    return translate("ImportNotes", HEADLINE)


def notes_text(notes: Sequence[str]) -> str:
    """A headline, then one note a line ("" without notes). The importer caps its
    notes and ends a long list with "... and N more"."""
    return "\n".join([headline(), *notes]) if notes else ""


def notes_line(notes: Sequence[str]) -> str:
    """The same on one line, for a table cell and a copied report ("" without notes)."""
    return f"{headline()} {'; '.join(notes)}" if notes else ""
