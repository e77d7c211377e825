"""Claim memory and the claim finder's state: candidate search, copied judgements,
dismissed suggestions."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from factcheck_gui.core.clock import utc_now
from factcheck_gui.core.errors import CorrectionNoteRequired, ValidationError
from factcheck_gui.core.models import Claim, ClaimCandidate, CopiedJudgement, Status
from factcheck_gui.core.store.base import Db, require
from factcheck_gui.core.translatable import translate
from factcheck_gui.core.workflow import DONE

if TYPE_CHECKING:
    from factcheck_gui.core.store.claims import Claims
    from factcheck_gui.core.store.scales import Scales
    from factcheck_gui.core.store.sources import Sources
    from factcheck_gui.core.store.workflow import Workflow

MAX_POSTINGS = 8000

_CANDIDATES_SQL = """
SELECT c.id, c.claim_text, c.quote, c.verdict, c.status, c.created_at,
       a.id AS article_id, a.title AS article_title, a.published AS article_published,
       m.rank AS rank
FROM (SELECT rowid, bm25(claims_fts, 1.0, 1.0, 0.0) AS rank FROM claims_fts
       WHERE claims_fts MATCH :q ORDER BY rank LIMIT :inner) AS m
JOIN claims c ON c.rowid = m.rowid
JOIN articles a ON a.id = c.article_id
WHERE c.id IS NOT :exclude
ORDER BY m.rank
LIMIT :limit
"""


class Memory:
    """Earlier claims like a new one, judgements copied from them, dismissed suggestions."""

    def __init__(self, db: Db, claims: Claims, sources: Sources, scales: Scales,
                 workflow: Workflow) -> None:
        self._db = db
        self._claims = claims
        self._sources = sources
        self._scales = scales
        self._workflow = workflow
        self._vocab_ready = False

    def candidate_claims(
        self,
        words: Sequence[str],
        *,
        limit: int = 50,
        exclude_id: str | None = None,
        max_postings: int = MAX_POSTINGS,
    ) -> list[ClaimCandidate]:
        """Claims whose quote or claim text contain ANY of `words`, best bm25 first.

        Each word is searched as given (quoted, so `3.5` or `U.S.` are words);
        a word ending in `*` matches as a prefix. `exclude_id` is left out.
        Words no claim contains are dropped, and so are the commonest words once
        the rarer ones already match `max_postings` claims: bm25 must score every
        claim that matches, and the common words add the most work and the least
        meaning (this keeps a 200,000-claim library under 100 ms).
        """
        query = or_query(self._informative(words, max_postings))
        if not query:
            return []
        rows = self._db.rows(_CANDIDATES_SQL, {"q": "{quote claim_text} : (" + query + ")",
                                            "inner": limit + 1, "limit": limit,
                                            "exclude": exclude_id})
        return [
            ClaimCandidate(
                claim_id=row["id"], claim_text=row["claim_text"], quote=row["quote"],
                verdict=row["verdict"], status=Status(row["status"]),
                article_id=row["article_id"], article_title=row["article_title"],
                article_published=row["article_published"], created_at=row["created_at"],
                rank=row["rank"],
            )
            for row in rows
        ]

    def _informative(self, words: Sequence[str], max_postings: int) -> list[str]:
        counts = []
        for word in dict.fromkeys(words):
            if word.endswith("*"):
                counts.append((0, word))  # prefixes cannot be counted cheaply: keep
                continue
            count = self._document_count(word)
            if count:
                counts.append((count, word))
        counts.sort()
        chosen: list[str] = []
        total = 0
        for count, word in counts:
            if chosen and total + count > max_postings:
                break
            chosen.append(word)
            total += count
        return chosen

    def _document_count(self, word: str) -> int:
        """How many claims contain `word` (as the index spells it: lower case,
        no accents); 0 for words made of several index terms."""
        if not self._vocab_ready:
            # A temporary fts5vocab view of the index: lives with the connection
            # and is never written to the file, so it needs no migration.
            self._db.conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.claims_fts_vocab"
                               " USING fts5vocab(main, claims_fts, row)")
            self._vocab_ready = True
        term = "".join(ch for ch in unicodedata.normalize("NFKD", word.casefold())
                       if not unicodedata.combining(ch))
        if not term.isalnum():
            return 1  # several terms ("3.9", "u.s."): unknown, assume rare
        row = self._db.row("SELECT doc FROM temp.claims_fts_vocab WHERE term = ?", (term,))
        return row["doc"] if row else 0

    def copy_judgement(self, from_id: str, to_id: str, *,
                       source_ids: Mapping[str, str] | None = None) -> CopiedJudgement:
        """Copy verdict, rationale and sources of claim `from_id` into `to_id`.

        One transaction; the history records "copy" with `copied_from`, plus one
        entry per source added. Sources whose URL the claim already has are skipped.
        `source_ids` (URL -> id) gives copied sources the ids an earlier copy gave
        them (redo after undo).
        """
        if from_id == to_id:
            raise ValidationError(translate("Errors", "a claim cannot copy its own judgement"))
        with self._db.writing():
            source = self._claims.get_claim(from_id)
            target = self._claims.get_claim(to_id)
            sources = self._sources.list_sources(from_id)
            if source.verdict is None and not source.rationale and not sources:
                raise ValidationError(translate(
                    "Errors", "claim {id} has no verdict, rationale or sources to copy").format(
                    id=from_id))
            verdict = self._scales.check_verdict(source.verdict)
            if (verdict, source.rationale) != (target.verdict, target.rationale) and (
                    self._workflow.once_final(to_id)):
                raise CorrectionNoteRequired(_copy_is_correction(target.status))
            before = {"verdict": target.verdict, "rationale": target.rationale}
            after = {"verdict": verdict, "rationale": source.rationale, "copied_from": from_id}
            self._db.conn.execute(
                "UPDATE claims SET verdict = ?, rationale = ?, reviewer = ?, updated_at = ?"
                " WHERE id = ?",
                (verdict, source.rationale, self._db.reviewer, utc_now(), to_id),
            )
            self._db.record("claim", to_id, "copy", before, after,
                         claim_id=to_id, article_id=target.article_id)
            have = {s.url for s in self._sources.list_sources(to_id)}
            added = []
            for item in sources:
                if item.url in have:
                    continue
                have.add(item.url)
                added.append(self._sources.add_source(
                    to_id, item.url, title=item.title, publisher=item.publisher,
                    published=item.published, accessed=item.accessed, stance=item.stance,
                    note=item.note, source_id=(source_ids or {}).get(item.url),
                ).id)
            claim = self._claims.get_claim(to_id)
        return CopiedJudgement(claim, from_id, target.verdict, target.rationale, tuple(added))

    def revert_copied_judgement(self, copied: CopiedJudgement) -> Claim:
        """Undo `copy_judgement`: remove the sources it added, restore verdict and
        rationale. Recorded in the history like any other change."""
        with self._db.writing():
            for source_id in copied.added_source_ids:
                self._sources.delete_source(source_id)
            # Back to the judgement the claim had before the copy: never a correction.
            return self._claims.replay_update(
                copied.claim.id, verdict=copied.previous_verdict,
                rationale=copied.previous_rationale,
            )

    # -- dismissed suggestions (claim finder) ------------------------------------
    def dismissed_suggestions(self, article_id: str) -> set[str]:
        """The sentence keys (`suggest.sentence_key`) dismissed in this article."""
        rows = self._db.rows("SELECT sentence FROM dismissed_suggestions WHERE article_id = ?",
                          (article_id,))
        return {row["sentence"] for row in rows}

    def dismiss_suggestion(self, article_id: str, sentence: str) -> None:
        from factcheck_gui.core.suggest import sentence_key  # not at start-up: compiles rules

        key = sentence_key(sentence)
        if not key:
            raise ValidationError(translate("Errors", "nothing to dismiss: the sentence is empty"))
        with self._db.writing():
            require(self._db.row("SELECT 1 FROM articles WHERE id = ?", (article_id,)),
                    "article", article_id)
            cursor = self._db.conn.execute(
                "INSERT OR IGNORE INTO dismissed_suggestions (article_id, sentence,"
                " dismissed_at, actor) VALUES (?, ?, ?, ?)",
                (article_id, key, utc_now(), self._db.reviewer),
            )
            if cursor.rowcount:
                self._db.record("suggestion", article_id, "dismiss", None, {"sentence": key},
                             article_id=article_id)

    def undismiss_suggestion(self, article_id: str, sentence: str) -> None:
        from factcheck_gui.core.suggest import sentence_key  # not at start-up: compiles rules

        key = sentence_key(sentence)
        with self._db.writing():
            cursor = self._db.conn.execute(
                "DELETE FROM dismissed_suggestions WHERE article_id = ? AND sentence = ?",
                (article_id, key),
            )
            if cursor.rowcount:
                self._db.record("suggestion", article_id, "undismiss", {"sentence": key}, None,
                             article_id=article_id)


def or_query(words: Sequence[str]) -> str:
    """FTS5 text matching any of `words`; each quoted, a trailing `*` kept as prefix."""
    parts = []
    for word in words:
        prefix = word.endswith("*")
        word = word.rstrip("*").replace('"', '""').strip()
        if word:
            parts.append(f'"{word}"' + ("*" if prefix else ""))
    return " OR ".join(parts)


def _copy_is_correction(status: Status) -> str:
    """Why copying a verdict into a claim that is (or was) final needs a correction note."""
    if status == Status.PUBLISHED:
        return translate(
            "Errors", "Claim is published: copying another verdict into it would be a"
            " correction; change its verdict or rationale and give a correction note instead.")
    if status in DONE:
        return translate(
            "Errors", "Claim is final: copying another verdict into it would be a correction;"
            " change its verdict or rationale and give a correction note instead.")
    return translate(
        "Errors", "Claim was final before: copying another verdict into it would be a"
        " correction; change its verdict or rationale and give a correction note instead.")
