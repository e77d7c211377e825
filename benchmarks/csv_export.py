"""Benchmark: the CSV report of a 200,000-claim library against its floor and a peer.

    .venv/bin/python -m benchmarks.csv_export [--claims 200000] [--db PATH] [--runs 3]

QUALITY.md's target: our `export csv` within 1.2x of plain `sqlite3` +
`csv.writer` over the same join, and faster than `sqlite-utils query --csv`.
All three run in the same session on the same file and write to the same disk;
the script prints medians and ratios (absolute times drift on shared machines).

The library (10,000 articles, 20 claims and 40 sources per article by default)
is built once through the store's bulk path, and reused
when `--db` names an existing file.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from factcheck_gui.core.clock import sha256_text
from factcheck_gui.core.models import (
    AnchorState,
    Article,
    ArticleVersion,
    Claim,
    Provenance,
    Source,
    Stance,
    Status,
)
from factcheck_gui.core.report import ReportScope
from factcheck_gui.core.store import Store
from factcheck_gui.core.store.reports import _REPORT_SQL
from factcheck_gui.io.csv_export import export_report_csv

ORDER = ' ORDER BY a.imported_at, a.id, c.start, c."end", c.created_at'
SENTENCE = "The council said on Tuesday that fares would rise by {n}% from January. "


def build(path: Path, claims: int) -> None:
    per_article, sources_per_claim = 20, 2
    articles = max(1, claims // per_article)
    now = "2026-11-25T12:00:00.000000+00:00"
    text = "".join(SENTENCE.format(n=n) for n in range(per_article))
    starts = [text.index(SENTENCE.format(n=c)) for c in range(per_article)]

    def claim_rows() -> Iterator[Claim]:
        for a in range(articles):
            for c, start in enumerate(starts):
                end = start + 30
                yield Claim(f"c{a:06d}{c:03d}", f"a{a:06d}", f"v{a:06d}", start, end,
                            text[start:end], text[max(0, start - 32):start],
                            text[end:end + 32], AnchorState.OK, text[start:end], None,
                            "Mostly true" if c % 3 else None,
                            "Because the annual report says so,\nsee page 4.", Status.FINAL,
                            "bench", now, now)

    def source_rows() -> Iterator[Source]:
        for a in range(articles):
            for c in range(per_article):
                for s in range(sources_per_claim):
                    yield Source(f"s{a:06d}{c:03d}{s}", f"c{a:06d}{c:03d}", s,
                                 f"https://example.org/src/{a}/{c}/{s}", f"Source {s}",
                                 stance=Stance.SUPPORTS, created_at=now, updated_at=now)

    with Store.open(path, reviewer="bench") as store:
        store.bulk.load(
            articles=(Article(f"a{a:06d}", f"Article {a}, \"quoted\"", "The Courier", None,
                              f"https://example.org/{a}", "2026-10-14", None, now, Provenance(),
                              f"v{a:06d}", now) for a in range(articles)),
            versions=(ArticleVersion(f"v{a:06d}", f"a{a:06d}", 1, text, sha256_text(text), now)
                      for a in range(articles)),
            claims=claim_rows(), sources=source_rows())


def floor(db: Path, out: Path) -> int:
    """Plain sqlite3 + csv.writer over the same join, every column as it comes."""
    conn = sqlite3.connect(db)
    count = 0
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        cursor = conn.execute(_REPORT_SQL + ORDER)
        writer.writerow([d[0] for d in cursor.description])
        for row in cursor:
            writer.writerow(row)
            count += 1
    conn.close()
    return count


def ours(db: Path, out: Path) -> int:
    """What File > Export… > CSV and `export csv --out` both do."""
    with Store.open(db, reviewer="bench") as store:
        return export_report_csv(store, ReportScope(), out)


def peer(db: Path, out: Path) -> int:
    exe = Path(sys.executable).with_name("sqlite-utils")
    with out.open("wb") as handle:
        subprocess.run([str(exe), "query", str(db), _REPORT_SQL + ORDER, "--csv"],
                       stdout=handle, check=True)
    return -1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=200_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-csv-"))
    try:
        db = args.db or folder / "library.db"
        if not db.exists():
            started = time.perf_counter()
            build(db, args.claims)
            print(f"built {db} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        times: dict[str, list[float]] = {"floor": [], "ours": [], "sqlite-utils": []}
        for _ in range(args.runs):
            for name, run in (("floor", floor), ("ours", ours), ("sqlite-utils", peer)):
                out = folder / f"{name}.csv"
                started = time.perf_counter()
                count = run(db, out)
                times[name].append(time.perf_counter() - started)
                if count >= 0:
                    print(f"{name}: {count} rows, {out.stat().st_size / 1e6:.0f} MB",
                          file=sys.stderr)
        medians = {name: statistics.median(values) for name, values in times.items()}
        for name, value in medians.items():
            print(f"{name:>13}: {value:6.2f} s median of {args.runs}"
                  f"  ({value / medians['floor']:.2f}x floor)")
        ok = medians["ours"] <= 1.2 * medians["floor"] and medians["ours"] < medians[
            "sqlite-utils"]
        print("target (<= 1.2x floor, faster than sqlite-utils):", "met" if ok else "NOT met")
        return 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
