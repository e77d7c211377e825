"""Shared by the exporters and importers: progress (the window shows it), text streams."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO, TextIO, TypeVar

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


@contextlib.contextmanager
def text_over(out: BinaryIO, *, encoding: str = "utf-8", newline: str = "\n") -> Iterator[TextIO]:
    """A text layer over the binary `out`, detached even on failure: a collected
    wrapper would close `out` (stdout) with it."""
    text = io.TextIOWrapper(out, encoding=encoding, newline=newline)
    try:
        yield text
    finally:
        text.flush()
        text.detach()
