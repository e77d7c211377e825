"""The claim finder's and claim memory's benchmark scripts run (small sizes; no
thresholds here: the numbers go in the README)."""

from __future__ import annotations

from pathlib import Path

from benchmarks import claim_memory, suggest_quality


def test_suggest_quality_reports_both_halves() -> None:
    items = suggest_quality.load()
    assert len(items) >= 150
    assert {i.split for i in items} == {"tune", "test"}
    # Each invented article lies wholly in one half.
    halves: dict[str, set[str]] = {}
    for item in items:
        halves.setdefault(item.article, set()).add(item.split)
    assert all(len(splits) == 1 for splits in halves.values())
    report = suggest_quality.quality([i for i in items if i.split == "test"])
    assert 0 <= report["precision"] <= 1 and 0 <= report["recall"] <= 1
    assert suggest_quality.main(["--split", "test"]) == 0


def test_claim_memory_benchmark_runs_on_a_small_library(tmp_path: Path) -> None:
    pairs = claim_memory.load_pairs()
    assert sum(kind == "paraphrase" for _, kind, _ in pairs) >= 40
    report = claim_memory.run(2_000, tmp_path)
    assert report["claims"] == 2_000
    assert 0 <= report["in_library"]["first_hit"] <= 1
