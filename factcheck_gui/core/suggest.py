"""Claim finder: which sentences of an article are worth checking, and why.

Sentences come from syntok (a rule-based segmenter with exact offsets, run one
line at a time so headlines stay separate). Each sentence is scored by
transparent rules (`rules.RULES`): every rule that fires adds a reason with a
weight. Positive weights combine like independent pieces of evidence
(score = 1 - product of (1 - weight)); penalties (questions, opinion, boilerplate,
very short sentences) then remove their share (score *= 1 - penalty). The score
is therefore always within 0..1 and every point of it has a reason to show.

Transcripts (`core.transcript`: turns with speakers) are ranked by a small
learned model instead (`suggest_model`), whose features include these rules,
the words, the speaker's role and the sentence's place; its reasons are the
features that weighed most. Without the model file the rules rank them too.

No Qt, no network. Offsets are code points into the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck_gui.core.suggest_rules import PENALTIES, RULES, Rule
from factcheck_gui.core.transcript import Turn, detect_turns
from factcheck_gui.core.translatable import translate

if TYPE_CHECKING:
    from factcheck_gui.core.suggest_model import Ranker

# Below this a sentence is not offered (tuned on the tune half of
# tests/data/checkworthy.tsv; see benchmarks/suggest_quality.py).
DEFAULT_MIN_SCORE = 0.4


@dataclass(frozen=True, slots=True)
class Reason:
    """One rule that fired: `weight` > 0 adds evidence, < 0 is a penalty share."""

    rule: str
    label: str
    weight: float
    evidence: str

    def __str__(self) -> str:
        sign = "+" if self.weight >= 0 else "−"
        shown = f" “{self.evidence}”" if self.evidence else ""
        return f"{self.label}{shown} ({sign}{abs(self.weight):.2f})"


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A check-worthy sentence. `clause_start/end` narrow it to the part that
    carries the claim when the sentence has several clauses (else = start/end)."""

    start: int
    end: int
    sentence: str
    score: float
    reasons: tuple[Reason, ...]
    clause_start: int
    clause_end: int

    @property
    def key(self) -> str:
        """What identifies the suggestion across re-imports: its words."""
        return sentence_key(self.sentence)


def sentence_key(sentence: str) -> str:
    return " ".join(sentence.split())


def suggest(
    text: str,
    *,
    existing: Iterable[tuple[int, int]] = (),
    dismissed: Iterable[str] = (),
    min_score: float = DEFAULT_MIN_SCORE,
    limit: int | None = None,
    turns: Sequence[Turn] | None = None,
) -> list[Suggestion]:
    """Check-worthy sentences of `text`, best first.

    `turns` (a transcript's): by default read from the text's speaker labels.

    Sentences at least half covered by `existing` claim spans (start, end) and
    those whose `sentence_key` is in `dismissed` are skipped.
    """
    covered = _Coverage(existing)
    skip = {sentence_key(s) for s in dismissed}
    if turns is None:
        turns = detect_turns(text)
    ranker = None
    if turns:
        from factcheck_gui.core.suggest_model import load_ranker

        ranker = load_ranker()
    scored: Iterable[_Scored]
    if ranker is not None:
        scored = _rank_transcript(text, turns, ranker, min_score)
    else:
        scored = _rank_by_rules(text, covered, skip)
    found = []
    for start, end, score, reasons, rule_score in scored:
        if score < min_score or score <= 0:
            continue
        sentence = text[start:end]
        if covered.covers(start, end) or (skip and sentence_key(sentence) in skip):
            continue
        c_start, c_end = _claim_clause(sentence, rule_score)
        found.append(Suggestion(start, end, sentence, score, reasons,
                                start + c_start, start + c_end))
    found.sort(key=lambda s: (-s.score, s.start))
    return found if limit is None else found[:limit]


_Scored = tuple[int, int, float, tuple[Reason, ...], float]


def _rank_by_rules(text: str, covered: _Coverage, skip: set[str]) -> Iterator[_Scored]:
    for start, end in split_sentences(text):
        if covered.covers(start, end):
            continue  # skipped before scoring: the rules need no context
        sentence = text[start:end]
        if skip and sentence_key(sentence) in skip:
            continue
        score, reasons = score_sentence(sentence)
        yield start, end, score, reasons, score


def _rank_transcript(text: str, turns: Sequence[Turn], ranker: Ranker,
                     min_score: float) -> list[_Scored]:
    from factcheck_gui.core.suggest_model import DocSentence

    spans, doc = [], []
    for index, turn in enumerate(turns):
        for start, end in _iter_sentences(text[turn.start:turn.end]):
            spans.append((turn.start + start, turn.start + end))
            doc.append(DocSentence(text[turn.start + start:turn.start + end], turn.speaker,
                                   index))
    rules = [score_sentence(s.text) for s in doc]
    scored = []
    for (start, end), row, (rule_score, rule_reasons) in zip(
            spans, ranker.rows(doc, rules), rules, strict=True):
        score = round(ranker.score(row), 4)
        if score < min_score or score <= 0:
            continue  # explained only when offered
        evidence = {"r:" + r.rule: r.evidence for r in rule_reasons}
        reasons = tuple(Reason(c.feature, c.label, round(c.weight, 2), c.evidence)
                        for c in ranker.explain(row, evidence))
        scored.append((start, end, score, reasons, rule_score))
    return scored


def filter_suggestions(
    suggestions: Iterable[Suggestion],
    *,
    existing: Iterable[tuple[int, int]] = (),
    dismissed: Iterable[str] = (),
) -> list[Suggestion]:
    """`suggestions` (in their order) without those `suggest` would have skipped
    for these claim spans and dismissed sentences: the window computes the
    suggestions once per text and re-filters cheaply after every claim change."""
    covered = _Coverage(existing)
    skip = {sentence_key(s) for s in dismissed}
    return [s for s in suggestions
            if not covered.covers(s.start, s.end) and s.key not in skip]


def score_sentence(sentence: str) -> tuple[float, tuple[Reason, ...]]:
    """The sentence's check-worthiness (0..1) and the reasons for it."""
    reasons: list[Reason] = []
    for rule in RULES:
        if rule.unless and any(r.rule in rule.unless for r in reasons):
            continue
        reason = _fire(rule, sentence)
        if reason:
            reasons.append(reason)
    positive = 1.0
    for reason in reasons:
        positive *= 1.0 - reason.weight
    score = 1.0 - positive if reasons else 0.0
    penalties = [r for r in (_fire(rule, sentence) for rule in PENALTIES) if r]
    for penalty in penalties:
        score *= 1.0 + penalty.weight  # weight is negative
    return round(max(0.0, min(1.0, score)), 3), tuple(reasons + penalties)


def _fire(rule: Rule, sentence: str) -> Reason | None:
    evidence = rule.test(sentence)
    if evidence is None:
        return None
    return Reason(rule.name, translate("ClaimFinder", rule.label), rule.weight, evidence)


# -- sentences -----------------------------------------------------------------

def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, trimmed of surrounding whitespace, in order."""
    return list(_iter_sentences(text))


_LINE = re.compile(r"[^\n]+")


def _iter_sentences(text: str) -> Iterator[tuple[int, int]]:
    # One line at a time: a headline or list item ends at its line break even
    # without a full stop, and each call stays small.
    from syntok import segmenter  # lazy: only the claim finder needs it

    for line in _LINE.finditer(text):
        chunk = line.group()
        if not chunk.strip():
            continue
        base = line.start()
        for paragraph in segmenter.analyze(chunk):
            for sentence in paragraph:
                if not sentence:
                    continue
                first, last = sentence[0], sentence[-1]
                start = first.offset
                end = min(len(chunk), last.offset + len(last.value))
                # Trim here rather than trust the tokens' edges ("Dr. " ends in
                # a space token of its own).
                while start < end and chunk[start].isspace():
                    start += 1
                while end > start and chunk[end - 1].isspace():
                    end -= 1
                if end > start:
                    yield base + start, base + end


# -- clause narrowing --------------------------------------------------------------

# Boundaries between clauses that carry separate assertions. Commas alone are
# not boundaries: "..., the council said" belongs to its claim.
_CLAUSE_BREAK = re.compile(
    r"\s*(?:;|\s[—–]\s|—|,\s+(?:but|while|whereas|although|though|yet)\s)\s*"
)


def _claim_clause(sentence: str, score: float) -> tuple[int, int]:
    """The clause (offsets in the sentence) that carries most of the score."""
    cuts = list(_CLAUSE_BREAK.finditer(sentence))
    if not cuts:
        return 0, len(sentence)
    bounds, start = [], 0
    for cut in cuts:
        bounds.append((start, cut.start()))
        start = cut.end()
    bounds.append((start, len(sentence)))
    best, best_score = (0, len(sentence)), -1.0
    for a, b in bounds:
        part = sentence[a:b]
        if len(part.split()) < 4:
            continue
        part_score, _ = score_sentence(part)
        if part_score > best_score:
            best, best_score = (a, b), part_score
    if best_score < 0.8 * score:
        return 0, len(sentence)
    return best


class _Coverage:
    """Answers "is this sentence already (mostly) a claim?" in O(log n)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted((s, e) for s, e in spans if e > s)
        self.starts = [s for s, _ in self.spans]
        self.longest = max((e - s for s, e in self.spans), default=0)

    def covers(self, start: int, end: int) -> bool:
        """True when claims overlap at least half of the sentence."""
        if not self.spans:
            return False
        first = bisect.bisect_left(self.starts, start - self.longest)
        last = bisect.bisect_right(self.starts, end)
        overlap = 0
        for s, e in self.spans[first:last]:
            overlap += max(0, min(e, end) - max(s, start))
        return overlap * 2 >= end - start
