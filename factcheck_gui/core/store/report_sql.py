"""The flat report's SQL: each cell of a claim's row over claims c, articles a and
the verdict's label l, and the pieces the two flat readers (reports.py's cells,
report_lines.py's finished lines) build from. One definition each, so that the
two give the same values (tests compare their bytes).
"""

from __future__ import annotations

# A claim's sources in their order, with each one's kept copy and last link check.
SOURCES_FROM = """FROM (SELECT x.url, x.title, x.stance, k.fetched_at, lc.state, lc.checked_at
                FROM sources x LEFT JOIN source_copies k ON k.source_id = x.id
                LEFT JOIN link_checks lc ON lc.source_id = x.id
               WHERE x.claim_id = c.id ORDER BY x.position) AS s"""
# Aggregates over SOURCES_FROM: `url — title (stance)` lines like
# records.format_source, and one line per source like records.copy_line and
# records.link_line (NULL for a claim without sources).
SOURCE_LINES = """group_concat(s.url
                || CASE WHEN s.title != '' THEN ' — ' || s.title ELSE '' END
                || CASE WHEN s.stance != '' THEN ' (' || s.stance || ')' ELSE '' END,
                char(10))"""
COPY_LINES = """group_concat(CASE WHEN s.fetched_at IS NULL THEN 'no copy'
                ELSE 'kept ' || substr(s.fetched_at, 1, 10) END, char(10))"""
LINK_LINES = """group_concat(CASE WHEN s.state IS NULL THEN 'not checked'
                ELSE s.state || ' ' || substr(s.checked_at, 1, 10) END, char(10))"""
# A claim's corrections that were not withdrawn, one line each like
# workflow.format_correction: an aggregate over CORRECTIONS_FROM.
CORRECTION_LINES = """group_concat(substr(e.at, 1, 16) || 'Z · ' || e.actor || ' · '
                || (SELECT group_concat(CASE WHEN j.key = 'rationale' THEN 'rationale edited'
                           ELSE j.key || ': ' || coalesce(j.value, '—') || ' → '
                                || coalesce(json_extract(e.after, '$.' || j.key), '—') END, '; ')
                      FROM (SELECT key, value FROM json_each(e.before)
                             ORDER BY key != 'verdict', key) AS j)
                || ' · note: ' || coalesce(json_extract(e.after, '$.correction_note'), ''),
                char(10))"""


def not_withdrawn(event: str) -> str:
    """SQL: the "correct" event `event` (an alias of `events`) has not been withdrawn
    by a later "withdraw" event. Through the claim's index whatever the planner's
    statistics say (statistics from a library with few events made it scan every
    event, once per correction)."""
    return ("NOT EXISTS (SELECT 1 FROM events w INDEXED BY events_claim"
            f" WHERE w.claim_id = {event}.claim_id AND w.action = 'withdraw'"
            f" AND json_extract(w.after, '$.withdrawn') = {event}.id)")


CORRECTIONS_FROM = f"""FROM (SELECT x.at, x.actor, x.before, x.after FROM events x
                 WHERE x.claim_id = c.id AND x.action = 'correct' AND {not_withdrawn("x")}
                 ORDER BY x.id) AS e"""

# Each column of the flat report (io/records.py defines them; a test keeps the
# two in step) as SQL over claims c, articles a and the verdict's label l.
# Sources become `url — title (stance)` lines, like records.format_source, and
# corrections one line each like workflow.format_correction: building domain
# objects for 200,000 claims only to flatten them again cost as much as the
# query itself (README "Benchmarks").
CELL_SQL: dict[str, str] = {
    "claim_id": "c.id",
    "article_id": "a.id",
    "article_title": "a.title",
    "article_outlet": "a.outlet",
    "article_url": "a.url",
    "article_published": "a.published",
    "quote": "c.quote",
    "start": "c.start",
    "end": 'c."end"',
    "claim_text": "c.claim_text",
    "claimant": "c.claimant",
    "verdict": "c.verdict",
    "rating_value": "CASE WHEN l.value = CAST(l.value AS INTEGER)"
                    " THEN CAST(l.value AS INTEGER) ELSE l.value END",
    "rationale": "c.rationale",
    "status": "c.status",
    "sources": "",  # these four come from SOURCE_PACK
    "source_count": "",
    "reviewer": "c.reviewer",
    "created_at": "c.created_at",
    "updated_at": "c.updated_at",
    "anchor_state": "c.anchor_state",
    "corrections": f"(SELECT {CORRECTION_LINES} {CORRECTIONS_FROM})",
    "source_copies": "",
    "source_links": "",
}
# The four columns made from a claim's sources, in the sources' order, from ONE
# correlated subquery packed as a JSON array (one look-up of the claim's sources
# instead of four; on 200,000 claims the four cost about 40% more CPU than the one):
# `url — title (stance)` lines like records.format_source, the count, and one line
# per source like records.copy_line and records.link_line. A claim without sources
# gives [null, 0, null, null], as the four subqueries did.
SOURCE_COLUMNS = ("sources", "source_count", "source_copies", "source_links")
SOURCE_PACK = f"""(SELECT json_array({SOURCE_LINES}, count(*), {COPY_LINES}, {LINK_LINES})
        {SOURCES_FROM})"""
#: The columns `report_cells` can give, in the CSV report's order.
REPORT_CELL_COLUMNS = tuple(CELL_SQL)
CELLS_FROM = """
FROM claims c JOIN articles a ON a.id = c.article_id
LEFT JOIN rating_labels l ON l.label = c.verdict
     AND l.scale_id = (SELECT id FROM rating_scales WHERE active = 1)
"""
REPORT_ORDER = ' ORDER BY a.imported_at, a.id, c.start, c."end", c.created_at'
# Each label of the active scale with its rating value, as stored.
RATINGS_SQL = ("SELECT label, value FROM rating_labels"
               " WHERE scale_id = (SELECT id FROM rating_scales WHERE active = 1)")
