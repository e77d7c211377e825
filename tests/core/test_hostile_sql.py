"""SQL-looking text is data: stored verbatim through every field, schema untouched.

The store builds SQL only from parameters; the few names it formats into SQL
(column names for updates, table names for ids) come from fixed lists. These
tests feed classic injection strings through every write and lookup the store
and the CLI offer, and check that they come back byte for byte.
"""

from __future__ import annotations

import pytest

from factcheck_gui.core.errors import FactcheckError, NotFoundError, ValidationError
from factcheck_gui.core.models import NewArticle, Provenance, RatingLabel, RatingScale
from factcheck_gui.core.report import ReportScope
from factcheck_gui.core.store import Store
from factcheck_gui.core.urls import is_openable

from .conftest import ARTICLE_TEXT, span

HOSTILE = (
    "'); DROP TABLE claims;--",
    '" OR 1=1',
    "Robert'); DELETE FROM events; --",
    "x' UNION SELECT sql FROM sqlite_master --",
    "1; ATTACH DATABASE '/tmp/pwn.db' AS pwn; --",
    '*/ SELECT "a" /*',
    "\\'; PRAGMA writable_schema = 1; --",
)


def schema_of(store: Store) -> list[tuple]:
    return store.connection.execute(
        "SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()


@pytest.mark.parametrize("text", HOSTILE)
def test_every_store_field_keeps_sql_looking_text_verbatim(store: Store, text: str) -> None:
    schema = schema_of(store)
    page = "https://example.org/?q=" + text.replace(" ", "%20")  # URLs are http(s) only
    article = store.articles.add_article(NewArticle(
        title=text, text=f"{ARTICLE_TEXT}\n\n{text}", outlet=text, author=text, url=page,
        published=text, language=text, provenance=Provenance(text, text, text)))
    got = store.articles.get_article(article.id)
    assert (got.title, got.outlet, got.author, got.published, got.language) == (text,) * 5
    assert got.url == page
    assert store.versions.current_version(article.id).text.endswith(text)
    fields = {f: text for f in ("title", "outlet", "author", "published", "language")}
    store.articles.update_article(article.id, **(fields | {"title": text + " 2"}))

    claim = store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "18%"), claim_text=text,
                                   claimant=text, rationale=text)
    got_claim = store.claims.get_claim(claim.id)
    assert (got_claim.claim_text, got_claim.claimant, got_claim.rationale) == (text,) * 3
    store.claims.update_claim(claim.id, claim_text=text + "!", claimant=text + "!",
                              rationale=text + "!")
    quote_start = len(ARTICLE_TEXT) + 2
    quoted = store.claims.add_claim(article.id, quote_start, quote_start + len(text))
    assert store.claims.get_claim(quoted.id).quote == text

    url = "https://example.org/search?q=" + text.replace(" ", "%20")
    source = store.sources.add_source(claim.id, url, title=text, publisher=text, published=text,
                                      accessed=text, note=text)
    got_source = store.sources.get_source(source.id)
    assert got_source.url == url
    assert (got_source.title, got_source.publisher, got_source.note) == (text,) * 3
    store.sources.update_source(source.id, title=text + "?", note=text + "?")

    store.settings.set_setting(text, {"value": text})
    assert store.settings.get_setting(text) == {"value": text}

    store.scales.install_scale(RatingScale(id=text, name=text, best_rating=1, worst_rating=0,
                                           labels=(RatingLabel(text, 1, 0, text, "#000000", text),),
                                           description=text))
    assert store.scales.active_scale().name == text
    store.claims.update_claim(claim.id, verdict=text)
    assert store.claims.get_claim(claim.id).verdict == text
    rows = store.reports.report_rows(ReportScope(verdict=text))
    assert [row.claim.id for row in rows] == [claim.id]

    # Lookups with hostile text find nothing and break nothing.
    store.claims.search_claims(text)
    for kind in ("article", "claim", "source"):
        with pytest.raises(NotFoundError):
            store.resolve_id(kind, text)
    with pytest.raises(FactcheckError):
        store.resolve_history_claim_id(text)
    with pytest.raises(ValidationError):
        store.reports.report_rows(ReportScope(status=text)).__next__()

    # Nothing dropped, deleted or altered: same schema, full history, sound file.
    assert schema_of(store) == schema
    assert store.integrity_problems() == []
    assert len(store.events.for_claim(claim.id)) >= 4
    counts = store.connection.execute(
        "SELECT (SELECT count(*) FROM claims), (SELECT count(*) FROM sources),"
        " (SELECT count(*) FROM articles)").fetchone()
    assert tuple(counts) == (2, 1, 1)


def test_column_names_come_only_from_fixed_lists(store: Store, article) -> None:
    claim = store.claims.add_claim(article.id, *span(ARTICLE_TEXT, "18%"))
    source = store.sources.add_source(claim.id, "https://example.org/x")
    evil = "verdict = 'x', id"
    with pytest.raises(ValidationError):
        store.claims.update_claim(claim.id, **{evil: "y"})
    with pytest.raises(ValidationError):
        store.articles.update_article(article.id, **{evil: "y"})
    with pytest.raises(ValidationError):
        store.sources.update_source(source.id, **{evil: "y"})
    assert store.claims.get_claim(claim.id).verdict is None


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)",
    "file:///etc/passwd", "file://server/share/x", "data:text/html,<script>x</script>",
    "smb://server/share", "\\\\server\\share\\x", "//server/share", "vbscript:msgbox(1)",
    "ftp://example.org/x", "mailto:a@example.org", "custom-app://open?x=1", "about:blank",
    "http:///no-host", "https://", "", "   ", "example.org/no-scheme", "jar:file:/x!/y",
    "http://[::1", "chrome://settings", "ms-settings:privacy", "tel:+123",
])
def test_links_refuse_everything_but_http_and_https(url: str) -> None:
    assert not is_openable(url)


@pytest.mark.parametrize("url", ["https://example.org/a", "http://example.org",
                                 "HTTPS://Example.org/x?q=1#f", " https://example.org "])
def test_links_open_http_and_https(url: str) -> None:
    assert is_openable(url)
