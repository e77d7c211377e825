"""`python -m benchmarks [--quick] [--only MODULE ...] [--keep DIR]`: run and print the table."""

from __future__ import annotations

import argparse
import platform
import sqlite3
import sys
import tempfile
import time
import traceback
from pathlib import Path

from benchmarks.harness import (
    FULL,
    LARGE,
    QUICK,
    Context,
    Result,
    discover,
    format_table,
    peak_rss_mb,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes (CI)")
    parser.add_argument("--only", nargs="*", metavar="MODULE", help="only these modules")
    parser.add_argument("--keep", metavar="DIR", help="generate data here and keep it")
    parser.add_argument("--large", action="store_true",
                        help="a library five times the full size (50,000 articles, "
                             "1,000,000 claims, 2,000,000 sources)")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else LARGE if args.large else FULL
    mode = "quick" if args.quick else "large" if args.large else "full"
    print(f"# Factcheck GUI benchmarks ({mode} mode)")
    print(f"# {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, Python "
          f"{platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
          f"{platform.system()} {platform.machine()}, {_cores()} cores", flush=True)
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        workdir = Path(args.keep) if args.keep else Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        ctx = Context(quick=args.quick, workdir=workdir, sizes=sizes)
        results: list[Result] = []
        failed = 0
        for module, scenario in discover(args.only):
            name = getattr(scenario, "__name__", str(scenario))
            started = time.perf_counter()
            try:
                out = scenario(ctx)
            except Exception as error:  # one broken scenario must not hide the others
                failed += 1
                traceback.print_exc()
                results.append(Result(f"{module}.{name}", float("nan"), "s", passed=False,
                                      note=f"crashed: {type(error).__name__}: {error}"))
                continue
            batch = out if isinstance(out, list) else [out]
            results.extend(batch)
            print(f"# {module}.{name}: {time.perf_counter() - started:.1f} s", flush=True)
    print()
    print(format_table(results))
    print()
    print(f"peak memory of the benchmark process: {peak_rss_mb():.0f} MB")
    return 1 if failed else 0


def _cores() -> int:
    import os

    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1  # None where the count cannot be told


if __name__ == "__main__":
    sys.exit(main())
