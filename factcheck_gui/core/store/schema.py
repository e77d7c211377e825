"""The database schema, as numbered migrations recorded in `PRAGMA user_version`.

`user_version` is visible to any SQLite tool and makes refusing a database from
a newer app a single comparison. Each migration runs in its own IMMEDIATE
transaction together with the new `user_version`, after a consistent backup of
any database that already holds data (see `connection.backup_to`).

Never edit a migration that has shipped: add a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


# "FCK1": lets us tell our files from other programs' SQLite files.
APPLICATION_ID = 0x46434B31

_V1_TABLES = """
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    outlet TEXT,
    author TEXT,
    url TEXT,
    published TEXT,
    language TEXT,
    imported_at TEXT NOT NULL,
    source_filename TEXT,
    source_sha256 TEXT,
    extractor TEXT,
    current_version_id TEXT,
    updated_at TEXT NOT NULL
);

CREATE TABLE article_versions (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    number INTEGER NOT NULL CHECK (number >= 1),
    text TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    created_at TEXT NOT NULL,
    note TEXT,
    UNIQUE (article_id, number)
);
CREATE INDEX article_versions_sha256 ON article_versions(sha256);

CREATE TABLE claims (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    version_id TEXT NOT NULL REFERENCES article_versions(id),
    start INTEGER NOT NULL CHECK (start >= 0),
    "end" INTEGER NOT NULL CHECK ("end" > start),
    quote TEXT NOT NULL,
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    anchor_state TEXT NOT NULL DEFAULT 'ok'
        CHECK (anchor_state IN ('ok', 'moved', 'fuzzy', 'orphaned')),
    claim_text TEXT NOT NULL DEFAULT '',
    claimant TEXT,
    verdict TEXT,
    rationale TEXT,
    status TEXT NOT NULL DEFAULT 'to-check',
    reviewer TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX claims_article ON claims(article_id, start);
CREATE INDEX claims_status ON claims(status);
CREATE INDEX claims_verdict ON claims(verdict);

CREATE TABLE sources (
    id TEXT PRIMARY KEY,
    claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    url TEXT NOT NULL,
    title TEXT,
    publisher TEXT,
    published TEXT,
    accessed TEXT,
    stance TEXT CHECK (stance IS NULL OR stance IN ('supports', 'refutes', 'context')),
    note TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX sources_claim ON sources(claim_id, position);

CREATE TABLE rating_scales (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT,
    best_rating REAL,
    worst_rating REAL,
    active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX rating_scales_one_active ON rating_scales(active) WHERE active = 1;

CREATE TABLE rating_labels (
    scale_id TEXT NOT NULL REFERENCES rating_scales(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    value REAL,
    description TEXT,
    colour TEXT,
    alternate_name TEXT,
    retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    PRIMARY KEY (scale_id, label)
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT
);

-- Append-only history. Written in the same transaction as the change it
-- describes; no code path updates or deletes a row.
CREATE TABLE events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    action TEXT NOT NULL,
    before TEXT,
    after TEXT,
    claim_id TEXT,
    article_id TEXT
);
CREATE INDEX events_claim ON events(claim_id, id);
CREATE INDEX events_entity ON events(entity_id, id);

CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
"""


def _v1_initial(db: sqlite_utils.Database) -> None:
    _run_script(db.conn, _V1_TABLES)
    # Full-text search over what people look for: the claim's words and the
    # rationale (claims), the headline (articles). Triggers keep it current.
    tokenize = "unicode61 remove_diacritics 2"
    db.table("claims").enable_fts(
        ["quote", "claim_text", "rationale"], create_triggers=True, tokenize=tokenize
    )
    db.table("articles").enable_fts(["title"], create_triggers=True, tokenize=tokenize)


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run DDL statements one by one (executescript would COMMIT our transaction)."""
    for statement in _split_statements(script):
        conn.execute(statement)


def _split_statements(script: str) -> list[str]:
    statements, buffer = [], []
    for line in script.splitlines():
        if line.strip().startswith("--") or not line.strip():
            continue
        buffer.append(line)
        candidate = "\n".join(buffer)
        if sqlite3.complete_statement(candidate):
            statements.append(candidate)
            buffer = []
    if buffer:
        raise ValueError("incomplete SQL statement in schema")
    return statements


_DISMISSED_SUGGESTIONS = """
CREATE TABLE dismissed_suggestions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence TEXT NOT NULL,
    dismissed_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    PRIMARY KEY (article_id, sentence)
);
"""


def _dismissed_suggestions(db: sqlite_utils.Database) -> None:
    """Claim finder: sentences the user dismissed, per article. Keyed by
    the sentence's words, not its offsets, so a dismissal survives a new version."""
    _run_script(db.conn, _DISMISSED_SUGGESTIONS)


def _claims_original_quote(db: sqlite_utils.Database) -> None:
    """Re-anchoring: a claim placed approximately on a new version
    (anchor_state 'fuzzy') covers slightly different text; the wording it was
    judged on is kept here (NULL otherwise)."""
    db.execute("ALTER TABLE claims ADD COLUMN original_quote TEXT")


Migration = Callable[["sqlite_utils.Database"], None]

# Index i holds the step from version i to version i + 1.
# (Integrators: _dismissed_suggestions and _claims_original_quote are self-contained.)
def _claims_by_article_and_status(db: sqlite_utils.Database) -> None:
    """The library counts claims per article and status at every start; with this
    covering index that is an index-only scan (0.22 s -> 0.07 s on 200,000 claims)."""
    db.conn.execute("CREATE INDEX claims_article_status ON claims(article_id, status)")


_ARTICLE_TURNS = """
CREATE TABLE article_turns (
    version_id TEXT NOT NULL REFERENCES article_versions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    start INTEGER NOT NULL CHECK (start >= 0),
    "end" INTEGER NOT NULL CHECK ("end" >= start),
    speaker TEXT,
    time TEXT,
    PRIMARY KEY (version_id, position)
);
"""


def _article_turns(db: sqlite_utils.Database) -> None:
    """Transcripts: who said which span of an imported version, and when
    (core/store/turns.py reads and writes them)."""
    _run_script(db.conn, _ARTICLE_TURNS)


_REVIEW_PASSES = """
CREATE TABLE review_passes (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    version_id TEXT NOT NULL REFERENCES article_versions(id),
    reviewer TEXT NOT NULL,
    started_at TEXT NOT NULL,
    started_by TEXT NOT NULL,
    done_at TEXT,
    origin TEXT
);
CREATE INDEX review_passes_article ON review_passes(article_id, reviewer);
CREATE UNIQUE INDEX review_passes_one_open ON review_passes(article_id, lower(reviewer))
    WHERE done_at IS NULL;

CREATE TABLE pass_claims (
    id TEXT PRIMARY KEY,
    pass_id TEXT NOT NULL REFERENCES review_passes(id) ON DELETE CASCADE,
    start INTEGER NOT NULL CHECK (start >= 0),
    "end" INTEGER NOT NULL CHECK ("end" > start),
    quote TEXT NOT NULL,
    claim_text TEXT NOT NULL DEFAULT '',
    verdict TEXT,
    rationale TEXT,
    status TEXT NOT NULL DEFAULT 'to-check',
    sources TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX pass_claims_pass ON pass_claims(pass_id, start);
"""


def _review_passes(db: sqlite_utils.Database) -> None:
    """Blind review: each reviewer's independent pass over an article, and its
    claims, kept apart from the article's curated claims (core/store/reviews.py)."""
    _run_script(db.conn, _REVIEW_PASSES)


_WEB_COPIES = """
CREATE TABLE web_fetches (
    version_id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL,
    requested_url TEXT NOT NULL,
    final_url TEXT NOT NULL,
    status INTEGER NOT NULL,
    fetched_at TEXT NOT NULL,
    content_type TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    body BLOB,
    body_size INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX web_fetches_article ON web_fetches(article_id);

CREATE TABLE source_copies (
    source_id TEXT PRIMARY KEY,
    requested_url TEXT NOT NULL,
    attempted_at TEXT NOT NULL,
    final_url TEXT,
    status INTEGER,
    fetched_at TEXT,
    content_type TEXT,
    sha256 TEXT,
    title TEXT,
    text TEXT,
    body BLOB,
    body_size INTEGER NOT NULL DEFAULT 0,
    error TEXT
);

CREATE TABLE link_checks (
    source_id TEXT PRIMARY KEY,
    state TEXT NOT NULL
        CHECK (state IN ('ok', 'moved', 'changed', 'gone', 'unreachable')),
    checked_at TEXT NOT NULL,
    status INTEGER,
    final_url TEXT,
    detail TEXT
);
"""


def _web_copies(db: sqlite_utils.Database) -> None:
    """Pages from the web: the fetch behind an article version, each source's kept
    copy (or why fetching it failed) and the last link check (core/store/web.py).
    Keyed by version and source ids only, without foreign keys, so that a source
    deleted and brought back by undo or restore finds its copy again."""
    _run_script(db.conn, _WEB_COPIES)
    db.table("source_copies").enable_fts(
        ["title", "text"], create_triggers=True, tokenize="unicode61 remove_diacritics 2")


_WEB_QUEUE = """
CREATE TABLE web_queue (
    source_id TEXT NOT NULL,
    job TEXT NOT NULL CHECK (job IN ('copy', 'check')),
    url TEXT NOT NULL,
    kind TEXT NOT NULL,
    reason TEXT,
    queued_at TEXT NOT NULL,
    tries INTEGER NOT NULL DEFAULT 1,
    next_try_at TEXT NOT NULL,
    PRIMARY KEY (source_id, job)
);
CREATE INDEX web_queue_next ON web_queue(next_try_at);
"""


def _web_queue(db: sqlite_utils.Database) -> None:
    """Offline work: copies of sources and link checks whose fetch found no network,
    with why, since when, how often and when to try next, so that they are tried
    again after a restart too (core/store/web_queue.py). Keyed by source id without
    a foreign key, as the copies are."""
    _run_script(db.conn, _WEB_QUEUE)


def _articles_by_import(db: sqlite_utils.Database) -> None:
    """The library lists the newest imports first at every start: with this index
    that is a walk down its end instead of sorting every article (50,000 articles:
    32 ms -> under 1 ms; the CSV report's order starts with it too)."""
    db.conn.execute("CREATE INDEX articles_imported ON articles(imported_at)")


def _report_guard(db: sqlite_utils.Database) -> None:
    """Triggers keeping NULs, BLOBs, non-whole offsets and odd ids out of what the
    CSV report reads, so that its query need not look for them per claim
    (report_guard.py; skipped on a library that already holds such a row)."""
    from factcheck_gui.core.store import report_guard

    report_guard.install(db.conn)


def _library_counts(db: sqlite_utils.Database) -> None:
    """The numbers of articles and claims, kept by triggers, so that the window's
    heading does not count 200,000 claims at every start (library_counts.py)."""
    from factcheck_gui.core.store import library_counts

    library_counts.install(db.conn)


MIGRATIONS: tuple[Migration, ...] = (
    _v1_initial,
    _dismissed_suggestions,
    _claims_original_quote,
    _claims_by_article_and_status,
    _article_turns,
    _review_passes,
    _web_copies,
    _web_queue,
    _articles_by_import,
    _report_guard,
    _library_counts,
)
LATEST_VERSION = len(MIGRATIONS)
