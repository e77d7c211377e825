"""Train the claim finder's transcript ranker on CheckThat! 2019 training/ only.

    .venv/bin/python -m pip install scikit-learn     # or: pip install -e .[train]
    .venv/bin/python -m benchmarks.train_ranker [--data DIR] [--out FILE] [--cv]

Writes resources/finder/ranker.json (the app reads it with pure Python; no
scikit-learn at run time). The features are `core.suggest_model.feature_rows`,
the very code the app runs. The model: L2-regularised logistic regression
(scikit-learn, lbfgs) with balanced class weights. `--cv` first reports a
4-fold leave-documents-out cross-validation on training/ (how the settings
below were chosen; test/ is for benchmarks.checkthat only). A few seconds on
one core.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import statistics
import sys
from collections import Counter
from pathlib import Path

from benchmarks.checkthat import DEFAULT_DATA, ROOT, Line, documents, load_document, measures
from factcheck_gui.core.suggest import score_sentence
from factcheck_gui.core.suggest_model import FORMAT, DocSentence, Ranker, feature_rows, ngrams

OUT = ROOT / "resources" / "finder" / "ranker.json"
SETTINGS = {
    "ngram_max": 3,         # word 1- to 3-grams
    "min_df": 2,            # n-grams seen in at least two training sentences
    "context_weight": 0.3,  # neighbours' n-grams count this much of a sentence's own
    "dense_weight": 0.3,    # rules, length, role, turn features scaled to the n-grams
    "C": 1.0,               # inverse regularisation strength (CV: 0.3-10 tried)
    "class_weight": "balanced",
    "documents_equal": True,  # sample weights: every training document weighs the same
    "offset_quantile": 0.9,
}
# Invented sentences, scored at training time; the installed app must give the same.
PROBE = [
    ("MODERATOR", "Good evening and welcome to the debate."),
    ("MODERATOR", "Senator, what would you do about wages?"),
    ("SMITH", "Thank you."),
    ("SMITH", "Wages fell by 4 percent in the last three years while rents doubled."),
    ("SMITH", "We created 2 million jobs, more than any government since 1990."),
    ("JONES", "I think that is wrong and my opponent knows it."),
    ("SYSTEM", "(APPLAUSE)"),
]


def as_doc(lines: list[Line] | list[tuple[str, str]]) -> list[DocSentence]:
    """One sentence a line; consecutive lines of one speaker form a turn."""
    doc, turn, last = [], -1, object()
    for line in lines:
        speaker, text = (line.speaker, line.text) if isinstance(line, Line) else line
        if speaker != last:
            turn, last = turn + 1, speaker
        doc.append(DocSentence(text, speaker or None, turn))
    return doc


def idf_table(docs: list[list[Line]], n_max: int, min_df: int) -> dict[str, float]:
    df: Counter[str] = Counter()
    total = 0
    for lines in docs:
        for line in lines:
            df.update(set(ngrams(line.text, n_max)))
            total += 1
    return {g: math.log((1 + total) / (1 + n)) + 1.0 for g, n in df.items() if n >= min_df}


def scaled_rows(lines: list[Line], idf: dict[str, float], settings: dict) -> list[dict]:
    doc = as_doc(lines)
    rows = feature_rows(doc, [score_sentence(s.text) for s in doc], idf, settings["ngram_max"])
    scale = {"w": 1.0, "c": settings["context_weight"], "f": settings["dense_weight"]}
    return [{k: v * scale[k[0]] for k, v in row.items()} for row in rows]


def fit(docs: list[list[Line]], settings: dict):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    idf = idf_table(docs, settings["ngram_max"], settings["min_df"])
    rows, labels, weights = [], [], []
    average = statistics.fmean(len(lines) for lines in docs)
    for lines in docs:
        rows += scaled_rows(lines, idf, settings)
        labels += [line.label for line in lines]
        # Each document counts the same (MAP is averaged over documents).
        share = average / len(lines) if settings.get("documents_equal") else 1.0
        weights += [share] * len(lines)
    vectorizer = DictVectorizer()
    model = LogisticRegression(C=settings["C"], class_weight=settings["class_weight"],
                               max_iter=5000)
    model.fit(vectorizer.fit_transform(rows), labels, sample_weight=weights)
    return idf, vectorizer, model


def cross_validate(data: Path, settings: dict, folds: int = 4) -> float:
    """Mean average precision over training documents, each scored by a model
    trained on the other folds."""
    names = sorted(documents(data, "training"))
    random.Random(0).shuffle(names)
    paths = documents(data, "training")
    aps = []
    for k in range(folds):
        held = set(names[k::folds])
        idf, vectorizer, model = fit(
            [load_document(paths[n]) for n in names if n not in held], settings)
        for name in held:
            lines = load_document(paths[name])
            scores = model.decision_function(vectorizer.transform(
                scaled_rows(lines, idf, settings)))
            order = sorted(range(len(lines)), key=lambda i: (-scores[i], i))
            aps.append(measures([lines[i].label for i in order])["MAP"])
    return statistics.fmean(aps)


def export(idf: dict, vectorizer, model, settings: dict, training: list[str]) -> dict:
    import sklearn

    scale = {"w": 1.0, "c": settings["context_weight"], "f": settings["dense_weight"]}
    weights = {name: float(w) * scale[name[0]]
               for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True)}
    vocabulary = {g: [round(v, 6), round(weights.get("w:" + g, 0.0), 6),
                      round(weights.get("c:" + g, 0.0), 6)] for g, v in sorted(idf.items())}
    features = {k: round(w, 6) for k, w in sorted(weights.items()) if k.startswith("f:")}
    return {
        "format": FORMAT,
        "about": "Claim finder transcript ranker: logistic regression over word n-grams, "
                 "context n-grams, rule, length, speaker-role and turn features. Trained on "
                 "the CLEF-2019 CheckThat! Task 1 English training documents "
                 "(factcheck.org's choices in US political debates and speeches) by "
                 "benchmarks/train_ranker.py.",
        "settings": {**settings, "scikit_learn": sklearn.__version__,
                     "training_documents": training},
        "ngram_max": settings["ngram_max"],
        "bias": round(float(model.intercept_[0]), 6),
        "offset": 0.0,
        "features": features,
        "vocabulary": vocabulary,
    }


def add_offset_and_probes(data: dict, docs: list[list[Line]], vectorizer, model,
                          idf: dict, settings: dict) -> None:
    """The offset (score 0.5 at the training logits' quantile) and the probe's
    logits, both as scikit-learn computes them and as the app will."""
    ranker = Ranker(data)
    logits = []
    for lines in docs:
        doc = as_doc(lines)
        logits += [ranker.logit(r) for r in
                   ranker.rows(doc, [score_sentence(s.text) for s in doc])]
    logits.sort()
    data["offset"] = round(logits[int(settings["offset_quantile"] * (len(logits) - 1))], 6)
    ranker = Ranker(data)
    doc = as_doc(PROBE)
    rows = ranker.rows(doc, [score_sentence(s.text) for s in doc])
    probe_lines = [Line(s, t, 0) for s, t in PROBE]
    trained = model.decision_function(vectorizer.transform(
        scaled_rows(probe_lines, idf, settings)))
    data["probes"] = [{"speaker": s, "text": t, "sklearn_logit": round(float(z), 6),
                       "logit": ranker.logit(r), "score": ranker.score(r)}
                      for (s, t), z, r in zip(PROBE, trained, rows, strict=True)]


def train(data: Path, out: Path, settings: dict = SETTINGS) -> dict:
    paths = documents(data, "training")
    if not paths:
        raise FileNotFoundError(f"no training/*.tsv under {data}")
    docs = [load_document(p) for p in paths.values()]
    idf, vectorizer, model = fit(docs, settings)
    result = export(idf, vectorizer, model, settings, sorted(paths))
    add_offset_and_probes(result, docs, vectorizer, model, idf, settings)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, ensure_ascii=False, separators=(",", ":")) + "\n",
                   encoding="utf-8")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--cv", action="store_true", help="report cross-validation first")
    args = parser.parse_args(argv)
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("train_ranker needs scikit-learn: pip install -e .[train]", file=sys.stderr)
        return 2
    if args.cv:
        print(f"4-fold leave-documents-out CV on training/: MAP "
              f"{cross_validate(args.data, SETTINGS):.3f}")
    try:
        result = train(args.data, args.out)
    except FileNotFoundError as error:
        print(f"train_ranker: {error}", file=sys.stderr)
        return 2
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB, "
          f"{len(result['vocabulary'])} n-grams)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
