"""Default file names: whole words, about 60 characters at most, with the date."""

from __future__ import annotations

from datetime import date

from factcheck_gui.core.filenames import MAX_STEM, default_file_name, slug

DAY = date(2026, 12, 2)


def test_the_issue_title_is_not_cut_mid_word() -> None:
    title = ("US, Russian forces clashed in Syria, dozens of troops were involved in the "
             "confrontation near the Turkish border, officials say")
    name = default_file_name(title, ".csv", day=DAY)
    assert name == "us-russian-forces-clashed-in-syria-dozens-of-2026-12-02.csv"
    assert len(name.removesuffix(".csv")) <= MAX_STEM
    words = set(title.lower().replace(",", "").split())
    assert all(part in words for part in name.removesuffix("-2026-12-02.csv").split("-"))


def test_short_titles_extra_words_and_fallbacks() -> None:
    assert default_file_name("US and Russian forces clashed in Syria", ".csv", day=DAY) \
        == "us-and-russian-forces-clashed-in-syria-2026-12-02.csv"
    assert default_file_name("Fares rise", ".html", day=DAY, extra="selected") \
        == "fares-rise-selected-2026-12-02.html"
    assert default_file_name("«¿?»", ".pdf", day=DAY) == "factchecks-2026-12-02.pdf"
    assert default_file_name("El País: Kenya's budget", ".json", day=DAY) \
        == "el-pais-kenyas-budget-2026-12-02.json"
    assert default_file_name("Центробанк повысил ставку", ".csv", day=DAY) \
        == "центробанк-повысил-ставку-2026-12-02.csv"


def test_a_single_overlong_word_is_cut_to_fit() -> None:
    assert slug("x" * 100, 20) == "x" * 20
    for n in range(1, 80):
        name = default_file_name("word " * n, ".csv", day=DAY)
        assert len(name) - len(".csv") <= MAX_STEM
