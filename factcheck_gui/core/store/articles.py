"""Articles and their immutable text versions."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import asdict, replace
from typing import TYPE_CHECKING, Any

from factcheck_gui.core.clock import new_id, sha256_text, utc_now
from factcheck_gui.core.errors import ValidationError
from factcheck_gui.core.models import Article, ArticleSummary, Provenance
from factcheck_gui.core.store import library_counts
from factcheck_gui.core.store.base import Db, require
from factcheck_gui.core.store.versions import insert_version
from factcheck_gui.core.store.web import insert_fetch
from factcheck_gui.core.textclean import article_text, field_text
from factcheck_gui.core.translatable import translate
from factcheck_gui.core.urls import article_url

if TYPE_CHECKING:
    from factcheck_gui.core.models import NewArticle
    from factcheck_gui.core.store.claims import Claims
    from factcheck_gui.core.store.turns import Turns

ARTICLE_FIELDS = ("title", "outlet", "author", "url", "published", "language")


class Articles:
    """Articles: their metadata, the library's listing, and deleting them whole."""

    def __init__(self, db: Db, claims: Claims, turns: Turns) -> None:
        self._db = db
        self._claims = claims
        self._turns = turns

    def add_article(self, new: NewArticle, *, article_id: str | None = None) -> Article:
        """Store a new article with its text as version 1."""
        title = " ".join(field_text(new.title).split())
        # The pane must show the stored text position for position (textclean).
        new = replace(new, text=article_text(new.text), url=article_url(new.url))
        if not title:
            raise ValidationError(_needs_title())
        if not new.text.strip():
            raise ValidationError(translate("Errors", "the article {title} has no text").format(
                title=repr(title)))
        now = utc_now()
        article_id = article_id or new_id()
        version_id = new_id()
        with self._db.writing():
            self._db.conn.execute(
                "INSERT INTO articles (id, title, outlet, author, url, published, language,"
                " imported_at, source_filename, source_sha256, extractor, current_version_id,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article_id,
                    title,
                    _clean(new.outlet),
                    _clean(new.author),
                    _clean(new.url),
                    _clean(new.published),
                    _clean(new.language),
                    now,
                    new.provenance.source_filename,
                    new.provenance.source_sha256,
                    new.provenance.extractor,
                    version_id,
                    now,
                ),
            )
            insert_version(self._db, version_id, article_id, 1, new.text, now, None)
            if new.turns:
                self._turns.insert_turns(version_id, new.turns)
            if new.fetched is not None:
                insert_fetch(self._db, version_id, article_id, new.fetched)
            article = self.get_article(article_id)
            self._db.record(
                "article",
                article_id,
                "create",
                None,
                _article_fields(article),
                article_id=article_id,
            )
        return article

    def get_article(self, article_id: str) -> Article:
        row = require(
            self._db.row("SELECT * FROM articles WHERE id = ?",
                         (article_id,)), "article", article_id
        )
        return article_from_row(row)

    def list_articles(self, limit: int | None = None, offset: int = 0) -> list[ArticleSummary]:
        """Every article with its claim counts, newest import first; with `limit`,
        only `limit` of them from `offset` on (the library's first screenful at
        start-up, then the rest a page at a time)."""
        articles = self._db.tuples(
            "SELECT id, title, outlet, published, imported_at FROM articles"
            " ORDER BY imported_at DESC, rowid DESC"
            + (" LIMIT ? OFFSET ?" if limit is not None else ""),
            (limit, offset) if limit is not None else (),
        )
        counts: dict[str, dict[str, int]] = {}
        if limit is None:
            count_rows = self._db.tuples(
                "SELECT article_id, status, count(*) AS n FROM claims GROUP BY article_id, status"
            )
        else:
            ids = [row[0] for row in articles]
            count_rows = self._db.tuples(
                "SELECT article_id, status, count(*) AS n FROM claims"
                f" WHERE article_id IN ({', '.join('?' * len(ids))})"
                " GROUP BY article_id, status",
                tuple(ids),
            ) if ids else []
        for article_id, status, n in count_rows:
            counts.setdefault(article_id, {})[status] = n
        # Articles the reviewer checks blind show no claims, counts included.
        for (blind,) in self._db.tuples(
                "SELECT article_id FROM review_passes WHERE done_at IS NULL"
                " AND lower(reviewer) = lower(?)", (" ".join(self._db.reviewer.split()),)):
            counts.pop(blind, None)
        empty: dict[str, int] = {}
        summaries = []
        for article_id, title, outlet, published, imported_at in articles:
            by_status = counts.get(article_id, empty)
            summaries.append(ArticleSummary(
                id=article_id,
                title=title,
                outlet=outlet,
                published=published,
                imported_at=imported_at,
                claim_count=sum(by_status.values()),
                counts_by_status=by_status if by_status else {},
            ))
        return summaries

    def article_count(self) -> int:
        return int(self._db.one("SELECT count(*) AS n FROM articles")["n"])

    def library_totals(self) -> tuple[int, int]:
        """(articles, claims) in the whole library, without listing them."""
        # All claims less those of articles blind to this reviewer: a plain count
        # and an index look-up per blind article, where NOT IN tested every claim
        # (a fifth of building the window on 200,000 claims).
        # The totals as the counting triggers keep them (library_counts.py): counting
        # 200,000 claims reads a whole index, about 35 ms in a new process.
        kept = library_counts.present(self._db.conn)
        articles, claims = (library_counts.total_sql(table, kept)
                            for table in ("articles", "claims"))
        row = self._db.row(
            f"SELECT {articles}, {claims}"
            " - (SELECT count(*) FROM claims WHERE article_id IN (SELECT article_id"
            " FROM review_passes WHERE done_at IS NULL AND lower(reviewer) = lower(?)))",
            (" ".join(self._db.reviewer.split()),))
        return (row[0], row[1]) if row is not None else (0, 0)

    def update_article(self, article_id: str, **fields: Any) -> Article:
        """Change metadata (title, outlet, author, url, published, language)."""
        unknown = set(fields) - set(ARTICLE_FIELDS)
        if unknown:
            raise ValidationError(translate("Errors", "articles have no field(s) {fields}").format(
                fields=", ".join(sorted(unknown))))
        if "title" in fields:
            fields["title"] = " ".join(field_text(fields["title"] or "").split())
            if not fields["title"]:
                raise ValidationError(_needs_title())
        if "url" in fields:
            fields["url"] = article_url(fields["url"])
        clean = {k: (v if k == "title" else _clean(v)) for k, v in fields.items()}
        with self._db.writing():
            old = self.get_article(article_id)
            before = {k: getattr(old, k) for k in clean if getattr(old, k) != clean[k]}
            if not before:
                return old
            after = {k: clean[k] for k in before}
            assignments = ", ".join(f"{k} = ?" for k in after)
            self._db.conn.execute(
                f"UPDATE articles SET {assignments}, updated_at = ? WHERE id = ?",
                (*after.values(), utc_now(), article_id),
            )
            self._db.record("article", article_id, "update", before, after, article_id=article_id)
            return self.get_article(article_id)

    def delete_article(self, article_id: str) -> None:
        """Delete an article with its versions, claims and sources (history stays)."""
        with self._db.writing():
            article = self.get_article(article_id)
            # Each claim's own history ends with its deletion (and can restore it).
            claims = self._claims.list_claims(article_id)
            for claim in claims:
                self._claims.delete_read_claim(claim)
            self._db.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
            before = _article_fields(article) | {"claims": len(claims)}
            self._db.record("article", article_id, "delete", before, None, article_id=article_id)

    def find_articles_by_text(self, text: str) -> list[Article]:
        """Articles whose current text is exactly `text` (duplicate detection)."""
        rows = self._db.rows(
            "SELECT a.* FROM articles a JOIN article_versions v ON v.id = a.current_version_id"
            " WHERE v.sha256 = ?",
            (sha256_text(text),),
        )
        return [article_from_row(row) for row in rows]


    def current_texts_near_length(self, length: int, slack: float
                                  ) -> list[tuple[Article, str]]:
        """(article, current text) for every article whose current text is within
        `slack` (a share, 0.3 = 30%) of `length` characters: near-duplicate candidates."""
        low, high = int(length * (1 - slack)), int(length * (1 + slack)) + 1
        rows = self._db.rows(
            "SELECT a.*, v.text AS current_text FROM articles a"
            " JOIN article_versions v ON v.id = a.current_version_id"
            " WHERE length(v.text) BETWEEN ? AND ?",
            (low, high),
        )
        return [(article_from_row(row), row["current_text"]) for row in rows]


def article_from_row(row: sqlite3.Row | Mapping[str, Any]) -> Article:
    return Article(
        id=row["id"],
        title=row["title"],
        outlet=row["outlet"],
        author=row["author"],
        url=row["url"],
        published=row["published"],
        language=row["language"],
        imported_at=row["imported_at"],
        provenance=Provenance(row["source_filename"], row["source_sha256"], row["extractor"]),
        current_version_id=row["current_version_id"],
        updated_at=row["updated_at"],
    )


def _article_fields(article: Article) -> dict[str, Any]:
    data = {k: getattr(article, k) for k in ARTICLE_FIELDS}
    data["provenance"] = asdict(article.provenance)
    return data


def _clean(value: str | None) -> str | None:
    """Trim; empty means unknown (NULL)."""
    if value is None:
        return None
    value = " ".join(field_text(str(value)).split())
    return value or None


def _needs_title() -> str:
    return translate("Errors", "an article needs a title")
