"""Link checking: fetch sources' addresses again, politely, and say how each fared.

States: ok; moved (the address now redirects elsewhere); changed (the page's text
differs from the kept copy); gone (404 or 410); unreachable (no answer, timeout,
another error status, a redirect loop). A few fetches run at a time (`workers`)
and requests to one host start at least `per_host_delay` seconds apart. The
fetching touches no store: results are handed to `on_result` on the calling
thread, which writes them (`store.web.record_checks`).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from factcheck_gui.core.clock import utc_now
from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.textclean import article_text

# The HTTP client, the page reader and the thread pool load when links are checked:
# the command line builds its `links` options from the defaults here before every command.
if TYPE_CHECKING:
    from concurrent.futures import Future

    from factcheck_gui.core.models import LinkCheck, SourceCopy
    from factcheck_gui.io.web import WebClient

DEFAULT_WORKERS = 4
DEFAULT_HOST_DELAY_S = 1.0


@dataclass(frozen=True, slots=True)
class LinkTarget:
    """A source's address to check, with its kept copy if any."""

    source_id: str
    url: str
    copy: SourceCopy | None = None  # the kept copy, to tell "changed"


class HostPacer:
    """Spaces the starts of requests to one host by `delay` seconds (thread-safe)."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self._lock = threading.Lock()
        self._next: dict[str, float] = {}

    def reserve(self, url: str) -> float:
        """The monotonic time at which a request to `url`'s host may start."""
        host = (urlsplit(url).hostname or "").lower()
        with self._lock:
            start = max(time.monotonic(), self._next.get(host, 0.0))
            self._next[host] = start + self.delay
        return start

    def wait(self, url: str, cancel: Callable[[], bool] | None = None) -> None:
        start = self.reserve(url)
        while True:
            left = start - time.monotonic()
            if left <= 0 or (cancel is not None and cancel()):
                return
            time.sleep(min(left, 0.1))


def check_one(target: LinkTarget, client: WebClient,
              cancel: Callable[[], bool] | None = None) -> LinkCheck:
    """Fetch one source's address and judge it (never raises for network trouble)."""
    from factcheck_gui.core.models import LinkCheck  # made on first use (rare_models)
    from factcheck_gui.io.web import FetchError, checked_url
    from factcheck_gui.io.web_import import article_from_fetch

    try:
        requested = checked_url(target.url)
        fetched = client.fetch(requested, cancel=cancel)
    except FetchError as error:
        state = "gone" if error.kind == "gone" else "unreachable"
        return LinkCheck(target.source_id, state, utc_now(), error.status,
                         error.final_url, error.reason, kind=error.kind)
    copy = target.copy
    if copy is not None and copy.kept and copy.sha256 != fetched.sha256:
        try:
            text = article_text(article_from_fetch(fetched).text)
        except FactcheckError as error:
            text = f"\0{error}"  # no text now: not the kept copy's either
        if text != copy.text:
            return LinkCheck(target.source_id, "changed", utc_now(), fetched.status,
                             fetched.final_url, f"the text differs from the copy kept"
                             f" {(copy.fetched_at or '')[:10]}")
    if fetched.final_url != requested:
        return LinkCheck(target.source_id, "moved", utc_now(), fetched.status,
                         fetched.final_url, f"redirects to {fetched.final_url}")
    return LinkCheck(target.source_id, "ok", utc_now(), fetched.status, fetched.final_url)


def check_links(targets: Iterable[LinkTarget], *, workers: int = DEFAULT_WORKERS,
                per_host_delay: float = DEFAULT_HOST_DELAY_S,
                client: WebClient | None = None,
                cancel: Callable[[], bool] | None = None,
                on_result: Callable[[LinkCheck], None] | None = None) -> list[LinkCheck]:
    """Check every target; results in the order they finish (each also to
    `on_result`, on this thread). `cancel()` stops starting new fetches."""
    from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

    from factcheck_gui.io.web import WebClient

    todo = list(targets)
    pacer = HostPacer(per_host_delay)
    own = client is None
    active = client or WebClient()
    results: list[LinkCheck] = []

    def run(target: LinkTarget) -> LinkCheck | None:
        if cancel is not None and cancel():
            return None
        pacer.wait(target.url, cancel)
        if cancel is not None and cancel():
            return None
        return check_one(target, active, cancel)

    try:
        with ThreadPoolExecutor(max_workers=max(1, workers),
                                thread_name_prefix="fc-links") as pool:
            pending: set[Future[LinkCheck | None]] = set()
            queue = iter(todo)
            for target in queue:  # a bounded window: pacing per host stays fair
                pending.add(pool.submit(run, target))
                if len(pending) >= workers * 2:
                    break
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    check = future.result()
                    if check is not None:
                        results.append(check)
                        if on_result is not None:
                            on_result(check)
                    if not (cancel is not None and cancel()):
                        nxt = next(queue, None)
                        if nxt is not None:
                            pending.add(pool.submit(run, nxt))
    finally:
        if own:
            active.close()
    return results


def targets_of(pairs: Iterable[tuple[str, str]],
               copies: dict[str, SourceCopy]) -> list[LinkTarget]:
    return [LinkTarget(source_id, url, copies.get(source_id)) for source_id, url in pairs]
