"""The overview in Spanish and Arabic: its words come from the translations, counts
take each language's plural forms, and a database's verdict labels stay as stored."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from factcheck_gui.core.store import Store
from factcheck_gui.ui import i18n
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.overview.window import OverviewWindow
from tests.helpers.overview_library import build_library


@pytest.fixture
def language(qapp) -> Iterator[object]:
    before = QLocale()

    def use(name: str) -> None:
        assert i18n.install(qapp, name)
        QLocale.setDefault(QLocale(name))

    yield use
    i18n.install(qapp, "en")
    QLocale.setDefault(before)


def test_the_overview_speaks_spanish(language, qtbot, tmp_path: Path) -> None:
    build_library(tmp_path / "library.db", articles=3, claims=20)  # made in English
    language("es")
    with Store.open(tmp_path / "library.db") as store:
        window = OverviewWindow(store)
        qtbot.addWidget(window)
        window.show()
        window.refresh()
        assert window.summary.text() == "20 afirmaciones en la biblioteca"
        assert window.clear_button.text() == "Quitar filtro"
        assert window.cards["status"].title.text() == "Estado"
        labels = [bar.label for bar in window.charts["status"].bars]
        assert "Por verificar" in labels and "En curso" in labels
        verdicts = [bar.label for bar in window.charts["verdict"].bars]
        assert "True" in verdicts and verdicts[-1] == "Sin veredicto"  # stored labels stay
        window.close()


def test_arabic_counts_take_arabic_plural_forms(language) -> None:
    language("ar")
    counted = [translate("Overview", "%n claim(s) in the library", None, n)
               for n in (1, 2, 3, 11, 100)]
    assert counted == ["ادعاء واحد في المكتبة", "ادعاءان في المكتبة", "3 ادعاءات في المكتبة",
                       "11 ادعاءً في المكتبة", "100 ادعاء في المكتبة"]
