"""Whatever way text enters (a file, the clipboard, annotations, a new version),
the reading pane shows the stored text position for position, and a claim made
in the window covers exactly the words the reader selected."""

from __future__ import annotations

import itertools
import json
import random
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from factcheck_gui.ui.shell.main_window import MainWindow
from tests.ui.importing.test_import_annotations_window import answers

# Pieces of text that trip offset bookkeeping: line breaks of every kind,
# combining marks, astral characters (two UTF-16 units), right-to-left scripts.
PIECES = ["word", "10 people came", "café", "cafe\u0301", "बेरोजगारी", "الحُكُومَةُ",
          "שלום עולם", "😀", "👩\u200d🔬", "𝔘𝔫𝔦", "\r\n", "\r", "\n", "\n\n", "\u2028",
          "\u2029", " ", "  ", "\t", "\u00a0", ",", "2.60", "re-elected"]


def pane_text(window: MainWindow) -> str:
    """The pane's characters as a reader sees them (block breaks as newlines)."""
    return window.article_view.pane.document().toRawText().replace("\u2029", "\n")


def assert_pane_shows_stored_text(window: MainWindow) -> str:
    article = window.article_view.article
    assert article is not None
    stored = window.store.versions.current_version(article.id).text
    assert "\r" not in stored
    assert pane_text(window) == stored  # position for position, UTF-16 aside
    return stored


def select_seen(window: MainWindow, start: int, end: int) -> str:
    """Select document positions [start, end) as a mouse would; the words seen."""
    pane = window.article_view.pane
    cursor = QTextCursor(pane.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    return cursor.selectedText().replace("\u2029", "\n")


def claim_from_seen(window: MainWindow, stored: str, start: int, end: int) -> None:
    """Make a claim of what is selected; it must hold the words the reader saw."""
    seen = select_seen(window, start, end)
    before = {c.id for c in window.store.claims.list_claims()}
    if not window.claims.create_claim():
        return  # only spaces or punctuation selected: nothing to claim
    claim = next(c for c in window.store.claims.list_claims() if c.id not in before)
    assert claim.quote == stored[claim.start:claim.end]
    # Snapping drops , ; : at the edges; every letter seen must be in the quote.
    words = [word.strip(",;:") for word in seen.split() if any(ch.isalpha() for ch in word)]
    assert all(word in claim.quote for word in words), (seen, claim.quote)


def annotations_file(tmp_path: Path, text: str, name: str) -> Path:
    """An annotation export whose embedded article text is `text` (CRLFs and all)."""
    words = [w for w in text.split() if any(ch.isalpha() for ch in w)]
    quote = words[-1] if words else text.strip()[:3]
    doc = [{"id": f"urn:uuid:00000000-0000-4000-8000-{abs(hash(name)) % 10**12:012d}",
            "type": "Annotation", "body": [{"type": "TextualBody", "fc:role": "verdict",
                                            "value": "True"}],
            "target": {"source": "urn:x", "selector": [
                {"type": "TextQuoteSelector", "exact": quote}]},
            "fc:article": {"id": f"art-{name}", "title": name, "text": text}}]
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_crlf_text_from_annotations_keeps_window_claims_on_their_words(
    open_window, monkeypatch, tmp_path: Path
) -> None:
    text = "Headline\r\n\r\nFirst line.\r\nThen 10 people came to the hall.\r\nEnd."
    window = open_window()
    seen = answers(monkeypatch, window, annotations_file(tmp_path, text, "crlf"))
    window.act.import_annotations.trigger()
    assert not seen["errors"], seen["errors"]
    window.library.select("art-crlf")
    stored = assert_pane_shows_stored_text(window)
    start = pane_text(window).index("10 people came")
    claim_from_seen(window, stored, start, start + len("10 people came"))
    assert "10 people came" in {c.quote for c in window.store.claims.list_claims()}


def _enter_every_way(window: MainWindow, monkeypatch, tmp_path: Path, text: str,
                     n: int) -> list[str]:
    """Put `text` in by paste, by file, by annotations, and as a new version by
    paste; the ids of the articles whose current text came from it."""
    ids = []
    # No modal box may wait for a user here.
    monkeypatch.setattr(type(window.importing), "ask_open_duplicate", lambda self, *args: False)
    monkeypatch.setattr(type(window.messages), "show_error", lambda self, *args: None)
    QApplication.clipboard().setText(text)
    if window.importing.paste_article():
        ids.append(window.workspace.article_id)
    raw = tmp_path / f"file{n}.txt"
    raw.write_bytes(("Other " + text).encode("utf-8"))
    if window.importing.import_one_file(raw):
        ids.append(window.workspace.article_id)
        QApplication.clipboard().setText(text + "\r\nMore words.")
        if window.versions.update_from_clipboard():
            ids.append(window.workspace.article_id)
    seen = answers(monkeypatch, window, annotations_file(tmp_path, "Notes " + text, f"a{n}"))
    window.act.import_annotations.trigger()
    if not seen["errors"]:
        window.library.select(f"art-a{n}")
        ids.append(f"art-a{n}")
    return ids


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(pieces=st.lists(st.sampled_from(PIECES), min_size=3, max_size=25),
       seed=st.integers(0, 2**16))
def test_every_entry_path_shows_the_stored_text_and_claims_hold_their_quote(
    open_window, monkeypatch, tmp_path_factory, pieces: list[str], seed: int
) -> None:
    n = next(_EXAMPLES)  # every example's text is new to the library
    text = f"Title words {n} " + "".join(pieces) + " closing words"
    tmp_path = tmp_path_factory.mktemp("entry")
    window = _shared_window(open_window)
    rng = random.Random(seed)
    ids = _enter_every_way(window, monkeypatch, tmp_path, text, n)
    assert len(ids) == 4, ids  # paste, file, new version, annotations
    for article_id in ids:
        window.library.select(article_id)
        stored = assert_pane_shows_stored_text(window)
        length = window.article_view.pane.document().characterCount() - 1
        for _ in range(3):
            a, b = sorted(rng.sample(range(length + 1), 2))
            claim_from_seen(window, stored, a, b)


_WINDOWS: dict[int, MainWindow] = {}
_EXAMPLES = itertools.count()


def _shared_window(open_window) -> MainWindow:
    """One window for all examples of a test run (a window per example is slow)."""
    key = id(open_window)
    if key not in _WINDOWS:
        _WINDOWS.clear()
        _WINDOWS[key] = open_window()
    return _WINDOWS[key]


def test_partial_selections_snap_to_whole_words_in_every_script(
    open_window, tmp_path: Path
) -> None:
    words = ["cafe\u0301", "बेरोजगारी", "الحُكُومَةُ", "naïve"]
    text = "Words\n\nThey said " + " and ".join(words) + " today."
    raw = tmp_path / "scripts.txt"
    raw.write_text(text, encoding="utf-8")
    window = open_window()
    assert window.importing.import_one_file(raw)
    stored = assert_pane_shows_stored_text(window)
    for word in words:
        at = pane_text(window).index(word)
        for start, end in ((at + 1, at + len(word) - 1), (at + 2, at + 4)):
            select_seen(window, start, end)
            before = {c.id for c in window.store.claims.list_claims()}
            assert window.claims.create_claim()
            claim = next(c for c in window.store.claims.list_claims() if c.id not in before)
            assert claim.quote == word == stored[claim.start:claim.end]
            window.controller.stack.undo()
        # An exact selection may cut a word, never a letter from its marks.
        select_seen(window, at, at + len(word) - 1)
        before = {c.id for c in window.store.claims.list_claims()}
        assert window.claims.create_claim(exact=True)
        claim = next(c for c in window.store.claims.list_claims() if c.id not in before)
        assert unicodedata.category(stored[claim.end])[0] != "M", claim.quote
        window.controller.stack.undo()
