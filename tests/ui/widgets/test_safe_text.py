"""ui/widgets/safe_text.py: user text shown literally where Qt guesses at rich text."""

from __future__ import annotations

import html

from hypothesis import given
from hypothesis import strategies as st

from factcheck_gui.ui.widgets.safe_text import escape, tooltip


@given(st.text(alphabet=st.sampled_from("&<>\"'a é;#x\n") | st.characters()))
def test_escape_is_what_the_standard_library_gives(text: str) -> None:
    assert escape(text) == html.escape(text)


def test_a_tooltip_shows_markup_as_text() -> None:
    shown = tooltip('<img src="file:///etc/passwd"> & \'more\'')
    assert "<img" not in shown
    assert html.unescape(shown.removeprefix("<p style='white-space:pre-wrap'>")
                         .removesuffix("</p>")) == '<img src="file:///etc/passwd"> & \'more\''
    assert tooltip("") == tooltip(None) == ""
