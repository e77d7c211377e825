"""Running the queue of fetches that found no network (core/store/web_queue.py) from
the command line: every queued copy is fetched again and every queued link check
done again, whatever its next-try time; what still gets no answer stays queued."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factcheck_gui.core.models import LinkCheck, SourceCopy
from factcheck_gui.io.link_check import DEFAULT_HOST_DELAY_S, check_links, targets_of
from factcheck_gui.io.source_copies import keep_copies

if TYPE_CHECKING:
    from factcheck_gui.core.store import Store


@dataclass
class QueueRun:
    copies: list[SourceCopy] = field(default_factory=list)
    checks: list[LinkCheck] = field(default_factory=list)
    still_waiting: int = 0


def run_queue(store: Store, *, per_host_delay: float = DEFAULT_HOST_DELAY_S,
              on_copy: Callable[[SourceCopy], None] | None = None,
              on_check: Callable[[LinkCheck], None] | None = None) -> QueueRun:
    """Try everything queued once: copies one after another, then the checks."""
    queue = store.web.queue
    run = QueueRun()
    copies = [(q.source_id, q.url) for q in queue.waiting("copy")]
    run.copies = keep_copies(store, copies, on_result=on_copy)
    pairs = [(q.source_id, q.url) for q in queue.waiting("check")]
    if pairs:
        run.checks = check_links(targets_of(pairs, store.web.copies_of(s for s, _ in pairs)),
                                 per_host_delay=per_host_delay, on_result=on_check)
        store.web.record_checks(run.checks)
    run.still_waiting = queue.count()
    return run
