"""New versions of an article's text, and claims re-anchored onto them."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from factcheck_gui.core.anchoring import anchor_at
from factcheck_gui.core.clock import new_id, sha256_text, utc_now
from factcheck_gui.core.errors import ValidationError
from factcheck_gui.core.models import AnchorState, ArticleVersion, Claim
from factcheck_gui.core.store.base import Db, require
from factcheck_gui.core.store.text import clean_text as _text
from factcheck_gui.core.store.web import insert_fetch
from factcheck_gui.core.textclean import article_text
from factcheck_gui.core.translatable import translate

if TYPE_CHECKING:
    from factcheck_gui.core.models import SavedAnchor, VersionUpdate, WebFetch
    from factcheck_gui.core.reanchor import Placement
    from factcheck_gui.core.store.articles import Articles
    from factcheck_gui.core.store.claims import Claims
    from factcheck_gui.core.store.events import Events


class Versions:
    """An article's text versions: reading them, adding one with its claims
    re-anchored (and taking it back), and placing single claims by hand."""

    def __init__(self, db: Db, articles: Articles, claims: Claims, events: Events) -> None:
        self._db = db
        self._articles = articles
        self._claims = claims
        self._events = events
        self._version_numbers: dict[str, int] = {}

    def current_version(self, article_id: str) -> ArticleVersion:
        row = self._db.row(
            "SELECT v.* FROM article_versions v JOIN articles a ON a.current_version_id = v.id"
            " WHERE a.id = ?",
            (article_id,),
        )
        return version_from_row(require(row, "article", article_id))

    def get_version(self, version_id: str) -> ArticleVersion:
        row = self._db.row("SELECT * FROM article_versions WHERE id = ?", (version_id,))
        return version_from_row(require(row, "article version", version_id))

    def list_versions(self, article_id: str) -> list[ArticleVersion]:
        return [
            version_from_row(row)
            for row in self._db.rows(
                "SELECT * FROM article_versions WHERE article_id = ? ORDER BY number",
                (article_id,),
            )
        ]

    def add_version(self, article_id: str, text: str, note: str | None = None, *,
                    fetched: WebFetch | None = None) -> VersionUpdate:
        """Store `text` as the article's new current version and re-anchor its claims.

        All in one transaction: the version, each changed claim and its history
        entry, or nothing. Older versions stay as they were. A claim that cannot be
        placed is kept whole (verdict, rationale, sources) as 'orphaned', with its
        last quote and offsets, which refer to the version it was last placed on.
        """
        from factcheck_gui.core.models import SavedAnchor, VersionUpdate  # (rare_models)

        text = article_text(text)
        if not text.strip():
            raise ValidationError(translate("Errors", "the new text is empty"))
        note = _text(note)
        with self._db.writing():
            current = self.current_version(article_id)
            if text == current.text:
                raise ValidationError(translate(
                    "Errors", "the text is the same as the current version ({number}); nothing"
                    " to update").format(number=current.number))
            number = self._db.one(
                "SELECT max(number) AS n FROM article_versions WHERE article_id = ?",
                (article_id,),
            )["n"] + 1
            now, version_id = utc_now(), new_id()
            insert_version(self._db, version_id, article_id, number, text, now, note)
            if fetched is not None:  # fetched from the web: keep where from, and the bytes
                insert_fetch(self._db, version_id, article_id, fetched)
            self._db.conn.execute(
                "UPDATE articles SET current_version_id = ?, updated_at = ? WHERE id = ?",
                (version_id, now, article_id),
            )
            self._db.record(
                "article", article_id, "new-version",
                {"version": current.number, "version_id": current.id},
                {"version": number, "version_id": version_id, "note": note,
                 "sha256": sha256_text(text)},
                article_id=article_id,
            )
            ids: dict[str, list[str]] = {state.value: [] for state in AnchorState}
            saved = []
            for claim, placed in self._placements(article_id, text):
                saved.append(SavedAnchor(claim.id, claim.version_id, claim.start, claim.end,
                                         claim.quote, claim.prefix, claim.suffix,
                                         claim.anchor_state.value, claim.original_quote))
                state = self.apply(claim, placed, version_id, text, now)
                ids[state.value].append(claim.id)
            version = self.get_version(version_id)
        return VersionUpdate(version=version, ids_by_state=ids, previous_version_id=current.id,
                             previous_anchors=tuple(saved))

    def undo_version(self, update: VersionUpdate) -> None:
        """Take back `add_version`: the previous text is current again, the claims
        sit where they sat, and the new version is removed (history keeps it all).

        Refused when the article moved on since (a newer version, or claims made
        on the new text): undo those first.
        """
        version = update.version
        with self._db.writing():
            article = self._articles.get_article(version.article_id)
            if article.current_version_id != version.id:
                raise ValidationError(translate(
                    "Errors", "the article's text has changed since this update; undo the later"
                    " change first"))
            known = {saved.claim_id for saved in update.previous_anchors}
            newer = self._db.rows("SELECT id FROM claims WHERE version_id = ?", (version.id,))
            if any(row["id"] not in known for row in newer):
                raise ValidationError(translate(
                    "Errors", "claims were marked on the new text since this update; undo them"
                    " first"))
            for saved in update.previous_anchors:
                self._db.conn.execute(
                    'UPDATE claims SET version_id = ?, start = ?, "end" = ?, quote = ?,'
                    " prefix = ?, suffix = ?, anchor_state = ?, original_quote = ? WHERE id = ?",
                    (saved.version_id, saved.start, saved.end, saved.quote, saved.prefix,
                     saved.suffix, saved.anchor_state, saved.original_quote, saved.claim_id),
                )
            self._db.conn.execute(
                "UPDATE articles SET current_version_id = ?, updated_at = ? WHERE id = ?",
                (update.previous_version_id, utc_now(), version.article_id),
            )
            self._db.conn.execute("DELETE FROM article_versions WHERE id = ?", (version.id,))
            self._db.conn.execute("DELETE FROM web_fetches WHERE version_id = ?", (version.id,))
            self._db.record(
                "article", version.article_id, "undo-version",
                {"version": version.number, "version_id": version.id, "sha256": version.sha256},
                {"version_id": update.previous_version_id},
                article_id=version.article_id,
            )

    def reattach_claim(self, claim_id: str, start: int, end: int) -> Claim:
        """Anchor a claim (an orphan, or a fuzzy one being confirmed) to
        `text[start:end]` of its article's current version; its state becomes ok."""
        with self._db.writing():
            old = self._claims.get_claim(claim_id)
            version = self.current_version(old.article_id)
            anchor = anchor_at(version.text, start, end)
            original = old.original_quote
            if original is None and old.quote != anchor.quote:
                original = old.quote
            self._db.conn.execute(
                'UPDATE claims SET version_id = ?, start = ?, "end" = ?, quote = ?, prefix = ?,'
                " suffix = ?, anchor_state = 'ok', original_quote = ?, updated_at = ?"
                " WHERE id = ?",
                (version.id, start, end, anchor.quote, anchor.prefix, anchor.suffix, original,
                 utc_now(), claim_id),
            )
            after = {"start": start, "end": end, "quote": anchor.quote, "anchor_state": "ok",
                     "version": version.number}
            self._db.record(
                "claim", claim_id, "reattach", _anchor_fields(old, self._number(old)), after,
                claim_id=claim_id, article_id=old.article_id,
            )
            return self._claims.get_claim(claim_id)

    def saved_anchor(self, claim_id: str) -> SavedAnchor:
        """A claim's anchor as it is now, for `restore_anchor` to put back."""
        from factcheck_gui.core.models import SavedAnchor  # made on first use (rare_models)

        c = self._claims.get_claim(claim_id)
        return SavedAnchor(c.id, c.version_id, c.start, c.end, c.quote, c.prefix, c.suffix,
                           c.anchor_state.value, c.original_quote)

    def restore_anchor(self, saved: SavedAnchor) -> Claim:
        """Put a claim's anchor back as `saved` (the undo of `reattach_claim`): its
        version, offsets, quote, context, state and original quote; nothing else."""
        with self._db.writing():
            old = self._claims.get_claim(saved.claim_id)
            self.get_version(saved.version_id)
            AnchorState(saved.anchor_state)
            self._db.conn.execute(
                'UPDATE claims SET version_id = ?, start = ?, "end" = ?, quote = ?,'
                " prefix = ?, suffix = ?, anchor_state = ?, original_quote = ?, updated_at = ?"
                " WHERE id = ?",
                (saved.version_id, saved.start, saved.end, saved.quote, saved.prefix,
                 saved.suffix, saved.anchor_state, saved.original_quote, utc_now(),
                 saved.claim_id),
            )
            after = {"start": saved.start, "end": saved.end, "quote": saved.quote,
                     "anchor_state": saved.anchor_state,
                     "version": self._number_of(saved.version_id)}
            self._db.record(
                "claim", saved.claim_id, "restore-anchor", _anchor_fields(old, self._number(old)),
                after, claim_id=saved.claim_id, article_id=old.article_id,
            )
            return self._claims.get_claim(saved.claim_id)

    def claims_on_version(self, version_id: str) -> list[tuple[Claim, int, int]]:
        """The article's claims as they were anchored on that version: (claim, start,
        end) in reading order. From the claims' own anchors and their history
        (creation, re-anchoring, re-attaching); an anchor carried over unchanged
        counts for the later version too. Only spans whose recorded quote is
        exactly the version's text there are given, so nothing is shown on words
        the claim was not on. Claims made after the version are left out."""
        version = self.get_version(version_id)
        text = version.text
        numbers = {v.id: v.number
                   for v in self.list_versions(version.article_id)}
        claims = {c.id: c for c in self._claims.list_claims(version.article_id)}
        # Every known anchor per claim: (version number, start, end, quote).
        known: dict[str, list[tuple[int, int, int, str]]] = {cid: [] for cid in claims}
        born: dict[str, int] = {}
        for event in self._events.for_article(version.article_id):
            if event.entity != "claim" or event.entity_id not in claims:
                continue
            for side in (event.before, event.after):
                span = _recorded_span(side, numbers)
                if span is not None:
                    known[event.entity_id].append(span)
                    if event.action in ("create", "import") and side is event.after:
                        born.setdefault(event.entity_id, span[0])
        for cid, claim in claims.items():
            if claim.version_id in numbers:
                known[cid].append((numbers[claim.version_id], claim.start, claim.end,
                                   claim.quote))
        found = []
        for cid, spans in known.items():
            if born.get(cid, min((n for n, *_ in spans), default=0)) > version.number:
                continue
            # The latest anchor on this version or before it: a re-anchoring that
            # changed nothing is not recorded, the anchor simply carried over.
            best = None
            for n, s, e, q in spans:
                if n <= version.number and (best is None or n >= best[0]):
                    best = (n, s, e, q)
            if best is not None:
                _, s, e, q = best
                if 0 <= s < e <= len(text) and text[s:e] == q:
                    found.append((claims[cid], s, e))
        found.sort(key=lambda f: (f[1], f[2]))
        return found

    # -- helpers ---------------------------------------------------------------
    def _placements(self, article_id: str, text: str) -> list[tuple[Claim, Placement]]:
        """Each claim placed on `text`, re-anchored from the version it is on."""
        from factcheck_gui.core.reanchor import reanchor  # not needed to open the window

        claims = self._claims.list_claims(article_id)
        by_version: dict[str, list[Claim]] = {}
        for claim in claims:
            by_version.setdefault(claim.version_id, []).append(claim)
        result: list[tuple[Claim, Placement]] = []
        for version_id, group in by_version.items():
            old_text = self.get_version(version_id).text
            result.extend(zip(group, reanchor(old_text, text, group), strict=True))
        return result

    def apply(self, claim: Claim, placed: Placement, version_id: str, text: str,
               now: str) -> AnchorState:
        """Write one claim's new anchor and its history entry; returns its state."""
        state = placed.state
        if state is not AnchorState.ORPHANED and not text[placed.start : placed.end].strip():
            state = AnchorState.ORPHANED
        before = _anchor_fields(claim, self._number(claim))
        if state is AnchorState.ORPHANED:
            if claim.anchor_state is AnchorState.ORPHANED:
                return state  # still lost: nothing changes, nothing to record
            self._db.conn.execute(
                "UPDATE claims SET anchor_state = 'orphaned', updated_at = ? WHERE id = ?",
                (now, claim.id),
            )
            after = {**before, "anchor_state": "orphaned", "score": placed.score}
        else:
            # Not looked at yet stays not looked at: a fuzzy claim found exactly
            # again is still fuzzy; a found orphan is at best moved.
            if claim.anchor_state is AnchorState.FUZZY:
                state = AnchorState.FUZZY
            elif claim.anchor_state is AnchorState.ORPHANED and state is AnchorState.OK:
                state = AnchorState.MOVED
            assert placed.start is not None and placed.end is not None  # placed: not orphaned
            anchor = anchor_at(text, placed.start, placed.end)
            original = claim.original_quote
            if state is AnchorState.FUZZY and original is None and anchor.quote != claim.quote:
                original = claim.quote
            self._db.conn.execute(
                'UPDATE claims SET version_id = ?, start = ?, "end" = ?, quote = ?, prefix = ?,'
                " suffix = ?, anchor_state = ?, original_quote = ? WHERE id = ?",
                (version_id, anchor.start, anchor.end, anchor.quote, anchor.prefix,
                 anchor.suffix, state.value, original, claim.id),
            )
            after = {"start": anchor.start, "end": anchor.end, "quote": anchor.quote,
                     "anchor_state": state.value, "version": self._number_of(version_id)}
            unchanged = {k: v for k, v in before.items() if k != "version"} == {
                k: v for k, v in after.items() if k != "version"}
            if unchanged:
                return state  # only the version moved on: the article's event says so
            if state is AnchorState.FUZZY:
                after["score"] = placed.score
        self._db.record("claim", claim.id, "reanchor", before, after,
                     claim_id=claim.id, article_id=claim.article_id)
        return state

    def _number(self, claim: Claim) -> int:
        return self._number_of(claim.version_id)

    def _number_of(self, version_id: str) -> int:
        cache = self._version_numbers
        if version_id not in cache:
            cache[version_id] = self._db.one(
                "SELECT number FROM article_versions WHERE id = ?", (version_id,)
            )["number"]
        return cache[version_id]


def insert_version(db: Db, version_id: str, article_id: str, number: int, text: str,
                   now: str, note: str | None) -> None:
    """Store one text version (inside a write)."""
    db.conn.execute(
        "INSERT INTO article_versions (id, article_id, number, text, sha256, created_at, note)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (version_id, article_id, number, text, sha256_text(text), now, note),
    )


def version_from_row(row: sqlite3.Row) -> ArticleVersion:
    return ArticleVersion(
        id=row["id"],
        article_id=row["article_id"],
        number=row["number"],
        text=row["text"],
        sha256=row["sha256"],
        created_at=row["created_at"],
        note=row["note"],
    )



def _anchor_fields(claim: Claim, version_number: int) -> dict[str, Any]:
    return {"start": claim.start, "end": claim.end, "quote": claim.quote,
            "anchor_state": claim.anchor_state.value, "version": version_number}


def _recorded_span(side: dict | None, numbers: dict[str, int]
                   ) -> tuple[int, int, int, str] | None:
    """(version number, start, end, quote) from an event's before/after, if it holds
    a whole anchor on a version that still exists."""
    if not isinstance(side, dict) or not {"start", "end", "quote"} <= side.keys():
        return None
    if side.get("anchor_state") == AnchorState.ORPHANED.value:
        return None
    number = side.get("version")
    if number is None and side.get("version_id") in numbers:
        number = numbers[side["version_id"]]
    start, end, quote = side["start"], side["end"], side["quote"]
    if not (isinstance(number, int) and isinstance(start, int) and isinstance(end, int)
            and isinstance(quote, str)):
        return None
    return number, start, end, quote
