"""Rating-scale presets in the user's language: a preset offered in Spanish carries
the Spanish labels of its file, and a database's own scale keeps the words it was
made with."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from factcheck_gui.core.scales import load_preset
from factcheck_gui.ui import i18n
from factcheck_gui.ui.scales.editor import LABEL, ScaleEditor


@pytest.fixture
def spanish(qapp) -> Iterator[None]:
    assert i18n.install(qapp, "es")
    yield
    i18n.install(qapp, "en")


def test_a_preset_is_offered_in_the_users_language(spanish) -> None:
    scale = load_preset("default")  # in the language i18n.install set
    english = load_preset("default", "en")
    assert scale.name == "Escala simple de seis puntos"
    assert [label.label for label in scale.labels][:2] == ["Verdadero", "Mayormente verdadero"]
    assert scale.labels[0].description.startswith("La afirmación es exacta")
    # Everything else about the scale stays as the preset has it.
    assert [(a.value, a.colour) for a in scale.labels] == [
        (b.value, b.colour) for b in english.labels]


def test_the_databases_own_scale_keeps_its_words(spanish, qtbot) -> None:
    stored = load_preset("default", "en")  # as a database made in English holds it
    dialog = ScaleEditor(stored, {"True": 3}, plan=lambda scale, mapping: (scale, mapping, {}))
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, LABEL).text() == "True"
    dialog.load_start("fever")
    assert [dialog.table.item(n, LABEL).text() for n in range(3)] == [
        "Respaldada", "Refutada", "Información insuficiente"]
    assert dialog.start.currentText().startswith("Predefinida: ")
