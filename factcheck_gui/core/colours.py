"""Every colour the app picks itself, for the light and the dark palette. No Qt.

Widgets read their colours from here (never a literal of their own), so that
`core/contrast.py` and its tests check exactly what is drawn, on both palettes:
the window's own palettes (`LIGHT_ROLES`, `DARK_ROLES`, applied by ui/theme.py),
the grey of a claim without a verdict, the strips above the workspace, the
suggestion marks, the status colours of the library bars and the charts, and the
colours of error and warning text. Verdict colours come from the rating scale
(resources/scales) and are checked by the same module.
"""

from __future__ import annotations

from dataclasses import dataclass

# The palettes the window paints with (QPalette roles by name). Light is Fusion's
# standard palette; dark is ours. `contrast.LIGHT` / `contrast.DARK` are read from them.
LIGHT_ROLES = {
    "Window": "#efefef",
    "WindowText": "#000000",
    "Base": "#ffffff",
    "AlternateBase": "#f7f7f7",
    "ToolTipBase": "#ffffdc",
    "ToolTipText": "#000000",
    "PlaceholderText": "#6b6b6b",
    "Text": "#000000",
    "Button": "#efefef",
    "ButtonText": "#000000",
    "BrightText": "#ffffff",
    "Light": "#ffffff",
    "Midlight": "#cacaca",
    "Mid": "#b8b8b8",
    "Dark": "#9f9f9f",
    "Shadow": "#767676",
    "Highlight": "#308cc6",
    "HighlightedText": "#ffffff",
    "Link": "#0000ff",
}
DARK_ROLES = {
    "Window": "#25272b",
    "WindowText": "#e6e6e6",
    "Base": "#1d1f22",
    "AlternateBase": "#2a2c30",
    "ToolTipBase": "#2f3237",
    "ToolTipText": "#e6e6e6",
    "PlaceholderText": "#9da3ad",
    "Text": "#e3e3e3",
    "Button": "#2f3237",
    "ButtonText": "#e6e6e6",
    "BrightText": "#ffffff",
    "Light": "#3a3d42",
    "Midlight": "#33363b",
    "Mid": "#3c3f45",
    "Dark": "#16171a",
    "Shadow": "#000000",
    "Highlight": "#3d6fa8",
    "HighlightedText": "#ffffff",
    "Link": "#7fb0e6",
}
DISABLED_TEXT = {False: "#8a8a8a", True: "#7c8088"}  # by dark

# A claim without a verdict, and a verdict the scale gives no colour. The grey
# is a warm, light one so that no preset's cool grey-blue ("Unverifiable") is
# mistaken for it; its chip is also drawn hollow (ui/scales/verdict_look.py).
UNJUDGED_COLOUR = "#8e877d"
FALLBACK_COLOUR = "#7a7fd1"

# Workflow statuses: the library's progress bars, the overview's charts.
STATUS_COLOURS = {
    "to-check": "#80868f",
    "in-progress": "#4f86c6",
    "needs-review": "#b8741a",
    "final": "#3a9a6e",
    "published": "#8570cc",
}
OTHER_STATUS = "#b0607a"  # a status the app does not know (from a newer version)
PLAIN_BAR = "#5c86b8"  # outlets and reviewers: one colour, the length tells

# Suggested claims: a dotted line under the words (strong: the one the keys act on).
SUGGESTION = {False: "#286f8c", True: "#5fb8d9"}
SUGGESTION_WEAK_ALPHA = 0.75


@dataclass(frozen=True, slots=True)
class BannerColours:
    """The colours of one strip above the workspace."""

    background: str
    border: str
    text: str


# The strips above the workspace, by object name: a change not saved (peach),
# what an update did to the claims (blue), the text being corrected (yellow).
BANNERS = {
    "saveBanner": {False: BannerColours("#fbe3c8", "#d9822b", "#3d2200"),
                   True: BannerColours("#4a2f14", "#b8692a", "#fbe3c8")},
    "summaryBanner": {False: BannerColours("#dcebf7", "#6f9fc8", "#0f2a40"),
                      True: BannerColours("#1d3347", "#4f7fa8", "#dcebf7")},
    "editBar": {False: BannerColours("#fff4c2", "#d6b740", "#3a3000"),
                True: BannerColours("#3f3810", "#a88f2a", "#fff4c2")},
}

# Versions > Changes: removed and added words (background, text); the text colour
# is set with the background, so the pair reads on either palette.
DIFF = {"removed": ("#f8d4d4", "#7a1010"), "added": ("#d3f0d3", "#0d4a12")}

# Words that say something went wrong (or might have), on the window's background.
ERROR_TEXT = {False: "#b3261e", True: "#ff8a80"}
WARNING_TEXT = {False: "#7a5b00", True: "#e8c15a"}


def banner_colours(name: str, dark: bool) -> BannerColours:
    return BANNERS[name][dark]
