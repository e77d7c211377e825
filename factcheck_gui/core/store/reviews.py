"""Blind review passes and their claims (see core/review.py for the idea).

A pass's claims never enter the `claims` table: reports, the library and every
other part keep showing only the article's curated claims. Curated claims made
from a pass carry a `curate` event naming the passes and claims they came from.
Reading another reviewer's pass while one's own pass on that article is open
raises BlindReviewError.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from factcheck_gui.core.clock import new_id, utc_now
from factcheck_gui.core.errors import BlindReviewError, ValidationError
from factcheck_gui.core.models import Status
from factcheck_gui.core.store.base import Db, require
from factcheck_gui.core.store.scope import parse_status
from factcheck_gui.core.store.text import clean_text
from factcheck_gui.core.translatable import translate
from factcheck_gui.core.urls import article_url

if TYPE_CHECKING:
    from factcheck_gui.core.review import PassClaim, PassSource, ReviewPass


def _name(reviewer: str) -> str:
    name = " ".join((reviewer or "").split())
    if not name:
        raise ValidationError(translate("Errors", "a review pass needs a reviewer's name"))
    return name


class Reviews:
    """Starting, filling in and finishing review passes; curation links."""

    def __init__(self, db: Db) -> None:
        self._db = db

    # -- passes ----------------------------------------------------------------
    def start_pass(self, article_id: str, reviewer: str, *, pass_id: str | None = None,
                   version_id: str | None = None, started_at: str | None = None,
                   done_at: str | None = None, origin: str | None = None) -> ReviewPass:
        """Put the article's current version up for `reviewer`'s independent check.
        Raises ValidationError when that reviewer already has an open pass on it."""
        reviewer = _name(reviewer)
        with self._db.writing():
            row = require(self._db.row("SELECT current_version_id FROM articles WHERE id = ?",
                                       (article_id,)), "article", article_id)
            if self.open_pass(article_id, reviewer) is not None and done_at is None:
                raise ValidationError(_already_open(reviewer))
            pass_id = pass_id or new_id()
            values = (pass_id, article_id, version_id or row["current_version_id"], reviewer,
                      started_at or utc_now(), self._db.reviewer, done_at, origin)
            self._db.conn.execute(
                "INSERT INTO review_passes (id, article_id, version_id, reviewer, started_at,"
                " started_by, done_at, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", values)
            review = self.get_pass(pass_id)
            self._db.record("review", pass_id, "start", None, _pass_fields(review),
                            article_id=article_id)
        return review

    def get_pass(self, pass_id: str) -> ReviewPass:
        return _pass(require(self._db.row("SELECT * FROM review_passes WHERE id = ?",
                                          (pass_id,)), "review pass", pass_id))

    def resolve_pass(self, text: str) -> ReviewPass:
        """A pass by id or unambiguous id prefix (4+ characters)."""
        text = text.strip()
        rows = self._db.rows("SELECT * FROM review_passes WHERE id = ? OR (length(?) >= 4 AND"
                             " substr(id, 1, length(?)) = ?) LIMIT 2", (text, text, text, text))
        if len(rows) > 1:
            raise ValidationError(translate(
                "Errors", "review pass id {id} is ambiguous; give more characters").format(
                id=repr(text)))
        return _pass(require(rows[0] if rows else None, "review pass", text))

    def list_passes(self, article_id: str | None = None, *, reviewer: str | None = None,
                    done: bool | None = None) -> list[ReviewPass]:
        clauses, params = [], []
        if article_id is not None:
            clauses.append("article_id = ?")
            params.append(article_id)
        if reviewer is not None:
            clauses.append("lower(reviewer) = lower(?)")
            params.append(_name(reviewer))
        if done is not None:
            clauses.append("done_at IS NOT NULL" if done else "done_at IS NULL")
        where = " WHERE " + " AND ".join(clauses) if clauses else ""
        return [_pass(r) for r in self._db.rows(
            f"SELECT * FROM review_passes{where} ORDER BY started_at, id", params)]

    def open_pass(self, article_id: str, reviewer: str) -> ReviewPass | None:
        passes = self.list_passes(article_id, reviewer=reviewer, done=False)
        return passes[0] if passes else None

    def blind_articles(self, reviewer: str) -> set[str]:
        """Articles on which `reviewer` has a pass not yet marked done."""
        return {r["article_id"] for r in self._db.rows(
            "SELECT article_id FROM review_passes WHERE done_at IS NULL AND"
            " lower(reviewer) = lower(?)", (" ".join(reviewer.split()),))}

    def require_not_blind(self, article_id: str, viewer: str) -> None:
        """Raise BlindReviewError when `viewer` has an open pass on the article."""
        if article_id in self.blind_articles(viewer):
            raise BlindReviewError(translate(
                "Errors", "{reviewer} has a blind review pass open on this article: mark it done"
                " before looking at the others' claims").format(reviewer=viewer))

    def set_done(self, pass_id: str, done: bool) -> ReviewPass:
        """Mark the pass done (its reviewer may now see the others) or open again."""
        with self._db.writing():
            before = self.get_pass(pass_id)
            if done == before.done:
                return before
            if not done and self.open_pass(before.article_id, before.reviewer) is not None:
                raise ValidationError(_already_open(before.reviewer))
            self._db.conn.execute("UPDATE review_passes SET done_at = ? WHERE id = ?",
                                  (utc_now() if done else None, pass_id))
            after = self.get_pass(pass_id)
            self._db.record("review", pass_id, "done" if done else "reopen",
                            _pass_fields(before), _pass_fields(after),
                            article_id=before.article_id)
        return after

    def delete_pass(self, pass_id: str) -> ReviewPass:
        """Remove a pass and its claims (undoing its start); the history keeps both."""
        with self._db.writing():
            review = self.get_pass(pass_id)
            for claim in self.pass_claims(pass_id):
                self.delete_pass_claim(claim.id)
            self._db.conn.execute("DELETE FROM review_passes WHERE id = ?", (pass_id,))
            self._db.record("review", pass_id, "delete", _pass_fields(review), None,
                            article_id=review.article_id)
        return review

    def pass_text(self, review: ReviewPass) -> str:
        return self._db.one("SELECT text FROM article_versions WHERE id = ?",
                            (review.version_id,))["text"]

    # -- a pass's claims -----------------------------------------------------------
    def pass_claims(self, pass_id: str, *, viewer: str | None = None) -> list[PassClaim]:
        """The pass's claims in text order. With `viewer`, refused while the viewer
        has an open pass of their own on the article and this pass is someone else's."""
        review = self.get_pass(pass_id)
        if viewer is not None and review.reviewer.lower() != _name(viewer).lower():
            self.require_not_blind(review.article_id, viewer)
        return [_claim(r, review.reviewer) for r in self._db.rows(
            'SELECT * FROM pass_claims WHERE pass_id = ? ORDER BY start, "end", created_at, id',
            (pass_id,))]

    def get_pass_claim(self, claim_id: str) -> PassClaim:
        row = require(self._db.row("SELECT p.reviewer, c.* FROM pass_claims c JOIN"
                                   " review_passes p ON p.id = c.pass_id WHERE c.id = ?",
                                   (claim_id,)), "review claim", claim_id)
        return _claim(row, row["reviewer"])

    def add_pass_claim(self, pass_id: str, start: int, end: int, *,
                       claim_text: str | None = None, verdict: str | None = None,
                       rationale: str | None = None, status: Status | str = Status.TO_CHECK,
                       sources: Sequence[PassSource | str] = (), claim_id: str | None = None,
                       imported: bool = False) -> PassClaim:
        """Mark `text[start:end]` of the pass's version. Only an open pass takes new
        claims (an imported pass is filled in as it was, `imported=True`)."""
        from factcheck_gui.core.review import PassSource  # made on first use

        with self._db.writing():
            review = self.get_pass(pass_id)
            if review.done and not imported:
                raise ValidationError(_marked_done())
            text = self.pass_text(review)
            if not 0 <= start < end <= len(text):
                raise ValidationError(translate(
                    "Errors", "span {start}-{end} is outside the text (0-{length})").format(
                    start=start, end=end, length=len(text)))
            quote = text[start:end]
            now = utc_now()
            claim_id = claim_id or new_id()
            kept = [s if isinstance(s, PassSource) else PassSource(s) for s in sources]
            urls = [PassSource(u, s.title, s.stance) for s in kept
                    if (u := article_url(s.url))]
            self._db.conn.execute(
                'INSERT INTO pass_claims (id, pass_id, start, "end", quote, claim_text, verdict,'
                " rationale, status, sources, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (claim_id, pass_id, start, end, quote,
                 clean_text(claim_text) or " ".join(quote.split()),
                 clean_text(verdict), clean_text(rationale, keep_lines=True),
                 parse_status(status).value, _sources_json(urls), now, now))
            claim = self.get_pass_claim(claim_id)
            self._db.record("review-claim", claim_id, "create", None, _claim_fields(claim),
                            article_id=review.article_id)
        return claim

    def update_pass_claim(self, claim_id: str, **fields: Any) -> PassClaim:
        """Change verdict, rationale, status, claim_text or sources of a claim of an
        open pass."""
        from factcheck_gui.core.review import PassSource  # made on first use

        allowed = {"verdict", "rationale", "status", "claim_text", "sources"}
        unknown = set(fields) - allowed
        if unknown:
            raise ValidationError(translate("Errors", "cannot change {fields}").format(
                fields=", ".join(sorted(unknown))))
        with self._db.writing():
            before = self.get_pass_claim(claim_id)
            review = self.get_pass(before.pass_id)
            if review.done:
                raise ValidationError(_marked_done())
            values: dict[str, Any] = {}
            for key, value in fields.items():
                if key == "status":
                    values[key] = parse_status(value).value
                elif key == "sources":
                    values[key] = _sources_json(
                        [s if isinstance(s, PassSource) else PassSource(s) for s in value])
                else:
                    values[key] = clean_text(value, keep_lines=key == "rationale")
            values["updated_at"] = utc_now()
            sets = ", ".join(f"{k} = ?" for k in values)
            self._db.conn.execute(f"UPDATE pass_claims SET {sets} WHERE id = ?",
                                  (*values.values(), claim_id))
            after = self.get_pass_claim(claim_id)
            self._db.record("review-claim", claim_id, "update", _claim_fields(before),
                            _claim_fields(after), article_id=review.article_id)
        return after

    def delete_pass_claim(self, claim_id: str) -> PassClaim:
        with self._db.writing():
            claim = self.get_pass_claim(claim_id)
            review = self.get_pass(claim.pass_id)
            self._db.conn.execute("DELETE FROM pass_claims WHERE id = ?", (claim_id,))
            self._db.record("review-claim", claim_id, "delete", _claim_fields(claim), None,
                            article_id=review.article_id)
        return claim

    def restore_pass_claim(self, claim: PassClaim) -> PassClaim:
        """Put a deleted pass claim back as it was (undo)."""
        with self._db.writing():
            review = self.get_pass(claim.pass_id)
            self._db.conn.execute(
                'INSERT INTO pass_claims (id, pass_id, start, "end", quote, claim_text, verdict,'
                " rationale, status, sources, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (claim.id, claim.pass_id, claim.start, claim.end, claim.quote,
                 claim.claim_text, claim.verdict, claim.rationale, claim.status,
                 _sources_json(list(claim.sources)), claim.created_at, utc_now()))
            restored = self.get_pass_claim(claim.id)
            self._db.record("review-claim", claim.id, "restore", None, _claim_fields(restored),
                            article_id=review.article_id)
        return restored

    # -- curation --------------------------------------------------------------
    def link_curated(self, claim_id: str, article_id: str, how: str,
                     taken_from: Sequence[PassClaim]) -> None:
        """Record in the curated claim's history which passes' claims it came from
        (inside the same transaction as the claim's own change)."""
        origins = [{"pass_id": c.pass_id, "review_claim_id": c.id, "reviewer": c.reviewer,
                    "verdict": c.verdict, "start": c.start, "end": c.end}
                   for c in taken_from]
        with self._db.writing():
            self._db.record("claim", claim_id, "curate", None,
                            {"how": how, "from": origins},
                            claim_id=claim_id, article_id=article_id)

    def curated_from(self, claim_id: str) -> list[dict[str, Any]]:
        """Every curation link recorded for the claim, oldest first."""
        return [json.loads(r["after"]) for r in self._db.rows(
            "SELECT after FROM events WHERE claim_id = ? AND action = 'curate' ORDER BY id",
            (claim_id,))]


def _pass(row: sqlite3.Row) -> ReviewPass:
    from factcheck_gui.core.review import ReviewPass  # made on first use (a start has none)

    return ReviewPass(id=row["id"], article_id=row["article_id"], version_id=row["version_id"],
                      reviewer=row["reviewer"], started_at=row["started_at"],
                      started_by=row["started_by"], done_at=row["done_at"],
                      origin=row["origin"])


def _claim(row: sqlite3.Row, reviewer: str) -> PassClaim:
    from factcheck_gui.core.review import PassClaim, PassSource

    sources = tuple(PassSource(s["url"], s.get("title"), s.get("stance"))
                    for s in json.loads(row["sources"] or "[]"))
    return PassClaim(id=row["id"], pass_id=row["pass_id"], reviewer=reviewer,
                     start=row["start"], end=row["end"], quote=row["quote"],
                     claim_text=row["claim_text"], verdict=row["verdict"],
                     rationale=row["rationale"], status=row["status"], sources=sources,
                     created_at=row["created_at"], updated_at=row["updated_at"])


def _sources_json(sources: Sequence[PassSource]) -> str:
    return json.dumps([{k: v for k, v in (("url", s.url), ("title", s.title),
                                          ("stance", s.stance)) if v}
                       for s in sources], ensure_ascii=False)


def _pass_fields(review: ReviewPass) -> dict[str, Any]:
    return {"reviewer": review.reviewer, "version_id": review.version_id,
            "done_at": review.done_at, "origin": review.origin}


def _claim_fields(claim: PassClaim) -> dict[str, Any]:
    return {"pass_id": claim.pass_id, "start": claim.start, "end": claim.end,
            "quote": claim.quote, "verdict": claim.verdict, "rationale": claim.rationale,
            "status": claim.status, "sources": [s.url for s in claim.sources]}


def _already_open(reviewer: str) -> str:
    return translate(
        "Errors", "{reviewer} already has an open review pass on this article").format(
        reviewer=reviewer)


def _marked_done() -> str:
    return translate("Errors", "this review pass is marked done; open it again first")
