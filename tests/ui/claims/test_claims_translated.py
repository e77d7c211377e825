"""The claims table, the library's counts and the undo texts in Spanish and Arabic:
the words come from the .qm files, counts take the language's plural forms and
digits, and installing English again brings the source texts back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from factcheck_gui.core.models import Status
from factcheck_gui.ui import i18n
from factcheck_gui.ui.claims.claims_model import QUOTE, ClaimsTableModel
from factcheck_gui.ui.claims.statuses import status_label
from factcheck_gui.ui.edits.corrections import corrections_text
from factcheck_gui.ui.i18n import translate


@pytest.fixture
def language(qapp) -> Iterator:
    """`language("es")` installs a translation and the matching locale for one test."""
    def use(name: str) -> None:
        assert i18n.install(qapp, name), f"factcheck_{name}.qm is missing"
        QLocale.setDefault(QLocale(name))

    yield use
    i18n.install(qapp, "en")
    QLocale.setDefault(QLocale.c())


def _header(model: ClaimsTableModel, column: int) -> str:
    return model.headerData(column, Qt.Orientation.Horizontal)


def test_spanish_words_and_plurals(language) -> None:
    language("es")
    model = ClaimsTableModel()
    assert _header(model, QUOTE) == "Cita"
    assert status_label(Status.NEEDS_REVIEW) == "Necesita revisión"
    assert translate("LibraryController", "%n claim(s)", None, 1) == "1 afirmación"
    # %Ln: the count with the locale's group separator (Spanish groups from five digits).
    assert translate("LibraryController", "%n claim(s)", None, 12345) == "12.345 afirmaciones"
    assert translate("UndoCommands", "Set Verdict") == "Poner veredicto"


def test_arabic_plural_forms_and_digits(language) -> None:
    language("ar")
    found = [translate("FindClaims", "%n claim(s) found", None, n) for n in (1, 2, 3, 11, 100)]
    assert found == ["عُثر على ادعاء واحد", "عُثر على ادعاءين", "عُثر على ٣ ادعاءات",
                     "عُثر على ١١ ادعاءً", "عُثر على ١٠٠ ادعاء"]
    assert status_label("final") == "نهائي"


def test_english_comes_back_with_its_plural_forms(language) -> None:
    language("es")
    language("en")
    assert QCoreApplication.translate("ClaimsTable", "Quote") == "Quote"
    assert translate("LibraryController", "%n article(s)", None, 1) == "1 article"
    assert translate("LibraryController", "%n article(s)", None, 2) == "2 articles"
    assert corrections_text(()) == ""
