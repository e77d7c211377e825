"""Articles again from the web: fetch each article's address, and store a new
version (claims re-anchored, as updating from a file does) when the text changed."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factcheck_gui.core.errors import FactcheckError, ValidationError
from factcheck_gui.core.models import NewArticle, VersionUpdate
from factcheck_gui.core.textclean import article_text
from factcheck_gui.core.translatable import translate
from factcheck_gui.io.web import WebClient
from factcheck_gui.io.web_import import fetch_article

if TYPE_CHECKING:
    from factcheck_gui.core.store import Store


@dataclass(frozen=True, slots=True)
class WebUpdate:
    """What updating one article from its address did."""

    article_id: str
    url: str
    state: str  # "changed", "unchanged", "failed"
    update: VersionUpdate | None = None
    reason: str = ""


@dataclass
class WebUpdates:
    results: list[WebUpdate] = field(default_factory=list)

    def of(self, state: str) -> list[WebUpdate]:
        return [r for r in self.results if r.state == state]


def article_address(store: Store, article_id: str) -> str:
    """Where an article is fetched again: the address it was fetched from, else its URL."""
    fetched = store.web.last_fetch_of_article(article_id)
    if fetched is not None:
        return fetched.requested_url
    url = store.articles.get_article(article_id).url
    if not url:
        raise ValidationError(translate(
            "Errors", "the article has no web address to update from; give it a URL in its"
            " details first"))
    return url


def store_update(store: Store, article_id: str, url: str, new: NewArticle) -> WebUpdate:
    """Write a fetched text as a new version when it differs from the current one."""
    current = store.versions.current_version(article_id)
    if article_text(new.text) == current.text:
        return WebUpdate(article_id, url, "unchanged")
    final = new.fetched.final_url if new.fetched else url
    update = store.versions.add_version(article_id, new.text, note=f"updated from {final}",
                                        fetched=new.fetched)
    return WebUpdate(article_id, url, "changed", update)


def update_from_web(store: Store, article_ids: Iterable[str], *,
                    max_bytes: int | None = None,
                    on_result: Callable[[WebUpdate], None] | None = None) -> WebUpdates:
    """Fetch each article again; one failure never stops the others."""
    updates = WebUpdates()
    with WebClient() as client:
        for article_id in article_ids:
            url = ""
            try:
                url = article_address(store, article_id)
                new = fetch_article(url, max_bytes=max_bytes, client=client)
                result = store_update(store, article_id, url, new)
            except FactcheckError as error:
                result = WebUpdate(article_id, url, "failed", reason=str(error))
            updates.results.append(result)
            if on_result is not None:
                on_result(result)
    return updates
