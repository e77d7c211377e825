"""The one normalisation for text entering the database, whatever the way in.

Article text: every line break is one `\\n` (CRLF, a lone CR and the Unicode
line and paragraph separators included), NUL and a leading byte order mark
are dropped. The reading pane (a QTextDocument) keeps one position per
character for such text, so an offset in the pane is an offset in the stored
text; with a CRLF it would fold two characters into one block break and every
claim after it would land on the wrong words.

Short fields (titles, claim texts, rationales, names): the same line breaks,
and no control characters other than tab and newline (a NUL cuts SQLite's
`length()` and `substr()` short, and control characters written raw into CSV or
HTML reach other programs).
"""

from __future__ import annotations

import re

_BREAKS = re.compile("\r\n|[\r\u2028\u2029]")
# C0 and C1 controls except tab and newline; DEL too.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def article_text(text: str) -> str:
    """`text` as it is stored and shown: `\\n` line breaks, no NUL, no leading BOM."""
    text = _BREAKS.sub("\n", text)
    return text.replace("\x00", "").removeprefix("\ufeff")


def field_text(value: str) -> str:
    """A short field's text with `\\n` line breaks and no control characters."""
    return _CONTROLS.sub("", _BREAKS.sub("\n", value))


def has_foreign_breaks(text: str) -> bool:
    """Whether `text` holds line breaks other than `\\n` (stored before they were unified)."""
    return _BREAKS.search(text) is not None
