"""Transcript turns: who said which span of an article version, and when.

Turns belong to the version they were imported with (a later version of the
text has none of its own). A claim marked inside a turn gets the turn's speaker
as its claimant unless one is given.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from factcheck_gui.core.store.base import Db

if TYPE_CHECKING:  # loaded with the first transcript (a window's start reads none)
    from factcheck_gui.core.transcript import Turn


class Turns:
    """The speaker turns of imported transcripts, per article version."""

    def __init__(self, db: Db) -> None:
        self._db = db

    def insert_turns(self, version_id: str, turns: Sequence[Turn]) -> None:
        """Store a new version's turns, inside the caller's write."""
        with self._db.writing():
            self._db.conn.executemany(
                'INSERT INTO article_turns (version_id, position, start, "end", speaker, time)'
                " VALUES (?, ?, ?, ?, ?, ?)",
                [(version_id, i, t.start, t.end, t.speaker, t.time)
                 for i, t in enumerate(turns)],
            )

    def for_version(self, version_id: str) -> tuple[Turn, ...]:
        """The turns of an article version in order; () for a version that has none."""
        from factcheck_gui.core.transcript import Turn

        rows = self._db.rows(
            'SELECT start, "end", speaker, time FROM article_turns WHERE version_id = ?'
            " ORDER BY position", (version_id,))
        return tuple(Turn(r["start"], r["end"], r["speaker"], r["time"]) for r in rows)

    def speaker_at(self, version_id: str, start: int, end: int) -> str | None:
        """The speaker of the turn that holds most of `start..end` in this version."""
        from factcheck_gui.core.transcript import Turn, turn_at

        rows = self._db.rows(
            'SELECT start, "end", speaker, time FROM article_turns WHERE version_id = ?'
            ' AND "end" >= ? AND start <= ? ORDER BY position', (version_id, start, end))
        turn = turn_at([Turn(r["start"], r["end"], r["speaker"], r["time"]) for r in rows],
                       start, end)
        return turn.speaker if turn else None
