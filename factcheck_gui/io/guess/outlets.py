"""Which outlet published a text: known outlets (resources/outlets/outlets.tsv) and
wire tags in datelines ("MOSCOW, Dec 1 (Reuters) -", "LONDON (AP) —", "/ТАСС/")."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from factcheck_gui.assets import resource_path
from factcheck_gui.io.guess.sample import clip

__all__ = ["Outlet", "guess_outlet", "known_outlets", "outlet_for_url", "outlet_of_line"]

# Prefixes and suffixes around an outlet's name on a line of its own.
_LINE_PREFIX = re.compile(
    r"^(?:source|sources|quelle|source\s*:|fuente|fonte|источник|©|\(c\)|copyright|"
    r"reporting by|published by|via|—|–|-)\s*[:\-–—]?\s*(?:©\s*)?(?:\d{4}\s+)?", re.I)
_LINE_SUFFIX = re.compile(r"\s*(?:[,.]?\s*(?:all rights reserved|\d{4})\.?)$", re.I)
# A dateline's wire tag: "(Reuters)", "(AP)", "/ТАСС/" near the start of a paragraph.
_WIRE_TAG = re.compile(r"(?:\(([^()\n]{2,40})\)|/([^/\n]{2,20})/)\s*[-–—.]")
_BYLINE_END = re.compile(r"^(?:by|par|von|por|di|от)\s+[^\n]{2,80}?,\s*([^,\n]{2,40})$", re.I)
_BYLINE_ORG = re.compile(r"^by\s+[A-Z][^\n]{2,60}?\s+((?:The\s+)?[A-Z][\w ]{1,40})$")
_TRAILING_TAG = re.compile(r"^(?:[—–-]\s*)([A-Z][\w .&-]{1,30})$")
# Before a name in running text, these words mean another outlet is citing it.
_QUOTED_BY = re.compile(r"\b(?:told|to|by|from|with|cited|quoted|reported|said|in|on|"
                        r"according to)\s+(?:the\s+)?$", re.I)
_WEAK_NAME = 5  # a name mentioned in running text counts only if this long


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    aliases: tuple[str, ...]
    domains: tuple[str, ...]


@functools.cache
def known_outlets() -> tuple[Outlet, ...]:
    """The outlets of resources/outlets/outlets.tsv, in file order."""
    outlets = []
    text = resource_path("outlets", "outlets.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, aliases, domains = [*line.split("\t"), "", ""][:3]
        outlets.append(Outlet(name.strip(), tuple(a.strip() for a in aliases.split("|")
                                                  if a.strip()),
                              tuple(d.strip().lower() for d in domains.split("|") if d.strip())))
    return tuple(outlets)


@functools.cache
def _by_name() -> dict[str, str]:
    names: dict[str, str] = {}
    for outlet in known_outlets():
        for alias in (outlet.name, *outlet.aliases):
            names.setdefault(alias.casefold(), outlet.name)
    return names


def outlet_for_url(url: str | None) -> str | None:
    """The known outlet whose web domain `url` is on (subdomains count)."""
    host = (urlsplit(url or "").hostname or "").lower().removeprefix("www.")
    if not host:
        return None
    for outlet in known_outlets():
        if any(host == d or host.endswith("." + d) for d in outlet.domains):
            return outlet.name
    return None


@functools.cache
def _mentions() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every name long enough to trust in running text (as written,
    longest first), and the outlet each name stands for."""
    names = {alias: outlet.name for outlet in known_outlets()
             for alias in (outlet.name, *outlet.aliases) if len(alias) >= _WEAK_NAME}
    either = "|".join(re.escape(alias) for alias in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{either})(?![\w-])"), names


def _known(name: str) -> str | None:
    return _by_name().get(" ".join(name.split()).strip(" .:").casefold())


def outlet_of_line(line: str) -> str | None:
    """A line that is just an outlet's name, maybe after "Source:" or "©"."""
    bare = _LINE_SUFFIX.sub("", _LINE_PREFIX.sub("", line)).strip()
    if bare.startswith("(") and bare.endswith(")"):
        bare = bare[1:-1]
    return _known(bare) if bare else None


def guess_outlet(text: str, *, head_lines: int = 40) -> str | None:
    """The outlet named by the text, or None.

    In order of trust: a wire tag in a dateline ("(Reuters) -"), a line holding only
    a known outlet's name (also "Source: CNN", "© 2026 NPR", "— AP"), a byline ending
    in one ("By Rachel Kim, CNN"), then a known name of at least five letters
    mentioned in the text. An unknown wire tag is kept as written.
    """
    text = clip(text)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    lines = [line for line in lines if line]
    head = lines[:head_lines] + lines[-8:]
    for line in head:  # datelines first: they name the wire that wrote the story
        match = _WIRE_TAG.search(line[:160])
        if not match:
            continue
        tag = (match.group(1) or match.group(2) or "").strip()
        before = line[: match.start()]
        if tag and _known(tag) and _place_before(before):  # "Wiesbaden (dpa) -"
            return _known(tag)
        if tag and _dateline_before(before) and _looks_like_name(tag):  # "SALTMERE (Wire) -"
            return _known(tag) or tag
    for line in head:
        found = outlet_of_line(line)
        if found:
            return found
        trailing = _TRAILING_TAG.match(line)
        if trailing and _known(trailing.group(1)):
            return _known(trailing.group(1))
    for line in head:
        match = _BYLINE_END.match(line) or _BYLINE_ORG.match(line)
        if match and _known(match.group(1)):
            return _known(match.group(1))
    pattern, names = _mentions()
    for found_at in pattern.finditer(text):
        if not _QUOTED_BY.search(text[max(0, found_at.start() - 30):found_at.start()]):
            return names[found_at.group()]  # not "told Reuters": someone else quoting them
    return None


def _dateline_before(before: str) -> bool:
    """Whether the words before a wire tag look like a dateline's place and date."""
    before = before.strip()
    if not before:
        return False
    first = before.split(",")[0].strip()
    letters = [c for c in first if c.isalpha()]
    return bool(letters) and len(first) <= 40 and all(c.isupper() for c in letters)


def _place_before(before: str) -> bool:
    """Whether the words before a known wire tag could be a dateline's place and date
    ("Wiesbaden", "Ciudad de México, 4 nov"): short, starting with a capital letter."""
    before = before.strip()
    return 0 < len(before) <= 50 and before[0].isupper() and len(before.split()) <= 6


def _looks_like_name(tag: str) -> bool:
    return 2 <= len(tag) <= 30 and tag[0].isupper() and not any(c.isdigit() for c in tag)
