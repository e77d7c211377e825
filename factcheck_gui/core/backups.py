"""Automatic backups: on a schedule, before bulk imports, with rotation.

Backups are consistent copies made by SQLite (`Store.backup`, the online backup
API), never file copies of a live WAL database. They live in the folder beside
the database (`backups_folder`) and are named `<stem>-<kind>-<UTC time>.db`.

Rotation keeps, like Anki, the newest backup of each of the last 12 days that
have one, of the last 10 weeks and of the last 9 months; every other scheduled
or pre-import backup is deleted. Backups taken before a migration or a restore
are never rotated away (they are rare and the most precious).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from factcheck_gui.core.store import Store, backups_folder

DAILY, WEEKLY, MONTHLY = 12, 10, 9
INTERVAL = timedelta(days=1)
ROTATED_KINDS = ("auto", "before-import")
_STAMP = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<kind>auto|before-import)-(?P<stamp>\d{8}T\d{6}Z)\.db$")


def backup_name(db_path: Path, kind: str, now: datetime) -> str:
    return f"{db_path.stem}-{kind}-{now.astimezone(UTC).strftime(_STAMP)}.db"


def parse_name(name: str) -> tuple[str, str, datetime] | None:
    """(stem, kind, time) of a rotated backup's file name, else None."""
    match = _NAME.match(name)
    if match is None:
        return None
    when = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
    return match["stem"], match["kind"], when


def to_keep(times: Iterable[datetime]) -> set[datetime]:
    """Which backup times rotation keeps (pure: no clock, no files)."""
    newest_first = sorted(set(times), reverse=True)
    keep: set[datetime] = set(newest_first[:1])
    for limit, key in ((DAILY, lambda t: t.date()),
                       (WEEKLY, lambda t: t.isocalendar()[:2]),
                       (MONTHLY, lambda t: (t.year, t.month))):
        seen: set[object] = set()
        for when in newest_first:
            period = key(when)
            if period in seen:
                continue
            if len(seen) == limit:
                break
            seen.add(period)
            keep.add(when)
    return keep


def rotate(folder: Path, stem: str) -> list[Path]:
    """Delete the rotated backups of database `stem` in `folder` that rotation
    does not keep; returns what was deleted."""
    if not folder.is_dir():
        return []
    found: dict[datetime, list[Path]] = {}
    for path in folder.iterdir():
        parsed = parse_name(path.name)
        if parsed and parsed[0] == stem:
            found.setdefault(parsed[2], []).append(path)
    keep = to_keep(found)
    deleted = []
    for when, paths in found.items():
        if when not in keep:
            for path in paths:
                path.unlink(missing_ok=True)
                deleted.append(path)
    return sorted(deleted)


def latest(folder: Path, stem: str) -> datetime | None:
    if not folder.is_dir():
        return None
    times = [p[2] for p in map(parse_name, (f.name for f in folder.iterdir()))
             if p and p[0] == stem]
    return max(times, default=None)


def backup_now(store: Store, kind: str, now: datetime) -> Path:
    """A consistent backup of kind `auto` or `before-import`, then rotation."""
    if kind not in ROTATED_KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    folder = backups_folder(store.path)
    target = store.backup(folder / backup_name(store.path, kind, now))
    rotate(folder, store.path.stem)
    return target


def backup_if_due(store: Store, now: datetime, *, interval: timedelta = INTERVAL) -> Path | None:
    """Take the scheduled backup when the newest one is older than `interval`
    (or there is none) and the database holds articles; else None."""
    if store.read_only or not store.articles.article_count():
        return None
    previous = latest(backups_folder(store.path), store.path.stem)
    if previous is not None and now - previous < interval:
        return None
    return backup_now(store, "auto", now)


def backup_before_import(store: Store, now: datetime) -> Path | None:
    """Before a bulk import into a database that already holds articles."""
    if store.read_only or not store.articles.article_count():
        return None
    return backup_now(store, "before-import", now)
