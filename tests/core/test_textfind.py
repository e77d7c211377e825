"""Finding a phrase in an article: variants of quotes and dashes, case, whole words."""

from __future__ import annotations

from factcheck_gui.core.textfind import FindOptions, find_all, fold, nearest

TEXT = ("The minister said: “We won’t raise fares” – and then\n"
        "the council's vote went 27–19. We WON'T, she said.")


def quoted(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[a:b] for a, b in spans]


def test_fold_keeps_one_character_for_each() -> None:
    weird = "İstanbul’s “Ǆ” — ﬁne"
    assert len(fold(weird)) == len(weird)
    assert len(fold(weird, case_sensitive=True)) == len(weird)


def test_straight_quotes_find_curly_ones_and_back() -> None:
    assert quoted(TEXT, find_all(TEXT, "won't")) == ["won’t", "WON'T"]
    assert quoted(TEXT, find_all(TEXT, '"We won’t')) == ["“We won’t"]
    assert quoted(TEXT, find_all(TEXT, "council’s")) == ["council's"]


def test_any_dash_finds_any_dash() -> None:
    assert quoted(TEXT, find_all(TEXT, "27-19")) == ["27–19"]
    assert quoted(TEXT, find_all(TEXT, "fares” — and")) == ["fares” – and"]


def test_case_sensitive_option() -> None:
    assert len(find_all(TEXT, "we won't")) == 2
    assert quoted(TEXT, find_all(TEXT, "We WON'T", FindOptions(case_sensitive=True))) == [
        "We WON'T"]


def test_whole_word_option() -> None:
    text = "the council and the counsel met; a council-run hall"
    assert len(find_all(text, "counc")) == 2
    assert find_all(text, "counc", FindOptions(whole_word=True)) == []
    assert quoted(text, find_all(text, "council", FindOptions(whole_word=True))) == [
        "council", "council"]  # a hyphen ends a word


def test_spaces_match_line_breaks() -> None:
    assert quoted(TEXT, find_all(TEXT, "and then the council")) == ["and then\nthe council"]


def test_blank_phrase_finds_nothing() -> None:
    assert find_all(TEXT, "") == []
    assert find_all(TEXT, "   ") == []


def test_astral_characters_keep_offsets_in_code_points() -> None:
    text = "a 😀 b “quote” here"
    [(start, end)] = find_all(text, '"quote"')
    assert text[start:end] == "“quote”"


def test_nearest_wraps() -> None:
    spans = [(2, 4), (10, 12), (20, 22)]
    assert nearest(spans, 0) == 0
    assert nearest(spans, 5) == 1
    assert nearest(spans, 10) == 1
    assert nearest(spans, 21) == 0
    assert nearest([], 3) == 0


def test_a_megabyte_article_is_searched() -> None:
    big = ("Councillors voted 27 to 19 on Tuesday. " * 27000)[:1_000_000]
    spans = find_all(big, "voted 27")
    assert len(spans) == big.count("voted 27")
