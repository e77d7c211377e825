"""Generated test data: a big library and a long article with many claims.

The library is stored through the store's bulk path (`store.bulk.load`: every
row as given, in one transaction, without a history event per row), so that the
schema, triggers, indexes and scale are the app's own. That is scaffolding for
speed: the operations the benchmarks measure go through the real store and
exporters.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from factcheck_gui.core.models import (
    AnchorState,
    Article,
    ArticleVersion,
    Claim,
    Provenance,
    Source,
    Stance,
    Status,
)
from factcheck_gui.core.store import Store

_PROSE = """
council budget fares bus rail harbour tax rate jobs wages housing rent school
hospital waiting list police crime figures percent million billion rise fall
minister mayor report survey data year month week record highest lowest since
average median spending cuts deficit growth inflation energy prices water
climate emissions target plan promise election vote turnout poll majority
immigration border trade exports imports factory farm wheat fuel diesel
electric cars roads bridge tunnel port airport flights passengers tourists
"""
WORDS = _PROSE.split()
VERDICTS = ("True", "Mostly true", "Misleading", "Mostly false", "False", "Unverifiable", None)
STATUSES = ("to-check", "in-progress", "needs-review", "final", "published")
NOW = "2026-11-01T12:00:00Z"


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 16))]
    words.insert(rng.randrange(len(words)), f"{rng.randint(2, 99)}.{rng.randint(0, 9)}%")
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def make_article_text(size: int, seed: int = 1) -> str:
    """About `size` characters of news-like prose in paragraphs."""
    rng = random.Random(seed)
    parts, length = [], 0
    while length < size:
        para = " ".join(sentence(rng) for _ in range(rng.randint(2, 5)))
        parts.append(para)
        length += len(para) + 2
    return "\n\n".join(parts)[:size].rstrip() + "."


def claim_spans(text: str, count: int, seed: int = 2) -> list[tuple[int, int]]:
    """`count` spans over words of `text`, about one in ten overlapping another."""
    rng = random.Random(seed)
    spans = []
    step = max(1, len(text) // count)
    for i in range(count):
        start = min(i * step + rng.randrange(0, max(1, step // 2)), len(text) - 2)
        length = rng.randint(20, 120) if i % 10 else step + rng.randint(10, 60)
        spans.append((start, min(len(text), start + length)))
    return spans


def _uuid(rng: random.Random) -> str:
    """Like the store's new_id(), but reproducible."""
    return str(uuid.UUID(int=rng.getrandbits(128)))


def _library_rows(articles: int, claims_per_article: int, sources_per_claim: int,
                  seed: int) -> Iterator[tuple[Article, ArticleVersion, list[Claim],
                                               list[Source]]]:
    """Each generated article with its version, claims and sources (reproducible)."""
    rng = random.Random(seed)
    pool = [sentence(rng) for _ in range(4000)]
    for number in range(articles):
        aid, vid = _uuid(rng), _uuid(rng)
        sentences = [rng.choice(pool) for _ in range(claims_per_article + 8)]
        text = " ".join(sentences)
        stamp = f"2026-{1 + number % 12:02d}-{1 + number % 28:02d}T08:{number % 60:02d}:00Z"
        title = " ".join(rng.choice(WORDS) for _ in range(6)).capitalize()
        article = Article(aid, title, f"Outlet {number % 40}", "A. Writer",
                          f"https://news.example/{number}", stamp[:10], "en", stamp,
                          Provenance(extractor="bench"), vid, stamp)
        version = ArticleVersion(vid, aid, 1, text, hashlib.sha256(text.encode()).hexdigest(),
                                 stamp)
        offsets, pos = [], 0
        for s in sentences:
            offsets.append((pos, pos + len(s)))
            pos += len(s) + 1
        claims, sources = [], []
        for start, end in rng.sample(offsets, claims_per_article):
            cid = _uuid(rng)
            quote = text[start:end]
            claims.append(Claim(
                cid, aid, vid, start, end, quote, text[max(0, start - 32):start],
                text[end:end + 32], AnchorState.OK, quote, "A spokesperson",
                rng.choice(VERDICTS), "Checked against the official figures.",
                Status(rng.choice(STATUSES)), "bench", stamp, stamp))
            for position in range(sources_per_claim):
                sid = _uuid(rng)
                sources.append(Source(sid, cid, position, f"https://stats.example/{sid[:8]}",
                                      "Official statistics", "Statistics office",
                                      "2026-01-01", "2026-11-01", Stance.SUPPORTS, None,
                                      stamp, stamp))
        yield article, version, claims, sources


def make_library(path: Path, articles: int, claims_per_article: int,
                 sources_per_claim: int, seed: int = 3) -> None:
    """A library of `articles` articles, each with claims and sources, at `path`.

    Generated once and stored in chunks of `_CHUNK` articles (one transaction
    each), so memory stays bounded at a million claims and two million sources
    (as objects all at once they would take gigabytes) without generating every
    row again per table."""
    rows = _library_rows(articles, claims_per_article, sources_per_claim, seed)
    with Store.open(path, reviewer="bench") as store:
        while chunk := list(islice(rows, _CHUNK)):
            store.bulk.load(articles=[a for a, _v, _c, _s in chunk],
                            versions=[v for _a, v, _c, _s in chunk],
                            claims=[c for _a, _v, cs, _s in chunk for c in cs],
                            sources=[s for _a, _v, _c, ss in chunk for s in ss])
        store.bulk.analyze()


_CHUNK = 1000
