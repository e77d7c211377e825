"""Pages from the web, on a local HTTP server started here (no outside network).

    python -m benchmarks.web_fetch [--loop-probe]

Rows: fetch + extract + store of a ~200 KB news page against fetching it alone,
over a link paced like a typical connection (the target row) and on loopback
(reported: there the fetch takes milliseconds and the ratio is the reading); a
link check of 1,000 sources (50 in quick mode) against plain sequential GETs of
the same addresses; and how long the window's event loop waits while pages are
fetched and read off the GUI thread (in a subprocess with its own QApplication),
against the same timer with nothing running.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

from benchmarks.harness import Context, Result  # noqa: E402

FETCH_TARGET = 1.5
LINKS_TARGET = 1.5
LOOP_TARGET_MS = 100.0


SOURCE_BODY = (b"<html><body>" + b"<p>A source page, said the office.</p>" * 100
               + b"</body></html>")
#: The "typical connection" of the second fetch row: time to the first byte, and rate.
SLOW_FIRST_BYTE_S = 0.1
SLOW_BYTES_PER_S = 1_000_000


def serve() -> None:
    """The benchmark's server (in its own process, so that it does not share the
    measured process's GIL): /page.html, /slow/page.html (paced), /s/N (small pages)."""
    page = _page()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body in one write, sent at once: without this, keep-alive
        # requests wait out delayed ACKs (about 40 ms each on Linux).
        disable_nagle_algorithm = True
        wbufsize = 1 << 16

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            slow = self.path.startswith("/slow/")
            path = self.path[len("/slow"):] if slow else self.path
            body = page if path == "/page.html" else SOURCE_BODY
            if slow:
                time.sleep(SLOW_FIRST_BYTE_S)
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            step = SLOW_BYTES_PER_S // 20 if slow else len(body)
            for start in range(0, len(body), step):
                self.wfile.write(body[start:start + step])
                if slow:
                    self.wfile.flush()
                    time.sleep(0.05)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    server.serve_forever()


@contextmanager
def serving() -> Iterator[str]:
    """The server in a child process; yields its base address."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, "-m", "benchmarks.web_fetch", "--serve"],
                             cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        port = int(child.stdout.readline())
        yield f"http://127.0.0.1:{port}"
    finally:
        child.terminate()
        child.wait(10)


def _page() -> bytes:
    from benchmarks.import_speed import news_page

    return news_page(7).encode("utf-8")


def fetch_extract_store(ctx: Context) -> list[Result]:
    """The target row: a page over a link paced like a typical connection, where the
    fetch is what a user waits for; then the same on loopback, reported without a
    target (there the fetch costs a few ms and the ratio is the extraction's cost)."""
    from factcheck_gui.core.store import Store
    from factcheck_gui.io.web import WebClient
    from factcheck_gui.io.web_import import article_from_fetch

    size = len(_page()) // 1024
    repeats = 5 if ctx.quick else 30
    results = []
    with serving() as base, WebClient() as client, \
            Store.open(ctx.workdir / "web-fetch.db", reviewer="bench") as store:
        article_from_fetch(client.fetch(base + "/page.html"))  # warm: imports are not the cost
        link = (f"{SLOW_FIRST_BYTE_S * 1000:.0f} ms to the first byte,"
                f" {SLOW_BYTES_PER_S // 1000:,} KB/s")
        ways = [(f"over a link: {link}", base + "/slow/page.html", True),
                ("loopback, no pacing", base + "/page.html", False)]
        for how, url, judged in ways:
            def alone(url: str = url) -> None:
                client.fetch(url)

            def whole(url: str = url) -> None:
                store.articles.add_article(article_from_fetch(client.fetch(url)))

            floors, times = [], []
            for _ in range(repeats):  # alternated: a busy machine slows both alike
                floors.extend(_times(alone, 1))
                times.extend(_times(whole, 1))
            floor, ours = statistics.median(floors), statistics.median(times)
            extra = ours - floor
            parts = "" if judged else _parts(client.fetch(url), store, repeats)
            results.append(Result(
                f"fetch + extract + store a {size} KB page ({how})", ours, "s", floor,
                "fetching it alone", f"<= {FETCH_TARGET}x" if judged else "report",
                (ours <= FETCH_TARGET * floor) if judged else None,
                note=f"extract + store add {extra * 1000:.0f} ms" + (
                    "" if judged else f" ({parts}); loopback fetches take milliseconds, so"
                    " this ratio is the reading's own cost (trafilatura, as for a saved"
                    " page)")))
    return results


def _parts(fetched: object, store: object, repeats: int) -> str:
    """Where the time after the fetch goes: reading the page, then storing it."""
    from factcheck_gui.io.web_import import article_from_fetch

    new = article_from_fetch(fetched)  # type: ignore[arg-type]
    read = statistics.median(_times(lambda: article_from_fetch(fetched), repeats))  # type: ignore[arg-type]
    keep = statistics.median(_times(lambda: store.articles.add_article(new), repeats))  # type: ignore[attr-defined]
    return f"reading {read * 1000:.0f} ms, storing {keep * 1000:.0f} ms"


def _times(call: object, repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        call()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return times


def link_check(ctx: Context) -> Result:
    import urllib3

    from factcheck_gui.core.models import NewArticle
    from factcheck_gui.core.store import Store
    from factcheck_gui.io.link_check import check_links, targets_of

    count = 50 if ctx.quick else 1000
    with serving() as base, Store.open(ctx.workdir / "links.db", reviewer="b") as store:
        article = store.articles.add_article(NewArticle(title="Links", text="Claims " * 20))
        claim = store.claims.add_claim(article.id, 0, 6)
        with store.batch():
            for i in range(count):
                store.sources.add_source(claim.id, f"{base}/s/{i}")
        floors, times = [], []
        for _ in range(1 if ctx.quick else 3):  # alternated, best of each: a busy machine
            pool = urllib3.PoolManager()
            started = time.perf_counter()
            for i in range(count):
                pool.request("GET", f"{base}/s/{i}").data  # noqa: B018 (read the body)
            floors.append(time.perf_counter() - started)
            pool.clear()
            started = time.perf_counter()
            pairs = store.web.sources_to_check()
            checks = check_links(targets_of(pairs, store.web.copies_of(s for s, _ in pairs)),
                                 per_host_delay=0)
            store.web.record_checks(checks)
            times.append(time.perf_counter() - started)
        ours, floor = min(times), min(floors)
    if len(checks) != count or any(c.state != "ok" for c in checks):
        raise RuntimeError(f"{len(checks)} checks, not all ok")
    return Result(f"link check of {count:,} sources (local server, 4 at a time)", ours, "s",
                  floor, "plain sequential GETs", f"<= {LINKS_TARGET}x",
                  ours <= LINKS_TARGET * floor,
                  note="no per-host delay here (one local host); the default 1 s per host"
                       " spreads a real library's checks over its hosts")


def loop_probe(pages: int) -> dict[str, float]:
    """In its own process: the longest event-loop wait while `pages` pages are fetched
    and read on a worker, and with the same timer idle for as long."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from factcheck_gui.io.web_import import fetch_article
    from factcheck_gui.ui.web.background import Background

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with serving() as base:
        url = base + "/page.html"
        fetch_article(url)  # warm

        def watch(run: bool, idle_s: float = 0.0) -> tuple[float, float]:
            gaps: list[float] = []
            clock = QElapsedTimer()
            clock.start()
            last = [clock.elapsed()]

            def tick() -> None:
                now = clock.elapsed()
                gaps.append(now - last[0])
                last[0] = now

            timer = QTimer()
            timer.setInterval(5)
            timer.timeout.connect(tick)
            timer.start()
            loop = QEventLoop()
            if run:
                work = Background(lambda cancel: [fetch_article(url, cancel=cancel)
                                                  for _ in range(pages)])
                work.finished.connect(lambda _r: loop.quit())
                work.start()
            else:
                QTimer.singleShot(int(idle_s * 1000), loop.quit)
            loop.exec()
            timer.stop()
            return max(gaps or [0.0]), clock.elapsed() / 1000

        busy_max, busy_s = watch(True)
        idle_max, _ = watch(False, busy_s)
    app.processEvents()
    return {"busy_max_ms": busy_max, "idle_max_ms": idle_max, "busy_s": busy_s,
            "pages": pages}


def event_loop_wait(ctx: Context) -> Result:
    pages = 3 if ctx.quick else 40
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               XDG_CONFIG_HOME=str(ctx.workdir / "config"))
    done = subprocess.run([sys.executable, "-m", "benchmarks.web_fetch", "--loop-probe",
                           "--pages", str(pages)], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"loop probe failed: {done.stderr.strip()[-500:]}")
    numbers = json.loads(done.stdout.strip().splitlines()[-1])
    ours, floor = numbers["busy_max_ms"], numbers["idle_max_ms"]
    return Result(f"longest event-loop wait while {pages} pages are fetched and read",
                  ours, "ms", floor, "the same timer, idle", f"<= {LOOP_TARGET_MS:g} ms",
                  ours <= LOOP_TARGET_MS,
                  note=f"{numbers['busy_s']:.2f} s of fetching and extracting on a worker"
                       " thread; a 5 ms timer on the GUI thread")


SCENARIOS = [fetch_extract_store, link_check, event_loop_wait]


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--loop-probe", action="store_true",
                        help="only the event-loop probe; prints one JSON line")
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--serve", action="store_true", help="run the benchmark's server")
    args = parser.parse_args(argv)
    if args.serve:
        serve()
        return 0
    if args.loop_probe:
        print(json.dumps(loop_probe(args.pages)))
        return 0
    from benchmarks.harness import FULL, QUICK, format_table

    with tempfile.TemporaryDirectory() as folder:
        ctx = Context(quick=args.quick, workdir=Path(folder),
                      sizes=QUICK if args.quick else FULL)
        rows: list[Result] = []
        rows.extend(fetch_extract_store(ctx))
        rows.append(link_check(ctx))
        rows.append(event_loop_wait(ctx))
        print(format_table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
