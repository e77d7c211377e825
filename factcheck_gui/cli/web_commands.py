"""CLI commands for pages from the web: `reimport --from-url`, `links check|copy|show|
find|budget|retry` (io/web_update.py, io/source_copies.py, io/link_check.py and
io/web_queue.py do the work)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from factcheck_gui.cli.output import emit_json, short, tsv
from factcheck_gui.core.errors import ValidationError
from factcheck_gui.core.store import Store
from factcheck_gui.io.link_check import (
    DEFAULT_HOST_DELAY_S,
    DEFAULT_WORKERS,
    check_links,
    targets_of,
)

# The parser is built before every command, the window's start included: what fetches
# pages (the HTTP client, the page reader) is imported by the command that uses it.
if TYPE_CHECKING:
    from factcheck_gui.core.models import LinkCheck
    from factcheck_gui.io.web_update import WebUpdate


def add_links_parser(command: Any, common: argparse.ArgumentParser) -> None:
    """`links check|copy|show|find|budget|retry` (called from cli/parser.py)."""
    p = command("links", "sources on the web: kept copies of their pages and link checks")
    sub = p.add_subparsers(dest="links_command", metavar="ACTION", required=True)
    check = sub.add_parser(
        "check", parents=[common],
        help="fetch every source's address again; prints <source_id>\\t<state>\\t<checked_at>"
             "\\t<url>\\t<detail> (states: ok, moved, changed, gone, unreachable)")
    check.add_argument("--workers", type=int, default=DEFAULT_WORKERS, metavar="N",
                       help=f"fetches at a time (default {DEFAULT_WORKERS})")
    check.add_argument("--delay", type=float, default=DEFAULT_HOST_DELAY_S, metavar="S",
                       help="seconds between requests to one host (default "
                            f"{DEFAULT_HOST_DELAY_S:g})")
    check.add_argument("--json", action="store_true", help="print JSON instead of text")
    copy = sub.add_parser(
        "copy", parents=[common],
        help="keep a copy of the pages of sources that have none (failed ones and ones "
             "waiting for the network are tried again); prints "
             "<source_id>\\t<kept|failed>\\t<date or reason>\\t<url>")
    copy.add_argument("--source", action="append", default=[], metavar="ID",
                      help="only this source (repeatable; fetched again even if kept)")
    show = sub.add_parser("show", parents=[common],
                          help="a source's kept copy: where, when, hash, then its text")
    show.add_argument("source_id", metavar="SOURCE_ID")
    show.add_argument("--json", action="store_true", help="print JSON instead of text")
    find = sub.add_parser(
        "find", parents=[common],
        help="find a claim's quote in its sources' kept copies; prints "
             "<source number>\\t<score>\\t<source_id>\\t<url>\\t<passage>")
    find.add_argument("claim_id", metavar="CLAIM_ID")
    find.add_argument("--json", action="store_true", help="print JSON instead of text")
    budget = sub.add_parser("budget", parents=[common],
                            help="show or set the space for kept original pages (MB)")
    budget.add_argument("megabytes", nargs="?", type=float, metavar="MB")
    retry = sub.add_parser(
        "retry", parents=[common],
        help="fetch again the copies and link checks that found no network (the window "
             "tries them by itself); prints <source_id>\\t<copy|check>\\t<kept|failed|state>"
             "\\t<date or reason>\\t<url>; exit 1 while some still wait")
    retry.add_argument("--delay", type=float, default=DEFAULT_HOST_DELAY_S, metavar="S",
                       help="seconds between link checks to one host (default "
                            f"{DEFAULT_HOST_DELAY_S:g})")
    retry.add_argument("--json", action="store_true", help="print JSON instead of text")


def cmd_links(store: Store, args: argparse.Namespace) -> int:
    return _LINKS[args.links_command](store, args)


def _check(store: Store, args: argparse.Namespace) -> int:
    if args.workers < 1 or args.delay < 0:
        raise ValidationError("--workers must be 1 or more and --delay 0 or more")
    pairs = store.web.sources_to_check()
    targets = targets_of(pairs, store.web.copies_of(s for s, _ in pairs))
    urls = dict(pairs)
    done: list[LinkCheck] = []

    def report(check: LinkCheck) -> None:
        done.append(check)
        if len(done) % 50 == 0:
            store.web.record_checks(done[-50:])
            print(f"checked {len(done)} of {len(targets)}", file=sys.stderr, flush=True)
        if not args.json:
            tsv(check.source_id, check.state, check.checked_at, urls[check.source_id],
                check.detail or "")

    check_links(targets, workers=args.workers, per_host_delay=args.delay, on_result=report)
    store.web.record_checks(done[len(done) - len(done) % 50:])
    if args.json:
        emit_json([{"source_id": c.source_id, "url": urls[c.source_id], "state": c.state,
                    "checked_at": c.checked_at, "status": c.status, "final_url": c.final_url,
                    "detail": c.detail} for c in done])
    counts = {state: sum(c.state == state for c in done)
              for state in ("ok", "moved", "changed", "gone", "unreachable")}
    print(", ".join(f"{state} {n}" for state, n in counts.items()), file=sys.stderr)
    return 0


def _copy(store: Store, args: argparse.Namespace) -> int:
    from factcheck_gui.io.source_copies import keep_copies

    if args.source:
        ids = [store.resolve_id("source", s) for s in args.source]
        targets = [(i, store.sources.get_source(i).url) for i in ids]
    else:
        have = store.web.copies_of(s for s, _ in store.web.sources_to_check())
        queued = {q.source_id for q in store.web.queue.waiting("copy")}
        targets = [(s, url) for s, url in store.web.sources_to_check()
                   if s not in have or not have[s].kept or s in queued]
    failed = 0
    for copy in keep_copies(store, targets):
        if copy.error and not copy.kept:
            failed += 1
            tsv(copy.source_id, "failed", copy.error, copy.requested_url)
        else:
            tsv(copy.source_id, "kept", copy.fetched_at, copy.final_url)
            if copy.error:
                print(f"warning: {copy.error}", file=sys.stderr)
    return 1 if failed else 0


def _show(store: Store, args: argparse.Namespace) -> int:
    source = store.sources.get_source(store.resolve_id("source", args.source_id))
    copy = store.web.copy_of(source.id)
    if copy is None:
        raise ValidationError(f"source {source.id} has no kept copy (`links copy --source"
                              f" {source.id[:8]}` fetches one)")
    fields = {"source_id": source.id, "url": source.url, "final_url": copy.final_url,
              "fetched_at": copy.fetched_at, "status": copy.status,
              "content_type": copy.content_type, "sha256": copy.sha256, "title": copy.title,
              "error": copy.error, "text": copy.text}
    if args.json:
        emit_json(fields)
        return 0
    for key, value in fields.items():
        if key != "text" and value is not None:
            print(f"{key}: {value}")
    if copy.text:
        print()
        print(copy.text)
    return 0 if copy.kept else 1


def _find(store: Store, args: argparse.Namespace) -> int:
    from factcheck_gui.core.source_quotes import quote_in_sources

    claim = store.claims.get_claim(store.resolve_id("claim", args.claim_id))
    sources = store.sources.list_sources(claim.id)
    found = quote_in_sources(claim.quote, sources, store.web.copies_of(s.id for s in sources))
    if args.json:
        emit_json([{"source": f.number, "source_id": f.source.id, "url": f.source.url,
                    "score": f.score, "start": f.start, "end": f.end, "passage": f.passage}
                   for f in found])
    else:
        for f in found:
            tsv(f.number, f"{f.score:g}", f.source.id, f.source.url, short(f.passage, 200))
    return 0 if found else 1


def _budget(store: Store, args: argparse.Namespace) -> int:
    if args.megabytes is not None:
        store.web.set_budget_mb(args.megabytes)
    tsv("budget_mb", f"{store.web.budget_mb:g}")
    tsv("used_mb", f"{store.web.used_bytes() / 2**20:.1f}")
    return 0


def _retry(store: Store, args: argparse.Namespace) -> int:
    if args.delay < 0:
        raise ValidationError("--delay must be 0 or more")
    waiting = store.web.queue.count()
    lines: list[dict[str, Any]] = []

    def copied(copy: Any) -> None:
        failed = bool(copy.error) and not copy.kept
        lines.append({"source_id": copy.source_id, "job": "copy",
                      "outcome": "failed" if failed else "kept",
                      "detail": copy.error if failed else copy.fetched_at,
                      "url": copy.requested_url if failed else copy.final_url})

    def checked(check: LinkCheck) -> None:
        lines.append({"source_id": check.source_id, "job": "check", "outcome": check.state,
                      "detail": check.detail or check.checked_at, "url": check.final_url})

    from factcheck_gui.io.web_queue import run_queue

    run = run_queue(store, per_host_delay=args.delay, on_copy=copied, on_check=checked)
    if args.json:
        emit_json(lines)
    else:
        for line in lines:
            tsv(line["source_id"], line["job"], line["outcome"], line["detail"] or "",
                line["url"] or "")
    print(f"tried {waiting}, still waiting {run.still_waiting}", file=sys.stderr)
    return 1 if run.still_waiting else 0


_LINKS = {"check": _check, "copy": _copy, "show": _show, "find": _find, "budget": _budget,
          "retry": _retry}


def reimport_from_url(store: Store, args: argparse.Namespace) -> int:
    """`reimport --from-url [ARTICLE_ID ...]`: every article with an address when none
    is named; prints <article_id>\\t<changed|unchanged|failed>\\t<details>."""
    named = [*([args.article_id] if args.article_id else []), *args.from_url]
    if args.file is not None:
        raise ValidationError("give either FILE or --from-url, not both")
    if named:
        ids = [store.resolve_id("article", a) for a in named]
    else:
        ids = [a.id for a in store.articles.list_articles()
               if store.articles.get_article(a.id).url]

    def report(result: WebUpdate) -> None:
        if result.state == "changed" and result.update is not None:
            counts = ", ".join(f"{k} {v}" for k, v in result.update.counts.items() if v)
            tsv(result.article_id, "changed",
                f"version {result.update.version.number}" + (f"; claims: {counts}"
                                                              if counts else ""))
        elif result.state == "unchanged":
            tsv(result.article_id, "unchanged", result.url)
        else:
            tsv(result.article_id, "failed", result.reason)

    from factcheck_gui.io.web_update import update_from_web

    updates = update_from_web(store, ids, on_result=None if args.json else report)
    if args.json:
        emit_json([{"article_id": r.article_id, "url": r.url, "state": r.state,
                    "reason": r.reason or None,
                    "version": r.update.version.number if r.update else None,
                    "counts": r.update.counts if r.update else None}
                   for r in updates.results])
    return 1 if updates.of("failed") else 0
