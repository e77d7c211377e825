"""Claims: spans of an article version with a verdict, rationale and status."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from factcheck_gui.core.anchoring import CONTEXT_CHARS, Anchor, check_span, make_anchor
from factcheck_gui.core.clock import new_id, utc_now
from factcheck_gui.core.errors import CorrectionNoteRequired, ValidationError, WorkflowError
from factcheck_gui.core.models import AnchorState, Claim, Source, Status
from factcheck_gui.core.report import ReportScope
from factcheck_gui.core.store.base import Db, require
from factcheck_gui.core.store.scope import parse_status, scope_where
from factcheck_gui.core.store.stale import require_unchanged
from factcheck_gui.core.store.text import clean_text as _text
from factcheck_gui.core.translatable import translate
from factcheck_gui.core.workflow import DONE, correction_fields, correction_needed_message

if TYPE_CHECKING:
    from factcheck_gui.core.store.scales import Scales
    from factcheck_gui.core.store.sources import Sources
    from factcheck_gui.core.store.turns import Turns
    from factcheck_gui.core.store.workflow import Workflow

EDITABLE_FIELDS = ("claim_text", "claimant", "verdict", "rationale", "status")


@dataclass(frozen=True, slots=True)
class DeletedClaim:
    """Everything needed to put a deleted claim back exactly (undo, restore)."""

    claim: Claim
    sources: tuple[Source, ...]


class Claims:
    """Claims: marking, editing, deleting and finding them."""

    def __init__(self, db: Db, scales: Scales, workflow: Workflow, sources: Sources,
                 turns: Turns) -> None:
        self._db = db
        self._scales = scales
        self._workflow = workflow
        self._sources = sources
        self._turns = turns

    def add_claim(
        self,
        article_id: str,
        start: int,
        end: int,
        *,
        claim_text: str | None = None,
        claimant: str | None = None,
        verdict: str | None = None,
        rationale: str | None = None,
        status: Status | str = Status.TO_CHECK,
        claim_id: str | None = None,
    ) -> Claim:
        """Mark `text[start:end]` of the article's current version as a claim.

        The claim text starts as the quote unless given. Overlaps are allowed.
        """
        now = utc_now()
        claim_id = claim_id or new_id()
        with self._db.writing():
            version_id, anchor = self._anchor_in_current_version(article_id, start, end)
            if claimant is None:  # in a transcript: whoever said it
                claimant = self._turns.speaker_at(version_id, anchor.start, anchor.end)
            values = {
                "claim_text": _text(claim_text) or " ".join(anchor.quote.split()),
                "claimant": _text(claimant),
                "verdict": self._scales.check_verdict(verdict),
                "rationale": _text(rationale, keep_lines=True),
                "status": parse_status(status).value,
            }
            self._db.conn.execute(
                'INSERT INTO claims (id, article_id, version_id, start, "end", quote, prefix,'
                " suffix, anchor_state, claim_text, claimant, verdict, rationale, status,"
                " reviewer, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    claim_id,
                    article_id,
                    version_id,
                    anchor.start,
                    anchor.end,
                    anchor.quote,
                    anchor.prefix,
                    anchor.suffix,
                    AnchorState.OK.value,
                    values["claim_text"],
                    values["claimant"],
                    values["verdict"],
                    values["rationale"],
                    values["status"],
                    self._db.reviewer,
                    now,
                    now,
                ),
            )
            claim = self.get_claim(claim_id)
            self._db.record(
                "claim", claim_id, "create", None, _claim_fields(claim),
                claim_id=claim_id, article_id=article_id,
            )
            if claim.status in DONE:  # checked at commit: sources may follow in the batch
                self._workflow.watch_final(claim_id, becoming=True)
        return claim

    def get_claim(self, claim_id: str) -> Claim:
        return read_claim(self._db, claim_id)

    def list_claims(
        self,
        article_id: str | None = None,
        *,
        status: Status | str | None = None,
        verdict: str | None = None,
    ) -> list[Claim]:
        """Claims in reading order (article, then position), optionally filtered."""
        scope = ReportScope(articles=None if article_id is None else (article_id,),
                            status=status, verdict=verdict)
        where, params = scope_where(scope, self._scales.canonical_verdict)
        sql = "SELECT c.* FROM claims c JOIN articles a ON a.id = c.article_id" + where
        sql += " ORDER BY a.imported_at, a.id, c.start, c.\"end\", c.created_at"
        return [claim_from_row(row) for row in self._db.rows(sql, params)]

    def update_claim(
        self, claim_id: str, *, correction_note: str | None = None, **fields: Any
    ) -> Claim:
        """Change any of claim_text, claimant, verdict, rationale, status.

        Only fields that really change are written and recorded in the history.
        Changing the verdict or rationale of a final or published claim (or of
        one that was, and has been reopened) is a correction: it needs
        `correction_note` (else CorrectionNoteRequired) and is recorded as one
        "correct" event carrying the note. So is marking a claim final (or
        published) again with a verdict or rationale other than the ones it last
        had while final. A change that would
        leave a final claim breaking the workflow rules raises WorkflowError.
        """
        return self._update(claim_id, fields, correction_note=correction_note)

    def replay_update(self, claim_id: str, *, withdraws: int | None = None,
                      **fields: Any) -> Claim:
        """`update_claim` for a step of an undo stack taken back or made again.

        Such a step brings the claim back to a judgement it already had, so it
        is never a correction and needs no note. `withdraws` names the "correct"
        event it takes back (undo of a correction): the write is then recorded as
        a "withdraw" event naming it, and that correction no longer stands.
        """
        return self._update(claim_id, fields, replay=True, withdraws=withdraws)

    def _update(self, claim_id: str, fields: dict[str, Any], *,
                correction_note: str | None = None, replay: bool = False,
                withdraws: int | None = None) -> Claim:
        unknown = set(fields) - set(EDITABLE_FIELDS)
        if unknown:
            raise ValidationError(translate(
                "Errors", "claims have no editable field(s) {fields}").format(
                fields=", ".join(sorted(unknown))))
        with self._db.writing():
            old = self.get_claim(claim_id)
            new: dict[str, str | None] = {}
            for key, value in fields.items():
                if key == "status":
                    new[key] = parse_status(value).value
                elif key == "verdict":
                    # Its own retired verdict, given again unchanged, is no new choice.
                    new[key] = self._scales.check_verdict(value, allow_retired=(
                        self._scales.canonical_verdict(value) == old.verdict))
                elif key == "claim_text":
                    new[key] = _text(value) or " ".join(old.quote.split())
                else:
                    new[key] = _text(value, keep_lines=key == "rationale")
            before = {k: _plain(getattr(old, k)) for k in new if _plain(getattr(old, k)) != new[k]}
            if not before:
                return old
            after: dict[str, Any] = {k: new[k] for k in before}
            action, note = "update", None
            status = Status(after.get("status") or old.status.value)
            becoming = status in DONE and old.status not in DONE
            if becoming or (status in DONE and {"verdict", "rationale"} & after.keys()):
                self._workflow.watch_final(claim_id, becoming=becoming)
            corrected = correction_fields(list(after))
            if withdraws is not None and self._workflow.standing_correction(claim_id, withdraws):
                action = "withdraw"
            # Not final now: what counts is the judgement it last had while final (an
            # undo may have changed it quietly since), for the fields written, and for
            # the whole judgement when it becomes final again.
            refinal = {} if replay or old.status in DONE else (
                self._workflow.refinal_changes(claim_id, after))
            if replay:
                corrected = []
            elif old.status not in DONE:
                corrected = list(refinal)
            if corrected:
                note = _text(correction_note)
                if note is None:
                    # A change the rules refuse anyway is named first: a note would not help.
                    problem = self._workflow.final_problem(
                        claim_id, self._workflow.workflow_rules(),
                        becoming=becoming, values=after)
                    if problem:
                        raise WorkflowError(problem)
                    raise CorrectionNoteRequired(correction_needed_message(
                        old.status, corrected, reopened=old.status not in DONE,
                        becoming=status if becoming else None))
                action = "correct"
            assignments = ", ".join(f"{k} = ?" for k in after)
            self._db.conn.execute(
                f"UPDATE claims SET {assignments}, reviewer = ?, updated_at = ? WHERE id = ?",
                (*after.values(), self._db.reviewer, utc_now(), claim_id),
            )
            if action == "correct":
                for key, (then, now) in refinal.items():  # against the last final judgement
                    before[key], after[key] = then, now
                after["correction_note"] = note
            elif action == "withdraw":
                after["withdrawn"] = withdraws
            self._db.record(
                "claim", claim_id, action, before, after,
                claim_id=claim_id, article_id=old.article_id,
            )
            return self.get_claim(claim_id)

    def set_claim_span(self, claim_id: str, start: int, end: int) -> Claim:
        """Move a claim's span within its article's current version."""
        with self._db.writing():
            old = self.get_claim(claim_id)
            version_id, anchor = self._anchor_in_current_version(old.article_id, start, end)
            if (old.version_id, old.start, old.end) == (version_id, start, end) and (
                old.anchor_state is AnchorState.OK
            ):
                return old
            self._db.conn.execute(
                'UPDATE claims SET version_id = ?, start = ?, "end" = ?, quote = ?, prefix = ?,'
                " suffix = ?, anchor_state = 'ok', updated_at = ? WHERE id = ?",
                (version_id, start, end, anchor.quote, anchor.prefix, anchor.suffix, utc_now(),
                 claim_id),
            )
            before = {"start": old.start, "end": old.end, "quote": old.quote,
                      "anchor_state": old.anchor_state.value}
            after = {"start": start, "end": end, "quote": anchor.quote, "anchor_state": "ok"}
            self._db.record(
                "claim", claim_id, "respan", before, after,
                claim_id=claim_id, article_id=old.article_id,
            )
            return self.get_claim(claim_id)

    def delete_claim(self, claim_id: str) -> DeletedClaim:
        """Delete a claim and its sources; the history keeps all of it."""
        with self._db.writing():
            return self.delete_read_claim(self.get_claim(claim_id))

    def delete_read_claim(self, claim: Claim) -> DeletedClaim:
        """Delete a claim already read (inside a write); its history records all of it."""
        sources = tuple(self._sources.list_sources(claim.id))
        self._db.conn.execute("DELETE FROM claims WHERE id = ?", (claim.id,))
        # Source ids too, so that a restore from the history gives them back as they were.
        before = _claim_fields(claim) | {
            "sources": [_source_fields(s) | {"id": s.id} for s in sources]}
        self._db.record(
            "claim", claim.id, "delete", before, None,
            claim_id=claim.id, article_id=claim.article_id,
        )
        return DeletedClaim(claim, sources)

    def restore_claim(self, deleted: DeletedClaim) -> Claim:
        """Put a deleted claim back with the same id, fields and sources."""
        claim = deleted.claim
        with self._db.writing():
            row = _claim_fields(claim) | {"id": claim.id}
            self._db.table("claims").insert(row)
            for source in deleted.sources:
                self._db.table("sources").insert(_source_fields(source) | {"id": source.id})
            self._db.record(
                "claim", claim.id, "restore", None, _claim_fields(claim),
                claim_id=claim.id, article_id=claim.article_id,
            )
            return self.get_claim(claim.id)

    def require_unchanged(self, claim_id: str, expected: dict[str, Any],
                          what: str = "Undo") -> None:
        """StaleEditError, naming who changed what, unless the claim still holds
        `expected` (an undo or redo about to write over it; see stale.py)."""
        require_unchanged(self._db, self._scales, claim_id, expected, what)

    def search_claims(self, phrase: str, *, limit: int = 200) -> list[str]:
        """Ids of claims whose quote, claim text or rationale, or whose article's
        title, or the kept copy of one of whose sources, contain every word of
        `phrase`: best matches first, the claim's own words before its article's
        title before its sources' copies.

        Ranking costs a few microseconds per match, so a word found in a tenth of a
        million claims took over a second: each index ranks at most RANKED_AT_MOST
        matches, the newest ones (highest rowid), and the later indexes are asked
        only while fewer than `limit` claims were found."""
        query = fts_query(phrase)
        if not query:
            return []
        found: dict[str, None] = {}
        for sql in _SEARCHES:
            wanted = limit - len(found)
            if wanted <= 0:
                break
            rows = self._db.tuples(sql, {"q": query, "most": max(RANKED_AT_MOST, limit),
                                         "limit": wanted + len(found)})
            for (claim_id,) in rows:
                found.setdefault(claim_id, None)
        return list(found)[:limit]

    def _anchor_in_current_version(
        self, article_id: str, start: int, end: int
    ) -> tuple[str, Anchor]:
        """Cut quote and context in SQL, so that marking a claim costs the same in a
        1 MB article as in a short one (no copy of the whole text into Python).
        SQLite's length() and substr() count characters, i.e. code points."""
        if start < 0 or end <= start:
            raise ValidationError(translate(
                "Errors", "span {start}-{end} is empty or reversed: the start must come before"
                " the end").format(start=start, end=end))
        row = require(
            self._db.row(
                "SELECT v.id, length(v.text) AS n, substr(v.text, :s + 1, :e - :s) AS quote,"
                " substr(v.text, :p + 1, :s - :p) AS prefix, substr(v.text, :e + 1, :w) AS suffix"
                " FROM articles a JOIN article_versions v ON v.id = a.current_version_id"
                " WHERE a.id = :a",
                {"a": article_id, "s": start, "e": end, "p": max(0, start - CONTEXT_CHARS),
                 "w": CONTEXT_CHARS},
            ),
            "article", article_id,
        )
        check_span(row["n"], start, end)
        anchor = make_anchor(start, end, quote=row["quote"], prefix=row["prefix"],
                             suffix=row["suffix"])
        return row["id"], anchor


#: How many matches of one full-text index are ranked at most (the newest ones).
RANKED_AT_MOST = 5_000
# Each index's matches best first, among its RANKED_AT_MOST newest ones: the
# subquery finds the rowid from which they start (no ranking needed to count
# back), and FTS5 reads only the rowids from there. Asking `limit` more than were
# found keeps enough when some are claims found already.
_NEWEST = """coalesce((SELECT rowid FROM {fts} WHERE {fts} MATCH :q
                       ORDER BY rowid DESC LIMIT 1 OFFSET :most - 1), 0)"""
_SEARCHES = (
    f"""SELECT c.id FROM claims_fts f JOIN claims c ON c.rowid = f.rowid
         WHERE claims_fts MATCH :q AND f.rowid >= {_NEWEST.format(fts="claims_fts")}
         ORDER BY f.rank LIMIT :limit""",
    # Not limited before the join: the best-ranked articles may have no claims yet.
    f"""SELECT c.id FROM (SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH :q
                           AND rowid >= {_NEWEST.format(fts="articles_fts")}) AS f
          JOIN articles a ON a.rowid = f.rowid JOIN claims c ON c.article_id = a.id
         ORDER BY f.rank LIMIT :limit""",
    f"""SELECT s.claim_id FROM (SELECT rowid, rank FROM source_copies_fts
                                WHERE source_copies_fts MATCH :q
                                  AND rowid >= {_NEWEST.format(fts="source_copies_fts")}
                                ORDER BY rank LIMIT :limit) AS f
          JOIN source_copies k ON k.rowid = f.rowid JOIN sources s ON s.id = k.source_id
         ORDER BY f.rank LIMIT :limit""",
)


def fts_query(phrase: str) -> str:
    """Every word quoted (so `U.S.` or `3.5%` are words, not syntax), all required."""
    words = [word.replace('"', '""') for word in phrase.split()]
    return " ".join(f'"{word}"' for word in words if word.strip('"'))


def read_claim(db: Db, claim_id: str) -> Claim:
    """The claim, or NotFoundError (for parts that may not depend on `Claims`)."""
    return claim_from_row(require(db.row("SELECT * FROM claims WHERE id = ?", (claim_id,)),
                                  "claim", claim_id))


def claim_from_row(row: sqlite3.Row) -> Claim:
    return Claim(
        id=row["id"],
        article_id=row["article_id"],
        version_id=row["version_id"],
        start=row["start"],
        end=row["end"],
        quote=row["quote"],
        prefix=row["prefix"],
        suffix=row["suffix"],
        anchor_state=AnchorState(row["anchor_state"]),
        claim_text=row["claim_text"],
        claimant=row["claimant"],
        verdict=row["verdict"],
        rationale=row["rationale"],
        status=Status(row["status"]),
        reviewer=row["reviewer"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        original_quote=row["original_quote"],
    )


def _claim_fields(claim: Claim) -> dict[str, Any]:
    data = {k: _plain(v) for k, v in asdict(claim).items()}
    data.pop("id")
    return data


def _source_fields(source: Source) -> dict[str, Any]:
    data = {k: _plain(v) for k, v in asdict(source).items()}
    data.pop("id")
    data.pop("web", None)  # what reports add about the page, not a stored field
    return data


def _plain(value: Any) -> Any:
    """Enum members as their stored text."""
    return getattr(value, "value", value)
