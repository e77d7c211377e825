"""The claim finder's learned ranker for transcripts: a linear model, pure Python.

A sentence of a transcript is described by
- its word n-grams (1 to `ngram_max` words, lower-cased), TF-IDF weighted
  (sublinear term frequency, IDF from the training sentences, L2-normalised);
- the same for the sentences just before and after it (its context);
- the explained rules of `suggest_rules` that fire on it and its neighbours;
- its length, the speaker's role in the document (the main speaker, someone
  who mostly asks questions, a minor voice, stage directions), and its place in
  the turn (first sentence, turn length), whether it answers a question.

The model's logit is `bias + sum(value * weight)`; the score is
`sigmoid(logit - offset)`, where `offset` puts 0.5 at the training sentences'
90th percentile. Every term of the sum is a reason that can be shown.

Weights come from `resources/finder/ranker.json`, written by the training
script (`python -m benchmarks.train_ranker`); see docs/claim-finder.md. Loading
takes a few tens of milliseconds and happens once, on first use.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from factcheck_gui.core.suggest_rules import PENALTIES, RULES
from factcheck_gui.core.translatable import QT_TRANSLATE_NOOP, translate

MODEL_RESOURCE = ("finder", "ranker.json")
FORMAT = "factcheck-ranker/1"
_TOKEN = re.compile(r"\w\w+")
_SYSTEM_SPEAKERS = {"SYSTEM", "AUDIENCE", "UNIDENTIFIED", "UNIDENTIFIED MALE",
                    "UNIDENTIFIED FEMALE", "CROWD"}
NEIGHBOUR_RULE_SHARE = 0.5

# What a person reads for each non-word feature (rules use their own labels).
FEATURE_LABELS = {
    "rulescore": QT_TRANSLATE_NOOP("ClaimFinder", "the explained rules' score"),
    "len:<5": QT_TRANSLATE_NOOP("ClaimFinder", "very short"),
    "len:<10": QT_TRANSLATE_NOOP("ClaimFinder", "short"),
    "len:<20": QT_TRANSLATE_NOOP("ClaimFinder", "medium length"),
    "len:<40": QT_TRANSLATE_NOOP("ClaimFinder", "long"),
    "len:40+": QT_TRANSLATE_NOOP("ClaimFinder", "very long"),
    "role:system": QT_TRANSLATE_NOOP("ClaimFinder", "a stage direction"),
    "role:asks": QT_TRANSLATE_NOOP("ClaimFinder", "a speaker who mostly asks questions"),
    "role:minor": QT_TRANSLATE_NOOP("ClaimFinder", "a speaker who says little"),
    "role:top": QT_TRANSLATE_NOOP("ClaimFinder", "the main speaker"),
    "role:none": QT_TRANSLATE_NOOP("ClaimFinder", "no speaker"),
    "turn:first": QT_TRANSLATE_NOOP("ClaimFinder", "the first sentence of a turn"),
    "turn:1": QT_TRANSLATE_NOOP("ClaimFinder", "a one-sentence turn"),
    "turn:<4": QT_TRANSLATE_NOOP("ClaimFinder", "a short turn"),
    "turn:4+": QT_TRANSLATE_NOOP("ClaimFinder", "a long turn"),
    "ctx:after-question": QT_TRANSLATE_NOOP("ClaimFinder", "it follows a question"),
    "ctx:other-speaker": QT_TRANSLATE_NOOP("ClaimFinder", "it follows another speaker"),
}
_RULE_LABELS = {rule.name: rule.label for rule in (*RULES, *PENALTIES)}


@dataclass(frozen=True, slots=True)
class DocSentence:
    """A sentence of a transcript with what the model may know about its place."""

    text: str
    speaker: str | None
    turn: int  # index of its turn in the document


@dataclass(frozen=True, slots=True)
class Contribution:
    feature: str
    label: str
    weight: float  # value * model weight, in logit units
    evidence: str = ""


def ngrams(text: str, n_max: int) -> list[str]:
    words = [w.lower() for w in _TOKEN.findall(text)]
    grams = list(words)
    for n in range(2, n_max + 1):
        grams += [" ".join(words[i:i + n]) for i in range(len(words) - n + 1)]
    return grams


def tfidf(text: str, idf: dict[str, float], n_max: int) -> dict[str, float]:
    """Sublinear TF-IDF of the known n-grams of `text`, L2-normalised."""
    counts = Counter(g for g in ngrams(text, n_max) if g in idf)
    vector = {g: (1.0 + math.log(c)) * idf[g] for g, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {g: v / norm for g, v in vector.items()} if norm else {}


RuleFirer = Callable[[str], tuple[float, tuple]]


def dense_features(doc: Sequence[DocSentence], rules: Sequence[tuple[float, tuple]]
                   ) -> list[dict[str, float]]:
    """The non-word features of every sentence of `doc`; `rules[i]` is
    `score_sentence(doc[i].text)` (score, reasons)."""
    n = len(doc)
    spoken = Counter(s.speaker for s in doc)
    asked = Counter(s.speaker for s in doc if s.text.rstrip(" \"'”’)").endswith("?"))
    top = spoken.most_common(1)[0][0] if doc else None
    turn_sizes = Counter(s.turn for s in doc)
    out = []
    for i, sentence in enumerate(doc):
        f: dict[str, float] = {}
        score, reasons = rules[i]
        f["rulescore"] = score
        for reason in reasons:
            f["r:" + reason.rule] = 1.0
        words = len(_TOKEN.findall(sentence.text))
        f["len:" + ("<5" if words < 5 else "<10" if words < 10 else "<20" if words < 20
                    else "<40" if words < 40 else "40+")] = 1.0
        speaker = sentence.speaker
        if speaker is None:
            f["role:none"] = 1.0
        else:
            if speaker.upper() in _SYSTEM_SPEAKERS or sentence.text.startswith(("(", "[")):
                f["role:system"] = 1.0
            if asked[speaker] > 0.2 * spoken[speaker]:
                f["role:asks"] = 1.0
            if spoken[speaker] < 0.05 * n:
                f["role:minor"] = 1.0
            if speaker == top:
                f["role:top"] = 1.0
        if i == 0 or doc[i - 1].turn != sentence.turn:
            f["turn:first"] = 1.0
        size = turn_sizes[sentence.turn]
        f["turn:" + ("1" if size == 1 else "<4" if size < 4 else "4+")] = 1.0
        if i > 0:
            before = doc[i - 1]
            if before.text.rstrip(" \"'”’)").endswith("?"):
                f["ctx:after-question"] = 1.0
            if before.speaker != speaker:
                f["ctx:other-speaker"] = 1.0
            for reason in rules[i - 1][1]:
                f["before:" + reason.rule] = NEIGHBOUR_RULE_SHARE
        if i + 1 < n:
            for reason in rules[i + 1][1]:
                f["after:" + reason.rule] = NEIGHBOUR_RULE_SHARE
        out.append(f)
    return out


def context_vectors(vectors: Sequence[dict[str, float]]) -> list[dict[str, float]]:
    """For each sentence, the sum of its neighbours' TF-IDF vectors."""
    out = []
    for i in range(len(vectors)):
        summed: dict[str, float] = {}
        for j in (i - 1, i + 1):
            if 0 <= j < len(vectors):
                for g, v in vectors[j].items():
                    summed[g] = summed.get(g, 0.0) + v
        out.append(summed)
    return out


def feature_rows(doc: Sequence[DocSentence], rules: Sequence[tuple[float, tuple]],
                 idf: dict[str, float], n_max: int) -> list[dict[str, float]]:
    """Every feature of every sentence, named `w:` (words), `c:` (context words)
    and `f:` (the rest): the training script and `Ranker` use the same rows."""
    words = [tfidf(s.text, idf, n_max) for s in doc]
    around = context_vectors(words)
    rows = []
    for own, ctx, dense in zip(words, around, dense_features(doc, rules), strict=True):
        row = {"w:" + g: v for g, v in own.items()}
        row.update({"c:" + g: v for g, v in ctx.items()})
        row.update({"f:" + k: v for k, v in dense.items()})
        rows.append(row)
    return rows


class Ranker:
    """A trained model: `logits(doc, rules)` and `explain(row)`."""

    def __init__(self, data: dict) -> None:
        if data.get("format") != FORMAT:
            raise ValueError(f"not a claim-finder model ({data.get('format')!r})")
        self.n_max = int(data["ngram_max"])
        self.bias = float(data["bias"])
        self.offset = float(data["offset"])
        self.idf: dict[str, float] = {}
        self.weights: dict[str, float] = dict(data["features"])
        for gram, (idf, own, ctx) in data["vocabulary"].items():
            self.idf[gram] = idf
            if own:
                self.weights["w:" + gram] = own
            if ctx:
                self.weights["c:" + gram] = ctx
        self.settings: dict = data.get("settings", {})
        self.probes: list = data.get("probes", [])

    def rows(self, doc: Sequence[DocSentence], rules: Sequence[tuple[float, tuple]]
             ) -> list[dict[str, float]]:
        return feature_rows(doc, rules, self.idf, self.n_max)

    def logit(self, row: dict[str, float]) -> float:
        weights = self.weights
        return self.bias + sum(v * weights.get(k, 0.0) for k, v in row.items())

    def score(self, row: dict[str, float]) -> float:
        """0..1; 0.5 at the training sentences' 90th percentile."""
        z = self.logit(row) - self.offset
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0

    def explain(self, row: dict[str, float], evidence: dict[str, str], limit: int = 5
                ) -> list[Contribution]:
        """The features that weighed most, words of the sentence grouped in one."""
        weights = self.weights
        words = sorted(((v * weights.get(k, 0.0), k[2:]) for k, v in row.items()
                        if k.startswith("w:")), reverse=True)
        found = []
        strong: list[tuple[float, str]] = []
        for w, g in words:
            if w <= 0.05 or len(strong) == 3:
                break
            if not any(g in chosen or chosen in g for _, chosen in strong):
                strong.append((w, g))
        if strong:
            found.append(Contribution("words", translate("ClaimFinder", "its words"),
                                      sum(w for w, _ in strong),
                                      ", ".join(g for _, g in strong)))
        around = sum(v * weights.get(k, 0.0) for k, v in row.items() if k.startswith("c:"))
        if abs(around) > 0.05:
            found.append(Contribution("context", translate("ClaimFinder", "the words around it"),
                                      around))
        for key, value in row.items():
            if not key.startswith("f:"):
                continue
            weight = value * weights.get(key, 0.0)
            if abs(weight) > 0.05:
                name = key[2:]
                found.append(Contribution(name, feature_label(name), weight,
                                          evidence.get(name, "")))
        found.sort(key=lambda c: -abs(c.weight))
        return found[:limit]


def feature_label(name: str) -> str:
    """What a person reads for a feature of the model, in the window's language."""
    if name.startswith("r:"):
        return _label(_RULE_LABELS, name[2:])
    if name.startswith("before:"):
        return translate("ClaimFinder", "the sentence before has {reason}").format(
            reason=_label(_RULE_LABELS, name.removeprefix("before:")))
    if name.startswith("after:"):
        return translate("ClaimFinder", "the sentence after has {reason}").format(
            reason=_label(_RULE_LABELS, name.removeprefix("after:")))
    return _label(FEATURE_LABELS, name)


def _label(labels: dict[str, str], name: str) -> str:
    """The marked label for `name`, translated; an unknown name as it is."""
    return translate("ClaimFinder", labels[name]) if name in labels else name


@cache
def load_ranker(path: Path | None = None) -> Ranker | None:
    """The shipped model (None when the file is missing or unreadable: the
    claim finder then ranks transcripts by its rules alone)."""
    if path is None:
        from factcheck_gui.assets import resource_path

        try:
            path = resource_path(*MODEL_RESOURCE)
        except FileNotFoundError:
            return None
    try:
        return Ranker(json.loads(Path(path).read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return None
