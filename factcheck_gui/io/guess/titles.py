"""Which line of a plain text is its headline.

Pasted pages and saved texts start with navigation ("News / Syria / Military"),
section names ("Opinion"), the outlet's name, bylines, date lines and photo
captions. The headline is the first line that is none of these, is short enough
to be a headline and does not end like a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from factcheck_gui.io.guess.dates import find_date
from factcheck_gui.io.guess.sample import HEAD_CHARS

__all__ = ["MAX_TITLE", "guess_title", "skipped_line"]

MAX_TITLE = 200
HEAD_LINES = 12  # the headline is among the first lines or not there at all
_MIN_WORDS = 4
_MIN_CHARS_UNSPACED = 8  # Chinese, Japanese: no spaces between words
_SENTENCE_END = (".", ",", ";", ":", "!", "。")
# Scripts written without spaces between words (Chinese, Japanese kana, Thai).
_UNSPACED_SCRIPT = re.compile("[\u3040-\u30ff\u4e00-\u9fff\u0e00-\u0e7f]")
_BREADCRUMB = re.compile(r"\s(?:/|>|›|»|\||•|·)\s")
_CAPTION = re.compile(
    r"^(?:file photo|file picture|photo|picture|image|image caption|caption|video|"
    r"illustration|source|credit|listen|watch|advertisement|getty images|"
    r"this (?:file )?photo|foto|bild|легенда|фото)\b", re.I)
_BYLINE = re.compile(
    r"^(?:by|par|von|por|di|de|от|автор|guest essay by|analysis by|written by|"
    r"reporting by|edited by)\s+\S", re.I)
_STAMP = re.compile(
    r"^(?:published|updated|last updated|posted|modified|publié|mis à jour|"
    r"aktualisiert|veröffentlicht|actualizado|publicado|pubblicato|aggiornato|"
    r"опубликовано|обновлено|heard on|read time|reading time|\d+\s+min(?:ute)?s?\s+read)"
    r"\b", re.I)
_DATELINE = re.compile(r"^[^\W\d_][^\W\d_ .,'-]*(?:[ ,.'-]+[^\W\d_]+)*,?\s+.{0,30}"
                       r"(?:\([^()]{2,40}\)|/[^/]{2,20}/)\s*[-–—.]")


def _words(line: str) -> int:
    return len(line.split())


def skipped_line(line: str, is_outlet: Callable[[str], bool] = lambda _: False) -> bool:
    """Whether a line is page furniture rather than a headline."""
    if _BREADCRUMB.search(line) and not line.rstrip().endswith(_SENTENCE_END):
        return True
    if _CAPTION.match(line) or _BYLINE.match(line) or _STAMP.match(line):
        return True
    if _DATELINE.match(line) or is_outlet(line):
        return True
    # a line that is mostly a date
    return len(line) <= 60 and find_date(line, english=True) is not None


def _headline_sized(line: str) -> bool:
    if len(line) > MAX_TITLE or line.rstrip("\"'”’»)").endswith(_SENTENCE_END):
        return False
    if " " not in line.strip():
        return len(line) >= _MIN_CHARS_UNSPACED and bool(_UNSPACED_SCRIPT.search(line))
    return _words(line) >= _MIN_WORDS


def guess_title(text: str, is_outlet: Callable[[str], bool] = lambda _: False) -> str | None:
    """The headline of `text`, or None when no early line looks like one."""
    lines = [" ".join(line.split()) for line in text[:HEAD_CHARS].split("\n")]
    for line in [line for line in lines if line][:HEAD_LINES]:
        if skipped_line(line, is_outlet):
            continue
        if _headline_sized(line):
            return line
    return None
