"""The benchmark registry, the shared context (sizes, generated data) and the table.

A scenario is a callable `scenario(ctx: Context) -> Result | list[Result]`. Any
module `benchmarks/<name>.py` that defines a module-level `SCENARIOS` list is
found by `discover()`; nothing needs registering by hand. Measured operations go
through the real store, importers and exporters; data generation may take
shortcuts (see datagen.py).
"""

from __future__ import annotations

import importlib
import pkgutil
import resource
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar, cast

import benchmarks


@dataclass
class Sizes:
    articles: int
    claims_per_article: int
    sources_per_claim: int
    article_bytes: int
    article_claims: int
    repeats: int


FULL = Sizes(articles=10_000, claims_per_article=20, sources_per_claim=2,
             article_bytes=1_000_000, article_claims=5_000, repeats=5)
# Five times FULL: the scenarios on the big library at a million claims (--large).
LARGE = Sizes(articles=50_000, claims_per_article=20, sources_per_claim=2,
              article_bytes=1_000_000, article_claims=5_000, repeats=3)
QUICK = Sizes(articles=100, claims_per_article=20, sources_per_claim=2,
              article_bytes=50_000, article_claims=250, repeats=2)


@dataclass
class Result:
    """One row of the table. `ours` and `floor` are in `unit`; `passed` is None
    when a scenario has no target or could not judge."""

    scenario: str
    ours: float
    unit: str
    floor: float | None = None
    floor_name: str = ""
    target: str = ""
    passed: bool | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.floor is None or self.floor <= 0 or self.unit == "MB":
            return None
        return self.ours / self.floor


T = TypeVar("T")


@dataclass
class Context:
    quick: bool
    workdir: Path
    sizes: Sizes
    _cache: dict[str, object] = field(default_factory=dict)

    def cached(self, key: str, make: Callable[[], T]) -> T:
        """Shared generated data (the big library is built once per run); one key
        always holds what its `make` returns."""
        if key not in self._cache:
            self._cache[key] = make()
        return cast(T, self._cache[key])

    def library(self) -> Path:
        """The big library: articles x claims x sources of `sizes` (read-only use)."""
        from benchmarks.datagen import make_library

        def build() -> Path:
            path = self.workdir / "library.db"
            done = self.workdir / "library.sizes"
            wanted = repr(self.sizes)
            if path.exists() and done.exists() and done.read_text() == wanted:
                # Kept from an earlier run with --keep: brought to this version's
                # schema once here, as the app would on opening it (read-only
                # scenarios cannot migrate it).
                from factcheck_gui.core.store import Store

                Store.open(path, reviewer="bench").close()
                return path
            for stale in self.workdir.glob("library.db*"):
                stale.unlink()
            make_library(path, self.sizes.articles, self.sizes.claims_per_article,
                         self.sizes.sources_per_claim)
            done.write_text(wanted)
            return path

        return self.cached("library", build)


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def median_time(fn: Callable[[], object], repeats: int) -> float:
    return statistics.median(timed(fn) for _ in range(max(1, repeats)))


def peak_rss_mb() -> float:
    """This process's peak resident memory (ru_maxrss: KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def discover(only: list[str] | None = None) -> Iterator[tuple[str, Callable]]:
    """(module name, scenario) for each scenario in benchmarks/*.py, sorted by module."""
    for info in sorted(pkgutil.iter_modules(benchmarks.__path__), key=lambda m: m.name):
        if info.name.startswith("_") or info.name in ("harness", "datagen"):
            continue
        if only and info.name not in only:
            continue
        module = importlib.import_module(f"benchmarks.{info.name}")
        for scenario in getattr(module, "SCENARIOS", ()):
            yield info.name, scenario


def _num(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"
    if unit == "ms":
        return f"{value:.1f} ms"
    return f"{value:.0f} {unit}"


def format_table(results: list[Result]) -> str:
    head = ("scenario", "ours", "floor or peer (same run)", "ratio", "target", "result")
    rows = []
    for r in results:
        floor = f"{_num(r.floor, r.unit)} {r.floor_name}".strip() if r.floor is not None else "—"
        ratio = f"{r.ratio:.2f}x" if r.ratio is not None else "—"
        verdict = {True: "pass", False: "FAIL", None: "—"}[r.passed]
        rows.append((r.scenario, _num(r.ours, r.unit), floor, ratio, r.target, verdict))
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    notes = [f"- {r.scenario}: {r.note}" for r in results if r.note]
    return "\n".join(lines + (["", *notes] if notes else []))
