"""How fast articles come in: one typical saved news page, and a batch of saved pages.

    python benchmarks/import_speed.py [--pages 500] [--repeat 20]

Prints, for a generated ~200 KB saved news page (inline scripts, navigation,
related links, comments, a cookie banner and a 15-paragraph article):
the first import in a fresh process (with trafilatura's import), the median of
warm imports, and the floor: trafilatura's own `bare_extraction` on the same
page, so the ratio shows what our layer adds. Then the batch: `import_files`
into a new database, pages per second, and the ratio to the floor's rate.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

WORDS = (
    "council", "budget", "harbour", "transport", "minister", "rise", "percent", "vote",
    "union", "fares", "buses", "report", "million", "year", "city", "residents", "opposition",
    "plan", "service", "route", "night", "schools", "health", "housing", "analysis",
    "figures", "statement", "spokesperson",
)


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(12, 28))]
    return " ".join(words).capitalize() + rng.choice((".", ".", ".", "?")) + " "


def news_page(seed: int) -> str:
    """A saved news page of about 200 KB, different for every seed."""
    rng = random.Random(seed)
    nav = "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(120))
    script = "<script>" + "".join(
        f"window.cfg{i} = {{id: {i}, track: 'x{rng.random()}'}};\n" for i in range(2500)
    ) + "</script>"
    paragraphs = "".join(
        f"<p>{''.join(_sentence(rng) for _ in range(rng.randint(3, 6)))}</p>" for _ in range(15))
    related = "".join(f'<li><a href="/r{i}">{_sentence(rng)}</a></li>' for i in range(30))
    comments = "".join(f'<div class="comment"><p>{_sentence(rng)}</p></div>' for _ in range(25))
    title = _sentence(rng).strip(" .?")
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | '
        f'The Courier</title><meta property="og:site_name" content="The Courier">'
        f'<meta name="author" content="Reporter {seed}">'
        f'<meta property="article:published_time" content="2024-03-05T09:30:00Z">{script}'
        f'<style>{"body{margin:0} " * 400}</style></head><body>'
        f'<div class="cookie-banner"><p>We use cookies. Accept all cookies?</p></div>'
        f'<header><nav><ul>{nav}</ul></nav></header><main><article><h1>{title}</h1>'
        f'{paragraphs}</article><aside><h2>Most read</h2><ul>{related}</ul></aside>'
        f'<section class="comments"><h2>Comments</h2>{comments}</section></main>'
        f'<footer><p>© 2024 The Courier. All rights reserved.</p></footer></body></html>'
    )


def _median_time(call, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=500, help="pages in the batch (500)")
    parser.add_argument("--repeat", type=int, default=20, help="runs for the single-page median")
    args = parser.parse_args(argv)

    from factcheck_gui.core.store import Store
    from factcheck_gui.io.batch import import_files
    from factcheck_gui.io.importers import read_article_bytes

    page = news_page(0).encode("utf-8")
    started = time.perf_counter()
    article = read_article_bytes("page.html", page)
    first = time.perf_counter() - started
    assert "cookie" not in article.text.lower(), "boilerplate leaked into the benchmark page"

    from trafilatura import bare_extraction

    ours = _median_time(lambda: read_article_bytes("page.html", page), args.repeat)
    floor = _median_time(lambda: bare_extraction(page.decode("utf-8"), with_metadata=True,
                                                 include_comments=False), args.repeat)
    print(f"single page ({len(page) / 1024:.0f} KB, {len(article.text)} chars of article):")
    print(f"  first import in this process  {first * 1000:8.1f} ms (includes loading trafilatura)")
    print(f"  warm import, median of {args.repeat:<4}  {ours * 1000:8.1f} ms")
    print(f"  trafilatura alone (floor)     {floor * 1000:8.1f} ms   ratio {ours / floor:.2f}x")

    with tempfile.TemporaryDirectory(prefix="factcheck-import-bench-") as tmp:
        folder = Path(tmp)
        paths = []
        for i in range(args.pages):
            path = folder / f"page-{i:04d}.html"
            path.write_text(news_page(i + 1), encoding="utf-8")
            paths.append(path)
        total_bytes = sum(p.stat().st_size for p in paths)
        with Store.open(folder / "bench.db", reviewer="bench") as store:
            started = time.perf_counter()
            result = import_files(store, paths)
            batch = time.perf_counter() - started
        sample = paths[: min(50, len(paths))]
        started = time.perf_counter()
        for path in sample:
            bare_extraction(path.read_text(encoding="utf-8"), with_metadata=True,
                            include_comments=False)
        floor_rate = len(sample) / (time.perf_counter() - started)
    rate = args.pages / batch
    print(f"batch of {args.pages} pages ({total_bytes / 2**20:.1f} MB) into a new database:")
    print(f"  {result.summary()}")
    print(f"  {batch:.1f} s, {rate:.1f} pages/s, {total_bytes / 2**20 / batch:.1f} MB/s")
    print(f"  trafilatura alone on {len(sample)} of them: {floor_rate:.1f} pages/s "
          f"(ratio {floor_rate / rate:.2f}x)")
    return 0 if not result.failed else 1


if __name__ == "__main__":
    sys.exit(main())
