"""The claim finder's rules: each a name, a label people read, a weight, a test.

Labels are English, marked for translators (context "ClaimFinder"); a reason gets
its label through core.translatable.translate when the rule fires.

A test returns the text that made the rule fire (its evidence) or None. Weights
were set by hand and tuned on the tune half of tests/data/checkworthy.tsv only.
Penalties have negative weights: the share of the score they take away.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from factcheck_gui.core.translatable import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    label: str
    weight: float
    test: Callable[[str], str | None]
    # Not counted when one of these rules fired already (no double counting).
    unless: tuple[str, ...] = ()


def _rx(pattern: str, flags: int = re.IGNORECASE) -> Callable[[str], str | None]:
    compiled = re.compile(pattern, flags)

    def test(sentence: str) -> str | None:
        match = compiled.search(sentence)
        return match.group().strip() if match else None

    return test


_NUMBER_WORDS = (
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion"
)
_MONEY = r"(?:[$£€¥]\s?\d[\d,.]*(?:\s?(?:bn|m|k|billion|million|trillion)\b)?" \
         r"|\b\d[\d,.]*\s?(?:bn|m)\b|\b\d[\d,.]*\s(?:dollars|pounds|euros|yen)\b)"
_PERCENT = r"\b\d[\d,.]*\s?(?:%|per\s?cent\b|percent\b|percentage points?\b)"
_COUNT_WORDS = (
    r"\b(?:(?:a|half\sa|several|two|three)\s+dozen|dozens\sof|hundreds\sof|thousands\sof|"
    r"millions\sof|billions\sof|tens\sof\sthousands|a\s(?:third|quarter|fifth|half)\sof|"
    r"(?:one|two|three|four)\s(?:in|out\sof)\s(?:" + _NUMBER_WORDS + r"|\d+)|"
    r"twice|double[ds]?|tripled?|halved|majority\sof|"
    r"(?:" + _NUMBER_WORDS + r")(?:[\s-](?:" + _NUMBER_WORDS + r"))*\s"
    r"(?!(?:of|them|a|an|the|and|or|to|in|on|at|by)\b)[a-z]+)\b"
)
# A number that is not just a day of the month, a clock time or a lone year.
_NUMBER = r"(?<![\w:])\d[\d,]*(?:\.\d+)?(?![\d:])"
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_NUMBER_RX = re.compile(_NUMBER)
# "said Alan, 67, who ..." - a person's age is not a figure to check.
_AGE = re.compile(r".*\b[A-Z][a-z]+,\s\d{1,3}[,.]$", re.DOTALL)
_DATE_DAY = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}\b|"
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b"
)


def _quantity(sentence: str) -> str | None:
    """A figure that is more than a date: a count, an amount, a measurement."""
    days = {m.span() for m in _DATE_DAY.finditer(sentence)}
    for match in _NUMBER_RX.finditer(sentence):
        digits = match.group().replace(",", "")
        if _YEAR.match(digits):
            continue
        if any(a <= match.start() < b for a, b in days):
            continue
        if _AGE.match(sentence, max(0, match.start() - 40), match.end() + 1):
            continue
        return match.group()
    return None


def _year(sentence: str) -> str | None:
    for match in _NUMBER_RX.finditer(sentence):
        if _YEAR.match(match.group()):
            return match.group()
    return None


_TITLES = (
    r"Minister|President|Prime Minister|Premier|Chancellor|Secretary|Mayor|Councillor|"
    r"Governor|Senator|Congressman|Congresswoman|MP|MEP|Dr|Prof|Professor|Judge|Justice|"
    r"Sheriff|Commissioner|Chief Executive|Chief Constable|Inspector|Director|General|"
    r"Spokesperson|Spokesman|Spokeswoman|Chair|Chairman|Chairwoman|Ambassador|Bishop"
)
_ORGS = (
    r"Council|Ministry|Department|Agency|Office|Bank|University|Commission|Police|"
    r"Inc|Ltd|Corp|Party|Union|Authority|Board|Committee|Court|Parliament|Assembly|"
    r"Institute|Trust|Service|Government|Association|Federation|Foundation|Hospital|"
    r"Statistics|Congress|Senate|Cabinet|Group|Company"
)
_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’-]+"
_OFFICIAL = re.compile(
    r"\b(?:" + _TITLES + r")\.?\s+" + _CAP
    + r"|\b(?:the\s+)?(?:" + _CAP + r"\s+){0,3}(?:" + _ORGS + r")\b"
    + r"|\b[A-Z]{2,6}s?\b(?!['’]s\s+[a-z])"
    + r"|\b(?:minister|mayor|councillor|senator|governor|spokesperson|spokesman|spokeswoman|"
      r"officials?|authorities|government|police|ministry|council|regulator|watchdog)\b"
)
_NAME = re.compile(r"(?<!^)(?<![.!?]\s)\b" + _CAP + r"(?:\s+" + _CAP + r")+")
_NOT_NAMES = {"The", "A", "An", "In", "On", "At", "But", "And", "It", "This", "That"}


def _official(sentence: str) -> str | None:
    match = _OFFICIAL.search(sentence)
    if match and match.group().strip() not in ("I", "A", "OK", "TV"):
        return match.group().strip()
    for name in _NAME.finditer(sentence):
        words = name.group().split()
        if words[0] not in _NOT_NAMES and len(words) >= 2:
            return name.group()
    return None


_QUOTE = re.compile(r"[\"“”]([^\"“”]{12,})[\"“”]|(?:^|\s)[‘']([^‘’']{12,})[’'](?:\s|[,.]|$)")


def _quotation(sentence: str) -> str | None:
    match = _QUOTE.search(sentence)
    if not match:
        return None
    quoted = (match.group(1) or match.group(2)).strip()
    if len(quoted.split()) < 3:
        return None
    return quoted if len(quoted) <= 40 else quoted[:39] + "…"


_OPINION = (
    r"\b(?:I|we)\s(?:just\s|really\s)?(?:think|believe|feel|hope|love|hate|wish|want)\b|\bin\smy\s(?:view|opinion)\b|"
    r"\b(?:should|ought\sto|must)\b|\b(?:wonderful|terrible|beautiful|lovely|awful|"
    r"disgraceful|shameful|brilliant|delightful|charming|stunning|magnificent|sad|"
    r"heartbreaking|inspiring|exciting|fantastic|ridiculous|absurd)\b|\barguably\b|"
    r"\bperhaps\b|\blet['’]s\b|\bit\sis\stime\b"
)
_BOILERPLATE = (
    r"\b(?:subscribe|newsletter|click\shere|sign\sup|cookies?|follow\sus|read\smore|"
    r"share\sthis|all\srights\sreserved|contact\sthe\snewsroom|photograph:|image\scaption|"
    r"updated\s\d|copyright)\b"
)


def _question(sentence: str) -> str | None:
    stripped = sentence.rstrip(" \"'”’)")
    return "?" if stripped.endswith("?") else None


def _short(sentence: str) -> str | None:
    words = len(sentence.split())
    return translate("ClaimFinder", "%n word(s)", None, words) if words < 6 else None


RULES: tuple[Rule, ...] = (
    Rule("percentage", QT_TRANSLATE_NOOP("ClaimFinder", "a percentage"), 0.45, _rx(_PERCENT)),
    Rule("money", QT_TRANSLATE_NOOP("ClaimFinder", "an amount of money"), 0.45, _rx(_MONEY, 0)),
    Rule("figure", QT_TRANSLATE_NOOP("ClaimFinder", "a figure"),
         0.35, _quantity, unless=("percentage", "money")),
    Rule("count-words", QT_TRANSLATE_NOOP("ClaimFinder", "a quantity in words"),
         0.3, _rx(_COUNT_WORDS),
         unless=("percentage", "money", "figure")),
    Rule("year", QT_TRANSLATE_NOOP("ClaimFinder", "a year"),
         0.1, _year, unless=("percentage", "money", "figure")),
    Rule("comparison", QT_TRANSLATE_NOOP("ClaimFinder", "a comparison or superlative"), 0.3, _rx(
        r"\b(?:more|less|fewer|higher|lower|greater|bigger|smaller|larger|faster|slower|"
        r"cheaper|older|younger)\s(?:[\w-]+\s){0,3}?than\b|\bthe\s(?:most|least|largest|biggest|highest|lowest|"
        r"smallest|fastest|first|only|worst|best|oldest|youngest|longest|deadliest|"
        r"busiest|poorest|richest|top)\b|\brecord(?:-[a-z]+)?\b|\bever\b|\bsince\s\d{4}\b|"
        r"\bcompared\s(?:with|to)\b|\b(?:over|under|nearly|almost|about|around|roughly|"
        r"at\sleast|at\smost|up\sto)\s(?:\d|half|a\s(?:third|quarter|dozen))|\bunprecedented\b")),
    Rule("trend", QT_TRANSLATE_NOOP("ClaimFinder", "a change over time"), 0.25, _rx(
        r"\b(?:rose|risen|rise[sn]?|rising|fell|fallen|fall(?:s|ing)?|increased?|increases|"
        r"increasing|decreased?|decreasing|declined?|declining|dropped|drops?|grew|grown|"
        r"growing|doubled|halved|tripled|surged?|soared?|plunged?|plummeted|slumped|"
        r"jumped|climbed|shrank|cut|cuts|slashed|boosted|up\sfrom|down\sfrom)\b")),
    Rule("attribution", QT_TRANSLATE_NOOP("ClaimFinder", "an attributed statement"), 0.25, _rx(
        r"\b(?:said|says|told|stated|claimed|claims|announced|insisted|argued|argues|warned|"
        r"warns|admitted|denied|denies|confirmed|revealed|reported|estimated|estimates|"
        r"according\sto|found\sthat|showed\sthat|shows\sthat|"
        r"(?:survey|study|report|review|analysis|audit|inquiry|figures|data)\s"
        r"(?:found|finds|shows|showed|suggests|says))\b")),
    Rule("quotation", QT_TRANSLATE_NOOP("ClaimFinder", "a quotation"),
         0.15, _quotation, unless=("attribution",)),
    Rule("causal", QT_TRANSLATE_NOOP("ClaimFinder", "a cause or effect"), 0.4, _rx(
        r"\b(?:caused|causes|cause|because\sof|due\sto|led\sto|leads\sto|resulted\sin|"
        r"results\sin|blamed|responsible\sfor|linked\sto|thanks\sto|as\sa\sresult|"
        r"contributed\sto|triggered|prevented|reduced|saved)\b")),
    Rule("prediction", QT_TRANSLATE_NOOP("ClaimFinder", "a prediction or promise"), 0.2, _rx(
        r"\b(?:will|won['’]t|is\sexpected\sto|are\sexpected\sto|forecasts?|projected|"
        r"predicts?|predicted|plans\sto|is\sset\sto|are\sset\sto|by\s20\d\d)\b")),
    Rule("official", QT_TRANSLATE_NOOP("ClaimFinder", "a named official or institution"),
         0.2, _official),
    Rule("hedge", QT_TRANSLATE_NOOP("ClaimFinder", "a source hidden behind a hedge"), 0.3, _rx(
        r"\b(?:widely\sreported|officials\s(?:say|said)|experts\s(?:say|said|agree)|"
        r"sources\s(?:say|said)|it\sis\s(?:believed|understood|thought|claimed)|"
        r"some\s(?:say|claim)|critics\s(?:say|said)|many\speople|studies\s(?:show|have\sshown)|"
        r"research\s(?:shows|suggests)|reportedly|allegedly|is\ssaid\sto|are\ssaid\sto|"
        r"it\shas\sbeen\s(?:claimed|reported|suggested)|scientists\s(?:say|agree)|"
        r"everyone\sknows|it\sis\sa\sfact)\b")),
    Rule("legal-status", QT_TRANSLATE_NOOP("ClaimFinder", "a legal or official status"), 0.2, _rx(
        r"\b(?:illegal|unlawful|banned|approved|convicted|charged\swith|"
        r"voted\s(?:for|against)|passed|signed|vetoed|ruled|violat\w+|breach(?:ed)?|"
        r"fined|sentenced|arrested)\b")),
)

PENALTIES: tuple[Rule, ...] = (
    Rule("question", QT_TRANSLATE_NOOP("ClaimFinder", "a question"), -0.6, _question),
    Rule("opinion", QT_TRANSLATE_NOOP("ClaimFinder", "opinion or judgement"), -0.4, _rx(_OPINION)),
    Rule("boilerplate", QT_TRANSLATE_NOOP("ClaimFinder", "page furniture"),
         -0.8, _rx(_BOILERPLATE)),
    Rule("short", QT_TRANSLATE_NOOP("ClaimFinder", "too short to hold a claim"), -0.4, _short),
)
