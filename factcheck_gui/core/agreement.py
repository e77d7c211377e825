"""Inter-reviewer agreement: Krippendorff's alpha, Cohen's kappa and a
character-level unitizing alpha for what was marked. Pure Python, no Qt.

Reliability data are *units* (one per thing judged: a matched claim, a code
point of the text), each a sequence with one value per coder; `None` is a
missing value (that coder said nothing about that unit). A measure that is not
defined for the data (nothing pairable; every value the same, so there is no
disagreement to expect) returns `None`, never NaN: callers show "n/a".

- `krippendorff_alpha`: nominal or ordinal. Ordinal differences use the rank
  order the caller gives (the rating scale's labels, worst to best) and the
  value counts of the data, as Krippendorff defines them: the distance between
  two ranks grows with how many values lie between them.
- `cohen_kappa`: two coders; units where either value is missing are left out.
- `unitizing_alpha`: spans marked by each coder on one text; every code point
  is a unit coded "marked" or "not marked" by each coder, and alpha (nominal)
  is taken over them, each run of code points with one pattern weighted by its
  length. It rewards overlap in proportion to length like Krippendorff's
  alpha-u does but is the simpler binary form, not alpha-u itself
  (docs/decisions.md, Agreement).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from itertools import pairwise
from typing import Literal

Level = Literal["nominal", "ordinal"]
Value = Hashable


def coincidences(
    units: Iterable[Sequence[Value | None]], weights: Iterable[float] | None = None
) -> dict[tuple[Value, Value], float]:
    """Krippendorff's coincidence matrix o[c, k]: each pair of values within a
    unit counts 1/(m - 1), m being the unit's number of values (units with fewer
    than two values are not pairable and count nothing). `weights` multiply a
    unit's contribution (a run of identical units counted once)."""
    # Units holding the same values count alike: add their weights up first
    # (a long text has thousands of identical runs).
    same: defaultdict[tuple[Value | None, ...], float] = defaultdict(float)
    weight_list = list(weights) if weights is not None else None
    for index, unit in enumerate(units):
        same[tuple(unit)] += weight_list[index] if weight_list is not None else 1.0
    alike: defaultdict[tuple[tuple[Value, int], ...], float] = defaultdict(float)
    for unit, weight in same.items():
        values = [v for v in unit if v is not None]
        if len(values) >= 2:
            key = tuple(sorted(Counter(values).items(), key=lambda item: repr(item[0])))
            alike[key] += weight
    matrix: defaultdict[tuple[Value, Value], float] = defaultdict(float)
    for key, weight in alike.items():
        m = sum(n for _v, n in key)
        for c, n_c in key:
            for k, n_k in key:
                pairs = n_c * (n_c - 1) if c == k else n_c * n_k
                if pairs:
                    matrix[(c, k)] += weight * pairs / (m - 1)
    return matrix


def krippendorff_alpha(
    units: Iterable[Sequence[Value | None]],
    level: Level = "nominal",
    *,
    order: Sequence[Value] | None = None,
    weights: Iterable[float] | None = None,
) -> float | None:
    """Alpha = 1 - D_o / D_e over the coincidence matrix (see the module doc).

    `order` is required for "ordinal": every value in the data must be in it.
    """
    matrix = coincidences(units, weights)
    marginals: defaultdict[Value, float] = defaultdict(float)
    for (c, _k), count in matrix.items():
        marginals[c] += count
    n = sum(marginals.values())
    if n <= 1:
        return None
    delta = _distance(level, order, marginals)
    observed = sum(count * delta(c, k) for (c, k), count in matrix.items())
    expected = sum(marginals[c] * marginals[k] * delta(c, k)
                   for c in marginals for k in marginals) / (n - 1)
    if expected == 0:
        return None
    return 1.0 - observed / expected


def _distance(level: Level, order: Sequence[Value] | None, marginals: Mapping[Value, float]):
    if level == "nominal":
        return lambda c, k: 0.0 if c == k else 1.0
    if level != "ordinal":
        raise ValueError(f"unknown level of measurement {level!r}")
    if order is None:
        raise ValueError("ordinal alpha needs the order of the values")
    rank = {value: i for i, value in enumerate(order)}
    missing = [v for v in marginals if v not in rank]
    if missing:
        raise ValueError(f"values not in the order given: {missing!r}")
    counts = [marginals.get(value, 0.0) for value in order]
    prefix = [0.0]
    for count in counts:
        prefix.append(prefix[-1] + count)

    def delta(c: Value, k: Value) -> float:
        lo, hi = sorted((rank[c], rank[k]))
        if lo == hi:
            return 0.0
        between = prefix[hi + 1] - prefix[lo] - (counts[lo] + counts[hi]) / 2
        return between * between

    return delta


def cohen_kappa(first: Sequence[Value | None], second: Sequence[Value | None]) -> float | None:
    """Cohen's kappa for two coders' values on the same units, in order."""
    if len(first) != len(second):
        raise ValueError("both coders need a value (or None) for every unit")
    pairs = [(a, b) for a, b in zip(first, second, strict=True)
             if a is not None and b is not None]
    n = len(pairs)
    if n == 0:
        return None
    observed = sum(1 for a, b in pairs if a == b) / n
    left = Counter(a for a, _ in pairs)
    right = Counter(b for _, b in pairs)
    expected = sum(left[c] * right.get(c, 0) for c in left) / (n * n)
    if expected == 1:
        return None
    return (observed - expected) / (1 - expected)


def proportion_agreeing(units: Iterable[Sequence[Value | None]]) -> float | None:
    """Share of units (with two or more values) on which every value is the same."""
    counted = agreeing = 0
    for unit in units:
        values = [v for v in unit if v is not None]
        if len(values) < 2:
            continue
        counted += 1
        agreeing += len(set(values)) == 1
    return agreeing / counted if counted else None


Span = tuple[int, int]


def unitizing_alpha(length: int, marked: Sequence[Sequence[Span]]) -> float | None:
    """Binary character-level alpha for the spans each coder marked on a text of
    `length` code points (`marked[i]`: coder i's spans, end exclusive; overlapping
    spans of one coder count once)."""
    if len(marked) < 2 or length <= 0:
        return None
    units, weights = span_units(length, marked)
    return krippendorff_alpha(units, "nominal", weights=weights)


def span_units(length: int, marked: Sequence[Sequence[Span]]
               ) -> tuple[list[tuple[int, ...]], list[float]]:
    """The text cut into runs of code points with one marked (1) / unmarked (0)
    pattern across the coders, and each run's length as its weight. One sweep per
    coder: linear in spans plus runs."""
    clipped = [[(max(0, min(s, length)), max(0, min(e, length))) for s, e in spans]
               for spans in marked]
    cuts = sorted({0, length, *(x for spans in clipped for span in spans for x in span)})
    index = {cut: i for i, cut in enumerate(cuts)}
    covered: list[list[int]] = []
    for spans in clipped:
        delta = [0] * len(cuts)
        for start, end in spans:
            if end > start:
                delta[index[start]] += 1
                delta[index[end]] -= 1
        depth, row = 0, []
        for step in delta[:-1]:
            depth += step
            row.append(int(depth > 0))
        covered.append(row)
    units = [tuple(row[i] for row in covered) for i in range(len(cuts) - 1)]
    weights = [float(end - start) for start, end in pairwise(cuts)]
    return units, weights


def character_units(length: int, marked: Sequence[Sequence[Span]]) -> list[list[int]]:
    """The same data one unit per code point (for checking against other
    implementations; `unitizing_alpha` never builds it)."""
    return [[int(any(s <= i < e for s, e in spans)) for spans in marked]
            for i in range(length)]
