"""Claims: spans of an article version with a verdict, rationale and status."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass
from typing import Any

from factcheck_gui.core.anchoring import CONTEXT_CHARS, Anchor, check_span, make_anchor
from factcheck_gui.core.clock import new_id, utc_now
from factcheck_gui.core.errors import CorrectionNoteRequired, ValidationError, WorkflowError
from factcheck_gui.core.models import AnchorState, Claim, Source, Status
from factcheck_gui.core.store.base import StoreBase, require
from factcheck_gui.core.textclean import field_text
from factcheck_gui.core.workflow import DONE, correction_fields, correction_needed_message

EDITABLE_FIELDS = ("claim_text", "claimant", "verdict", "rationale", "status")


@dataclass(frozen=True, slots=True)
class DeletedClaim:
    """Everything needed to put a deleted claim back exactly (undo, restore)."""

    claim: Claim
    sources: tuple[Source, ...]


class ClaimOps(StoreBase):
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
        with self._writing():
            version_id, anchor = self._anchor_in_current_version(article_id, start, end)
            values = {
                "claim_text": _text(claim_text) or " ".join(anchor.quote.split()),
                "claimant": _text(claimant),
                "verdict": self._check_verdict(verdict),
                "rationale": _text(rationale, keep_lines=True),
                "status": _status(status).value,
            }
            self._conn.execute(
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
                    self.reviewer,
                    now,
                    now,
                ),
            )
            claim = self.get_claim(claim_id)
            self._record(
                "claim", claim_id, "create", None, _claim_fields(claim),
                claim_id=claim_id, article_id=article_id,
            )
            if claim.status in DONE:  # checked at commit: sources may follow in the batch
                self._watch_final(claim_id, becoming=True)  # type: ignore[attr-defined]
        return claim

    def get_claim(self, claim_id: str) -> Claim:
        row = self._row("SELECT * FROM claims WHERE id = ?", (claim_id,))
        return claim_from_row(require(row, "claim", claim_id))

    def list_claims(
        self,
        article_id: str | None = None,
        *,
        status: Status | str | None = None,
        verdict: str | None = None,
    ) -> list[Claim]:
        """Claims in reading order (article, then position), optionally filtered."""
        where, params = claim_filter(article_id, status, self._canonical_verdict(verdict))
        sql = "SELECT c.* FROM claims c JOIN articles a ON a.id = c.article_id"
        sql += f" WHERE {where}" if where else ""
        sql += " ORDER BY a.imported_at, a.id, c.start, c.\"end\", c.created_at"
        return [claim_from_row(row) for row in self._rows(sql, params)]

    def update_claim(
        self, claim_id: str, *, correction_note: str | None = None, **fields: Any
    ) -> Claim:
        """Change any of claim_text, claimant, verdict, rationale, status.

        Only fields that really change are written and recorded in the history.
        Changing the verdict or rationale of a final or published claim (or of
        one that was, and has been reopened) is a correction: it needs
        `correction_note` (else CorrectionNoteRequired) and is recorded as one
        "correct" event carrying the note. A change that would
        leave a final claim breaking the workflow rules raises WorkflowError.
        """
        unknown = set(fields) - set(EDITABLE_FIELDS)
        if unknown:
            raise ValidationError(f"claims have no editable field(s) {', '.join(sorted(unknown))}")
        with self._writing():
            old = self.get_claim(claim_id)
            new = {}
            for key, value in fields.items():
                if key == "status":
                    new[key] = _status(value).value
                elif key == "verdict":
                    # Its own retired verdict, given again unchanged, is no new choice.
                    new[key] = self._check_verdict(value, allow_retired=(
                        self._canonical_verdict(value) == old.verdict))
                elif key == "claim_text":
                    new[key] = _text(value) or " ".join(old.quote.split())
                else:
                    new[key] = _text(value, keep_lines=key == "rationale")
            before = {k: _plain(getattr(old, k)) for k in new if _plain(getattr(old, k)) != new[k]}
            if not before:
                return old
            after = {k: new[k] for k in before}
            action, note = "update", None
            status = Status(after.get("status", old.status.value))
            becoming = status in DONE and old.status not in DONE
            if becoming or (status in DONE and {"verdict", "rationale"} & after.keys()):
                self._watch_final(claim_id, becoming=becoming)  # type: ignore[attr-defined]
            corrected = correction_fields(list(after))
            if corrected and not self.once_final(claim_id):  # type: ignore[attr-defined]
                corrected = []
            if corrected:
                note = _text(correction_note)
                if note is None:
                    # A change the rules refuse anyway is named first: a note would not help.
                    problem = self._final_problem(  # type: ignore[attr-defined]
                        claim_id, self.workflow_rules(),  # type: ignore[attr-defined]
                        becoming=becoming, values=after)
                    if problem:
                        raise WorkflowError(problem)
                    raise CorrectionNoteRequired(correction_needed_message(
                        old.status, corrected, reopened=old.status not in DONE))
                action = "correct"
            assignments = ", ".join(f"{k} = ?" for k in after)
            self._conn.execute(
                f"UPDATE claims SET {assignments}, reviewer = ?, updated_at = ? WHERE id = ?",
                (*after.values(), self.reviewer, utc_now(), claim_id),
            )
            if action == "correct":
                after["correction_note"] = note
            self._record(
                "claim", claim_id, action, before, after,
                claim_id=claim_id, article_id=old.article_id,
            )
            return self.get_claim(claim_id)

    def set_claim_span(self, claim_id: str, start: int, end: int) -> Claim:
        """Move a claim's span within its article's current version."""
        with self._writing():
            old = self.get_claim(claim_id)
            version_id, anchor = self._anchor_in_current_version(old.article_id, start, end)
            if (old.version_id, old.start, old.end) == (version_id, start, end) and (
                old.anchor_state is AnchorState.OK
            ):
                return old
            self._conn.execute(
                'UPDATE claims SET version_id = ?, start = ?, "end" = ?, quote = ?, prefix = ?,'
                " suffix = ?, anchor_state = 'ok', updated_at = ? WHERE id = ?",
                (version_id, start, end, anchor.quote, anchor.prefix, anchor.suffix, utc_now(),
                 claim_id),
            )
            before = {"start": old.start, "end": old.end, "quote": old.quote,
                      "anchor_state": old.anchor_state.value}
            after = {"start": start, "end": end, "quote": anchor.quote, "anchor_state": "ok"}
            self._record(
                "claim", claim_id, "respan", before, after,
                claim_id=claim_id, article_id=old.article_id,
            )
            return self.get_claim(claim_id)

    def delete_claim(self, claim_id: str) -> DeletedClaim:
        """Delete a claim and its sources; the history keeps all of it."""
        with self._writing():
            return self._delete_claim(self.get_claim(claim_id))

    def _delete_claim(self, claim: Claim) -> DeletedClaim:
        """Delete a claim already read (inside a write); its history records all of it."""
        sources = tuple(self.list_sources(claim.id))  # type: ignore[attr-defined]
        self._conn.execute("DELETE FROM claims WHERE id = ?", (claim.id,))
        # Source ids too, so that a restore from the history gives them back as they were.
        before = _claim_fields(claim) | {
            "sources": [_source_fields(s) | {"id": s.id} for s in sources]}
        self._record(
            "claim", claim.id, "delete", before, None,
            claim_id=claim.id, article_id=claim.article_id,
        )
        return DeletedClaim(claim, sources)

    def restore_claim(self, deleted: DeletedClaim) -> Claim:
        """Put a deleted claim back with the same id, fields and sources."""
        claim = deleted.claim
        with self._writing():
            row = _claim_fields(claim) | {"id": claim.id}
            self.db["claims"].insert(row)
            for source in deleted.sources:
                self.db["sources"].insert(_source_fields(source) | {"id": source.id})
            self._record(
                "claim", claim.id, "restore", None, _claim_fields(claim),
                claim_id=claim.id, article_id=claim.article_id,
            )
            return self.get_claim(claim.id)

    def _anchor_in_current_version(
        self, article_id: str, start: int, end: int
    ) -> tuple[str, Anchor]:
        """Cut quote and context in SQL, so that marking a claim costs the same in a
        1 MB article as in a short one (no copy of the whole text into Python).
        SQLite's length() and substr() count characters, i.e. code points."""
        if start < 0 or end <= start:
            raise ValidationError(
                f"span {start}-{end} is empty or reversed: the start must come before the end"
            )
        row = require(
            self._row(
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

    def _canonical_verdict(self, verdict: str | None) -> str | None:
        """The scale's spelling of `verdict` for filtering (any case, retired too)."""
        verdict = _text(verdict)
        scale = self.active_scale()  # type: ignore[attr-defined]
        label = scale.find(verdict) if scale and verdict else None
        return label.label if label else verdict

    def _check_verdict(self, verdict: str | None, *, allow_retired: bool = False) -> str | None:
        """The scale's spelling of `verdict`; refuses labels the scale lacks, and retired
        ones unless `allow_retired` (an import bringing back a verdict it still shows)."""
        verdict = _text(verdict)
        if verdict is None:
            return None
        scale = self.active_scale()  # type: ignore[attr-defined]
        if scale is None:
            return verdict
        label = scale.find(verdict)
        if label is None or (label.retired and not allow_retired):
            known = ", ".join(item.label for item in scale.labels if not item.retired)
            raise ValidationError(f"{verdict!r} is not a verdict of the scale {scale.name!r}"
                                  f" (use one of: {known})")
        return label.label


def claim_filter(
    article_id: str | None, status: Status | str | None, verdict: str | None
) -> tuple[str, list[Any]]:
    """SQL WHERE text (over alias c) and parameters shared by lists and reports."""
    clauses, params = [], []
    if article_id is not None:
        clauses.append("c.article_id = ?")
        params.append(article_id)
    if status is not None:
        clauses.append("c.status = ?")
        params.append(_status(status).value)
    if verdict is not None:
        clauses.append("c.verdict = ?")
        params.append(verdict)
    return " AND ".join(clauses), params


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
    return data


def _plain(value: Any) -> Any:
    """Enum members as their stored text."""
    return getattr(value, "value", value)


def _status(value: Status | str) -> Status:
    if isinstance(value, Status):
        return value
    try:
        return Status.parse(str(value))
    except ValueError as error:
        raise ValidationError(str(error)) from None


def _text(value: str | None, *, keep_lines: bool = False) -> str | None:
    """Trimmed text, or None when empty. Single-line fields collapse whitespace."""
    if value is None:
        return None
    value = field_text(str(value))
    value = value.strip() if keep_lines else " ".join(value.split())
    return value or None
