"""The one family of errors every importer raises. Each str() is one line for a person.

They are `FactcheckError`s (the CLI prints them as they are) and `ValueError`s
(callers that only know "bad input" still catch them).
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.translatable import translate


def printable(name: str) -> str:
    """A file name as text that can be printed and stored: bytes that are not UTF-8
    (kept by Python as lone surrogates) become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _either(items: Sequence[str]) -> str:
    if len(items) == 1:
        return items[0]
    return translate("Errors", "{items} or {last}").format(items=", ".join(items[:-1]),
                                                           last=items[-1])


class ArticleImportError(FactcheckError, ValueError):
    """A file (or pasted content) that could not become an article."""

    def __init__(self, filename: str, message: str) -> None:
        self.filename = filename
        super().__init__(message)


class UnsupportedFile(ArticleImportError):
    """The file type cannot be imported (yet)."""

    def __init__(self, filename: str, supported: Sequence[str] = ()) -> None:
        self.supported = tuple(supported)
        if self.supported:
            message = translate("Errors", "{name}: this file type is not supported yet"
                                " (use {types})").format(name=filename,
                                                         types=_either(self.supported))
        else:
            message = translate("Errors", "{name}: this file type is not supported yet"
                                ).format(name=filename)
        super().__init__(filename, message)


class UnreadableFile(ArticleImportError):
    """The file holds no usable article: empty, too large, binary, broken, text-less."""

    def __init__(self, filename: str, reason: str) -> None:
        self.reason = reason
        super().__init__(filename, translate("Errors", "{name}: {reason}").format(
            name=filename, reason=reason))
