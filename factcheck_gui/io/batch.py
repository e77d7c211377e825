"""Import many files: each is imported, skipped as a duplicate, or failed with a reason.

A failure never stops the others, and never leaves half an article behind: each
article is written by one store call, which is one transaction. No Qt here; the
window calls `import_files` from a worker with its own `progress` and `cancel`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.models import Article, NewArticle
from factcheck_gui.core.near_duplicates import NearDuplicate, find_near_duplicates
from factcheck_gui.core.translatable import translate
from factcheck_gui.io.import_errors import printable
from factcheck_gui.io.importers import DEFAULT_MAX_BYTES, read_article_file
from factcheck_gui.io.web_import import WebAddress, fetch_article, is_web_address

if TYPE_CHECKING:
    from factcheck_gui.core.store import Store

#: A file, or a web address (http/https) given among the files.
Target = Path | WebAddress
Progress = Callable[[int, int, Target], None]  # (1-based index, total, path) before each file


def as_target(item: str | os.PathLike[str]) -> Target:
    """A web address stays one (a Path would fold its `//`); anything else is a file."""
    return WebAddress(item.strip()) if is_web_address(item) else Path(item)  # type: ignore[union-attr]


def read_target(target: Target, *, max_bytes: int = DEFAULT_MAX_BYTES) -> NewArticle:
    """The article in a file, or fetched from a web address (the same size limit)."""
    if isinstance(target, WebAddress):
        return fetch_article(target, max_bytes=max_bytes)
    return read_article_file(target, max_bytes=max_bytes)


@dataclass(frozen=True, slots=True)
class Imported:
    path: Target
    article: Article
    notes: tuple[str, ...] = ()  # what the importer could not read as it should
    near: NearDuplicate | None = None  # a stored article this text is a changed copy of
    version: int | None = None  # stored as this new version of `near`, not a new article

    @property
    def near_note(self) -> str | None:
        """One line about the near-duplicate, or None."""
        if self.near is None:
            return None
        name, near = printable(self.path.name), self.near
        what = f"article {near.article.id} ({near.article.title}; {near.describe()})"
        if self.version is not None:
            return f"{name}: stored as version {self.version} of {what}"
        return (f"{name}: a changed copy of {what}; imported as a new article"
                " (--as-version stores such files as new versions instead)")


@dataclass(frozen=True, slots=True)
class Skipped:
    """Same text as an article already in the database (or earlier in this batch)."""

    path: Target
    existing: Article

    @property
    def reason(self) -> str:
        return f"{printable(self.path.name)}: skipped, same text as article {self.existing.id}" \
               f" ({self.existing.title})"


@dataclass(frozen=True, slots=True)
class Failed:
    path: Target
    reason: str  # one line, starting with the file's name


@dataclass
class BatchResult:
    imported: list[Imported] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    failed: list[Failed] = field(default_factory=list)
    cancelled: bool = False
    not_started: list[Target] = field(default_factory=list)  # left when cancelled

    def summary(self) -> str:
        """"imported 118, skipped 1 duplicate, failed 1" (and what cancelling left)."""
        dup = "duplicate" if len(self.skipped) == 1 else "duplicates"
        text = f"imported {len(self.imported)}, skipped {len(self.skipped)} {dup}, " \
               f"failed {len(self.failed)}"
        if self.cancelled:
            text += f"; cancelled, {len(self.not_started)} not imported"
        return text


def failure_reason(path: Target, error: BaseException) -> str:
    """One line for a file that could not be imported."""
    message = printable(str(error) or type(error).__name__)
    if isinstance(error, FactcheckError):
        name = getattr(error, "filename", None)
        if name and message.startswith(name):
            return message
        return translate("Errors", "{name}: {reason}").format(name=printable(path.name),
                                                              reason=message)
    return translate("Errors", "{name}: unexpected {error}: {message}").format(
        name=printable(path.name), error=type(error).__name__, message=message)


def import_one(store: Store, path: Target, *, overrides: Mapping[str, str] | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES, as_version: bool = False
               ) -> Imported | Skipped:
    """Import one file (raises ArticleImportError or a store error).

    A text that is a changed copy of a stored article is imported as a new article
    and says so (`Imported.near`), or with `as_version` stored as a new version of
    that article (its claims follow the text)."""
    new: NewArticle = read_target(path, max_bytes=max_bytes)
    if overrides:
        fields: dict[str, Any] = dict(overrides)  # metadata fields, all text
        new = replace(new, **fields)
    existing = store.articles.find_articles_by_text(new.text)
    if existing:
        return Skipped(path, existing[0])
    near = next(iter(find_near_duplicates(store, new.text, limit=1)), None)
    if near is not None and as_version:
        update = store.versions.add_version(near.article.id, new.text,
                                            note=f"imported {path.name}")
        return Imported(path, store.articles.get_article(near.article.id), new.notes, near,
                        update.version.number)
    return Imported(path, store.articles.add_article(new), new.notes, near)


def import_files(
    store: Store,
    paths: Iterable[str | os.PathLike[str]],
    *,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    overrides: Mapping[str, str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_result: Callable[[Imported | Skipped | Failed], None] | None = None,
    as_version: bool = False,
) -> BatchResult:
    """Import every file in `paths`, in order; see the module docstring.

    `progress(i, total, path)` is called before file i (1-based); `cancel()` is
    asked before each file and stops the batch between files when it returns
    True. `on_result` sees each outcome as soon as it is known.
    """
    todo = [as_target(p) for p in paths]
    result = BatchResult()
    for index, path in enumerate(todo, start=1):
        if cancel is not None and cancel():
            result.cancelled = True
            result.not_started = todo[index - 1:]
            break
        if progress is not None:
            progress(index, len(todo), path)
        outcome: Imported | Skipped | Failed
        try:
            outcome = import_one(store, path, overrides=overrides, max_bytes=max_bytes,
                                 as_version=as_version)
        except Exception as error:  # one bad file never stops the batch
            outcome = Failed(path, failure_reason(path, error))
        if isinstance(outcome, Imported):
            result.imported.append(outcome)
        elif isinstance(outcome, Skipped):
            result.skipped.append(outcome)
        else:
            result.failed.append(outcome)
        if on_result is not None:
            on_result(outcome)
    return result
