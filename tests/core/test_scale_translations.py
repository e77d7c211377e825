"""Rating-scale presets in the window's language: a new database gets the preset's
translated labels, an existing one keeps the labels it was made with."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck_gui.assets import resources_dir
from factcheck_gui.core.scales import (
    check_scale,
    load_preset,
    preset_language,
    preset_names,
    set_preset_language,
)
from factcheck_gui.core.store import Store


@pytest.fixture
def language() -> Iterator[None]:
    before = preset_language()
    yield
    set_preset_language(before)


def test_a_new_database_gets_the_preset_in_the_language_of_the_app(tmp_path: Path,
                                                                    language) -> None:
    set_preset_language("es")
    with Store.open(tmp_path / "nueva.db", reviewer="ana") as store:
        scale = store.scales.active_scale()
        assert scale is not None
        assert [label.label for label in scale.labels][:2] == ["Verdadero",
                                                               "Mayormente verdadero"]
        assert scale.name == "Escala simple de seis puntos"
        assert scale.labels[0].alternate_name == "Verdadero"  # ClaimReview's alternateName
        assert scale.labels[0].colour == load_preset(language="en").labels[0].colour
    set_preset_language("en")
    with Store.open(tmp_path / "nueva.db", reviewer="ana") as store:  # kept as made
        assert store.scales.active_scale().labels[0].label == "Verdadero"
    with Store.open(tmp_path / "new.db", reviewer="ann") as store:
        assert store.scales.active_scale().labels[0].label == "True"


@pytest.mark.parametrize("name", preset_names())
@pytest.mark.parametrize("code", ["es", "ar"])
def test_every_preset_is_translated_whole(name: str, code: str) -> None:
    english = load_preset(name, language="en")
    translated = check_scale(load_preset(name, language=code))  # still a valid scale
    assert translated.name != english.name and translated.description != english.description
    for theirs, ours in zip(translated.labels, english.labels, strict=True):
        assert theirs.label != ours.label or theirs.label == "Final", (name, ours.label)
        assert theirs.description and theirs.description != ours.description
        assert (theirs.value, theirs.colour, theirs.retired) == (ours.value, ours.colour,
                                                                 ours.retired)


def test_an_unknown_language_gives_the_english_preset() -> None:
    assert load_preset(language="xx") == load_preset(language="en")
    data = json.loads((resources_dir() / "scales" / "default.json").read_text("utf-8"))
    assert set(data["translations"]) == {"es", "ar"}
