"""The shipped scale presets: they load, check out and install into a database."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck_gui.core.errors import ValidationError
from factcheck_gui.core.models import RatingLabel, RatingScale
from factcheck_gui.core.scales import (
    check_scale,
    load_preset,
    load_scale_file,
    preset_names,
    scale_from_json,
    scale_to_json,
)
from factcheck_gui.core.store import Store

EXPECTED = {  # PRODUCT.md's facts for presets, in number-key order
    "default": ["True", "Mostly true", "Misleading", "Mostly false", "False", "Unverifiable"],
    "truth-meter": ["True", "Mostly True", "Half True", "Mostly False", "False",
                    "Outrageously False"],
    "snopes-style": ["True", "Mostly True", "Mixture", "Mostly False", "False", "Unproven",
                     "Outdated"],
    "platform-programme": ["False", "Altered", "Partly False", "Missing Context", "Satire",
                           "True"],
    "fever": ["Supported", "Refuted", "Not Enough Info"],
}


def test_the_presets_are_the_ones_product_md_names() -> None:
    assert sorted(preset_names()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_preset_loads_checks_and_installs(name: str, tmp_path: Path) -> None:
    scale = load_preset(name)
    assert [label.label for label in scale.labels] == EXPECTED[name]
    assert check_scale(scale) == scale  # already tidy
    low, high = scale.worst_rating, scale.best_rating
    assert low is not None and high is not None and low < high
    values = [label.value for label in scale.labels if label.value is not None]
    assert min(values) == low and max(values) == high  # both ends are used
    for label in scale.labels:
        assert label.description and label.colour and label.alternate_name
        assert not label.retired
    true_ish = scale.find("True") or scale.find("Supported")
    assert true_ish.value == high
    with Store.open(tmp_path / "x.db") as store:
        store.scales.change_scale(scale)
        assert store.scales.active_scale() == scale
    assert scale_from_json(scale_to_json(scale), fallback_id="x") == scale


def test_truth_meter_has_six_graded_steps_down_to_an_extreme_falsehood() -> None:
    scale = load_preset("truth-meter")
    assert [label.value for label in scale.labels] == [6, 5, 4, 3, 2, 1]
    assert "absurd" in scale.labels[-1].description


def _scale(*labels: RatingLabel, best: float | None = 2, worst: float | None = 1) -> RatingScale:
    return RatingScale(id="s", name="S", best_rating=best, worst_rating=worst, labels=labels)


@pytest.mark.parametrize(("labels", "message"), [
    ((), "has no labels"),
    ((RatingLabel(" ", 1, 0),), "has no name"),
    ((RatingLabel("Yes", 1, 0), RatingLabel("yes", 2, 1)), "the label 'yes' twice"),
    ((RatingLabel("Yes", 7, 0),), r"outside the scale.s range 1 \(worst\) to 2 \(best\)"),
    ((RatingLabel("Yes", 1, 0, colour="red"),), "is not like #3aa89b"),
    ((RatingLabel("Old", 1, 0, retired=True),), "no label left to choose"),
])
def test_check_scale_refuses_with_one_sentence(labels: tuple, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        check_scale(_scale(*labels))


def test_check_scale_tidies_spacing_positions_and_colours() -> None:
    tidy = check_scale(_scale(RatingLabel("  Very   true ", 2, 7, colour="#ABC"),
                              RatingLabel("No", None, 3, alternate_name=" ")))
    assert [(lbl.label, lbl.position, lbl.colour, lbl.alternate_name) for lbl in tidy.labels] \
        == [("Very true", 0, "#aabbcc", "Very true"), ("No", 1, None, "No")]


def test_scale_files_give_clear_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{nope", encoding="utf-8")
    with pytest.raises(ValidationError, match=r"bad\.json is not a JSON rating scale"):
        load_scale_file(bad)
    bad.write_text('{"labels": "x"}', encoding="utf-8")
    with pytest.raises(ValidationError, match="needs a \"labels\" list"):
        load_scale_file(bad)
    with pytest.raises(ValidationError, match=r"cannot read missing\.json"):
        load_scale_file(tmp_path / "missing.json")
