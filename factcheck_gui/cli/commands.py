"""One function per CLI command: parse nothing, print results, raise FactcheckError."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from factcheck_gui.cli.output import describe_event, emit_json, short, tsv
from factcheck_gui.cli.version_commands import VERSION_HANDLERS
from factcheck_gui.core.anchoring import count_quote, find_quote
from factcheck_gui.core.errors import FactcheckError, ValidationError
from factcheck_gui.core.store import Store
from factcheck_gui.io.csv_export import export_csv, write_csv
from factcheck_gui.io.records import claim_record
from factcheck_gui.io.text_import import read_article_file
from factcheck_gui.sample import add_sample_article


def cmd_import(store: Store, args: argparse.Namespace) -> int:
    overrides = {k: getattr(args, k) for k in
                 ("title", "outlet", "url", "author", "published", "language")
                 if getattr(args, k) is not None}
    if "title" in overrides and len(args.files) > 1:
        raise ValidationError("--title applies to one file; import the files one at a time")
    failed = 0
    for name in args.files:
        path = Path(name)
        try:
            new = read_article_file(path)
            if overrides:
                new = replace(new, **overrides)
            new = replace(new, title=_printable(new.title), provenance=replace(
                new.provenance, source_filename=_printable(new.provenance.source_filename)))
            existing = store.find_articles_by_text(new.text)
            if existing:
                print(f"{path.name}: skipped, same text as article {existing[0].id}"
                      f" ({existing[0].title})", file=sys.stderr)
                continue
            article = store.add_article(new)
        except (FactcheckError, ValueError, OSError) as error:
            failed += 1
            print(f"error: {_file_error(path, error)}", file=sys.stderr)
            continue
        tsv(article.id, article.title)
    return 1 if failed else 0


def _printable(text: str | None) -> str | None:
    """File names may hold bytes that are not UTF-8: show them as U+FFFD."""
    if text is None:
        return None
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _file_error(path: Path, error: Exception) -> str:
    if isinstance(error, FileNotFoundError):
        return f"{path}: no such file"
    if isinstance(error, IsADirectoryError):
        return f"{path}: is a folder, not a file"
    if isinstance(error, PermissionError):
        return f"{path}: permission denied"
    if isinstance(error, OSError):
        return f"{path}: {error.strerror or error}"
    return _printable(str(error)) or ""


def cmd_sample(store: Store, args: argparse.Namespace) -> int:
    article = add_sample_article(store)
    tsv(article.id, article.title)
    return 0


def cmd_articles(store: Store, args: argparse.Namespace) -> int:
    articles = store.list_articles()
    if args.json:
        emit_json([{"id": a.id, "title": a.title, "outlet": a.outlet, "published": a.published,
                    "imported_at": a.imported_at, "claim_count": a.claim_count,
                    "claims_by_status": a.counts_by_status} for a in articles])
    else:
        for a in articles:
            tsv(a.id, a.title, a.outlet, a.claim_count)
    return 0


def cmd_show(store: Store, args: argparse.Namespace) -> int:
    article = store.get_article(store.resolve_id("article", args.article_id))
    text = store.current_version(article.id).text
    fields = ("title", "outlet", "author", "url", "published", "language")
    if args.json:
        emit_json({"id": article.id, **{f: getattr(article, f) for f in fields}, "text": text})
        return 0
    print(f"id: {article.id}")
    for field in fields:
        value = getattr(article, field)
        if value:
            print(f"{field}: {value}")
    print()
    print(text)
    return 0


def cmd_claims(store: Store, args: argparse.Namespace) -> int:
    article_ids = [store.resolve_id("article", args.article)] if args.article else None
    rows = store.report_rows(article_ids=article_ids, status=args.status, verdict=args.verdict)
    if args.json:
        emit_json([claim_record(row) for row in rows])
        return 0
    for row in rows:
        c = row.claim
        tsv(c.id, f"{c.start}-{c.end}", c.verdict or "-", c.status.value, c.anchor_state.value,
            short(c.quote))
    return 0


def cmd_claim(store: Store, args: argparse.Namespace) -> int:
    if args.claim_command == "add":
        return _claim_add(store, args)
    claim_id = store.resolve_id("claim", args.claim_id)
    fields = _claim_field_args(args)
    if not fields:
        raise ValidationError("nothing to change: give --verdict, --rationale, --status, "
                              "--claim-text or --claimant")
    claim = store.update_claim(claim_id, **fields)
    tsv(claim.id, claim.verdict or "-", claim.status.value)
    return 0


def _claim_add(store: Store, args: argparse.Namespace) -> int:
    article_id = store.resolve_id("article", args.article)
    if args.quote is not None:
        if args.start is not None or args.end is not None:
            raise ValidationError("give either --quote or --start/--end, not both")
        text = store.current_version(article_id).text
        if args.occurrence is None and count_quote(text, args.quote) > 1:
            raise ValidationError(
                f"the quote occurs {count_quote(text, args.quote)} times in the article; "
                "choose one with --occurrence N"
            )
        start, end = find_quote(text, args.quote, args.occurrence or 1)
    elif args.occurrence is not None:
        raise ValidationError("--occurrence goes with --quote, not with --start/--end")
    elif args.start is not None and args.end is not None:
        start, end = args.start, args.end
    else:
        raise ValidationError("say which text the claim covers: --quote TEXT, or --start and --end")
    with store.batch():
        claim = store.add_claim(article_id, start, end, **_claim_field_args(args))
        for url in args.source:
            store.add_source(claim.id, url)
    print(claim.id)
    return 0


def _claim_field_args(args: argparse.Namespace) -> dict[str, str]:
    names = ("claim_text", "claimant", "verdict", "rationale", "status")
    return {n: getattr(args, n) for n in names if getattr(args, n) is not None}


def cmd_source(store: Store, args: argparse.Namespace) -> int:
    claim_id = store.resolve_id("claim", args.claim_id)
    fields = {f: getattr(args, f) for f in
              ("title", "publisher", "published", "accessed", "stance", "note")}
    source = store.add_source(claim_id, args.url, **fields)
    print(source.id)
    return 0


def cmd_export(store: Store, args: argparse.Namespace) -> int:
    if args.format != "csv":
        raise FactcheckError(f"export {args.format} is not available in this version yet; "
                             "use export csv")
    article_ids = [store.resolve_id("article", a) for a in args.article] or None
    rows = store.report_rows(article_ids=article_ids, status=args.status, verdict=args.verdict)
    options = {"bom": not args.no_bom, "raw": args.raw}
    if args.out in (None, "-"):
        sys.stdout.flush()
        write_csv(rows, sys.stdout.buffer, **options)
        sys.stdout.buffer.flush()
        return 0
    out = Path(args.out).expanduser()
    try:
        count = export_csv(rows, out, **options)
    except OSError as error:
        raise FactcheckError(f"cannot write {out}: {error.strerror or error}") from error
    print(f"wrote {count} claim(s) to {out}", file=sys.stderr)
    return 0


def cmd_history(store: Store, args: argparse.Namespace) -> int:
    claim_id = store.resolve_history_claim_id(args.claim_id)
    events = store.history(claim_id)
    if args.json:
        emit_json([{"id": e.id, "at": e.at, "actor": e.actor, "entity": e.entity,
                    "entity_id": e.entity_id, "action": e.action, "before": e.before,
                    "after": e.after} for e in events])
        return 0
    for event in events:
        for line in describe_event(event):
            tsv(event.at, event.actor, line)
    return 0


def cmd_check(store: Store, args: argparse.Namespace) -> int:
    problems = store.integrity_problems()
    if not problems:
        print("ok")
        return 0
    for problem in problems:
        print(problem)
    return 1


def cmd_backup(store: Store, args: argparse.Namespace) -> int:
    target = store.backup(args.out)
    print(target)
    return 0


HANDLERS = {
    "import": cmd_import, "sample": cmd_sample, "articles": cmd_articles, "show": cmd_show,
    "claims": cmd_claims, "claim": cmd_claim, "source": cmd_source, "export": cmd_export,
    "history": cmd_history, "check": cmd_check, "backup": cmd_backup,
    **VERSION_HANDLERS,
}
