"""Evidence copies of sources: fetch a source's page, read its text as the article
importers would, and keep it (or keep why it failed) with the source.

`fetch_copy` does the network part and touches no store, so a window can run it
off the GUI thread; `store_copy` writes its outcome (on the store's thread).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.models import SourceCopy, WebFetch
from factcheck_gui.io.web import FetchError, WebClient
from factcheck_gui.io.web_import import article_from_fetch

if TYPE_CHECKING:
    from factcheck_gui.core.store import Store


@dataclass(frozen=True, slots=True)
class FetchedCopy:
    """What fetching a source's page gave: a page and its text, or a reason."""

    source_id: str
    url: str
    fetched: WebFetch | None = None
    title: str | None = None
    text: str | None = None
    reason: str = ""
    status: int | None = None
    #: Why it failed, as `FetchError.kind`: "unreachable" (no answer: worth trying
    #: again when the network is back), "gone", "http" or "refused" ("" when kept).
    kind: str = ""


def reason_without_url(error: FactcheckError, url: str) -> str:
    """The part of an error after the address it starts with (shown beside the source)."""
    text = str(error)
    for prefix in (url, getattr(error, "filename", None) or ""):
        if prefix and text.startswith(prefix + ": "):
            return text[len(prefix) + 2:]
    return text


def read_copy(source_id: str, url: str, fetched: WebFetch) -> FetchedCopy:
    """The text of a fetched page as a copy (the reason when it holds none)."""
    try:
        new = article_from_fetch(fetched)
    except FactcheckError as error:
        return FetchedCopy(source_id, url, reason=reason_without_url(error, fetched.final_url),
                           status=fetched.status, kind="refused")
    return FetchedCopy(source_id, url, fetched, new.title, new.text)


def fetch_copy(source_id: str, url: str, *, client: WebClient | None = None,
               cancel: Callable[[], bool] | None = None) -> FetchedCopy:
    """Fetch and read one source's page. Never raises for network or page trouble."""
    own = client is None
    active = client or WebClient()
    try:
        fetched = active.fetch(url, cancel=cancel)
    except FetchError as error:
        return FetchedCopy(source_id, url, reason=error.reason, status=error.status,
                           kind=error.kind)
    finally:
        if own:
            active.close()
    return read_copy(source_id, url, fetched)


def store_copy(store: Store, outcome: FetchedCopy) -> SourceCopy:
    """Keep the copy, or the reason it could not be made (an older copy stays)."""
    if outcome.fetched is not None and outcome.text is not None:
        return store.web.keep_copy(outcome.source_id, outcome.fetched, title=outcome.title,
                                   text=outcome.text)
    return store.web.copy_failed(outcome.source_id, outcome.url, outcome.reason,
                                 outcome.status, kind=outcome.kind)


def keep_copies(store: Store, targets: Iterable[tuple[str, str]], *,
                on_result: Callable[[SourceCopy], None] | None = None) -> list[SourceCopy]:
    """Fetch and keep copies of the (source id, url) pairs, one after another."""
    kept = []
    with WebClient() as client:
        for source_id, url in targets:
            copy = store_copy(store, fetch_copy(source_id, url, client=client))
            kept.append(copy)
            if on_result is not None:
                on_result(copy)
    return kept
