"""Transcripts as articles: every format keeps its speakers (and times), and
whatever does not fit the format is kept and named in the notes."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck_gui.core.models import NewArticle
from factcheck_gui.io.importers import SUPPORTED_SUFFIXES, read_article_bytes, read_article_file


def _said(article: NewArticle) -> list[tuple[str | None, str | None, str]]:
    return [(t.speaker, t.time, article.text[t.start:t.end]) for t in article.turns]


def test_speaker_lines_in_a_txt_file_become_turns() -> None:
    data = (b"STAHL: Do you still think it is a hoax?\n"
            b"TRUMP: I think something is happening.\n"
            b"\n"
            b"SEN. BERNIE SANDERS (D-VT): Wages fell by 4 percent.\n"
            b"TRUMP: We created 5 million jobs.\n")
    article = read_article_bytes("interview.txt", data)
    assert _said(article) == [
        ("STAHL", None, "Do you still think it is a hoax?"),
        ("TRUMP", None, "I think something is happening."),
        ("SEN. BERNIE SANDERS (D-VT)", None, "Wages fell by 4 percent."),
        ("TRUMP", None, "We created 5 million jobs."),
    ]
    # The reader sees who speaks: every turn is a paragraph led by its speaker.
    assert article.text.split("\n\n")[1] == "TRUMP: I think something is happening."
    assert article.notes == ()
    assert article.provenance.extractor == "transcript-speakers/1"


def test_a_line_without_a_speaker_is_kept_and_reported() -> None:
    data = (b"STAHL: Hello there.\nTRUMP: We cut taxes.\n"
            b"and then some more words\nTRUMP: Thank you.\n")
    article = read_article_bytes("talk.txt", data)
    assert _said(article)[2] == (None, None, "and then some more words")
    assert article.notes == ("line 3: no speaker label (kept without a speaker)",)


def test_an_ordinary_txt_article_is_not_a_transcript() -> None:
    data = (b"Council raises fares\n\nNote: the figures are provisional.\n"
            b"Bus fares will rise by 18% in January, the council said.\n")
    article = read_article_bytes("news.txt", data)
    assert article.turns == ()
    assert article.provenance.extractor == "text_import/1"


def test_checkthat_tsv_merges_a_speakers_lines_into_one_turn() -> None:
    data = (b"1\tRADDATZ\tGood evening to you all.\t0\r\n"
            b"2\tRADDATZ\tThe rules are very basic.\t0\r\n"
            b"3\tCLINTON\tWe created 14 million jobs.\t1\r\n"
            b"4\tSYSTEM\t(APPLAUSE)\t0\r\n")
    article = read_article_bytes("20151219_3_dem.tsv", data)
    assert _said(article) == [
        ("RADDATZ", None, "Good evening to you all. The rules are very basic."),
        ("CLINTON", None, "We created 14 million jobs."),
        ("SYSTEM", None, "(APPLAUSE)"),
    ]
    assert article.title == "20151219 3 dem"
    assert article.text.startswith("RADDATZ: Good evening")


def test_tsv_without_labels_and_with_malformed_lines() -> None:
    data = (b"1\tMUIR\tWelcome.\n"
            b"this line has no tabs at all\n"
            b"3\t\tWho said this?\n"
            b"4\tMUIR\t\t0\n"
            b"5\tCRUZ\tTaxes rose by 8 percent.\n")
    article = read_article_bytes("debate.tsv", data)
    assert [t.speaker for t in article.turns] == ["MUIR", None, None, "CRUZ"]
    assert "this line has no tabs at all" in article.text
    assert article.notes == (
        "line 2: expected 3 or 4 tab-separated columns, found 1 (kept without a speaker)",
        "line 3: no speaker (kept without a speaker)",
        "line 4: no text",
    )


SRT = """1
00:00:01,000 --> 00:00:04,000
TRUMP: We have created
5 million jobs.

2
00:01:05,500 --> 00:01:07,000
<i>Thank you.</i>

3
garbage without a time
"""


def test_srt_keeps_times_and_speaker_labels() -> None:
    article = read_article_bytes("speech.srt", SRT.encode("utf-8-sig"))
    assert _said(article) == [
        ("TRUMP", "00:00:01.000", "We have created 5 million jobs."),
        (None, "00:01:05.500", "Thank you."),
        (None, None, "garbage without a time"),
    ]
    assert article.text.split("\n\n")[:2] == [
        "[00:00:01] TRUMP: We have created 5 million jobs.", "[00:01:05] Thank you."]
    assert article.notes == ("line 10: a cue without a valid time line (kept without a time)",)


VTT = """WEBVTT

NOTE this is a comment

intro
00:01.000 --> 00:04.000
<v Lesley Stahl>Do you believe it?</v>

01:02:03.250 --> 01:02:05.000 align:start
<v.loud Donald Trump>Unemployment is at 3.7 percent.

00:02:00.000 --> 00:02:01.000
"""


def test_vtt_keeps_times_and_voices(tmp_path: Path) -> None:
    path = tmp_path / "interview.vtt"
    path.write_text(VTT, encoding="utf-8")
    article = read_article_file(path)
    assert _said(article) == [
        ("Lesley Stahl", "00:00:01.000", "Do you believe it?"),
        ("Donald Trump", "01:02:03.250", "Unemployment is at 3.7 percent."),
    ]
    assert article.notes == ("line 12: a cue without text",)
    assert article.provenance.extractor == "transcript-vtt/1"


@pytest.mark.parametrize("suffix", [".tsv", ".srt", ".vtt"])
def test_transcript_suffixes_are_offered(suffix: str) -> None:
    assert suffix in SUPPORTED_SUFFIXES


def test_a_transcript_with_no_words_is_refused() -> None:
    with pytest.raises(ValueError, match="no transcript text"):
        read_article_bytes("empty.vtt", b"WEBVTT\n\nNOTE nothing here\n")


def test_many_problems_are_summarised() -> None:
    data = "".join(f"line {i} without tabs\n" for i in range(40)).encode()
    article = read_article_bytes("broken.tsv", data)
    assert len(article.notes) == 21
    assert article.notes[-1] == "... and 20 more"
