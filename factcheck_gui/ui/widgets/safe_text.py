"""Text from articles and users shown where Qt would guess at rich text.

Tooltips (and a few other places) run `Qt.mightBeRichText` on what they get: a
quote such as `<img src="file:///etc/passwd">` would be rendered as HTML and its
image loaded from disk. Everything user-derived that goes into a tooltip passes
through `tooltip()`, which escapes it and keeps its line breaks.
"""

from __future__ import annotations


def escape(text: str) -> str:
    """`text` with the characters HTML gives meaning to written as references: what
    `html.escape` gives. The `html` package is not imported for it: loading it loads
    html.entities, a table of 2,000 names (~2 ms of every start) that only
    unescaping uses. tests/ui/widgets/test_safe_text.py compares the two."""
    text = text.replace("&", "&amp;")  # first, so the others' ampersands stay
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;").replace("'", "&#x27;")


def plural(count: int, noun: str) -> str:
    """`1 claim`, `2 claims`, `1,234 claims`."""
    return f"{count:,} {noun}" if count == 1 else f"{count:,} {noun}s"


def tooltip(text: str | None) -> str:
    """Rich text that shows `text` literally (no markup from the text survives)."""
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>"


def shorten(text: str, limit: int) -> str:
    """`text` on one line, at most `limit` characters (the last an ellipsis)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
