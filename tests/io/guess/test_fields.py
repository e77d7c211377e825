"""Each guess on its own: what is skipped, what is read, and what stays empty."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck_gui.io.guess import (
    guess_language,
    guess_metadata,
    guess_outlet,
    guess_published,
    guess_title,
    known_outlets,
    outlet_for_url,
)
from factcheck_gui.io.text_import import article_from_text

TODAY = date(2026, 12, 2)


def test_title_skips_breadcrumbs_captions_datelines_and_bylines() -> None:
    text = ("News / Syria / Military / Russia\n\nBy Jo Bloggs\nTue Dec 1, 2026 06:12PM\n"
            "File photo shows a convoy near Qamishli.\n\n"
            "US and Russian forces clashed in Syria\n\nThe body.")
    assert guess_title(text) == "US and Russian forces clashed in Syria"


def test_title_is_none_when_no_early_line_is_a_headline() -> None:
    assert guess_title("It rained. Then it stopped.\nWe went home.") is None


def test_pasted_text_with_a_short_first_line_keeps_it_as_the_title() -> None:
    assert article_from_text("Budget notes\nWe should cut costs.").title == "Budget notes"


@pytest.mark.parametrize(("text", "outlet"), [
    ("MOSCOW, Dec 1 (Reuters) - The bank raised rates.", "Reuters"),
    ("RALEIGH, N.C. (AP) — A storm hit.", "Associated Press"),
    ("МОСКВА, 1 декабря. /ТАСС/. Банк повысил ставку.", "TASS"),
    ("Headline here for a story\n\nBody text.\n\nPress TV", "Press TV"),
    ("Headline\nBy Rachel Kim, CNN\nBody.", "CNN"),
    ("Headline\nBody.\n— AP", "Associated Press"),
    ("SALTMERE, May 2 (Harbour Wire) - Fares rose.", "Harbour Wire"),  # unknown tag kept
    ("Press TV could not confirm the report.", "Press TV"),  # named in the text
])
def test_outlet(text: str, outlet: str) -> None:
    assert guess_outlet(text) == outlet


def test_an_outlet_quoted_by_another_is_not_the_outlet() -> None:
    assert guess_outlet("Minister quits\n\nThe minister told Reuters she would go.") is None


def test_outlet_from_a_web_address_and_the_list_is_a_data_file() -> None:
    assert outlet_for_url("https://www.reuters.com/world/x") == "Reuters"
    assert outlet_for_url("https://edition.cnn.com/2026/x") == "CNN"
    assert outlet_for_url("https://example.org/x") is None
    assert len(known_outlets()) >= 50


@pytest.mark.parametrize(("text", "published"), [
    ("MOSCOW, Dec 1 (Reuters) - Rates rose.", "2026-12-01"),
    ("BEIJING, Sept. 9 (Xinhua) -- A launch.", "2026-09-09"),
    ("ROMA, 12 NOV - Il Consiglio.", "2026-11-12"),
    ("Headline\nUpdated 3 March 2024\nBody.", "2024-03-03"),
    ("Headline\nPublié le 7 octobre 2026 à 18h30", "2026-10-07"),
    ("Headline\n03.11.2026, 16.45 Uhr", "2026-11-03"),
    ("Заголовок\n17 октября 2026, 12:40", "2026-10-17"),
    ("Headline\nNovember 18, 2026 4:05 PM UTC", "2026-11-18"),
    ("Headline\n2026-11-14T10:00", "2026-11-14"),
    ("Headline\n06/07/2026\nBody", None),  # June or July: not guessed in English
    ("Headline\nNo date here.", None),
    ("LONDON, Dec 25 (Reuters) - Christmas.", "2025-12-25"),  # no year: not in the future
])
def test_published(text: str, published: str | None) -> None:
    assert guess_published(text, today=TODAY) == published


def test_day_first_slashes_outside_english() -> None:
    assert guess_published("Titre\n05/11/2026 - 14:02", today=TODAY, english=False) \
        == "2026-11-05"


def test_language_needs_enough_letters() -> None:
    assert guess_language("The council voted on Tuesday to raise bus fares by ten percent.") == "en"
    assert guess_language("Le conseil municipal a voté mardi une hausse du prix des billets.") \
        == "fr"
    assert guess_language("Hello") is None
    assert guess_language("12 345 678 -- 9") is None


def test_guess_metadata_prefers_the_address_for_the_outlet() -> None:
    found = guess_metadata("Headline of the day here\n\nLONDON (AP) — Text of it all.",
                           url="https://www.bbc.co.uk/news/1", today=TODAY)
    assert found.outlet == "BBC News"
    assert found.title == "Headline of the day here"


def test_paste_fills_outlet_date_and_language() -> None:
    article = article_from_text(
        "News / Syria / Military / Russia\n\nUS and Russian forces clashed in Syria\n\n"
        "MOSCOW, Dec 1 (Reuters) - US and Russian troops came close to an exchange of fire "
        "on a road near Qamishli on Tuesday, according to local sources.")
    assert article.title == "US and Russian forces clashed in Syria"
    assert article.outlet == "Reuters"
    assert article.published is not None and article.published.endswith("-12-01")
    assert article.language == "en"


def test_importing_the_importers_loads_no_language_model() -> None:
    """Start-up imports the importers; the language library and numpy wait for a guess."""
    import subprocess
    import sys

    code = ("import sys, factcheck_gui.io.importers, factcheck_gui.io.guess;"
            "print(sorted(m for m in ('py3langid', 'numpy') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"


def test_a_long_text_is_read_at_its_start_and_end_only() -> None:
    """A 50 MB paste must not take a regex pass per outlet over all of it: the
    middle of a long text is never read (a date or outlet there is not seen)."""
    filler = "Words of the story go on here.\n" * 40_000
    text = ("Headline of the long story\n\n" + filler + "Updated 3 March 2024\n(Reuters)\n"
            + filler + "The end.")
    found = guess_metadata(text, today=TODAY)
    assert found.title == "Headline of the long story"
    assert found.published is None and found.outlet is None
    assert guess_outlet(text[:-9] + "\n\nBBC News") == "BBC News"  # the end is read
