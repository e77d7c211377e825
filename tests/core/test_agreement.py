"""Agreement measures against published worked examples and reference implementations
(the `krippendorff` package and scikit-learn's `cohen_kappa_score`) run here."""

from __future__ import annotations

import math
import random

import pytest

from factcheck_gui.core.agreement import (
    character_units,
    cohen_kappa,
    krippendorff_alpha,
    proportion_agreeing,
    unitizing_alpha,
)

krippendorff = pytest.importorskip("krippendorff")
np = pytest.importorskip("numpy")
sklearn_metrics = pytest.importorskip("sklearn.metrics")

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": four coders,
# twelve units, values 1..5, gaps are missing values. Published: nominal 0.743,
# ordinal 0.815.
_ = None
CODERS = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
]


def units_of(coders: list[list[object]]) -> list[list[object]]:
    return [list(unit) for unit in zip(*coders, strict=True)]


def reference_alpha(coders: list[list[object]], level: str, order: list[object] | None = None
                    ) -> float:
    """The krippendorff package on the same data (values mapped to their rank)."""
    values = order or sorted({v for row in coders for v in row if v is not None},
                             key=str)
    rank = {v: float(i) for i, v in enumerate(values)}
    data = np.array([[np.nan if v is None else rank[v] for v in row] for row in coders])
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement=level,
                                    value_domain=list(rank.values())))


def test_published_example_nominal_and_ordinal() -> None:
    units = units_of(CODERS)
    assert krippendorff_alpha(units, "nominal") == pytest.approx(0.743, abs=5e-4)
    assert krippendorff_alpha(units, "ordinal", order=[1, 2, 3, 4, 5]) == pytest.approx(
        0.815, abs=5e-4)


def test_published_two_coder_binary_example() -> None:
    # Krippendorff (2011): ten units, two coders, alpha = 0.095.
    a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    assert krippendorff_alpha(units_of([a, b])) == pytest.approx(0.095, abs=5e-4)


def test_published_kappa_example() -> None:
    # 50 items: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no: kappa = 0.4.
    a = ["y"] * 25 + ["n"] * 25
    b = ["y"] * 20 + ["n"] * 5 + ["y"] * 10 + ["n"] * 15
    assert cohen_kappa(a, b) == pytest.approx(0.4)


@pytest.mark.parametrize("level", ["nominal", "ordinal"])
def test_matches_krippendorff_package_on_the_published_data(level: str) -> None:
    order = [1, 2, 3, 4, 5]
    ours = krippendorff_alpha(units_of(CODERS), level, order=order)  # type: ignore[arg-type]
    assert ours == pytest.approx(reference_alpha(CODERS, level, order), abs=1e-9)


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("level", ["nominal", "ordinal"])
def test_matches_krippendorff_package_on_random_data_with_gaps(seed: int, level: str) -> None:
    rng = random.Random(seed)
    labels = ["false", "misleading", "half true", "mostly true", "true"]
    n_coders, n_units = rng.randint(2, 5), rng.randint(5, 40)
    used = labels[: rng.randint(2, 5)]
    coders = [[rng.choice(used) if rng.random() > 0.25 else None for _ in range(n_units)]
              for _ in range(n_coders)]
    # a few units everyone agrees on, so the data are not pure chance
    for u in range(0, n_units, 3):
        value = rng.choice(used)
        for row in coders:
            if row[u] is not None:
                row[u] = value
    ours = krippendorff_alpha(units_of(coders), level, order=labels)  # type: ignore[arg-type]
    if ours is None:
        pytest.skip("not defined for this draw")
    assert ours == pytest.approx(reference_alpha(coders, level, labels), abs=1e-9)


def test_perfect_agreement_is_one_and_chance_is_near_zero() -> None:
    coders = [["a", "b", "c", "a", "b"], ["a", "b", "c", "a", "b"], ["a", "b", "c", "a", "b"]]
    assert krippendorff_alpha(units_of(coders)) == pytest.approx(1.0)
    assert cohen_kappa(coders[0], coders[1]) == pytest.approx(1.0)
    rng = random.Random(7)
    a = [rng.choice("abc") for _ in range(4000)]
    b = [rng.choice("abc") for _ in range(4000)]
    assert abs(krippendorff_alpha(units_of([a, b])) or 0) < 0.05
    assert abs(cohen_kappa(a, b) or 0) < 0.05
    assert cohen_kappa(a, b) == pytest.approx(sklearn_metrics.cohen_kappa_score(a, b))


def test_one_category_only_is_not_defined() -> None:
    coders = [["a", "a", "a"], ["a", "a", None]]
    assert krippendorff_alpha(units_of(coders)) is None
    assert cohen_kappa(*coders) is None
    with pytest.raises(ValueError):  # the reference refuses such data too
        reference_alpha(coders, "nominal")
    # scikit-learn answers NaN where we answer None
    assert math.isnan(sklearn_metrics.cohen_kappa_score(["a", "a"], ["a", "a"]))


def test_nothing_pairable_is_not_defined() -> None:
    assert krippendorff_alpha([["a", None], [None, "b"]]) is None
    assert cohen_kappa(["a", None], [None, "b"]) is None


@pytest.mark.parametrize("seed", range(10))
def test_kappa_matches_scikit_learn_with_missing_pairs_left_out(seed: int) -> None:
    rng = random.Random(seed)
    n = rng.randint(3, 60)
    a = [rng.choice("xyz") if rng.random() > 0.2 else None for _ in range(n)]
    b = [v if v is not None and rng.random() < 0.6 else rng.choice("xyz") for v in a]
    kept = [(x, y) for x, y in zip(a, b, strict=True) if x is not None]
    ours = cohen_kappa(a, b)
    ref = sklearn_metrics.cohen_kappa_score([x for x, _ in kept], [y for _, y in kept])
    if ours is None:
        assert math.isnan(ref)
    else:
        assert ours == pytest.approx(ref, abs=1e-12)


def test_ordinal_needs_the_order_and_every_value_in_it() -> None:
    with pytest.raises(ValueError):
        krippendorff_alpha([["a", "b"]], "ordinal")
    with pytest.raises(ValueError):
        krippendorff_alpha([["a", "b"]], "ordinal", order=["a"])


def test_ordinal_punishes_far_disagreement_more_than_near() -> None:
    order = ["false", "mostly false", "half true", "mostly true", "true"]
    base = [["false", "false"], ["true", "true"], ["half true", "half true"]]
    near = krippendorff_alpha([*base, ["true", "mostly true"]], "ordinal", order=order)
    far = krippendorff_alpha([*base, ["true", "false"]], "ordinal", order=order)
    assert near is not None and far is not None and near > far


def test_proportion_agreeing() -> None:
    assert proportion_agreeing([["a", "a"], ["a", "b"], ["c", None]]) == 0.5
    assert proportion_agreeing([["a", None]]) is None


@pytest.mark.parametrize("seed", range(8))
def test_unitizing_alpha_equals_per_character_alpha_of_the_reference(seed: int) -> None:
    rng = random.Random(seed)
    length = rng.randint(30, 200)
    marked = []
    for _ in range(rng.randint(2, 4)):
        spans = []
        for _ in range(rng.randint(0, 4)):
            start = rng.randrange(length - 1)
            spans.append((start, rng.randint(start + 1, min(length, start + 40))))
        marked.append(spans)
    ours = unitizing_alpha(length, marked)
    data = np.array(character_units(length, marked), dtype=float).T
    if len(set(data.flatten())) < 2:
        assert ours is None
        return
    assert ours == pytest.approx(float(krippendorff.alpha(
        reliability_data=data, level_of_measurement="nominal")), abs=1e-9)


def test_unitizing_alpha_perfect_and_disjoint() -> None:
    assert unitizing_alpha(100, [[(10, 20), (50, 60)], [(10, 20), (50, 60)]]) == 1.0
    disjoint = unitizing_alpha(100, [[(10, 20)], [(50, 60)]])
    assert disjoint is not None and disjoint < 0
    assert unitizing_alpha(100, [[], []]) is None  # nothing marked by anyone
    assert unitizing_alpha(100, [[(0, 5)]]) is None  # one coder
