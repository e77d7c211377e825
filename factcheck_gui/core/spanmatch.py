"""Which claims of different reviewers are the same claim: overlap-based matching.

The rule (also in the README's review section):

1. Two spans by *different* reviewers are a candidate pair when they share at
   least one code point and their Jaccard overlap (shared code points divided by
   the code points either covers) is at least `threshold` (default 0.5).
   Adjacent spans (one ends where the other starts) share nothing and never
   match. A span nested in another matches it when it covers at least
   `threshold` of the longer one.
2. Candidate pairs are taken best first (higher Jaccard, then more shared code
   points, then earlier start) and join their groups, unless the joined group
   would hold two claims by one reviewer. Each claim is in exactly one group.
3. A group found by every reviewer is "found by all"; by more than one, "by
   some"; a group of one claim is "found by one" (unmatched).

The greedy order makes the result independent of the order claims are given in,
and the one-claim-per-reviewer rule keeps a group a single unit for agreement.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

DEFAULT_THRESHOLD = 0.5


@dataclass(frozen=True, slots=True)
class Mark:
    """One reviewer's claim as far as matching is concerned."""

    coder: str
    key: str  # the claim's id
    start: int
    end: int


def jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    if shared <= 0:
        return 0.0
    union = max(a[1], b[1]) - min(a[0], b[0])
    return shared / union


@dataclass(frozen=True, slots=True)
class Group:
    """Claims taken to be the same claim, at most one per reviewer."""

    marks: tuple[Mark, ...]

    @property
    def coders(self) -> frozenset[str]:
        return frozenset(m.coder for m in self.marks)

    def by(self, coder: str) -> Mark | None:
        return next((m for m in self.marks if m.coder == coder), None)

    @property
    def start(self) -> int:
        return min(m.start for m in self.marks)


def match(
    marks_by_coder: Mapping[str, Sequence[Mark]], threshold: float = DEFAULT_THRESHOLD
) -> list[Group]:
    """Groups in text order (see the module doc for the rule)."""
    marks = [m for coder in sorted(marks_by_coder) for m in marks_by_coder[coder]]
    candidates: list[tuple[float, int, int, int, int]] = []
    ordered = sorted(range(len(marks)), key=lambda i: (marks[i].start, marks[i].end))
    for pos, i in enumerate(ordered):
        a = marks[i]
        for later in range(pos + 1, len(ordered)):
            j = ordered[later]
            b = marks[j]
            if b.start >= a.end:
                break
            if a.coder == b.coder:
                continue
            score = jaccard((a.start, a.end), (b.start, b.end))
            if score > 0 and score >= threshold:
                shared = min(a.end, b.end) - max(a.start, b.start)
                first, second = sorted((i, j), key=lambda x: (marks[x].start, marks[x].key))
                candidates.append((-score, -shared, marks[first].start, first, second))
    candidates.sort()
    group_of = list(range(len(marks)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(marks))}
    for _s, _o, _p, i, j in candidates:
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        coders_i = {marks[x].coder for x in members[gi]}
        if any(marks[x].coder in coders_i for x in members[gj]):
            continue
        for x in members[gj]:
            group_of[x] = gi
        members[gi].extend(members.pop(gj))
    groups = [Group(tuple(sorted((marks[x] for x in xs), key=lambda m: m.coder)))
              for xs in members.values()]
    groups.sort(key=lambda g: (g.start, min(m.end for m in g.marks), g.marks[0].key))
    return groups


def found_counts(groups: Sequence[Group], coders: Sequence[str]) -> dict[str, int]:
    """How many groups were found by all, by some (two or more, not all) and by one."""
    everyone = len(coders)
    counts = {"all": 0, "some": 0, "one": 0}
    for group in groups:
        n = len(group.coders)
        if n >= everyone and everyone > 1:
            counts["all"] += 1
        elif n > 1:
            counts["some"] += 1
        else:
            counts["one"] += 1
    return counts
