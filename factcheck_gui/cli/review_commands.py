"""`review ...` (blind review passes) and `agreement`: grammar and handlers.

The acting reviewer (`--reviewer`, else $FACTCHECK_REVIEWER, else the account
name) is whose pass `review add/claims/done` work on, and whose blind articles
`claims`, `export`, `history` and `agreement` keep quiet about.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck_gui.cli.output import emit_json, short, tsv
from factcheck_gui.core.anchoring import count_quote, find_quote
from factcheck_gui.core.errors import FactcheckError, ValidationError
from factcheck_gui.core.store import Store
from factcheck_gui.io.atomic import atomic_write

if TYPE_CHECKING:
    from factcheck_gui.core.review import ReviewPass

Command = Callable[[str, str], argparse.ArgumentParser]


def add_review_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser,
                       no_reviewer: argparse.ArgumentParser) -> None:
    p = sub.add_parser("review", parents=[common], help="blind review passes: start, add "
                       "claims, mark done, list, export",
                       description="Blind review: reviewers check an article independently; "
                                   "each sees none of the others' claims until their pass is "
                                   "done.")
    rs = p.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    start = rs.add_parser("start", parents=[common], help="put an article up for independent "
                          "checks; prints <pass_id>\\t<reviewer> per pass")
    start.add_argument("article_id", metavar="ARTICLE_ID")
    start.add_argument("--for", dest="for_reviewers", action="append", default=[],
                       metavar="NAME", help="a reviewer to check it (repeatable; default: you)")
    add = rs.add_parser("add", parents=[common], help="add a claim to your open pass on an "
                        "article; prints its id")
    add.add_argument("article_id", metavar="ARTICLE_ID")
    add.add_argument("--quote", metavar="TEXT")
    add.add_argument("--occurrence", type=int, metavar="N")
    add.add_argument("--start", type=int, metavar="N")
    add.add_argument("--end", type=int, metavar="N")
    add.add_argument("--claim-text")
    add.add_argument("--verdict")
    add.add_argument("--rationale")
    add.add_argument("--status")
    add.add_argument("--source", action="append", default=[], metavar="URL")
    claims = rs.add_parser("claims", parents=[common], help="the claims of your pass on an "
                           "article (with --all, everyone's, once your pass is done)")
    claims.add_argument("article_id", metavar="ARTICLE_ID")
    claims.add_argument("--all", action="store_true", help="every reviewer's latest pass")
    claims.add_argument("--json", action="store_true", help="print JSON instead of text")
    done = rs.add_parser("done", parents=[common], help="mark your pass on an article done")
    done.add_argument("article_id", metavar="ARTICLE_ID")
    listing = rs.add_parser("list", parents=[common], help="review passes: <pass_id>\\t"
                            "<article_id>\\t<reviewer>\\t<started>\\t<done or open>\\t<claims>")
    listing.add_argument("--article", metavar="ID")
    listing.add_argument("--json", action="store_true", help="print JSON instead of text")
    export = rs.add_parser("export", parents=[common], help="a pass as W3C Web Annotations "
                           "(import-annotations keeps it apart as that reviewer's pass)")
    export.add_argument("pass_id", metavar="PASS_ID")
    export.add_argument("--out", metavar="FILE", help="output file; - for stdout")

    p = sub.add_parser("agreement", parents=[no_reviewer],
                       help="how far reviewers' done passes agree: spans and judgements",
                       description="Agreement between reviewers' latest done passes: what "
                                   "was marked (unitizing alpha, claims found by all) and how "
                                   "matched claims were judged (Krippendorff's alpha nominal "
                                   "and ordinal, Cohen's kappa for two).")
    p.add_argument("--article", action="append", default=[], metavar="ID",
                   help="only this article (repeatable; default: every reviewed article)")
    p.add_argument("--reviewer", dest="filter_reviewer", action="append", default=[],
                   metavar="NAME", help="only this reviewer's passes (repeatable)")
    p.add_argument("--as", dest="viewer", metavar="NAME",
                   help="whose blind passes to respect (default: $FACTCHECK_REVIEWER)")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")


def cmd_review(store: Store, args: argparse.Namespace) -> int:
    action = args.review_command
    if action == "list":
        article = store.resolve_id("article", args.article) if args.article else None
        passes = store.reviews.list_passes(article)
        if args.json:
            emit_json([_pass_json(store, p) for p in passes])
        else:
            for p in passes:
                tsv(p.id, p.article_id, p.reviewer, p.started_at, p.done_at or "open",
                    len(store.reviews.pass_claims(p.id)))
        return 0
    if action == "export":
        return _export(store, args)
    article_id = store.resolve_id("article", args.article_id)
    me = store.reviewer
    if action == "start":
        with store.batch():
            passes = [store.reviews.start_pass(article_id, name)
                      for name in (args.for_reviewers or [me])]
        for p in passes:
            tsv(p.id, p.reviewer)
        return 0
    if action == "claims":
        return _claims(store, article_id, me, every=args.all, as_json=args.json)
    review = store.reviews.open_pass(article_id, me)
    if review is None:
        raise ValidationError(f"{me} has no open review pass on this article "
                              "(`review start ARTICLE_ID` opens one)")
    if action == "done":
        store.reviews.set_done(review.id, True)
        tsv(review.id, "done")
        return 0
    start, end = _span(store.reviews.pass_text(review), args)
    claim = store.reviews.add_pass_claim(
        review.id, start, end, claim_text=args.claim_text, verdict=args.verdict,
        rationale=args.rationale, status=args.status or "to-check", sources=args.source)
    print(claim.id)
    return 0


def _span(text: str, args: argparse.Namespace) -> tuple[int, int]:
    if args.quote is not None:
        if count_quote(text, args.quote) > 1 and args.occurrence is None:
            raise ValidationError(f"the quote occurs {count_quote(text, args.quote)} times; "
                                  "choose one with --occurrence N")
        return find_quote(text, args.quote, args.occurrence or 1)
    if args.start is None or args.end is None:
        raise ValidationError("say which text the claim covers: --quote TEXT, or --start and "
                              "--end")
    return args.start, args.end


def _claims(store: Store, article_id: str, me: str, *, every: bool, as_json: bool) -> int:
    if every:
        from factcheck_gui.core.review_selection import latest_done

        store.reviews.require_not_blind(article_id, me)
        passes = list(latest_done(store, article_id).values())
    else:
        mine = store.reviews.list_passes(article_id, reviewer=me)
        if not mine:
            raise ValidationError(f"{me} has no review pass on this article")
        passes = [mine[-1]]
    rows = [c for p in passes for c in store.reviews.pass_claims(p.id, viewer=me)]
    if as_json:
        emit_json([{"id": c.id, "pass_id": c.pass_id, "reviewer": c.reviewer,
                    "start": c.start, "end": c.end, "quote": c.quote,
                    "claim_text": c.claim_text, "verdict": c.verdict,
                    "rationale": c.rationale, "status": c.status,
                    "sources": list(c.source_urls)} for c in rows])
        return 0
    for c in rows:
        tsv(c.id, c.reviewer, f"{c.start}-{c.end}", c.verdict or "-", c.status, short(c.quote))
    return 0


def _export(store: Store, args: argparse.Namespace) -> int:
    # Loaded by the command: the parser is built before every command (the window too).
    from factcheck_gui.io.review_w3c import write_pass

    review = store.reviews.resolve_pass(args.pass_id)
    if review.reviewer.lower() != store.reviewer.lower():
        store.reviews.require_not_blind(review.article_id, store.reviewer)
    if args.out in (None, "-"):
        sys.stdout.flush()
        write_pass(store, review, sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return 0
    out = Path(args.out).expanduser()
    try:
        with atomic_write(out) as handle:
            count = write_pass(store, review, handle)
    except OSError as error:
        raise FactcheckError(f"cannot write {out}: {error.strerror or error}") from error
    print(f"wrote {count} claim(s) of {review.reviewer}'s pass to {out}", file=sys.stderr)
    return 0


def _pass_json(store: Store, p: ReviewPass) -> dict[str, object]:
    return {"id": p.id, "article_id": p.article_id, "version_id": p.version_id,
            "reviewer": p.reviewer, "started_at": p.started_at, "started_by": p.started_by,
            "done_at": p.done_at, "origin": p.origin,
            "claim_count": len(store.reviews.pass_claims(p.id))}


def cmd_agreement(store: Store, args: argparse.Namespace) -> int:
    from factcheck_gui.core.review_agreement import agreement_lines
    from factcheck_gui.core.review_selection import reviewed_articles, selection_agreement
    from factcheck_gui.core.store import default_reviewer

    viewer = args.viewer or default_reviewer()
    if args.article:
        articles = [store.resolve_id("article", a) for a in args.article]
    else:
        blind = store.reviews.blind_articles(viewer)
        every = reviewed_articles(store)
        articles = [a for a in every if a not in blind]
        if len(articles) < len(every):
            print(f"note: left out {len(every) - len(articles)} article(s) {viewer} is "
                  "reviewing blind", file=sys.stderr)
    figures = selection_agreement(store, articles, args.filter_reviewer, viewer)
    if args.json:
        emit_json(figures.as_json())
    else:
        for key, value in agreement_lines(figures):
            tsv(key, value)
    return 0


REVIEW_HANDLERS = {"review": cmd_review, "agreement": cmd_agreement}
