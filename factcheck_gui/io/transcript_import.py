"""Transcripts into articles: `SPEAKER: text` lines, CheckThat!-style TSV, .srt, .vtt.

Each format is decoded like any text file (`text_import.decode_text`: BOM,
UTF-8, detection; newlines normalised), read into `Utterance`s and laid out by
`core.transcript.lay_out`: one labelled paragraph a turn, the turns (speaker and
time) kept on the `NewArticle`. Nothing is dropped silently: a line or cue that
does not fit the format is kept as best it can be (as a turn without a speaker)
and named in `NewArticle.notes` ("line 7: no speaker label").
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from pathlib import Path

from factcheck_gui.core.models import NewArticle, Provenance
from factcheck_gui.core.transcript import TIME, Utterance, lay_out, parse_line
from factcheck_gui.core.translatable import translate
from factcheck_gui.io.import_errors import UnreadableFile
from factcheck_gui.io.text_import import decode_text

SUFFIXES = (".tsv", ".srt", ".vtt")
# Notes past this many are summarised in one more ("... and 120 more").
MAX_NOTES = 20

Reader = Callable[[str], tuple[list[Utterance], list[str]]]


def read_speaker_lines(text: str) -> tuple[list[Utterance], list[str]]:
    """`SPEAKER: words` a line (optionally `[00:01:02] SPEAKER: words`)."""
    utterances: list[Utterance] = []
    notes: list[str] = []
    for number, line in enumerate(text.split("\n"), start=1):
        found = parse_line(line)
        if found is None:
            continue
        if not found.speaker:
            notes.append(f"line {number}: no speaker label (kept without a speaker)")
        _append(utterances, found)
    return utterances, notes


def read_tsv(text: str) -> tuple[list[Utterance], list[str]]:
    """`line_number<TAB>speaker<TAB>text[<TAB>label]` a line (the CheckThat! layout).
    Consecutive lines of one speaker make one turn."""
    utterances: list[Utterance] = []
    notes: list[str] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) not in (3, 4):
            notes.append(f"line {number}: expected 3 or 4 tab-separated columns, "
                         f"found {len(cells)} (kept without a speaker)")
            _append(utterances, Utterance(" ".join(line.split())))
            continue
        speaker, words = " ".join(cells[1].split()), cells[2].strip()
        if not words:
            notes.append(f"line {number}: no text")
            continue
        if not speaker:
            notes.append(f"line {number}: no speaker (kept without a speaker)")
        _append(utterances, Utterance(words, speaker or None), merge=True)
    return utterances, notes


_CUE_TIME = re.compile(
    r"(?P<start>(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{1,3})\s*-->\s*(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{1,3}"
)
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")
_TAG = re.compile(r"</?[^>\n]{1,40}>")


def _clock(value: str) -> str:
    """`00:01:02.500` from `1:02,500`, `00:01:02,500` or `01:02.500`."""
    value = value.replace(",", ".")
    if value.count(":") == 1:
        value = "00:" + value
    hours, rest = value.split(":", 1)
    return f"{int(hours):02d}:{rest}"


def read_subtitles(text: str) -> tuple[list[Utterance], list[str]]:
    """SubRip (.srt) and WebVTT (.vtt) cues: each cue a turn with its start time;
    the speaker from a WebVTT voice tag (`<v Name>`) or a `NAME:` label."""
    utterances: list[Utterance] = []
    notes: list[str] = []
    for first_line, lines in _blocks(text):
        head = lines[0].strip()
        if head.startswith(("WEBVTT", "NOTE", "STYLE", "REGION")):
            continue
        timing = next((i for i, line in enumerate(lines[:3]) if _CUE_TIME.search(line)), None)
        if timing is None:
            notes.append(f"line {first_line}: a cue without a valid time line "
                         "(kept without a time)")
            words = " ".join(lines[1:] if head.isdigit() else lines)
            _append(utterances, Utterance(_TAG.sub("", words)))
            continue
        cue = _CUE_TIME.search(lines[timing])
        assert cue is not None  # found on this line above
        time = _clock(cue["start"])
        words = " ".join(line.strip() for line in lines[timing + 1:])
        voice = _VOICE.search(words)
        speaker = voice.group(1).strip() if voice else None
        words = " ".join(_TAG.sub("", words).split())
        if not words:
            notes.append(f"line {first_line}: a cue without text")
            continue
        if speaker is None:
            labelled = parse_line(words)
            if labelled is not None and labelled.speaker and labelled.speaker.upper() == \
                    labelled.speaker and len(labelled.speaker) > 1:
                speaker, words = labelled.speaker, labelled.speech
        _append(utterances, Utterance(words, speaker, time))
    return utterances, notes


def _blocks(text: str) -> list[tuple[int, list[str]]]:
    """Runs of non-blank lines with the number of their first line."""
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    first = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            if not current:
                first = number
            current.append(line)
        elif current:
            blocks.append((first, current))
            current = []
    if current:
        blocks.append((first, current))
    return blocks


def _append(utterances: list[Utterance], new: Utterance, *, merge: bool = False) -> None:
    if merge and utterances and new.speaker and utterances[-1].speaker == new.speaker \
            and utterances[-1].time is None:
        last = utterances[-1]
        utterances[-1] = Utterance(f"{last.speech} {new.speech}", last.speaker)
    else:
        utterances.append(new)


READERS: dict[str, tuple[Reader, str]] = {
    ".tsv": (read_tsv, "transcript-tsv/1"),
    ".srt": (read_subtitles, "transcript-srt/1"),
    ".vtt": (read_subtitles, "transcript-vtt/1"),
    "speakers": (read_speaker_lines, "transcript-speakers/1"),
}

_SPEAKER_LINE = re.compile(r"(?:\[" + TIME + r"\][ \t]*)?[A-Z][A-Z0-9 .,'’()&/-]{0,79}:[ \t]+\S")


def looks_like_speaker_lines(text: str) -> bool:
    """True when most non-blank lines start with an upper-case `SPEAKER:` label
    (at least three of them): such a .txt file is read as a transcript."""
    lines = [line for line in text.split("\n") if line.strip()]
    labelled = sum(1 for line in lines if _SPEAKER_LINE.match(line.strip()))
    return labelled >= 3 and labelled >= 0.7 * len(lines)


def read_transcript(name: str, data: bytes, kind: str | None = None) -> NewArticle:
    """Read transcript bytes (`kind`: a suffix in READERS or "speakers"; by default
    the suffix of `name`) into an article with its turns and notes."""
    kind = kind or Path(name).suffix.lower()
    reader, extractor = READERS[kind]
    try:
        text = decode_text(data)
    except ValueError as exc:
        raise UnreadableFile(name, str(exc)) from None
    utterances, notes = reader(text)
    body, turns = lay_out(utterances)
    if not body.strip():
        raise UnreadableFile(name, translate("Errors", "the file has no transcript text"))
    if len(notes) > MAX_NOTES:
        notes = [*notes[:MAX_NOTES], f"... and {len(notes) - MAX_NOTES} more"]
    title = " ".join(Path(name).stem.replace("_", " ").replace("-", " ").split()) or name
    provenance = Provenance(name, hashlib.sha256(data).hexdigest(), extractor)
    return NewArticle(title=title, text=body, provenance=provenance, turns=turns,
                      notes=tuple(notes))
