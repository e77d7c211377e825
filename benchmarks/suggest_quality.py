"""Claim finder: quality on the labelled sentences, and speed on a 50 KB article.

    .venv/bin/python -m benchmarks.suggest_quality [--split test|tune] [--sweep] [--json]

Quality is measured sentence by sentence on tests/data/checkworthy.tsv. The rules
were tuned on the "tune" half only; the numbers to quote are the "test" half's.
Speed is the median of several `suggest()` calls on a ~50 KB article assembled
from the same sentences (segmentation + scoring, after a warm-up call that pays
for pysbd's import); the same for a ~50 KB transcript (speaker-labelled
turns), which the learned ranker scores.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from factcheck_gui.core.suggest import DEFAULT_MIN_SCORE, score_sentence, suggest

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "checkworthy.tsv"


@dataclass(frozen=True)
class Item:
    label: int
    sentence: str
    split: str
    article: str


def load(path: Path = DATA) -> list[Item]:
    items, article = [], ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# --- article"):
            article = line.split()[3].rstrip(":")
        if not line.strip() or line.startswith("#"):
            continue
        label, sentence, split = line.split("\t")
        items.append(Item(int(label), sentence, split, article))
    return items


def quality(items: list[Item], threshold: float = DEFAULT_MIN_SCORE) -> dict[str, float]:
    scored = sorted(((score_sentence(i.sentence)[0], i) for i in items),
                    key=lambda pair: -pair[0])
    positives = sum(i.label for i in items)
    chosen = [i for s, i in scored if s >= threshold]
    hits = sum(i.label for i in chosen)
    precision = hits / len(chosen) if chosen else 0.0
    recall = hits / positives if positives else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    result = {"sentences": len(items), "check_worthy": positives, "threshold": threshold,
              "suggested": len(chosen), "precision": precision, "recall": recall, "f1": f1}
    for k in (10, 20):
        result[f"precision_at_{k}"] = sum(i.label for _, i in scored[:k]) / k
    # Per article: are the top 3 suggestions of each text check-worthy?
    per_article: dict[str, list[tuple[float, Item]]] = {}
    for s, i in scored:
        per_article.setdefault(i.article, []).append((s, i))
    tops = [i.label for pairs in per_article.values() for _, i in pairs[:3]]
    result["precision_top3_per_article"] = sum(tops) / len(tops) if tops else 0.0
    return result


def article_text(items: list[Item], size: int = 50_000) -> str:
    paragraphs, current = [], []
    for index, item in enumerate(items):
        current.append(item.sentence)
        if index % 4 == 3:
            paragraphs.append(" ".join(current))
            current = []
    block = "\n\n".join(paragraphs) + "\n\n"
    return (block * (size // len(block) + 1))[:size]


def transcript_text(items: list[Item], size: int = 50_000) -> str:
    """A ~`size` transcript of the same sentences: a moderator's question, then
    two or three sentences of one of two speakers, turn after turn."""
    turns, speakers = [], ("MODERATOR", "SMITH", "JONES")
    for index in range(0, len(items), 3):
        said = " ".join(i.sentence for i in items[index:index + 3])
        turns.append(f"{speakers[1 + (index // 3) % 2]}: {said}")
        if index % 9 == 0:
            turns.append(f"{speakers[0]}: What do you say to that?")
    block = "\n\n".join(turns) + "\n\n"
    text = (block * (size // len(block) + 1))[:size]
    return text[:text.rfind("\n\n")]


def speed(text: str, runs: int = 7) -> dict[str, float]:
    suggest(text[:2000])  # warm-up: imports pysbd, compiles its rules
    times, count = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        count = len(suggest(text))
        times.append(time.perf_counter() - started)
    return {"chars": len(text), "suggestions": count,
            "median_ms": statistics.median(times) * 1000, "max_ms": max(times) * 1000}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("test", "tune", "all"), default="test")
    parser.add_argument("--sweep", action="store_true", help="precision/recall per threshold")
    parser.add_argument("--misses", action="store_true", help="list wrong decisions")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    items = load()
    chosen = [i for i in items if args.split == "all" or i.split == args.split]
    report = {"split": args.split, "quality": quality(chosen),
              "speed_50kb": speed(article_text(items)),
              "speed_50kb_transcript": speed(transcript_text(items))}
    if args.json:
        json.dump(report, sys.stdout, indent=2)
        print()
        return 0
    q, s = report["quality"], report["speed_50kb"]
    print(f"{args.split} half: {q['sentences']} sentences, {q['check_worthy']} check-worthy")
    print(f"  threshold {q['threshold']}: suggested {q['suggested']}, precision "
          f"{q['precision']:.2f}, recall {q['recall']:.2f}, F1 {q['f1']:.2f}")
    print(f"  precision@10 {q['precision_at_10']:.2f}, precision@20 {q['precision_at_20']:.2f},"
          f" top 3 per article {q['precision_top3_per_article']:.2f}")
    for what, timing in (("article", s), ("transcript", report["speed_50kb_transcript"])):
        print(f"speed ({what}): {timing['chars']} chars -> {timing['suggestions']} suggestions, "
              f"median {timing['median_ms']:.0f} ms (max {timing['max_ms']:.0f} ms)")
    if args.sweep:
        for step in range(1, 10):
            t = step / 10
            r = quality(chosen, t)
            print(f"  >= {t:.1f}: P {r['precision']:.2f} R {r['recall']:.2f} F1 {r['f1']:.2f}")
    if args.misses:
        for item in chosen:
            score, reasons = score_sentence(item.sentence)
            if (score >= DEFAULT_MIN_SCORE) != bool(item.label):
                print(f"{item.label} {score:.2f} {item.sentence}  [{'; '.join(map(str, reasons))}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
