"""Progress reporting shared by the exporters and importers (the window shows it)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

# Called with the number of items done so far. The window may raise from it to cancel.
Progress = Callable[[int], None]

EVERY = 256


def counted(items: Iterable[T], progress: Progress | None, *, every: int = EVERY) -> Iterator[T]:
    """Yield `items`, calling `progress(done)` every `every` items and once at the end."""
    done = 0
    for item in items:
        yield item
        done += 1
        if progress is not None and done % every == 0:
            progress(done)
    if progress is not None and done % every:
        progress(done)
