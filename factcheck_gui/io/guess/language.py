"""The language of a text, by py3langid (docs/decisions.md says why that library).

The model takes one to three seconds to load (decompressing 68 MB, docs/decisions.md),
so it is loaded on first use and kept; importing this module costs nothing.
`preload()` starts loading it in a background thread (lzma and numpy release the
interpreter lock), for a window about to import something.
"""

from __future__ import annotations

import threading
from typing import Any

__all__ = ["MIN_LETTERS", "MIN_PROBABILITY", "guess_language", "preload"]

MIN_LETTERS = 30  # fewer letters than this say too little to tell a language
MIN_PROBABILITY = 0.9
SAMPLE_CHARS = 4000  # the start of a long text tells as much as all of it


_lock = threading.Lock()
_loaded: list[Any] = []  # the identifier, once loaded


def _identifier() -> Any:
    with _lock:  # one load, whichever thread asks first
        if not _loaded:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            _loaded.append(LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True))
        return _loaded[0]


def preload() -> None:
    """Load the model in a background thread unless it is loaded or loading."""
    if not _loaded and not _lock.locked():
        threading.Thread(target=_identifier, name="language-model", daemon=True).start()


def guess_language(text: str) -> str | None:
    """An ISO 639-1 code ("en", "fr", "ru") for `text`, or None when unsure."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return None
    code, probability = _identifier().classify(sample)
    return str(code) if probability >= MIN_PROBABILITY else None
