"""Guesses of an article's title, outlet, date and language from its text.

Used when a file, a paste or a web page does not say these itself. Every guess
only prefills a field that a person confirms; a field with no good guess stays
empty rather than wrong. The functions take text (or a URL) and return strings,
so any importer can use them:

- `guess_metadata(text)` -> `GuessedMetadata(title, outlet, published, language)`
- `guess_title`, `guess_outlet`, `guess_published`, `guess_language` one field each
- `outlet_for_url(url)` the known outlet a web address belongs to
- `with_guesses(article)` a `NewArticle` with its empty fields filled in
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from factcheck_gui.core.models import NewArticle
from factcheck_gui.io.guess.dates import guess_published
from factcheck_gui.io.guess.language import guess_language
from factcheck_gui.io.guess.outlets import (
    guess_outlet,
    known_outlets,
    outlet_for_url,
    outlet_of_line,
)
from factcheck_gui.io.guess.sample import clip
from factcheck_gui.io.guess.titles import guess_title

__all__ = [
    "GuessedMetadata", "guess_language", "guess_metadata", "guess_outlet", "guess_published",
    "guess_title", "known_outlets", "outlet_for_url", "with_guesses",
]


@dataclass(frozen=True, slots=True)
class GuessedMetadata:
    title: str | None = None
    outlet: str | None = None
    published: str | None = None  # YYYY-MM-DD
    language: str | None = None  # ISO 639-1


def _is_outlet_line(line: str) -> bool:
    return outlet_of_line(line) is not None


def guess_metadata(text: str, *, url: str | None = None,
                   today: date | None = None) -> GuessedMetadata:
    """Every field that can be guessed from `text` (and the page's `url`, if known).
    Only the start and the end of a long text are read."""
    text = clip(text)
    language = guess_language(text)
    return GuessedMetadata(
        title=guess_title(text, _is_outlet_line),
        outlet=outlet_for_url(url) or guess_outlet(text),
        published=guess_published(text, today=today, english=language in (None, "en")),
        language=language,
    )


def with_guesses(article: NewArticle, *, today: date | None = None) -> NewArticle:
    """`article` with its empty outlet, date and language guessed from its text.

    The title is left alone: each importer knows better where its title came from
    (a page's <title>, a Markdown heading) and calls `guess_title` itself.
    """
    if article.outlet and article.published and article.language:
        return article
    guessed = guess_metadata(article.text, url=article.url, today=today)
    return replace(article, outlet=article.outlet or guessed.outlet,
                   published=article.published or guessed.published,
                   language=article.language or guessed.language)
