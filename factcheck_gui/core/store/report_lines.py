"""The flat report as finished CSV lines, each written by SQLite in the query.

Python's csv module costs more than the query itself on a big library (a call
per row, a type check and a scan per cell), so each claim's line is made in SQL
with `printf` and handed over as UTF-8 bytes that the caller only writes. The
bytes are those `csv.writer(quoting=QUOTE_NONNUMERIC, lineterminator="\\r\\n")`
writes for `Reports.report_cells`, cell by cell:

- text in double quotes with inner quotes doubled (`printf('%w')` does both in
  one pass), NULL as `""`, whole numbers bare;
- unless raw, a `'` before a text whose first character, after the characters
  the caller says to skip, is one of the caller's formula triggers;
- the rating from a `CASE` over the active scale's labels, each value written by
  the caller's own cell writer (a real number is spelled as Python spells it,
  which SQL's printf cannot promise).

What SQL cannot write like Python comes back as the claim's rowid instead, and
the caller writes that claim's cells itself: a BLOB in a text column, a start or
end that is not a whole number, a NUL in a text (`printf` stops at it; the NULL
this gives a piece makes the whole line NULL). The store keeps all three out, so
only files written by other programs take that path; and where the library's
guard (report_guard.py) keeps them out of the tables whoever writes, the query
does not look for them, nor at the first character of the ids, dates and states
the guard keeps starting with a letter or digit, nor at a correction's lines
(the guard keeps corrections' dates so and NULs out of their JSON) (`guarded`).

Everything from `sources` to the line's end comes from one correlated subquery
per claim (one look-up of the claim's sources, the query's biggest cost):
`sources` and `source_count` are not next to `source_copies` and `source_links`.
"""

from __future__ import annotations

from collections.abc import Iterable

from factcheck_gui.core.store.report_sql import (
    CELL_SQL,
    COPY_LINES,
    CORRECTION_LINES,
    CORRECTIONS_FROM,
    LINK_LINES,
    SOURCE_LINES,
    SOURCES_FROM,
)

#: Columns whose value is text or NULL when the store wrote the file.
_TEXT = frozenset({
    "claim_id", "article_id", "article_title", "article_outlet", "article_url",
    "article_published", "quote", "claim_text", "claimant", "verdict", "rationale",
    "status", "reviewer", "created_at", "updated_at", "anchor_state",
})  # fmt: skip
_WHOLE = ("start", "end")
#: Text columns the guard keeps starting with a letter or digit (report_guard.FIXED).
_FIXED = frozenset({"claim_id", "article_id", "status", "created_at", "updated_at",
                    "anchor_state"})
#: Written by the outer query; the rest of the line by the sources subquery.
_HEAD = ("claim_id", "article_id", "article_title", "article_outlet", "article_url",
         "article_published", "quote", "start", "end", "claim_text", "claimant", "verdict",
         "rating_value", "rationale", "status")
_TAIL = ("sources", "source_count", "reviewer", "created_at", "updated_at", "anchor_state")
_AFTER_CORRECTIONS = ("source_copies", "source_links")
LINE_COLUMNS = (*_HEAD, *_TAIL, "corrections", *_AFTER_CORRECTIONS)


class LineRules:
    """How text cells are written: the first characters that make a formula (None:
    raw, nothing is neutralised) and the leading characters skipped before looking."""

    def __init__(self, formula_start: Iterable[str] | None, skipped_start: Iterable[str]) -> None:
        self.triggers = sorted({ord(ch) for ch in formula_start}) if formula_start else None
        self.skipped = sorted({ord(ch) for ch in skipped_start})

    def field(self, value: str) -> tuple[str, list[str]]:
        """printf format and arguments writing the text (or NULL) `value` as a cell."""
        if self.triggers is None:
            return '"%w"', [f"coalesce({value}, '')"]
        return '"%w"', [self.neutralised(value)]

    def neutralised(self, value: str) -> str:
        """SQL giving the text `value` ('' for NULL) with a `'` before it when it
        starts (after skipped characters) with a formula trigger. A text starting
        with a letter or a digit is settled by two to four comparisons, before any
        function is called. (The apostrophe as a printf argument of its own cost 2%
        more.)"""
        assert self.triggers is not None
        triggers = ", ".join(map(str, self.triggers))
        look = f"WHEN {_first_code(value)} IN ({triggers}) THEN '''' || {value}"
        if self.skipped:
            skipped = ", ".join(map(str, self.skipped))
            rest = _first_code(f"ltrim({value}, char({skipped}))")
            look += (f" WHEN unicode({value}) IN ({skipped}) AND {rest} IN ({triggers})"
                     f" THEN '''' || {value}")
        # A text is >= char(n) exactly when its first character's code is >= n.
        plain = " OR ".join(f"({value} >= char({low}))" if high is None else
                            f"({value} >= char({low}) AND {value} < char({high}))"
                            for low, high in self._plain_starts())
        kept = f"coalesce({value}, '')"
        return f"CASE WHEN {plain} THEN {value} {look} ELSE {kept} END" if plain else \
            f"CASE {look} ELSE {kept} END"

    def _plain_starts(self) -> list[tuple[int, int | None]]:
        """Ranges [low, high) of first characters that need no closer look: the
        ones holding the Latin letters and the digits, then the wide ones (other
        scripts). None: no upper end."""
        codes = sorted({*(self.triggers or ()), *self.skipped})
        gaps = [(low + 1, high) for low, high in zip([-1, *codes], [*codes, None], strict=True)
                if high is None or high > low + 1]
        common = [gap for ch in "a0" for gap in gaps if _inside(ord(ch), gap)]
        return common + [gap for gap in gaps if gap not in common
                         and (gap[1] is None or gap[1] - gap[0] >= 256)]


def _inside(code: int, gap: tuple[int, int | None]) -> bool:
    return gap[0] <= code and (gap[1] is None or code < gap[1])


def _first_code(text: str) -> str:
    """The code of `text`'s first character, 0 for NUL, NULL for '' and NULL
    (unicode() gives NULL for all three)."""
    return f"coalesce(unicode({text}), CASE WHEN {text} != '' THEN 0 END)"


def line_sql(rules: LineRules, ratings: list[tuple[str, str]], where: str,
             order: str, *, guarded: bool = False) -> tuple[str, list[str]]:
    """The query giving, per claim `where` keeps, in `order`: its CSV line (CRLF
    included) as a BLOB, or its rowid when SQL cannot write it exactly; and the
    parameters it needs before `where`'s. `ratings`: (verdict label, its rating
    cell as the caller writes it). `guarded`: the library's guard is in place."""
    rating, params = rating_case(ratings)
    fields: list[tuple[str, list[str]]] = []
    for name in _HEAD:
        if name in _TEXT:
            fields.append(_text_field(rules, name, guarded))
        elif name in _WHOLE:
            fields.append(("%d", [CELL_SQL[name]]))
        else:  # rating_value
            fields.append(("%s", [rating]))
    head = _printf(fields, after=",")
    if not guarded:
        # Rows SQL cannot write. A text is never >= a BLOB: the comparison is the
        # cheap type test.
        odd = [f"{CELL_SQL[name]} >= x''" for name in LINE_COLUMNS if name in _TEXT]
        odd += [f"typeof({CELL_SQL[name]}) != 'integer'" for name in _WHOLE]
        odd += [f"instr({CELL_SQL[name]}, char(0))" for name in LINE_COLUMNS if name in _TEXT]
        head = f"CASE WHEN {' OR '.join(odd)} THEN NULL ELSE {head} END"
    sql = (f"SELECT coalesce(CAST({head} || {_tail_sql(rules, guarded)} AS BLOB), c.rowid)"
           f" FROM claims c JOIN articles a ON a.id = c.article_id{where}{order}")
    return sql, params


def rating_case(ratings: list[tuple[str, str]]) -> tuple[str, list[str]]:
    """SQL giving a claim's rating cell from its verdict, and its parameters:
    `ratings` are (label, cell) pairs; any other verdict gives `""`."""
    if not ratings:
        return "'\"\"'", []
    whens = " ".join("WHEN ? THEN ?" for _ in ratings)
    return (f"CASE c.verdict {whens} ELSE '\"\"' END",
            [text for pair in ratings for text in pair])


def _text_field(rules: LineRules, name: str, guarded: bool) -> tuple[str, list[str]]:
    """The cell of the text column `name`: as `rules` write it, or as it is where
    the guard keeps it starting with a letter or digit."""
    if guarded and name in _FIXED:
        return '"%w"', [CELL_SQL[name]]
    return rules.field(CELL_SQL[name])


def _tail_sql(rules: LineRules, guarded: bool) -> str:
    """The correlated subquery writing the line from `sources` to its end: one pass
    over the claim's sources for the three lists and the count (SQLite computes an
    aggregate used several times once)."""
    fields: list[tuple[str, list[str]]] = []
    for name in _TAIL:
        if name == "sources":
            fields.append(rules.field(SOURCE_LINES))
        elif name == "source_count":
            fields.append(("%d", ["count(*)"]))
        else:
            fields.append(_text_field(rules, name, guarded))
    # Made of fixed words, a date's first ten characters and a link state (one of
    # five words, a CHECK constraint): never a formula, not neutralised.
    after = [('"%w"', [f"coalesce({COPY_LINES}, '')"]), ('"%w"', [f"coalesce({LINK_LINES}, '')"])]
    head = _printf(fields, after=",")
    if guarded:
        # The guard keeps a correction's date starting with a letter or digit and
        # NULs out of its lines: the cell needs neither test and joins the printf.
        cell = ('"%w"', [f"coalesce((SELECT {CORRECTION_LINES} {CORRECTIONS_FROM}), '')"])
        rest = _printf([cell, *after], after=_CRLF)
    else:
        nul = " OR ".join(f"instr({lines}, char(0))" for lines in (SOURCE_LINES, COPY_LINES,
                                                                 LINK_LINES))
        head = f"CASE WHEN {nul} THEN NULL ELSE {head} END"
        rest = f"{_corrections_sql(rules)} || {_printf(after, before=',', after=_CRLF)}"
    return f"(SELECT {head} || {rest} {SOURCES_FROM})"


def _corrections_sql(rules: LineRules) -> str:
    """The corrections cell, or NULL when one holds a NUL. Its lines are made once,
    in a subquery kept whole by OFFSET: SQLite does not merge the copies of an
    aggregate whose argument holds a subquery, and each reference would make them
    again."""
    fmt, args = rules.field("cr.lines")
    return (f"(SELECT CASE WHEN instr(cr.lines, char(0)) THEN NULL"
            f" ELSE printf('{fmt}', {', '.join(args)}) END"
            f" FROM (SELECT {CORRECTION_LINES} AS lines {CORRECTIONS_FROM}"
            f" LIMIT -1 OFFSET 0) AS cr)")


_CRLF = "\r\n"


def _printf(fields: list[tuple[str, list[str]]], *, before: str = "", after: str = "") -> str:
    """One printf writing `fields` (format, arguments) separated by commas."""
    fmt = before + ",".join(f for f, _ in fields) + after
    return f"printf('{fmt}', {', '.join(arg for _, args in fields for arg in args)})"
