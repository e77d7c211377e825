"""WCAG contrast of verdict colours, as the window draws them."""

from __future__ import annotations

import pytest

from factcheck_gui.core import contrast
from factcheck_gui.core.contrast import (
    DARK,
    LIGHT,
    blend,
    check_colour,
    contrast_ratio,
    parse_colour,
    passing_colour,
    problems,
    readable_alpha,
    relative_luminance,
)
from factcheck_gui.core.scales import load_preset, preset_names


def test_luminance_and_ratio_match_the_wcag_reference_values() -> None:
    assert relative_luminance((0, 0, 0)) == 0
    assert relative_luminance((255, 255, 255)) == pytest.approx(1)
    assert contrast_ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21)
    # #767676 on white is the classic "just passes AA" grey (4.54:1).
    assert contrast_ratio(parse_colour("#767676"), (255, 255, 255)) == pytest.approx(4.54, 0.01)
    assert contrast_ratio((10, 20, 30), (10, 20, 30)) == 1


def test_parse_colour_accepts_hex_only() -> None:
    assert parse_colour("#abc") == (0xaa, 0xbb, 0xcc)
    assert parse_colour(" #3AA89B ") == (0x3a, 0xa8, 0x9b)
    for bad in (None, "", "red", "#12345", "url(x)", "#1234567"):
        assert parse_colour(bad) is None
    with pytest.raises(ValueError):
        check_colour("red")


def test_blend_is_a_straight_mix() -> None:
    assert blend((255, 0, 0), (0, 0, 255), 0) == (0, 0, 255)
    assert blend((255, 0, 0), (0, 0, 255), 1) == (255, 0, 0)
    assert blend((200, 100, 0), (0, 0, 0), 0.5) == (100, 50, 0)


@pytest.mark.parametrize("name", preset_names())
def test_every_preset_colour_reads_well_on_light_and_dark(name: str) -> None:
    for label in load_preset(name).labels:
        found = check_colour(label.colour)
        assert {(f.palette, f.where) for f in found} == {
            (p, w) for p in ("light", "dark") for w in ("highlight", "chip", "underline")}
        assert not [f.describe() for f in found if not f.ok], (name, label.label)


def test_a_pale_colour_is_flagged_and_a_passing_neighbour_offered() -> None:
    pale = "#f2e27a"  # a light yellow: invisible as a chip on white
    failing = problems(pale)
    assert any(f.palette == "light" and f.where == "chip" for f in failing)
    assert "light palette: the colour chip has contrast" in failing[0].describe()
    fixed = passing_colour(pale)
    assert fixed is not None and fixed != pale and not problems(fixed)
    assert passing_colour("#369d91") == "#369d91"  # already fine: unchanged
    assert passing_colour("nonsense") is None


def test_readable_alpha_caps_a_deep_tint_so_text_stays_readable() -> None:
    green = parse_colour("#6f9a2a")
    deep = contrast.tint_alpha(judged=True, dark=True, depth=3)
    assert deep > contrast.REST_ALPHA[True]
    capped = readable_alpha(green, DARK, deep)
    assert capped < deep
    text, base = parse_colour(DARK.text), parse_colour(DARK.base)
    assert contrast_ratio(text, blend(green, base, capped)) >= 4.5
    # On the light palette black text reads on any tint: nothing to cap.
    assert readable_alpha(green, LIGHT, 0.85) == 0.85


def test_ciede2000_matches_published_reference_pairs() -> None:
    # Sharma, Wu and Dalal's test data for CIEDE2000 (pairs 1 and 19).
    assert contrast.lab_difference((50, 2.6772, -79.7751), (50, 0, -82.7485)) == (
        pytest.approx(2.0425, abs=1e-4))
    assert contrast.lab_difference((50, 2.5, 0), (73, 25, -18)) == pytest.approx(27.1492,
                                                                                abs=1e-4)


def test_dichromat_simulation_keeps_greys_and_merges_red_and_green() -> None:
    assert contrast.as_seen((128, 128, 128), "deutan") == (128, 128, 128)
    red, green = (200, 60, 60), (90, 150, 40)
    typical = contrast.colour_difference(red, green)
    assert contrast.colour_difference(contrast.as_seen(red, "deutan"),
                                      contrast.as_seen(green, "deutan")) < typical / 2


@pytest.mark.parametrize("name", preset_names())
def test_every_preset_s_verdicts_are_told_apart_from_each_other_and_not_judged(name: str
                                                                               ) -> None:
    labels = [(label.label, label.colour) for label in load_preset(name).labels]
    assert contrast.confusable_verdicts(labels) == []


def test_the_colours_that_were_too_close_are_flagged_and_the_new_ones_further_apart(
) -> None:
    def apart(a: str, b: str) -> float:
        return contrast.colour_difference(parse_colour(a), parse_colour(b))

    # Before: Unverifiable's grey-blue beside the grey of "not judged".
    assert apart("#6d7590", "#8c8c8c") < contrast.DISTINCT_MINIMUM
    scale = load_preset("default")
    unverifiable = scale.find("Unverifiable").colour
    assert contrast.confusable_verdicts([("Unverifiable", unverifiable)]) == []
    # Mostly true moved away from True's teal (towards yellow-green).
    assert apart(scale.find("True").colour, scale.find("Mostly true").colour) > (
        apart("#369d91", "#5d9e42") + 3)


def test_every_colour_of_the_app_reads_on_both_palettes() -> None:
    found = contrast.app_colour_findings()
    wheres = {f.where for f in found}
    for expected in ("suggestion mark", "faint suggestion mark", "saveBanner text",
                     "summaryBanner text", "editBar text", "error text",
                     "status bar final", "plain bar"):
        assert expected in wheres
    assert {f.palette for f in found} == {"light", "dark"}
    assert not [f.describe() for f in found if not f.ok]
