"""Readable differences between two versions of an article's text.

`word_diff` marks changes inline, as `git diff --word-diff` does: [-removed-]
{+added+}, each with a little unchanged text around it. It uses the same
linear-time alignment as re-anchoring, so it is fast on long articles.
`unified_diff` is the classic line diff (each paragraph is a line).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from factcheck_gui.core.textmap import TextMap


@dataclass(frozen=True, slots=True)
class TextChange:
    """One changed stretch: old[old_start:old_end] became new[new_start:new_end]."""

    old_start: int
    old_end: int
    new_start: int
    new_end: int
    removed: str
    added: str


def changes(old: str, new: str) -> list[TextChange]:
    """The changed stretches from `old` to `new`, in order."""
    if old == new:
        return []
    return [
        TextChange(b.old_start, b.old_end, b.new_start, b.new_end,
                   old[b.old_start : b.old_end], new[b.new_start : b.new_end])
        for b in TextMap(old, new).blocks
        if not b.equal
    ]


def word_diff(old: str, new: str, *, context: int = 40) -> str:
    """One hunk per change: `@@ old offset -> new offset @@` and the change inline
    with up to `context` unchanged characters each side. Newlines show as ↵."""
    hunks = []
    for change in changes(old, new):
        before = old[max(0, change.old_start - context) : change.old_start]
        after = old[change.old_end : change.old_end + context]
        parts = [_visible(before)]
        if change.removed:
            parts.append(f"[-{_visible(change.removed)}-]")
        if change.added:
            parts.append(f"{{+{_visible(change.added)}+}}")
        parts.append(_visible(after))
        hunks.append(f"@@ {change.old_start} -> {change.new_start} @@\n{''.join(parts)}")
    return "\n".join(hunks) + ("\n" if hunks else "")


def unified_diff(old: str, new: str, *, old_label: str = "old", new_label: str = "new",
                 context: int = 1) -> str:
    """A unified line diff (paragraphs are lines)."""
    lines = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True),
        fromfile=old_label, tofile=new_label, n=context,
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def _visible(text: str) -> str:
    return text.replace("\r\n", "↵").replace("\n", "↵")
