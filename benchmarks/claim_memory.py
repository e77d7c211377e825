"""Claim memory: is the paraphrase the first hit, and how fast is the answer?

    .venv/bin/python -m benchmarks.claim_memory [--claims 200000] [--json]

Quality: every "original" and "distractor" of tests/data/paraphrases.tsv is
stored as a claim; each "paraphrase" is the query; we count how often its own
original is the first hit (and among the first three). Measured twice: with the
evaluation claims alone, and hidden among a generated library of --claims
claims on the same topics (names, places, figures), which is also where speed
is measured: median time of `similar_to_text` (a free-text query) and of
`similar_claims` (a stored claim). The library is stored through the store's bulk
path for speed; every measurement goes through the real store methods.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from factcheck_gui.core.clock import new_id, utc_now
from factcheck_gui.core.models import (
    AnchorState,
    Article,
    ArticleVersion,
    Claim,
    NewArticle,
    Provenance,
    Status,
)
from factcheck_gui.core.similar import similar_claims, similar_to_text
from factcheck_gui.core.store import Store

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "paraphrases.tsv"

SUBJECTS = [
    "Unemployment", "Bus fares", "Train fares", "Rents", "House prices", "Food prices",
    "Energy bills", "Knife crime", "Burglaries", "Hospital waiting times", "Pass rates",
    "Teacher vacancies", "Nurse vacancies", "Turnout", "Food bank use", "Council tax",
    "Passenger numbers", "Vaccination rates", "Measles cases", "Flood damage", "Homelessness",
    "Online fraud", "Broadband speeds", "Child poverty", "Wages", "Inflation", "Police numbers",
    "School funding", "Road deaths", "Air pollution", "Recycling rates", "Tourist numbers",
]
PLACES = [
    "Harbourside", "Eastport", "Northfield", "the region", "the county", "the city",
    "the valley", "Westbridge", "Kingsmere", "the borough", "the capital", "Southmoor",
]
VERBS = ["rose by", "fell by", "rose to", "fell to", "doubled to", "reached", "dropped by",
         "increased by", "were cut by", "grew by", "stayed at", "halved to"]
PERIODS = ["last year", "in the year to March", "since 2019", "in the third quarter",
           "over a decade", "this summer", "since 2015", "in January", "in five years",
           "compared with 2020"]
UNITS = ["%", " per cent", "", " million", "m", " a week", " a year"]
SPEAKERS = ["the council said", "the minister claimed", "according to the report",
            "officials say", "the mayor said", "a survey found", "", "", ""]


def load_pairs(path: Path = DATA) -> list[tuple[str, str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            group, kind, text = line.split("\t")
            rows.append((group, kind, text))
    return rows


def generated_claims(count: int, seed: int = 9) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        figure = rng.choice([str(rng.randint(2, 99)), f"{rng.randint(1, 40)}.{rng.randint(0, 9)}",
                             f"{rng.randint(1, 900):,}"])
        unit = rng.choice(UNITS)
        if rng.random() < 0.3:
            figure, unit = "£" + figure, rng.choice(["", " million", "m", " a week"])
        text = (f"{rng.choice(SUBJECTS)} in {rng.choice(PLACES)} {rng.choice(VERBS)} "
                f"{figure}{unit} {rng.choice(PERIODS)}")
        speaker = rng.choice(SPEAKERS)
        out.append(f"{text}, {speaker}." if speaker else f"{text}.")
    return out


def build_library(path: Path, texts: list[str], per_article: int = 100) -> dict[str, str]:
    """Write `texts` as claims (one per sentence of generated articles); returns
    {claim text: claim id}."""
    now = utc_now()
    ids: dict[str, str] = {}
    articles, versions, claims = [], [], []
    for first in range(0, len(texts), per_article):
        batch = texts[first:first + per_article]
        article_id, version_id = new_id(), new_id()
        body, spans, offset = [], [], 0
        for text in batch:
            spans.append((offset, offset + len(text), text))
            body.append(text)
            offset += len(text) + 1
        joined = " ".join(body)
        articles.append(Article(article_id, f"Generated article {first // per_article + 1}",
                                None, None, None, f"2026-{1 + first % 12:02d}-15", None, now,
                                Provenance(), version_id, now))
        versions.append(ArticleVersion(version_id, article_id, 1, joined, "", now))
        for start, end, text in spans:
            claim_id = new_id()
            ids[text] = claim_id
            claims.append(Claim(claim_id, article_id, version_id, start, end, text, "", "",
                                AnchorState.OK, text, None,
                                random.choice(["True", "False", "Misleading", None]), None,
                                Status.TO_CHECK, None, now, now))
    with Store.open(path, reviewer="bench") as store:
        store.bulk.load(articles=articles, versions=versions, claims=claims)
    return ids


def evaluate(store: Store, pairs: list[tuple[str, str, str]], ids: dict[str, str]) -> dict:
    originals = {g: ids[t] for g, k, t in pairs if k == "original"}
    first = top3 = 0
    times = []
    misses = []
    for group, kind, text in pairs:
        if kind != "paraphrase":
            continue
        started = time.perf_counter()
        hits = similar_to_text(store, text, limit=3, min_score=0.0)
        times.append(time.perf_counter() - started)
        hit_ids = [h.claim_id for h in hits]
        first += bool(hit_ids) and hit_ids[0] == originals[group]
        top3 += originals[group] in hit_ids
        if not hit_ids or hit_ids[0] != originals[group]:
            misses.append((group, text, hits[0].claim_text if hits else None))
    n = len(originals)
    return {"queries": n, "first_hit": first / n, "in_top3": top3 / n,
            "median_ms": statistics.median(times) * 1000, "max_ms": max(times) * 1000,
            "misses": misses}


def run(claims: int, folder: Path) -> dict:
    pairs = load_pairs()
    stored = [t for _, k, t in pairs if k != "paraphrase"]
    small = folder / "small.db"
    small_ids = build_library(small, stored)
    with Store.open(small) as store:
        alone = evaluate(store, pairs, small_ids)

    big = folder / "big.db"
    texts = generated_claims(max(0, claims - len(stored)))
    mixed = texts + stored
    random.Random(1).shuffle(mixed)
    started = time.perf_counter()
    big_ids = build_library(big, mixed)
    built = time.perf_counter() - started
    with Store.open(big) as store:
        store.articles.add_article(NewArticle(title="warm-up", text="warm up"))
        similar_to_text(store, "warm up the cache")
        among = evaluate(store, pairs, big_ids)
        sample = random.Random(2).sample(sorted(big_ids.values()), 50)
        times = []
        for claim_id in sample:
            started = time.perf_counter()
            similar_claims(store, claim_id)
            times.append(time.perf_counter() - started)
    return {"claims": len(mixed), "build_seconds": built, "alone": alone, "in_library": among,
            "similar_claims_median_ms": statistics.median(times) * 1000,
            "similar_claims_max_ms": max(times) * 1000}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=200_000)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        report = run(args.claims, Path(folder))
    if args.json:
        json.dump(report, sys.stdout, indent=2, default=str)
        print()
        return 0
    a, b = report["alone"], report["in_library"]
    print(f"paraphrase is first hit: {a['first_hit']:.0%} of {a['queries']} with the evaluation "
          f"claims alone, {b['first_hit']:.0%} among {report['claims']:,} claims "
          f"(top 3: {a['in_top3']:.0%} / {b['in_top3']:.0%})")
    print(f"free-text query on {report['claims']:,} claims: median {b['median_ms']:.1f} ms, "
          f"max {b['max_ms']:.1f} ms")
    print(f"similar CLAIM on {report['claims']:,} claims: median "
          f"{report['similar_claims_median_ms']:.1f} ms, max "
          f"{report['similar_claims_max_ms']:.1f} ms (library built in "
          f"{report['build_seconds']:.1f} s)")
    if args.misses:
        for label, result in (("alone", a), ("library", b)):
            for group, text, got in result["misses"]:
                print(f"  [{label}] {group}: {text!r} -> {got!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
