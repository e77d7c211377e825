"""Counts in words for what readers see: "1 claim", "6 claims", "1 source"."""

from __future__ import annotations

__all__ = ["plural"]

_IRREGULAR = {"analysis": "analyses", "person": "people"}


def plural(count: int, noun: str, many: str | None = None) -> str:
    """`count` and `noun`, the noun in the plural unless the count is one:
    "1 claim", "0 claims", "1,234 claims" (`many` for an irregular plural)."""
    if count == 1:
        return f"{count:,} {noun}"
    return f"{count:,} {many or _IRREGULAR.get(noun, noun + 's')}"
