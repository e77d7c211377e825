"""Fixtures for store tests: real SQLite files in a temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck_gui.core.models import NewArticle, Provenance
from factcheck_gui.core.store import Store

ARTICLE_TEXT = (
    "Bus fares will rise by 18% in January, the council said on Tuesday.\n\n"
    "\"We have no other choice,\" said Zoë Núñez, who chairs the transport committee. "
    "Ridership fell from 17.9 million journeys in 2019 to 14.2 million in 2025."
)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "library.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store.open(db_path, reviewer="ann") as opened:
        yield opened


@pytest.fixture
def article(store: Store):
    return store.articles.add_article(
        NewArticle(
            title="Fares to rise",
            text=ARTICLE_TEXT,
            outlet="The Harbour Courier",
            author="R. Achterberg",
            url="https://example.org/fares",
            published="2026-10-14",
            language="en",
            provenance=Provenance("fares.md", "ab" * 32, "test"),
        )
    )


def span(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


@pytest.fixture
def shared_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder that the user `nobody` can reach (pytest's own are private to
    root); the test sets its mode. Removed afterwards."""
    import os
    import shutil
    import tempfile

    folder = Path(tempfile.gettempdir()) / f"fc-{os.getpid()}-{tmp_path.name}"
    folder.mkdir()
    try:
        yield folder
    finally:
        folder.chmod(0o700)
        shutil.rmtree(folder, ignore_errors=True)
