"""How the store cleans the text people type before storing it."""

from __future__ import annotations

from factcheck_gui.core.textclean import field_text


def clean_text(value: str | None, *, keep_lines: bool = False) -> str | None:
    """Trimmed text, or None when empty. Single-line fields collapse whitespace."""
    if value is None:
        return None
    value = field_text(str(value))
    value = value.strip() if keep_lines else " ".join(value.split())
    return value or None
