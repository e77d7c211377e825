"""The .ts files: Spanish and Arabic finished, English plurals, and every translation
keeping its source's placeholders, markup and keyboard mnemonics."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from factcheck_gui.ui.i18n import translations_dir
from tests.helpers.i18n_scope import contexts_in_scope

LANGUAGES = ("es", "ar")


def messages(language: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(translations_dir() / f"factcheck_{language}.ts").getroot()
    return [(context.findtext("name") or "", message)
            for context in root.iter("context") for message in context.iter("message")]


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    numerus = [form.text or "" for form in translation.iter("numerusform")]
    return numerus or [translation.text or ""]


def finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") not in (
        "unfinished", "vanished", "obsolete") and all(forms(message))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    scope = contexts_in_scope()
    left = [f"{context}: {message.findtext('source')!r}" for context, message in
            messages(language) if (scope is None or context in scope) and not finished(message)]
    assert not left, f"{len(left)} unfinished in factcheck_{language}.ts:\n" + "\n".join(left)


def test_english_gives_every_plural_two_forms() -> None:
    for context, message in messages("en"):
        assert message.get("numerus") == "yes", (context, message.findtext("source"))
    scope = contexts_in_scope()
    left = [f"{context}: {message.findtext('source')!r}" for context, message in messages("en")
            if (scope is None or context in scope) and not finished(message)]
    assert not left, "\n".join(left)


FIELDS = re.compile(r"\{[a-z_]*\}|%n|%\d")


def fields_of(text: str) -> list[str]:
    """Placeholders in `text`; "%Ln" (the count in the locale's digits) counts as "%n"."""
    return sorted(FIELDS.findall(re.sub(r"%L(?=n|\d)", "%", text)))
TAGS = re.compile(r"</?([a-zA-Z]+)")


def mnemonics(text: str) -> int:
    return len(re.findall(r"&(?=[^&\s])", text.replace("&&", "")))


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
def test_translations_keep_placeholders_markup_and_mnemonics(language: str) -> None:
    problems = []
    for context, message in messages(language):
        if not finished(message):
            continue
        source = message.findtext("source") or ""
        for index, text in enumerate(forms(message)):
            fields = fields_of(text)
            wanted = fields_of(source)
            # A singular form may say the number in words ("Corrected once:"), and so may
            # Arabic's zero, one and two forms; Arabic's zero form may be a sentence of
            # its own ("no suggested claims").
            plural = message.get("numerus") == "yes"
            if plural and index < (3 if language == "ar" else 1):
                fields = [f for f in fields if f != "%n"]
                wanted = [f for f in wanted if f != "%n"]
            if plural and language == "ar" and index == 0 and not fields:
                wanted = []
            if fields != wanted:
                problems.append(f"{context}: {source!r} -> {text!r}: fields {fields}")
            if sorted(TAGS.findall(text)) != sorted(TAGS.findall(source)):
                problems.append(f"{context}: {source!r} -> {text!r}: markup differs")
            if mnemonics(text) != mnemonics(source):
                problems.append(f"{context}: {source!r} -> {text!r}: & mnemonics differ")
    assert not problems, "\n".join(problems)


def test_arabic_says_right_to_left_and_the_others_left_to_right() -> None:
    def direction(language: str) -> str:
        return next(forms(m)[0] for c, m in messages(language)
                    if c == "QGuiApplication" and m.findtext("source") == "QT_LAYOUT_DIRECTION")

    assert direction("ar") == "RTL"
    assert direction("es") == "LTR"


def test_the_translation_files_exist_for_every_language() -> None:
    for language in ("en", *LANGUAGES):
        assert Path(translations_dir() / f"factcheck_{language}.ts").is_file()
