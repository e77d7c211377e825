"""How the store cleans the text people type before storing it."""

from __future__ import annotations


def clean_text(value: str | None, *, keep_lines: bool = False) -> str | None:
    """Trimmed text, or None when empty. Single-line fields collapse whitespace."""
    if value is None:
        return None
    value = str(value).replace("\r\n", "\n").replace("\r", "\n")
    value = value.strip() if keep_lines else " ".join(value.split())
    return value or None
