"""The language of a text, by py3langid (docs/decisions.md says why that library).

The model takes about a second to load, so it is loaded on first use and kept;
importing this module costs nothing.
"""

from __future__ import annotations

import functools
from typing import Any

__all__ = ["MIN_LETTERS", "MIN_PROBABILITY", "guess_language"]

MIN_LETTERS = 30  # fewer letters than this say too little to tell a language
MIN_PROBABILITY = 0.9
SAMPLE_CHARS = 4000  # the start of a long text tells as much as all of it


@functools.cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def guess_language(text: str) -> str | None:
    """An ISO 639-1 code ("en", "fr", "ru") for `text`, or None when unsure."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    code, probability = _identifier().classify(sample)
    return str(code) if probability >= MIN_PROBABILITY else None
