"""Transcripts: an article whose text is a sequence of turns, each said by someone.

A transcript is stored as ordinary article text, one paragraph a turn, each
paragraph led by a label the reader sees: ``[00:01:02] SPEAKER: what was said``
(the time and the speaker each only when known). A `Turn` records where the
words of one turn are (code points, label excluded), who said them and when.
The store keeps the turns of the version they were imported with; `detect_turns`
reads them back from any text laid out that way (the claim finder uses it, so it
needs nothing but the text).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Turn:
    """One turn: `text[start:end]` are its words; `time` as written ("00:01:02.500")."""

    start: int
    end: int
    speaker: str | None = None
    time: str | None = None


@dataclass(frozen=True, slots=True)
class Utterance:
    """What an importer read for one turn, before it is laid out as text."""

    speech: str
    speaker: str | None = None
    time: str | None = None


TIME = r"\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?"
# A speaker label: starts with a letter, at most 80 characters of names,
# titles, initials and affiliations ("SEN. BERNIE SANDERS (D-VT)"), no colon.
SPEAKER = r"[^\W\d_][\w .,'’()&/-]{0,79}?"
_LINE = re.compile(
    r"(?:\[(?P<time>" + TIME + r")\][ \t]*)?"
    r"(?:(?P<speaker>" + SPEAKER + r"):[ \t]+)?(?P<speech>\S.*)"
)
# Share of non-blank lines that must carry a label for a text to be a transcript.
_LABELLED_SHARE = 0.6


def shown_time(time: str) -> str:
    """The time as the label shows it: hours, minutes, seconds."""
    return re.split(r"[.,]", time, maxsplit=1)[0]


def label(speaker: str | None, time: str | None) -> str:
    parts = []
    if time:
        parts.append(f"[{shown_time(time)}] ")
    if speaker:
        parts.append(f"{speaker}: ")
    return "".join(parts)


def lay_out(utterances: Iterable[Utterance]) -> tuple[str, tuple[Turn, ...]]:
    """The article text for these turns (one labelled paragraph each) and the turns."""
    pieces: list[str] = []
    turns: list[Turn] = []
    offset = 0
    for utterance in utterances:
        speech = " ".join(utterance.speech.split())
        if not speech:
            continue
        if pieces:
            pieces.append("\n\n")
            offset += 2
        head = label(utterance.speaker, utterance.time)
        pieces.append(head + speech)
        start = offset + len(head)
        offset = start + len(speech)
        turns.append(Turn(start, offset, utterance.speaker, utterance.time))
    return "".join(pieces), tuple(turns)


def parse_line(line: str) -> Utterance | None:
    """`[time] SPEAKER: words` (time and speaker optional) or None for a blank line."""
    match = _LINE.fullmatch(line.strip())
    if not match:
        return None
    return Utterance(match["speech"].strip(), match["speaker"], match["time"])


def detect_turns(text: str) -> tuple[Turn, ...]:
    """The turns of a text laid out as a transcript, or () when it is not one
    (fewer than two labelled lines, or most lines unlabelled)."""
    turns: list[Turn] = []
    labelled = lines = 0
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        if not line.strip():
            continue
        lines += 1
        found = _LINE.fullmatch(line)
        if not found:
            continue
        speaker, time = found["speaker"], found["time"]
        labelled += bool(speaker or time)
        end = match.start() + len(line.rstrip())
        turns.append(Turn(match.start() + found.start("speech"), end, speaker, time))
    if labelled < 2 or labelled < _LABELLED_SHARE * lines:
        return ()
    return tuple(turns)


def turn_at(turns: Sequence[Turn], start: int, end: int) -> Turn | None:
    """The turn that holds most of `start..end` (turns sorted by start), if any."""
    if not turns:
        return None
    starts = [t.start for t in turns]
    index = max(0, bisect.bisect_right(starts, start) - 1)
    best, best_overlap = None, 0
    for turn in turns[index:index + 3]:
        overlap = min(turn.end, end) - max(turn.start, start)
        if overlap > best_overlap:
            best, best_overlap = turn, overlap
    if best is None and end == start and turns[index].start <= start <= turns[index].end:
        return turns[index]
    return best
