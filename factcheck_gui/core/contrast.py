"""Is a verdict colour readable where the app draws it? WCAG 2 contrast, no Qt.

The window draws a verdict colour in three ways (ui/article/highlight.py, ui/claims/claims_model.py,
ui/article/reading_pane.py), and each is checked here the way it is drawn, on a light and
on a dark palette:

- *highlight*: the article's text over a translucent tint of the colour (a claim
  at rest). Text needs 4.5:1 (WCAG 2 AA for body text).
- *chip*: the colour as a small solid square beside the verdict in the claims
  table and the inspector, on the view's background. A graphic needs 3:1 (WCAG
  2.1 non-text contrast).
- *underline*: the line under a claim, drawn darker on light palettes and lighter
  on dark ones (the cue that does not depend on hue). Also 3:1.

Selected and stacked claims get a deeper tint; `readable_alpha` caps that tint
so the text on it never drops below 4.5:1, whatever colour a user picks.

The drawing parameters live here (not in the widgets) so that what is checked is
what is drawn. The app's other colours (core/colours.py: banners, suggestion marks,
status bars, error text) are checked by `app_colour_findings`, and the verdicts of
a scale against each other (and against "not judged") by `confusable_verdicts`:
two chips side by side in the claims table must not look alike.
"""

from __future__ import annotations

import colorsys
import math
import re
import struct
from collections.abc import Iterable
from dataclasses import dataclass

from factcheck_gui.core import colours

TEXT_MINIMUM = 4.5
GRAPHIC_MINIMUM = 3.0

# Tint of a claim's highlight (alpha of the verdict colour over the background).
REST_ALPHA = {False: 0.26, True: 0.36}  # by dark
UNJUDGED_ALPHA = {False: 0.13, True: 0.22}
SELECTED_ALPHA = {False: 0.5, True: 0.62}
DEPTH_STEP = 0.55  # each stacked claim deepens the tint by this fraction
MAX_ALPHA = 0.85
# QColor.darker / lighter factors of the underline and of the selected outline.
UNDERLINE_FACTOR = {False: 115, True: 135}
OUTLINE_FACTOR = {False: 135, True: 140}

_HEX = re.compile(r"#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})")
RGB = tuple[int, int, int]


@dataclass(frozen=True, slots=True)
class Palette:
    """The colours a verdict colour is drawn against."""

    name: str
    dark: bool
    base: str  # the background of the article text and the claims table
    alternate_base: str  # every other row of the claims table
    text: str
    window: str = "#efefef"  # the background of panels, banners' surroundings, labels


def _palette(name: str, dark: bool, roles: dict[str, str]) -> Palette:
    return Palette(name, dark, roles["Base"], roles["AlternateBase"], roles["Text"],
                   roles["Window"])


# The window's light (Fusion's standard) and dark palettes (ui/theme.py applies them).
LIGHT = _palette("light", False, colours.LIGHT_ROLES)
DARK = _palette("dark", True, colours.DARK_ROLES)
PALETTES = (LIGHT, DARK)
# Two verdict chips closer than this (CIEDE2000) are hard to tell apart at a glance.
DISTINCT_MINIMUM = 20.0


@dataclass(frozen=True, slots=True)
class Finding:
    """One check of one colour on one palette."""

    palette: str  # "light" / "dark"
    where: str  # "highlight" / "chip" / "underline"
    ratio: float
    minimum: float

    @property
    def ok(self) -> bool:
        return self.ratio >= self.minimum

    def describe(self) -> str:
        what = {"highlight": "text on the highlight", "chip": "the colour chip",
                "underline": "the underline"}.get(self.where, self.where)
        return (f"{self.palette} palette: {what} has contrast {self.ratio:.1f}:1"
                f" (needs {self.minimum:g}:1)")


def parse_colour(text: str | None) -> RGB | None:
    """(r, g, b) of `#rrggbb` or `#rgb`, or None when it is not such a colour."""
    match = _HEX.fullmatch((text or "").strip())
    if match is None:
        return None
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def hex_colour(rgb: RGB) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(rgb: RGB) -> float:
    """WCAG 2 relative luminance, 0 (black) to 1 (white)."""
    r, g, b = rgb
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(a: RGB, b: RGB) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    la, lb = relative_luminance(a), relative_luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def blend(colour: RGB, background: RGB, alpha: float) -> RGB:
    """`colour` painted at `alpha` over an opaque `background`."""
    (r, g, b), (br, bg, bb) = colour, background
    return (round(alpha * r + (1 - alpha) * br), round(alpha * g + (1 - alpha) * bg),
            round(alpha * b + (1 - alpha) * bb))


def darker(rgb: RGB, factor: int) -> RGB:
    """What QColor.darker(factor) gives: HSV value divided by factor/100 (Qt's own
    16-bit arithmetic, so the check sees the colour Qt paints)."""
    h, s, v = _hsv16(rgb)
    return _rgb16(h, s, v * 100 // factor)


def lighter(rgb: RGB, factor: int) -> RGB:
    """What QColor.lighter(factor) gives: value up; past white, saturation down."""
    h, s, v = _hsv16(rgb)
    v = factor * v // 100
    if v > _MAX16:
        s = max(0, s - (v - _MAX16))
        v = _MAX16
    return _rgb16(h, s, v)


_MAX16 = 65535


def _f(x: float) -> float:
    """`x` rounded to a C float, as Qt computes colour conversions in float."""
    return struct.unpack("f", struct.pack("f", x))[0]


def _hsv16(rgb: RGB) -> tuple[int | None, int, int]:
    """Qt's HSV: hue in hundredths of a degree (None for greys), s and v 0..65535."""
    r, g, b = (_f(c * 257 / _f(_MAX16)) for c in rgb)
    high, low = max(r, g, b), min(r, g, b)
    delta = _f(high - low)
    value = round(_f(high * _MAX16))
    if delta < 1e-9:
        return None, 0, value
    if r == high:
        hue = _f(_f(g - b) / delta)
    elif g == high:
        hue = _f(2 + _f(_f(b - r) / delta))
    else:
        hue = _f(4 + _f(_f(r - g) / delta))
    hue = _f(hue * 60)
    if hue < 0:
        hue = _f(hue + 360)
    return round(_f(hue * 100)), round(_f(_f(delta / high) * _MAX16)), value


def _rgb16(hue: int | None, s16: int, v16: int) -> RGB:
    if hue is None or s16 == 0:
        grey = _to8(v16)
        return grey, grey, grey
    h = 0.0 if hue == 36000 else _f(hue / 6000)
    s, v = _f(s16 / _MAX16), _f(v16 / _MAX16)
    i = int(h)
    f = _f(h - i)
    p = _f(v * _f(1 - s))
    q = _f(v * _f(1 - _f(s * f)))
    t = _f(v * _f(1 - _f(s * _f(1 - f))))
    r, g, b = [(v, t, p), (q, v, p), (p, v, t), (p, q, v), (t, p, v), (v, p, q)][i % 6]
    return (_to8(round(_f(r * _MAX16))), _to8(round(_f(g * _MAX16))),
            _to8(round(_f(b * _MAX16))))


def _to8(value16: int) -> int:
    """Qt's qt_div_257: 16-bit to 8-bit, rounded."""
    return (value16 - (value16 >> 8) + 0x80) >> 8


def mark_colour(rgb: RGB, dark: bool, factor: dict[bool, int] = UNDERLINE_FACTOR) -> RGB:
    """The colour of a claim's underline (or, with OUTLINE_FACTOR, its outline)."""
    return lighter(rgb, factor[True]) if dark else darker(rgb, factor[False])


def tint_alpha(*, judged: bool, dark: bool, depth: int = 1, strong: bool = False,
               max_depth: int = 3) -> float:
    """How strongly a claim's highlight is tinted, before `readable_alpha` caps it."""
    if strong:
        return SELECTED_ALPHA[dark]
    alpha = (REST_ALPHA if judged else UNJUDGED_ALPHA)[dark]
    return min(MAX_ALPHA, alpha * (1 + DEPTH_STEP * (min(depth, max_depth) - 1)))


def readable_alpha(rgb: RGB, palette: Palette, alpha: float) -> float:
    """`alpha`, lowered as far as needed to keep the palette's text at 4.5:1 on it."""
    base, text = parse_colour(palette.base), parse_colour(palette.text)
    assert base is not None and text is not None

    def fine(a: float) -> bool:
        return contrast_ratio(text, blend(rgb, base, a)) >= TEXT_MINIMUM

    if fine(alpha):
        return alpha
    low, high = 0.0, alpha
    for _ in range(12):
        middle = (low + high) / 2
        low, high = (middle, high) if fine(middle) else (low, middle)
    return low


def check_colour(colour: str) -> list[Finding]:
    """Every check of `colour` on the light and the dark palette."""
    rgb = parse_colour(colour)
    if rgb is None:
        raise ValueError(f"{colour!r} is not a colour like #369d91")
    findings = []
    for palette in PALETTES:
        base, text = parse_colour(palette.base), parse_colour(palette.text)
        alternate = parse_colour(palette.alternate_base)
        assert base is not None and text is not None and alternate is not None
        tint = blend(rgb, base, REST_ALPHA[palette.dark])
        findings.append(Finding(palette.name, "highlight", contrast_ratio(text, tint),
                                TEXT_MINIMUM))
        chip = min(contrast_ratio(rgb, base), contrast_ratio(rgb, alternate))
        findings.append(Finding(palette.name, "chip", chip, GRAPHIC_MINIMUM))
        line = contrast_ratio(mark_colour(rgb, palette.dark), base)
        findings.append(Finding(palette.name, "underline", line, GRAPHIC_MINIMUM))
    return findings


def problems(colour: str) -> list[Finding]:
    """The checks `colour` fails (empty when it reads well everywhere)."""
    return [finding for finding in check_colour(colour) if not finding.ok]


def passing_colour(colour: str) -> str | None:
    """The nearest colour of the same hue that passes every check, or None.

    Tries lightness first (the usual culprit: too pale for a chip on white), then
    less saturation as well; returns `colour` itself when it already passes.
    """
    rgb = parse_colour(colour)
    if rgb is None:
        return None
    if not problems(colour):
        return hex_colour(rgb)
    h, lightness, s = colorsys.rgb_to_hls(*(c / 255 for c in rgb))
    best: tuple[float, str] | None = None
    for s_step in range(0, 11):
        saturation = s * (1 - s_step / 10)
        for l_step in range(1, 101):
            for sign in (-1, 1):
                candidate_l = lightness + sign * l_step / 200
                if not 0 <= candidate_l <= 1:
                    continue
                r, g, b = colorsys.hls_to_rgb(h, candidate_l, saturation)
                candidate = hex_colour((round(r * 255), round(g * 255), round(b * 255)))
                if not problems(candidate):
                    distance = abs(candidate_l - lightness) + (s - saturation)
                    if best is None or distance < best[0]:
                        best = (distance, candidate)
                    break
            else:
                continue
            break
    return best[1] if best else None


# -- how far apart two colours look (CIEDE2000) -----------------------------------------
def _lab(rgb: RGB) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of an sRGB colour."""
    r, g, b = (_channel(c) for c in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


# Dichromat vision in linear RGB (Viénot, Brettel and Mollon 1999): what a reader
# without red (protan) or green (deutan) cones sees; about 1 man in 12 has one of these.
DICHROMATS = {
    "protan": ((0.11238, 0.88762, 0.0), (0.11238, 0.88762, 0.0), (0.00401, -0.00401, 1.0)),
    "deutan": ((0.29275, 0.70725, 0.0), (0.29275, 0.70725, 0.0), (-0.02234, 0.02234, 1.0)),
}


def as_seen(rgb: RGB, vision: str | None) -> RGB:
    """`rgb` as a reader with `vision` ("protan", "deutan"; None: typical) sees it."""
    if vision is None:
        return rgb
    linear = [_channel(c) for c in rgb]
    out = []
    for row in DICHROMATS[vision]:
        value = min(1.0, max(0.0, sum(m * c for m, c in zip(row, linear, strict=True))))
        encoded = value * 12.92 if value <= 0.0031308 else 1.055 * value ** (1 / 2.4) - 0.055
        out.append(round(encoded * 255))
    return out[0], out[1], out[2]


def colour_difference(a: RGB, b: RGB) -> float:
    """CIEDE2000 colour difference: about 2 is just noticeable side by side; the
    grey steps of a chart are some 10 apart; different hues are 20 and more."""
    return lab_difference(_lab(a), _lab(b))


def lab_difference(lab1: tuple[float, float, float], lab2: tuple[float, float, float]
                   ) -> float:
    """CIEDE2000 between two L*a*b* colours."""
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c_mean = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_mean ** 7 / (c_mean ** 7 + 25 ** 7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360
    h2p = math.degrees(math.atan2(b2, a2p)) % 360
    dl, dc = l2 - l1, c2p - c1p
    if c1p * c2p == 0:
        dh = 0.0
    elif abs(h2p - h1p) <= 180:
        dh = h2p - h1p
    else:
        dh = h2p - h1p - 360 if h2p > h1p else h2p - h1p + 360
    dhh = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    l_mean, cp_mean = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        h_mean = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_mean = (h1p + h2p) / 2
    else:
        h_mean = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(h_mean - 30)) + 0.24 * math.cos(math.radians(2 * h_mean))
         + 0.32 * math.cos(math.radians(3 * h_mean + 6))
         - 0.20 * math.cos(math.radians(4 * h_mean - 63)))
    sl = 1 + 0.015 * (l_mean - 50) ** 2 / math.sqrt(20 + (l_mean - 50) ** 2)
    sc = 1 + 0.045 * cp_mean
    sh = 1 + 0.015 * cp_mean * t
    rt = (-2 * math.sqrt(cp_mean ** 7 / (cp_mean ** 7 + 25 ** 7))
          * math.sin(math.radians(60 * math.exp(-(((h_mean - 275) / 25) ** 2)))))
    return math.sqrt((dl / sl) ** 2 + (dc / sc) ** 2 + (dhh / sh) ** 2
                     + rt * (dc / sc) * (dhh / sh))


def confusable_verdicts(labelled: Iterable[tuple[str, str]],
                        minimum: float = DISTINCT_MINIMUM, vision: str | None = None
                        ) -> list[tuple[str, str, float]]:
    """Pairs of (name, colour) that look alike as chips to a reader with `vision`,
    with their difference. "Not judged" (the unjudged grey) is always compared too."""
    items = [*labelled, ("Not judged", colours.UNJUDGED_COLOUR)]
    close = []
    for i, (name_a, colour_a) in enumerate(items):
        for name_b, colour_b in items[i + 1:]:
            rgb_a, rgb_b = parse_colour(colour_a), parse_colour(colour_b)
            if rgb_a is None or rgb_b is None or rgb_a == rgb_b:
                continue  # the same colour twice is a choice (False and Altered), not an accident
            difference = colour_difference(as_seen(rgb_a, vision), as_seen(rgb_b, vision))
            if difference < minimum:
                close.append((name_a, name_b, difference))
    return close


# -- the app's own colours (core/colours.py) -------------------------------------------
def _ratio(a: str, b: str) -> float:
    rgb_a, rgb_b = parse_colour(a), parse_colour(b)
    assert rgb_a is not None and rgb_b is not None, (a, b)
    return contrast_ratio(rgb_a, rgb_b)


def graphic_findings(name: str, colour: str, alpha: float = 1.0) -> list[Finding]:
    """A bar, chip or mark in `colour` (painted at `alpha`) on the text backgrounds
    and the window of both palettes: 3:1."""
    rgb = parse_colour(colour)
    assert rgb is not None, colour
    found = []
    for palette in PALETTES:
        ratios = []
        for background in (palette.base, palette.alternate_base, palette.window):
            back = parse_colour(background)
            assert back is not None
            ratios.append(contrast_ratio(blend(rgb, back, alpha), back))
        found.append(Finding(palette.name, name, min(ratios), GRAPHIC_MINIMUM))
    return found


def app_colour_findings() -> list[Finding]:
    """Every check of every colour in core/colours.py, on the palette it is drawn on."""
    found: list[Finding] = []
    for status, colour in colours.STATUS_COLOURS.items():
        found += graphic_findings(f"status bar {status}", colour)
    found += graphic_findings("status bar (unknown)", colours.OTHER_STATUS)
    found += graphic_findings("plain bar", colours.PLAIN_BAR)
    for palette in PALETTES:
        mark = colours.SUGGESTION[palette.dark]
        for alpha, what in ((1.0, "suggestion mark"),
                            (colours.SUGGESTION_WEAK_ALPHA, "faint suggestion mark")):
            rgb, base = parse_colour(mark), parse_colour(palette.base)
            assert rgb is not None and base is not None
            found.append(Finding(palette.name, what, contrast_ratio(blend(rgb, base, alpha),
                                                                    base), GRAPHIC_MINIMUM))
        for name, looks in colours.BANNERS.items():
            banner = looks[palette.dark]
            found.append(Finding(palette.name, f"{name} text", _ratio(banner.text,
                                                                      banner.background),
                                 TEXT_MINIMUM))
        for what, text_by_dark in (("error text", colours.ERROR_TEXT),
                                   ("warning text", colours.WARNING_TEXT)):
            ratio = min(_ratio(text_by_dark[palette.dark], palette.window),
                        _ratio(text_by_dark[palette.dark], palette.base))
            found.append(Finding(palette.name, what, ratio, TEXT_MINIMUM))
        roles = colours.DARK_ROLES if palette.dark else colours.LIGHT_ROLES
        for role in ("Text", "PlaceholderText"):
            found.append(Finding(palette.name, f"{role} on the window",
                                 min(_ratio(roles[role], roles["Window"]),
                                     _ratio(roles[role], roles["Base"])), TEXT_MINIMUM))
    for what, (background, text) in colours.DIFF.items():
        for palette in PALETTES:  # the same pair on both: the text colour comes with it
            found.append(Finding(palette.name, f"{what} words", _ratio(text, background),
                                 TEXT_MINIMUM))
    for colour in (colours.UNJUDGED_COLOUR, colours.FALLBACK_COLOUR):
        found += check_colour(colour)
    return found
