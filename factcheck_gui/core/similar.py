"""Claim memory: earlier claims that say the same or nearly the same thing.

Two steps. The store's full-text index offers candidates that share any
significant word (bm25, OR of the words and their common inflections, so
"dropped" finds "drops"). Then each candidate is scored by fuzzy similarity of the
normalised texts (rapidfuzz token_set_ratio and token_sort_ratio): case,
accents and punctuation are dropped, "18 per cent" and "18%" both become
"18 percent", "£4.2m" becomes "4.2 million pounds", "twelve" becomes "12".
Claims whose figures disagree (both have numbers, none shared) lose a fifth of
their score: "fell to 3.9%" and "rose to 5.2%" share words, not a claim.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck_gui.core.models import ClaimCandidate

if TYPE_CHECKING:
    from factcheck_gui.core.store import Store

CANDIDATES = 60
DEFAULT_MIN_SCORE = 0.45
NUMBER_MISMATCH = 0.8


@dataclass(frozen=True, slots=True)
class SimilarClaim:
    claim_id: str
    score: float  # 0..1
    claim_text: str
    quote: str
    verdict: str | None
    status: str
    article_id: str
    article_title: str
    article_published: str | None
    created_at: str


def similar_claims(store: Store, claim_id: str, *, limit: int = 10,
                   min_score: float = DEFAULT_MIN_SCORE) -> list[SimilarClaim]:
    """Other claims like claim `claim_id` (which is never among them), best first."""
    claim = store.claims.get_claim(claim_id)
    return similar_to_text(store, claim.claim_text or claim.quote, exclude_id=claim_id,
                           limit=limit, min_score=min_score)


def similar_to_text(store: Store, text: str, *, exclude_id: str | None = None,
                    limit: int = 10, min_score: float = DEFAULT_MIN_SCORE) -> list[SimilarClaim]:
    """Claims like the free text `text` (a claim, or a "find claims" query); never
    claims of articles the store's reviewer is reviewing blind."""
    from rapidfuzz import fuzz  # lazy: only claim memory needs it

    query = normalise(text)
    words = search_words(query)
    if not words:
        return []
    candidates = store.memory.candidate_claims(words, limit=CANDIDATES, exclude_id=exclude_id)
    query_numbers = _numbers(query)
    blind = store.reviews.blind_articles(store.reviewer)
    found = []
    for candidate in candidates:
        if candidate.article_id in blind:
            continue
        other = normalise(candidate.claim_text or candidate.quote)
        score = _score(fuzz, query, other, query_numbers)
        if score >= min_score:
            found.append(_result(candidate, score))
    found.sort(key=lambda s: (-s.score, s.created_at))
    return found[:limit]


def _score(fuzz, query: str, other: str, query_numbers: set[str]) -> float:
    a, b = _content(query), _content(other)
    score = (0.5 * fuzz.token_set_ratio(a, b) + 0.5 * fuzz.token_sort_ratio(a, b)) / 100
    other_numbers = _numbers(other)
    if query_numbers and other_numbers and not query_numbers & other_numbers:
        score *= NUMBER_MISMATCH
    return round(score, 3)


def _result(candidate: ClaimCandidate, score: float) -> SimilarClaim:
    return SimilarClaim(
        claim_id=candidate.claim_id, score=score, claim_text=candidate.claim_text,
        quote=candidate.quote, verdict=candidate.verdict, status=candidate.status.value,
        article_id=candidate.article_id, article_title=candidate.article_title,
        article_published=candidate.article_published, created_at=candidate.created_at,
    )


# -- normalisation -------------------------------------------------------------------

_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
    "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "hundred": "100",
    "dozen": "12", "half": "50 percent", "quarter": "25 percent", "twice": "double",
}
_CURRENCY = {"£": "pounds", "$": "dollars", "€": "euros", "¥": "yen"}
_SCALE = {"bn": "billion", "m": "million", "k": "thousand", "tn": "trillion"}
_STOPWORD_TEXT = (
    "a an the of in on at to for by with from and or but is are was were be been being has "
    "have had it its this that these those as than then there their they them which who "
    "whom what when where while into over under about after before since up down out so "
    "not no now also just only very more most some any all each per cent our we you he "
    "she his her him i my me do does did will would can could should may might must"
)
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_MONEY = re.compile(r"([£$€¥])\s?(\d[\d,]*(?:\.\d+)?)\s?(bn|tn|m|k)?\b", re.IGNORECASE)
_SCALED = re.compile(r"\b(\d[\d,]*(?:\.\d+)?)\s?(bn|tn|m|k)\b", re.IGNORECASE)
_PERCENT = re.compile(r"(\d)\s?(?:%|per\s?cent\b|percent\b)", re.IGNORECASE)
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_PUNCT = re.compile(r"(?:(?<!\d)\.|\.(?!\d)|[^\w\s.])+")
_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")


def normalise(text: str) -> str:
    """Lower case, no accents or punctuation, figures written one way."""
    text = unicodedata.normalize("NFKC", text)
    text = _THOUSANDS.sub("", text)
    text = _MONEY.sub(lambda m: f"{m[2]} {_SCALE.get((m[3] or '').lower(), '')} "
                                f"{_CURRENCY[m[1]]}", text)
    text = _SCALED.sub(lambda m: f"{m[1]} {_SCALE[m[2].lower()]}", text)
    text = _PERCENT.sub(r"\1 percent", text)
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text.casefold())
                   if not unicodedata.combining(ch))
    text = _PUNCT.sub(" ", text.replace("'s ", " ").replace("’s ", " "))
    words = [_NUMBER_WORDS.get(word, word) for word in text.split()]
    return " ".join(words)


def _content(normalised: str) -> str:
    return " ".join(w for w in normalised.split() if w not in _STOPWORDS)


def _numbers(normalised: str) -> set[str]:
    return {w for w in normalised.split() if _NUMBER.match(w)}


def search_words(normalised: str, *, most: int = 8) -> list[str]:
    """The significant words to look up, each with its common inflections
    ("dropped" -> drop, drops, dropped, dropping...). Explicit words, not FTS
    prefix queries: a prefix query merges every matching term's list and was ten
    times slower on the 200,000-claim library."""
    seen: dict[str, None] = {}
    for word in normalised.split():
        if word in _STOPWORDS or (len(word) < 3 and not word.isdigit()):
            continue
        seen.setdefault(word, None)
    # Figures and longer words are rarer and say more; a short query is fast.
    chosen = sorted(seen, key=lambda w: (not w[0].isdigit(), -len(w)))[:most]
    words: dict[str, None] = {}
    for word in chosen:
        for variant in _variants(word):
            words.setdefault(variant, None)
    return list(words)


_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ers",
             "ed", "es", "er", "ly", "s")
_ENDINGS = ("", "s", "es", "ed", "ing", "e")


def _variants(word: str) -> list[str]:
    if not word.isalpha() or len(word) <= 3:
        return [word]
    root = word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            root = word[: -len(suffix)]
            break
    if root.endswith("i"):
        root = root[:-1] + "y"
    roots = [root]
    if len(root) > 3 and root[-1] == root[-2]:  # dropped -> dropp -> drop
        roots.append(root[:-1])
    if root.endswith("y"):
        roots.append(root[:-1] + "i")
    out = [word]
    for base in roots:
        out.extend(base + ending for ending in _ENDINGS)
    return list(dict.fromkeys(out))

