"""`check` and `import-annotations` on one long article with very many claims.

Full mode: 100,000 claims on one 3.3 MB article; quick mode: 1,000 on 50 KB.
Both must grow linearly: each is measured at the full count and at a tenth of
it on the same article, and the cost per claim may grow at most 1.5x (the
"floor" is the tenth's time scaled up ten times). `check` is also set beside a
plain scan: SQLite's own integrity check plus reading each claim's quote.

The claims are stored through the store's bulk path (`store.bulk.load`); `check` runs the real
`Store.integrity_problems`, the import the real `import_annotations` on the
real `export json` of those claims, into a new database.
"""

from __future__ import annotations

import io
import random
import sqlite3
from pathlib import Path

from benchmarks.datagen import claim_spans, make_article_text
from benchmarks.harness import Context, Result, timed
from factcheck_gui.core.models import AnchorState, Claim, NewArticle, Status
from factcheck_gui.core.store import Store
from factcheck_gui.io.w3c_export import write_annotations
from factcheck_gui.io.w3c_import import import_annotations, parse_annotations

LINEAR = 1.5  # cost per claim at the full count / at a tenth, at most
STAMP = "2026-11-01T12:00:00.000000+00:00"


def _sizes(ctx: Context) -> tuple[int, int]:
    return (1_000, 50_000) if ctx.quick else (100_000, 3_300_000)


def _database(ctx: Context, claims: int, size: int) -> Path:
    """One article of `size` characters with `claims` claims (built once per run)."""
    def build() -> Path:
        path = ctx.workdir / f"big-article-{claims}.db"
        for stale in ctx.workdir.glob(f"big-article-{claims}.db*"):
            stale.unlink()
        text = make_article_text(size)
        with Store.open(path, reviewer="bench") as store:
            article = store.articles.add_article(NewArticle("Long article", text))
            version = store.versions.current_version(article.id).id
            rng = random.Random(7)
            rows = []
            for n, (start, end) in enumerate(claim_spans(text, claims)):
                quote = text[start:end]
                rows.append(Claim(
                    f"00000000-0000-4000-8000-{n:012d}", article.id, version, start, end,
                    quote, text[max(0, start - 32):start], text[end:end + 32], AnchorState.OK,
                    " ".join(quote.split()), None, rng.choice(("True", "False", None)), None,
                    Status.TO_CHECK, "bench", STAMP, STAMP))
            store.bulk.load(claims=rows)
        return path

    return ctx.cached(f"big-article-{claims}-{size}", build)


def _check_time(path: Path) -> float:
    with Store.open(path, read_only=True) as store:
        seconds = timed(lambda: _assert_clean(store.integrity_problems()))
    return seconds


def _assert_clean(problems: list[str]) -> None:
    if problems:
        raise AssertionError(f"the generated database has problems: {problems[:3]}")


def _plain_scan(path: Path) -> float:
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        def scan() -> None:
            conn.execute("PRAGMA integrity_check").fetchall()
            [text] = conn.execute("SELECT text FROM article_versions").fetchone()
            for start, end, quote in conn.execute('SELECT start, "end", quote FROM claims'):
                if text[start:end] != quote:
                    raise AssertionError("generated data is inconsistent")
        return timed(scan)
    finally:
        conn.close()


def _import_time(ctx: Context, path: Path, claims: int) -> float:
    with Store.open(path, read_only=True) as store:
        out = io.BytesIO()
        write_annotations(store.reports.report_rows(), out,
                          article_text=lambda a: store.versions.current_version(a.id))
    items = parse_annotations(out.getvalue())
    target = ctx.workdir / f"imported-{claims}.db"
    for stale in ctx.workdir.glob(f"imported-{claims}.db*"):
        stale.unlink()
    with Store.open(target, reviewer="bench") as store:
        report = None

        def run() -> None:
            nonlocal report
            report = import_annotations(store, items)

        seconds = timed(run)
    assert report is not None and report.created == claims, report
    return seconds


def _linear(name: str, big: float, small: float, claims: int, note: str = "") -> Result:
    floor = small * 10
    return Result(name, big, "s", floor=floor,
                  floor_name=f"10 x the time for {claims // 10:,} claims",
                  target=f"<= {LINEAR}x (linear)", passed=big <= LINEAR * floor, note=note)


def check_many_claims(ctx: Context) -> list[Result]:
    claims, size = _sizes(ctx)
    big = _database(ctx, claims, size)
    small = _database(ctx, claims // 10, size)
    ours = _check_time(big)
    floor = _plain_scan(big)
    return [
        _linear(f"check: {claims:,} claims on one {size / 1e6:.1f} MB article", ours,
                _check_time(small), claims),
        Result(f"check: {claims:,} claims vs a plain scan", ours, "s", floor=floor,
               floor_name="integrity_check + reading each quote", target="<= 2x",
               passed=ours <= 2 * floor),
    ]


def import_many_annotations(ctx: Context) -> Result:
    claims, size = _sizes(ctx)
    big = _import_time(ctx, _database(ctx, claims, size), claims)
    small = _import_time(ctx, _database(ctx, claims // 10, size), claims // 10)
    return _linear(f"import-annotations: {claims:,} claims, one {size / 1e6:.1f} MB article",
                   big, small, claims)


SCENARIOS = [check_many_claims, import_many_annotations]
