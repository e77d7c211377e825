"""Claim finder on CheckThat! 2019 Task 1 (English): the lab's metrics on test/.

    .venv/bin/python -m benchmarks.checkthat [--data DIR] [--json]

The data: political debates, speeches and press conferences, one sentence a
line (`line_number<TAB>speaker<TAB>text<TAB>label`), label 1 when factcheck.org
checked the sentence. 16 training documents, 7 test documents, from the
CLEF-2019 CheckThat! lab (free for general research use; it is not copied into
this repository). By default it is read from `../shared/data/checkthat2019`
beside the checkout; `--data` or $CHECKTHAT_DATA points elsewhere.

Each test document is imported as a transcript (the TSV importer: turns and
speakers kept), the claim finder scores every sentence (`suggest` with
min_score 0) and each labelled line takes the best score of the sentences over
it. Lines are ranked by that score (ties: document order) and measured per
document with the lab's metrics (average precision, R-precision, precision at
1/3/5/10/20/50, reciprocal rank), then averaged. Beside the finder, in the same
run: the rules alone (how main ranked before the model: lines as plain
paragraphs), a random ranking (mean of 20 seeds), and a TF-IDF word 1-3-gram
linear SVM trained on training/ (scikit-learn; skipped when not installed).
The news set of suggest_quality (tests/data/checkworthy.tsv) is reported too.
Nothing here is tuned on test/.
"""

from __future__ import annotations

import argparse
import bisect
import json
import os
import random
import statistics
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks.harness import Context, Result, median_time
from factcheck_gui.core.suggest import suggest
from factcheck_gui.io.transcript_import import read_transcript

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = Path(os.environ.get("CHECKTHAT_DATA")
                    or ROOT.parent / "shared" / "data" / "checkthat2019")
CUTOFFS = (1, 3, 5, 10, 20, 50)
METRICS = ("MAP", "R-Prec", *(f"P@{k}" for k in CUTOFFS), "RR")
RANDOM_SEEDS = 20


@dataclass(frozen=True)
class Line:
    speaker: str
    text: str
    label: int


def load_document(path: Path) -> list[Line]:
    lines = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        cells = raw.rstrip("\r").split("\t")
        if len(cells) == 4 and cells[2].strip():
            lines.append(Line(" ".join(cells[1].split()), cells[2].strip(), int(cells[3])))
    return lines


def documents(data: Path, split: str) -> dict[str, Path]:
    return {p.stem: p for p in sorted((data / split).glob("*.tsv"))}


# -- the lab's metrics -------------------------------------------------------------

def measures(ranked_labels: list[int]) -> dict[str, float]:
    """MAP (average precision), R-precision, P@k and reciprocal rank of one ranking."""
    relevant = sum(ranked_labels)
    hits, precision_sum, first = 0, 0.0, 0
    for rank, label in enumerate(ranked_labels, start=1):
        if label:
            hits += 1
            precision_sum += hits / rank
            first = first or rank
    result = {"MAP": precision_sum / relevant if relevant else 0.0,
              "R-Prec": sum(ranked_labels[:relevant]) / relevant if relevant else 0.0}
    for k in CUTOFFS:
        result[f"P@{k}"] = sum(ranked_labels[:k]) / k
    result["RR"] = 1 / first if first else 0.0
    return result


def rank(lines: list[Line], scores: list[float]) -> list[int]:
    order = sorted(range(len(lines)), key=lambda i: (-scores[i], i))
    return [lines[i].label for i in order]


def mean(per_doc: dict[str, dict[str, float]]) -> dict[str, float]:
    return {m: statistics.fmean(d[m] for d in per_doc.values()) for m in METRICS}


# -- the rankers -------------------------------------------------------------------

def _line_scores(text: str, lines: list[Line], found: list) -> list[float]:
    """Each line's best sentence score; lines are found in order in `text`."""
    spans, cursor = [], 0
    for line in lines:
        words = " ".join(line.text.split())
        at = text.find(words, cursor)
        if at < 0:
            spans.append((cursor, cursor))
            continue
        spans.append((at, at + len(words)))
        cursor = at + len(words)
    found = sorted(found, key=lambda s: s.start)
    starts = [s.start for s in found]
    scores = []
    for start, end in spans:
        best = 0.0
        i = max(0, bisect.bisect_right(starts, start) - 1)
        while i < len(found) and found[i].start < end:
            if found[i].end > start:
                best = max(best, found[i].score)
            i += 1
        scores.append(best)
    return scores


def finder_scores(path: Path, lines: list[Line]) -> list[float]:
    """The claim finder on the document imported as a transcript."""
    article = read_transcript(path.name, path.read_bytes())
    found = suggest(article.text, turns=article.turns, min_score=0)
    return _line_scores(article.text, lines, found)


def rules_scores(path: Path, lines: list[Line]) -> list[float]:
    """The rules alone, one line a paragraph, no speakers."""
    text = "\n\n".join(" ".join(line.text.split()) for line in lines)
    return _line_scores(text, lines, suggest(text, turns=(), min_score=0))


def svm_ranker(data: Path) -> Callable[[Path, list[Line]], list[float]] | None:
    """A TF-IDF word 1-3-gram linear SVM trained on training/ (None without scikit-learn)."""
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.svm import LinearSVC
    except ImportError:
        return None
    train = [line for p in documents(data, "training").values() for line in load_document(p)]
    vectorizer = TfidfVectorizer(ngram_range=(1, 3), sublinear_tf=True)
    features = vectorizer.fit_transform([line.text for line in train])
    model = LinearSVC(C=1.0, class_weight="balanced").fit(features, [x.label for x in train])

    def scores(_path: Path, lines: list[Line]) -> list[float]:
        return list(model.decision_function(vectorizer.transform([x.text for x in lines])))

    return scores


def random_measures(lines: list[Line]) -> dict[str, float]:
    runs = []
    for seed in range(RANDOM_SEEDS):
        rng = random.Random(seed)
        runs.append(measures(rank(lines, [rng.random() for _ in lines])))
    return {m: statistics.fmean(r[m] for r in runs) for m in METRICS}


def evaluate(data: Path = DEFAULT_DATA, split: str = "test") -> dict[str, dict]:
    """{system: {"per_document": {doc: measures}, "mean": measures}}."""
    docs = {name: (path, load_document(path)) for name, path in documents(data, split).items()}
    if not docs:
        raise FileNotFoundError(f"no {split}/*.tsv under {data}")
    systems: dict[str, Callable[[Path, list[Line]], list[float]] | None] = {
        "claim finder": finder_scores, "rules only": rules_scores,
        "TF-IDF SVM": svm_ranker(data)}
    report: dict[str, dict] = {}
    for name, scorer in systems.items():
        if scorer is None:
            continue
        per_doc = {doc: measures(rank(lines, scorer(path, lines)))
                   for doc, (path, lines) in docs.items()}
        report[name] = {"per_document": per_doc, "mean": mean(per_doc)}
    per_doc = {doc: random_measures(lines) for doc, (_, lines) in docs.items()}
    report["random"] = {"per_document": per_doc, "mean": mean(per_doc)}
    return report


def news() -> dict[str, float]:
    """The rules on the news sentences (test half), as suggest_quality reports them."""
    from benchmarks.suggest_quality import load, quality

    return quality([i for i in load() if i.split == "test"])


# -- in the benchmark table (python -m benchmarks) --------------------------------------

def transcript_speed(ctx: Context) -> Result:
    """suggest() on a ~50 KB transcript (the learned ranker) against a ~50 KB
    article of the same sentences (the rules), both in this run."""
    from benchmarks.suggest_quality import article_text, load, transcript_text

    items = load()
    article, transcript = article_text(items), transcript_text(items)
    suggest(article[:2000])
    suggest(transcript[:3000])  # loads the model once
    repeats = max(3, ctx.sizes.repeats)
    t_ours = median_time(lambda: suggest(transcript), repeats)
    t_floor = median_time(lambda: suggest(article), repeats)
    return Result("suggestions for a 50 KB transcript (learned ranker)", t_ours, "s", t_floor,
                  "50 KB article, rules", "<= 1.5x", t_ours <= 1.5 * t_floor)


def checkthat_map(ctx: Context) -> list[Result]:
    """Mean average precision on CheckThat! 2019 test/ (full mode, when the data is there)."""
    if ctx.quick or not documents(DEFAULT_DATA, "test"):
        return []
    report = evaluate(DEFAULT_DATA)
    ours = report["claim finder"]["mean"]["MAP"] * 100
    svm = report.get("TF-IDF SVM")
    floor = svm["mean"]["MAP"] * 100 if svm else None
    return [Result("CheckThat! 2019 test, mean average precision x100", ours, "", floor,
                   "TF-IDF SVM trained in the same run" if svm else "", ">= 20",
                   ours >= 20, note=f"rules only {report['rules only']['mean']['MAP']:.3f}, "
                                    f"random {report['random']['mean']['MAP']:.3f}")]


SCENARIOS = [transcript_speed, checkthat_map]


def format_report(report: dict[str, dict]) -> str:
    head = "| system | " + " | ".join(METRICS) + " |"
    rows = [head, "|" + "---|" * (len(METRICS) + 1)]
    for name, result in report.items():
        rows.append(f"| {name} | " + " | ".join(f"{result['mean'][m]:.3f}" for m in METRICS)
                    + " |")
    finder = report.get("claim finder")
    if finder:
        rows += ["", "| claim finder, per document | MAP | R-Prec | P@10 |", "|---|---|---|---|"]
        for doc, m in finder["per_document"].items():
            rows.append(f"| {doc} | {m['MAP']:.3f} | {m['R-Prec']:.3f} | {m['P@10']:.2f} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    try:
        report = evaluate(args.data)
    except FileNotFoundError as error:
        print(f"checkthat: {error}", file=sys.stderr)
        return 2
    news_quality = news()
    if args.json:
        json.dump({"checkthat_test": report, "news_test_half": news_quality}, sys.stdout,
                  indent=2)
        print()
        return 0
    print(f"CheckThat! 2019 test/ ({args.data}), mean over documents:\n")
    print(format_report(report))
    print(f"\nnews set (test half, rules): precision {news_quality['precision']:.2f}, "
          f"recall {news_quality['recall']:.2f}, P@10 {news_quality['precision_at_10']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
