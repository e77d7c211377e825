"""The sample article offered to new users (no Qt: the CLI offers it too)."""

from __future__ import annotations

from pathlib import Path

from factcheck_gui.assets import resource_path
from factcheck_gui.core.models import Article
from factcheck_gui.core.store import Store

SAMPLE_FILE = ("sample", "harbour-bus-fares.md")


def sample_path() -> Path:
    return resource_path(*SAMPLE_FILE)


def add_sample_article(store: Store) -> Article:
    """Import the sample article, or return it if it is already in the database."""
    from factcheck_gui.io.text_import import read_article_file  # not at start-up

    new = read_article_file(sample_path())
    existing = store.articles.find_articles_by_text(new.text)
    if existing:
        return existing[0]
    return store.articles.add_article(new)
