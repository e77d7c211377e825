"""`team ...`: set up a team database, join it, sync, see and settle conflicts.

Passwords never pass through here: libpq reads ~/.pgpass, a service file or
PGPASSWORD, and a URL holding a password is refused.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from factcheck_gui.cli.output import emit_json, short, tsv
from factcheck_gui.core.errors import FactcheckError

ROLES = ("reader", "reviewer", "editor")


def add_team_parser(command: Callable[[str, str], argparse.ArgumentParser],
                    common: argparse.ArgumentParser) -> None:
    p = command("team", "share work through a PostgreSQL team database (init, grant, join,"
                        " status, sync, conflicts, resolve, assign, assigned, leave)")
    sub = p.add_subparsers(dest="team_command", metavar="ACTION", required=True)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_text, description=help_text, parents=[common])

    init = action("init", "an administrator, once: create the team schema, roles and rights"
                          " in the PostgreSQL database at URL")
    init.add_argument("url", metavar="URL", help="postgresql://admin@host/database")
    grant = action("grant", "an administrator: make a PostgreSQL login role a reader,"
                            " reviewer or editor of the team (created without password"
                            " if missing)")
    grant.add_argument("url", metavar="URL", help="postgresql://admin@host/database")
    grant.add_argument("name", metavar="ROLE_NAME")
    grant.add_argument("role", choices=ROLES)
    join = action("join", "link this database to the team database at URL and sync")
    join.add_argument("url", metavar="URL", help="postgresql://you@host/database"
                                                 "?sslmode=verify-full")
    join.add_argument("--outlet", action="append", metavar="NAME",
                      help="join only this outlet's articles (repeat for more); later"
                           " syncs keep to the same part")
    join.add_argument("--since", metavar="YYYY-MM-DD",
                      help="only articles published (or imported, if undated) on or after")
    join.add_argument("--until", metavar="YYYY-MM-DD", help="only articles up to this day")
    for name, help_text in (("status", "synced, changes waiting, offline, conflicts"),
                            ("sync", "push changes waiting here, pull everyone else's")):
        a = action(name, help_text)
        a.add_argument("--json", action="store_true", help="print JSON instead of text")
    conflicts = action("conflicts", "concurrent edits where one value lost: <id>\\t<claim>\\t"
                                    "<field>\\t<kept>\\t<kept by>\\t<lost>\\t<lost by>\\t<when>"
                                    "\\t<settled>")
    conflicts.add_argument("--all", action="store_true", help="settled ones too")
    conflicts.add_argument("--json", action="store_true", help="print JSON instead of text")
    resolve = action("resolve", "settle a conflict: keep the value that won, or switch to"
                                " the one that lost (restores a deleted claim)")
    resolve.add_argument("conflict_id", metavar="CONFLICT_ID", help="an id or its first 8+"
                                                                   " characters")
    how = resolve.add_mutually_exclusive_group(required=True)
    how.add_argument("--keep", action="store_true")
    how.add_argument("--switch", action="store_true")
    assign = action("assign", "an editor: give an article or a claim to a team member"
                              " (reviewer role name); --none takes it back")
    assign.add_argument("target", metavar="ARTICLE_OR_CLAIM_ID")
    who = assign.add_mutually_exclusive_group(required=True)
    who.add_argument("assignee", nargs="?", metavar="ROLE_NAME")
    who.add_argument("--none", action="store_true", help="no one has it any more")
    assigned = action("assigned", "what is assigned: <kind>\t<id>\t<assignee>\t<by>\t<title>;"
                                  " --counts: <assignee>\t<claims>")
    assigned.add_argument("--to", metavar="ROLE_NAME", help="only this member's")
    assigned.add_argument("--me", action="store_true", help="only yours (your team role)")
    assigned.add_argument("--counts", action="store_true",
                          help="claims per assignee (directly or through their article)")
    assigned.add_argument("--json", action="store_true", help="print JSON instead of text")
    leave = action("leave", "unlink this database from its team (the work stays here)")
    leave.add_argument("--discard", action="store_true",
                       help="leave even with changes that never reached the team")


def cmd_team(db_path: Path, args: argparse.Namespace) -> int:
    from factcheck_gui.core.store import Store
    from factcheck_gui.core.store.team import server

    what = args.team_command
    if what in ("init", "grant"):
        conn = server.connect(args.url)
        try:
            server.init_schema(conn)
            if what == "grant":
                server.grant(conn, args.name, args.role)
                print(f"{args.name} is a team {args.role}")
            else:
                print("team database ready; `team grant URL NAME ROLE` adds people")
        finally:
            conn.close()
        return 0
    if what != "join" and not db_path.exists():
        raise FactcheckError(f"there is no database at {db_path}")
    with Store.open(db_path) as store:
        return _LOCAL[what](store, args)


def _join(store: Any, args: argparse.Namespace) -> int:
    from factcheck_gui.core.store.team.scope import Scope

    try:
        scope = Scope.make(args.outlet, args.since, args.until)
    except ValueError as error:
        raise FactcheckError(f"--since and --until take a day as YYYY-MM-DD ({error})"
                             ) from error
    report = store.team.join(args.url, progress=_progress, scope=scope)
    _end_progress()
    status = store.team.status()
    print(f"joined as {status.role_name} ({status.role}): pulled {report.pulled},"
          f" pushed {report.pushed}; {status.summary}"
          + (f"; only {status.part}" if status.part else ""))
    return 0


def _status(store: Any, args: argparse.Namespace) -> int:
    status = store.team.status()
    if args.json:
        emit_json({"url": status.url, "role_name": status.role_name, "role": status.role,
                   "waiting": status.waiting, "refused": status.refused,
                   "conflicts": status.conflicts, "pulled_up_to": status.pulled,
                   "last_sync": status.last_sync, "offline_since": status.offline_since,
                   "part": status.part or None, "summary": status.summary})
        return 0
    tsv("team", status.url)
    tsv("you", f"{status.role_name} ({status.role})")
    tsv("part", status.part or "the whole team database")
    tsv("state", status.summary)
    tsv("last_sync", status.last_sync or "never")
    if status.last_error:
        tsv("last_error", status.last_error)
    return 0


def _sync(store: Any, args: argparse.Namespace) -> int:
    from factcheck_gui.core.store.team import OfflineError

    try:
        report = store.team.sync(progress=_progress)
    except OfflineError as error:
        _end_progress()
        waiting = store.team.status().waiting
        raise FactcheckError(f"{error}; {waiting} change(s) wait here and go with the next"
                             " sync") from error
    _end_progress()
    status = store.team.status()
    if args.json:
        emit_json({"pulled": report.pulled, "pushed": report.pushed,
                   "refused": report.refused, "new_conflicts": report.conflicts,
                   "summary": status.summary})
        return 0
    print(f"pulled {report.pulled}, pushed {report.pushed}"
          + (f", {report.refused} refused by the server" if report.refused else "")
          + (f", {report.conflicts} new conflict(s)" if report.conflicts else "")
          + f"; {status.summary}")
    return 0


def _conflicts(store: Any, args: argparse.Namespace) -> int:
    conflicts = store.team.conflicts(resolved=args.all)
    if args.json:
        emit_json([{"id": c.id, "table": c.table, "claim_id": c.claim_id, "field": c.field,
                    "kind": c.kind, "kept": c.kept, "kept_by": c.kept_by, "kept_at": c.kept_at,
                    "lost": c.lost, "lost_by": c.lost_by, "lost_at": c.lost_at,
                    "lost_row": c.lost_row, "resolved": c.resolved} for c in conflicts])
        return 0
    for c in conflicts:
        if c.kind == "deleted":
            kept, lost = "(deleted)", short(str((c.lost_row or {}).get("claim_text", "")), 40)
        else:
            kept, lost = short(str(c.kept), 40), short(str(c.lost), 40)
        tsv(c.id, c.claim_id or c.table, c.field if c.kind == "field" else "deleted", kept,
            c.kept_by, lost, c.lost_by, c.lost_at[:19], c.resolved or "")
    return 0


def _resolve(store: Any, args: argparse.Namespace) -> int:
    conflict = store.team.conflict(args.conflict_id)
    if args.switch:
        store.team.switch(conflict.id)
        print(f"switched: {conflict.claim_id} takes the value by {conflict.lost_by}")
    else:
        store.team.settle(conflict.id, "confirmed")
        print(f"kept the value by {conflict.kept_by}")
    return 0


def _assign(store: Any, args: argparse.Namespace) -> int:
    from factcheck_gui.core.errors import NotFoundError

    try:
        kind, target = "claim", store.resolve_id("claim", args.target)
    except NotFoundError:
        kind, target = "article", store.resolve_id("article", args.target)
    store.team.assign(kind, target, None if args.none else args.assignee)
    print(f"{kind} {target} " + ("unassigned" if args.none else f"assigned to {args.assignee}")
          + "; it goes to the team with the next sync")
    return 0


def _assigned(store: Any, args: argparse.Namespace) -> int:
    if args.counts:
        counts = store.team.assignee_counts()
        if args.json:
            emit_json(counts)
        for name, count in counts.items() if not args.json else ():
            tsv(name, count)
        return 0
    who = store.team.link()["role_name"] if args.me else args.to
    rows = store.team.assignments(who)
    if args.json:
        emit_json(rows)
        return 0
    for row in rows:
        tsv(row["kind"], row["target"], row["assignee"], row["assigned_by"],
            short(row["title"] or "", 60))
    return 0


def _leave(store: Any, args: argparse.Namespace) -> int:
    url = store.team.link()["url"]
    dropped = store.team.leave(discard=args.discard)
    print(f"left {url}" + (f"; {dropped} change(s) were never sent" if dropped else ""))
    return 0


def _progress(step: str, done: int, total: int) -> None:
    if sys.stderr.isatty():
        sys.stderr.write(f"\r{step}: {done}/{total}")
        sys.stderr.flush()


def _end_progress() -> None:
    if sys.stderr.isatty():
        sys.stderr.write("\n")


_LOCAL: dict[str, Callable[[Any, argparse.Namespace], int]] = {
    "join": _join, "status": _status, "sync": _sync, "conflicts": _conflicts,
    "resolve": _resolve, "leave": _leave, "assign": _assign, "assigned": _assigned,
}
