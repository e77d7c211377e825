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
what is drawn.
"""

from __future__ import annotations

import colorsys
import re
import struct
from dataclasses import dataclass

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


# Fusion's standard light palette, and the app's dark palette (scripts/screenshot.py);
# a desktop's own palette is close to one of them.
LIGHT = Palette("light", False, "#ffffff", "#f7f7f7", "#000000")
DARK = Palette("dark", True, "#1d1f22", "#2a2c30", "#e3e3e3")
PALETTES = (LIGHT, DARK)


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
                "underline": "the underline"}[self.where]
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
