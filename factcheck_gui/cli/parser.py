"""The command line's grammar: a promise to users' scripts (README: Command line).

Handlers live in `commands`.
"""

from __future__ import annotations

import argparse

from factcheck_gui import __version__

EXPORT_FORMATS = ("csv", "json", "claimreview", "html")


def _common(*, reviewer: bool = True) -> argparse.ArgumentParser:
    """Options accepted before or after the command name."""
    common = argparse.ArgumentParser(add_help=False)
    s = argparse.SUPPRESS
    common.add_argument("--db", metavar="PATH", default=s,
                        help="database file (default: $FACTCHECK_DB, else factcheck.db in "
                             "your data folder)")
    if reviewer:
        common.add_argument("--reviewer", metavar="NAME", default=s,
                            help="name stamped on your changes (default: $FACTCHECK_REVIEWER, "
                                 "else your account name)")
    common.add_argument("--debug", action="store_true", default=s,
                        help="show full tracebacks on errors")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(
        prog="factcheck-gui",
        description="Check the claims in news articles. Without a command, opens the window; "
                    "with one, runs headless.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_text, description=help_text, parents=[common])

    def json_flag(p: argparse.ArgumentParser) -> None:
        p.add_argument("--json", action="store_true", help="print JSON instead of text")

    p = command("import", "import article files (.txt, .md, .html, .docx, .pdf) or web "
                          "addresses (http/https); prints <article_id>\\t<title> per article")
    p.add_argument("files", nargs="+", metavar="FILE|URL")
    p.add_argument("--max-mb", type=float, metavar="MB",
                   help="refuse files larger than this (default: 50)")
    p.add_argument("--as-version", action="store_true",
                   help="a file that is a changed copy of a stored article (a few lines added"
                        " or changed) becomes a new version of it instead of a new article")
    for field in ("title", "outlet", "url", "author", "published", "language"):
        p.add_argument(f"--{field}", help=f"the article's {field} (overrides the file's)")

    command("sample", "add the sample article; prints <article_id>\\t<title>")

    p = command("articles", "list articles: id, title, outlet, claim count")
    json_flag(p)

    p = command("show", "an article's metadata and current text (or an older version's)")
    p.add_argument("article_id", metavar="ARTICLE_ID")
    p.add_argument("--version", type=int, metavar="N",
                   help="that version's text (numbers from `versions`), and with --json"
                        " the claims that were on it")
    json_flag(p)

    p = command("claims", "list claims with quote, verdict, status, anchor state")
    p.add_argument("--article", metavar="ID")
    p.add_argument("--status", metavar="S")
    p.add_argument("--verdict", metavar="V")
    json_flag(p)

    p = command("claim", "add or edit a claim")
    claim_sub = p.add_subparsers(dest="claim_command", metavar="ACTION", required=True)
    add = claim_sub.add_parser("add", help="create a claim; prints its id", parents=[common])
    add.add_argument("--article", required=True, metavar="ID")
    add.add_argument("--quote", metavar="TEXT", help="the exact text the claim covers")
    add.add_argument("--occurrence", type=int, metavar="N",
                     help="which occurrence of --quote (1 = first) when it appears more than once")
    add.add_argument("--start", type=int, metavar="N", help="start offset (code points)")
    add.add_argument("--end", type=int, metavar="N", help="end offset, exclusive")
    _claim_fields(add)
    add.add_argument("--source", action="append", default=[], metavar="URL",
                     help="attach a source (repeatable)")
    edit = claim_sub.add_parser("set", help="edit a claim", parents=[common])
    edit.add_argument("claim_id", metavar="CLAIM_ID")
    _claim_fields(edit)
    edit.add_argument("--correction-note", metavar="TEXT",
                      help="why a final or published claim's verdict or rationale changes "
                           "(required then: it is recorded as a correction)")
    copy = claim_sub.add_parser(
        "copy-from", parents=[common],
        help="copy verdict, rationale and sources of an earlier claim into a claim")
    copy.add_argument("claim_id", metavar="CLAIM_ID", help="the claim to fill in")
    copy.add_argument("source_claim_id", metavar="SOURCE_CLAIM_ID",
                      help="the earlier claim to copy from")

    restore = claim_sub.add_parser(
        "restore", parents=[common],
        help="bring a deleted claim back from its history, with its sources; prints its id")
    restore.add_argument("claim_id", metavar="CLAIM_ID")
    deleted = claim_sub.add_parser(
        "deleted", parents=[common],
        help="list deleted claims: <id>\\t<deleted at>\\t<deleted by>\\t<article id>\\t<quote>")
    deleted.add_argument("--article", metavar="ID")
    json_flag(deleted)

    p = command("source", "attach sources to claims")
    source_sub = p.add_subparsers(dest="source_command", metavar="ACTION", required=True)
    add = source_sub.add_parser("add", help="attach a source; prints its id", parents=[common])
    add.add_argument("claim_id", metavar="CLAIM_ID")
    add.add_argument("--url", required=True)
    for field in ("title", "publisher", "published", "accessed", "note"):
        add.add_argument(f"--{field}")
    add.add_argument("--stance", help="supports, refutes or context")
    add.add_argument("--keep-copy", action="store_true",
                     help="fetch the page now and keep a copy of it with the source")

    # After `export`, --reviewer filters (an export changes nothing, so it stamps no name).
    p = sub.add_parser("export", parents=[_common(reviewer=False)],
                       help="write a report (to stdout unless --out)",
                       description="Write a report: csv, json (W3C Web Annotations), "
                                   "claimreview (schema.org JSON-LD) or html. Filters combine.")
    p.add_argument("format", choices=EXPORT_FORMATS)
    p.add_argument("--article", action="append", default=[], metavar="ID",
                   help="only this article (repeatable)")
    p.add_argument("--claim", action="append", default=[], metavar="ID",
                   help="only this claim (repeatable)")
    p.add_argument("--status", metavar="S")
    p.add_argument("--verdict", metavar="V")
    p.add_argument("--reviewer", dest="filter_reviewer", metavar="NAME",
                   help="only claims last changed by this reviewer")
    p.add_argument("--since", metavar="DATE",
                   help="only claims changed on or after DATE (YYYY-MM-DD, or a date-time)")
    p.add_argument("--until", metavar="DATE",
                   help="only claims changed on or before DATE (a date: that whole day)")
    p.add_argument("--out", metavar="FILE", help="output file; - for stdout")
    p.add_argument("--no-bom", action="store_true", help="CSV: leave out the UTF-8 BOM")
    p.add_argument("--raw", action="store_true",
                   help="CSV: do not neutralise formula-looking cells (for data pipelines)")
    p.add_argument("--per-source", action="store_true",
                   help="CSV: one row per source instead of one per claim")
    p.add_argument("--no-text", action="store_true",
                   help="json: do not embed article texts (the importing database must "
                        "already have the articles)")
    p.add_argument("--organization", metavar="NAME",
                   help="claimreview: the organisation publishing the reviews (author)")
    p.add_argument("--review-url", metavar="TEMPLATE",
                   help="claimreview: URL of each published review, with {claim_id} and "
                        "{article_id} filled in")
    p.add_argument("--title", help="html: the report's title")

    p = command("import-annotations",
                "merge W3C Web Annotation JSON(-LD) (ours or Hypothesis-style) into the "
                "database; prints counts")
    p.add_argument("file", metavar="FILE", help="a .json/.jsonld file; - for stdin")
    json_flag(p)

    p = command("reimport", "store a new version of an article from a file and re-anchor its "
                            "claims; prints claims per anchor state")
    p.add_argument("article_id", metavar="ARTICLE_ID", nargs="?")
    p.add_argument("file", metavar="FILE", nargs="?")
    p.add_argument("--note", help="what changed (default: reimported FILENAME)")
    p.add_argument("--from-url", nargs="*", metavar="ARTICLE_ID",
                   help="fetch the articles again from their web addresses (all that have one"
                        " when none is named); prints <article_id>\\t<changed|unchanged|"
                        "failed>\\t<details>")
    json_flag(p)

    p = command("versions", "list an article's text versions: number, id, date, length, note")
    p.add_argument("article_id", metavar="ARTICLE_ID")
    json_flag(p)

    p = command("diff", "what changed between two versions of an article (word by word)")
    p.add_argument("article_id", metavar="ARTICLE_ID")
    p.add_argument("v1", type=int, metavar="V1", help="version number (from `versions`)")
    p.add_argument("v2", type=int, metavar="V2")
    p.add_argument("--unified", action="store_true", help="a unified line diff instead")

    p = command("history", "a claim's change history: when, who, what, before, after")
    p.add_argument("claim_id", metavar="CLAIM_ID")
    json_flag(p)

    p = command("suggest", "check-worthy sentences of an article, ranked, with score and "
                           "reasons: <score>\\t<start>-<end>\\t<sentence>\\t<reasons>")
    p.add_argument("article_id", metavar="ARTICLE_ID")
    p.add_argument("--limit", type=int, metavar="N", help="at most N sentences")
    p.add_argument("--min-score", type=float, metavar="S",
                   help="lowest score to show, 0..1 (default: the claim finder's threshold)")
    json_flag(p)

    p = command("similar", "earlier claims that say the same or nearly the same thing: "
                           "<id>\\t<score>\\t<verdict>\\t<article>\\t<quote>")
    p.add_argument("claim_id", metavar="CLAIM_ID")
    p.add_argument("--limit", type=int, default=10, metavar="N", help="at most N (default 10)")
    json_flag(p)

    p = command("workflow", "show or change this database's workflow rules (what a final "
                            "claim needs); prints them")
    p.add_argument("--rules", choices=("on", "off"),
                   help="final and published claims need a verdict, a rationale and sources")
    p.add_argument("--min-sources", type=int, metavar="N",
                   help="sources a final claim needs (default 1; AFP practice: 2 independent)")
    p.add_argument("--second-reviewer", choices=("on", "off"),
                   help="going final needs a reviewer other than the one who set the verdict")
    p.add_argument("--publishes", choices=("on", "off"),
                   help="offer the status 'published' in the window")
    json_flag(p)

    command("check", "check the database's integrity; prints ok or the problems")

    p = command("backup", "write a complete, consistent copy of the database")
    p.add_argument("out", metavar="OUT")

    p = command("restore", "replace the database with a backup (checked first; the current "
                           "file is kept in the backups folder); refused while it is open "
                           "elsewhere")
    p.add_argument("backup", metavar="BACKUP")

    from factcheck_gui.cli.scale_commands import add_scale_parser

    add_scale_parser(command, common)
    from factcheck_gui.cli.review_commands import add_review_parsers

    add_review_parsers(sub, common, _common(reviewer=False))

    from factcheck_gui.cli.team_commands import add_team_parser

    add_team_parser(command, common)

    from factcheck_gui.cli.web_commands import add_links_parser

    add_links_parser(command, common)
    return parser


def _claim_fields(p: argparse.ArgumentParser) -> None:
    p.add_argument("--claim-text", help="the claim in your words (default: the quote)")
    p.add_argument("--claimant", help="who made the claim")
    p.add_argument("--verdict", help="a label of the database's rating scale ('' clears)")
    p.add_argument("--rationale", help="why the verdict")
    p.add_argument("--status", help="to-check, in-progress, needs-review, final, published")
