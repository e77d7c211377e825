"""One function per CLI command: parse nothing, print results, raise FactcheckError."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import BinaryIO

from factcheck_gui.cli.finder import claim_copy_from, cmd_similar, cmd_suggest
from factcheck_gui.cli.output import emit_json, short, tsv
from factcheck_gui.cli.review_commands import REVIEW_HANDLERS
from factcheck_gui.cli.scale_commands import SCALE_HANDLERS
from factcheck_gui.cli.team_commands import cmd_team
from factcheck_gui.cli.version_commands import VERSION_HANDLERS
from factcheck_gui.cli.web_commands import cmd_links
from factcheck_gui.cli.workflow_commands import cmd_workflow
from factcheck_gui.core.anchoring import count_quote, find_quote
from factcheck_gui.core.backups import backup_before_import
from factcheck_gui.core.dbfiles import refuse_if_database
from factcheck_gui.core.errors import CorrectionNoteRequired, FactcheckError, ValidationError
from factcheck_gui.core.history import history_lines
from factcheck_gui.core.models import Article, ArticleVersion
from factcheck_gui.core.report import ReportScope
from factcheck_gui.core.store import Store, backups_folder
from factcheck_gui.core.store.maintenance import backup_file, check_file, restore_file
from factcheck_gui.core.urls import article_url
from factcheck_gui.io.atomic import atomic_write
from factcheck_gui.io.batch import Failed, Imported, Skipped, Target, import_files
from factcheck_gui.io.claimreview_export import write_claimreview
from factcheck_gui.io.csv_export import write_report_csv
from factcheck_gui.io.html_report import write_html_report
from factcheck_gui.io.import_errors import printable
from factcheck_gui.io.importers import DEFAULT_MAX_BYTES
from factcheck_gui.io.records import claim_record
from factcheck_gui.io.w3c_export import write_annotations
from factcheck_gui.io.w3c_import import import_annotations, parse_annotations
from factcheck_gui.sample import add_sample_article


def cmd_import(store: Store, args: argparse.Namespace) -> int:
    overrides = {k: getattr(args, k) for k in
                 ("title", "outlet", "url", "author", "published", "language")
                 if getattr(args, k) is not None}
    if "url" in overrides:  # refused before any file is read
        overrides["url"] = article_url(overrides["url"]) or ""
    if "title" in overrides and len(args.files) > 1:
        raise ValidationError("--title applies to one file; import the files one at a time")
    many = len(args.files) > 1
    if many:  # a bulk import: keep a consistent copy from before it
        backup_before_import(store, datetime.now(UTC))

    def progress(index: int, total: int, path: Target) -> None:
        if many:
            print(f"[{index}/{total}] {printable(path.name)}", file=sys.stderr, flush=True)

    def report(outcome: Imported | Skipped | Failed) -> None:
        if isinstance(outcome, Imported):
            tsv(outcome.article.id, outcome.article.title)
            sys.stdout.flush()
            for note in outcome.notes:
                print(f"warning: {printable(outcome.path.name)}: {note}", file=sys.stderr)
            if outcome.near_note:
                print(f"note: {outcome.near_note}", file=sys.stderr)
        elif isinstance(outcome, Skipped):
            print(outcome.reason, file=sys.stderr)
        else:
            print(f"error: {outcome.reason}", file=sys.stderr)

    if args.max_mb is not None and not args.max_mb > 0:
        raise ValidationError("--max-mb must be more than 0")
    max_bytes = int(args.max_mb * 2**20) if args.max_mb is not None else DEFAULT_MAX_BYTES
    result = import_files(store, args.files, progress=progress, overrides=overrides,
                          max_bytes=max_bytes, on_result=report, as_version=args.as_version)
    if many:
        print(result.summary(), file=sys.stderr)
    return 1 if result.failed else 0


def cmd_sample(store: Store, args: argparse.Namespace) -> int:
    article = add_sample_article(store)
    tsv(article.id, article.title)
    return 0


def cmd_articles(store: Store, args: argparse.Namespace) -> int:
    articles = store.articles.list_articles()
    if args.json:
        emit_json([{"id": a.id, "title": a.title, "outlet": a.outlet, "published": a.published,
                    "imported_at": a.imported_at, "claim_count": a.claim_count,
                    "claims_by_status": a.counts_by_status} for a in articles])
    else:
        for a in articles:
            tsv(a.id, a.title, a.outlet, a.claim_count)
    return 0


def cmd_show(store: Store, args: argparse.Namespace) -> int:
    article = store.articles.get_article(store.resolve_id("article", args.article_id))
    if args.version is not None:
        from factcheck_gui.cli.version_commands import show_version

        if args.json:  # it lists the version's claims
            store.reviews.require_not_blind(article.id, store.reviewer)
        return show_version(store, article, args.version, as_json=args.json)
    text = store.versions.current_version(article.id).text
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
    articles = (store.resolve_id("article", args.article),) if args.article else None
    rows = store.reports.report_rows(ReportScope(articles=articles, status=args.status,
                                                 verdict=args.verdict,
                                                 blind_for=store.reviewer))
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
    if args.claim_command == "copy-from":
        return claim_copy_from(store, args)
    if args.claim_command == "restore":
        claim = store.restore.restore_deleted_claim(store.resolve_history_claim_id(args.claim_id))
        print(claim.id)
        return 0
    if args.claim_command == "deleted":
        return _claims_deleted(store, args)
    claim_id = store.resolve_id("claim", args.claim_id)
    fields = _claim_field_args(args)
    if not fields:
        raise ValidationError("nothing to change: give --verdict, --rationale, --status, "
                              "--claim-text or --claimant")
    try:
        claim = store.claims.update_claim(claim_id, correction_note=args.correction_note, **fields)
    except CorrectionNoteRequired as error:
        raise CorrectionNoteRequired(f"{str(error).rstrip('.')}: give it with "
                                     "--correction-note TEXT") from None
    tsv(claim.id, claim.verdict or "-", claim.status.value)
    return 0


def _claim_add(store: Store, args: argparse.Namespace) -> int:
    article_id = store.resolve_id("article", args.article)
    if args.quote is not None:
        if args.start is not None or args.end is not None:
            raise ValidationError("give either --quote or --start/--end, not both")
        text = store.versions.current_version(article_id).text
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
        claim = store.claims.add_claim(article_id, start, end, **_claim_field_args(args))
        for url in args.source:
            store.sources.add_source(claim.id, url)
    print(claim.id)
    return 0


def _claims_deleted(store: Store, args: argparse.Namespace) -> int:
    article_id = store.resolve_id("article", args.article) if args.article else None
    blind = store.reviews.blind_articles(store.reviewer)
    items = [i for i in store.restore.deleted_claims(article_id) if i.article_id not in blind]
    if args.json:
        emit_json([{"claim_id": i.claim_id, "article_id": i.article_id,
                    "article_title": i.article_title, "quote": i.quote, "verdict": i.verdict,
                    "status": i.status, "source_count": i.source_count,
                    "deleted_at": i.deleted_at, "deleted_by": i.deleted_by,
                    "restorable": i.restorable} for i in items])
        return 0
    for i in items:
        tsv(i.claim_id, i.deleted_at, i.deleted_by, i.article_id, short(i.quote))
    return 0


def _claim_field_args(args: argparse.Namespace) -> dict[str, str]:
    names = ("claim_text", "claimant", "verdict", "rationale", "status")
    return {n: getattr(args, n) for n in names if getattr(args, n) is not None}


def cmd_source(store: Store, args: argparse.Namespace) -> int:
    claim_id = store.resolve_id("claim", args.claim_id)
    fields = {f: getattr(args, f) for f in
              ("title", "publisher", "published", "accessed", "stance", "note")}
    source = store.sources.add_source(claim_id, args.url, **fields)
    print(source.id)
    if getattr(args, "keep_copy", False):
        from factcheck_gui.io.source_copies import keep_copies

        copy = keep_copies(store, [(source.id, source.url)])[0]
        if not copy.kept:
            print(f"warning: no copy kept: {copy.error}", file=sys.stderr)
            return 1
    return 0


def cmd_export(store: Store, args: argparse.Namespace) -> int:
    scope = ReportScope(
        articles=tuple(store.resolve_id("article", a) for a in args.article) or None,
        claims=tuple(store.resolve_id("claim", c) for c in args.claim) or None,
        status=args.status, verdict=args.verdict, reviewer=args.filter_reviewer,
        since=args.since, until=args.until, blind_for=store.reviewer)
    write = _exporter(store, scope, args)
    if args.out in (None, "-"):
        sys.stdout.flush()
        count = write(sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return 0
    out = Path(args.out).expanduser()
    try:
        with atomic_write(out) as handle:
            count = write(handle)
    except OSError as error:
        raise FactcheckError(f"cannot write {out}: {error.strerror or error}") from error
    print(f"wrote {count} claim(s) to {out}", file=sys.stderr)
    return 0


def _exporter(store: Store, scope: ReportScope,
              args: argparse.Namespace) -> Callable[[BinaryIO], int]:
    """A function writing the chosen format of the claims in `scope` to a binary
    stream, returning how many it wrote."""
    if args.format == "csv":
        return partial(write_report_csv, store, scope, bom=not args.no_bom, raw=args.raw,
                       per_source=args.per_source)
    # Bad filters fail here, before anything is written.
    rows = store.reports.report_rows(scope)

    def current(article: Article) -> ArticleVersion:
        return store.versions.current_version(article.id)

    if args.format == "json":
        return partial(write_annotations, rows, article_text=current, embed_text=not args.no_text)
    if args.format == "html":
        from factcheck_gui.core.review_selection import report_agreement

        return partial(write_html_report, rows, article_text=current,
                       scale=store.scales.active_scale(), title=args.title or "Fact-check report",
                       database=store.path.name,
                       agreement=report_agreement(store, scope.articles))

    def claimreview(out: BinaryIO) -> int:
        result = write_claimreview(rows, out, scale=store.scales.active_scale(),
                                   organization=args.organization, url_template=args.review_url)
        for warning in result.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        return result.written

    return claimreview


def cmd_import_annotations(store: Store, args: argparse.Namespace) -> int:
    try:
        data = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    except FileNotFoundError as error:
        raise FactcheckError(f"{printable(args.file)}: no such file") from error
    except IsADirectoryError as error:
        raise FactcheckError(f"{printable(args.file)}: is a folder, not a file") from error
    except OSError as error:
        raise FactcheckError(f"{printable(args.file)}: {error.strerror or error}") from error
    items = parse_annotations(data)

    def progress(done: int) -> None:  # long runs only: a line per 10,000
        if len(items) >= LONG_RUN and (done % LONG_RUN == 0 or done == len(items)):
            print(f"imported {done:,} of {len(items):,} annotations", file=sys.stderr,
                  flush=True)

    report = import_annotations(store, items, progress=progress)
    for message in report.messages:
        print(message, file=sys.stderr)
    if args.json:
        emit_json(report.counts() | {"messages": report.messages})
    else:
        for key, value in report.counts().items():
            tsv(key, value)
    return 1 if report.skipped else 0


#: Runs with this many items or more report progress on stderr.
LONG_RUN = 10_000


def cmd_history(store: Store, args: argparse.Namespace) -> int:
    """Every event of the claim and its sources, oldest first: UTC time, reviewer,
    what changed (one line each; `--json` has every value in full)."""
    claim_id = store.resolve_history_claim_id(args.claim_id)
    article_id = next((e.article_id for e in store.events.for_claim(claim_id) if e.article_id),
                      None)
    if article_id is not None:
        store.reviews.require_not_blind(article_id, store.reviewer)
    described = history_lines(store.events.for_claim(claim_id))
    if args.json:
        emit_json([{"id": e.id, "at": e.at, "actor": e.actor, "entity": e.entity,
                    "entity_id": e.entity_id, "action": e.action, "before": e.before,
                    "after": e.after, "lines": [line.full for line in lines]}
                   for e, lines in described])
        return 0
    for event, lines in described:
        for line in lines:
            tsv(event.at, event.actor, line.text)
    return 0


def cmd_check(store: Store, args: argparse.Namespace) -> int:
    def progress(done: int, total: int) -> None:  # only long runs get here
        print(f"checked {done:,} of {total:,} claims", file=sys.stderr, flush=True)

    if store.read_only:
        print("note: the search index was not checked (that needs a writable file)",
              file=sys.stderr)
    problems = store.integrity_problems(progress)
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


def rescue_check(db_path: Path, args: argparse.Namespace) -> int:
    """`check` on a file the app cannot open: SQLite's own integrity check."""
    problems = check_file(db_path)
    for problem in problems or ["SQLite's integrity check passed, but the app cannot use "
                                "the file (see the note above)"]:
        print(problem)
    return 1


def rescue_backup(db_path: Path, args: argparse.Namespace) -> int:
    """`backup` of a file the app cannot open: a page-by-page copy, damage included."""
    target = Path(args.out).expanduser().absolute()
    refuse_if_database(target, [db_path])
    print(backup_file(db_path, target))
    return 0


def cmd_restore(db_path: Path, args: argparse.Namespace) -> int:
    backup = Path(args.backup).expanduser().absolute()
    if backup == db_path:
        raise ValidationError("the backup and the database are the same file")
    saved = restore_file(backup, db_path, backups_folder(db_path))
    print(f"restored {db_path} from {backup}")
    if saved is not None:
        print(f"the previous database is kept as {saved}", file=sys.stderr)
    return 0


FILE_HANDLERS = {"restore": cmd_restore, "team": cmd_team}
RESCUE_HANDLERS = {"check": rescue_check, "backup": rescue_backup}

HANDLERS = {
    "import": cmd_import, "sample": cmd_sample, "articles": cmd_articles, "show": cmd_show,
    "claims": cmd_claims, "claim": cmd_claim, "source": cmd_source, "export": cmd_export,
    "history": cmd_history, "check": cmd_check, "backup": cmd_backup,
    "import-annotations": cmd_import_annotations,
    "suggest": cmd_suggest, "similar": cmd_similar, "workflow": cmd_workflow,
    **VERSION_HANDLERS,
    **SCALE_HANDLERS,
    **REVIEW_HANDLERS,
    "links": cmd_links,
}
