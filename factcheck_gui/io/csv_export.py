"""The CSV report: one row per claim, safe to open in Excel and LibreOffice.

Columns and their order are a promise to users' scripts (README: The CSV report).
UTF-8 with BOM (Excel needs it), CRLF, RFC 4180 quoting, and cells that a
spreadsheet would run as a formula are neutralised with a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from factcheck_gui.core.models import ReportRow, Source, SourceWeb
from factcheck_gui.core.report import ReportScope
from factcheck_gui.core.store.report_lines import LineRules
from factcheck_gui.io.atomic import atomic_write
from factcheck_gui.io.progress import Progress, counted
from factcheck_gui.io.records import (
    CELLS,
    COLUMNS,
    PER_SOURCE_LISTS,
    SOURCE_COLUMNS,
    format_source,
    whole_number,
)

if TYPE_CHECKING:
    from factcheck_gui.core.store import Store

__all__ = ["COLUMNS", "FORMULA_TRIGGERS", "SOURCE_COLUMNS", "export_csv", "export_report_csv",
           "format_source", "neutralise", "row_values", "source_values", "write_csv",
           "write_csv_cells", "write_csv_lines", "write_report_csv"]

# OWASP CSV injection: a cell starting with one of these may run as a formula.
# Fullwidth and small forms are included: spreadsheets normalise them too.
FORMULA_TRIGGERS = frozenset("=+-@\t\r\n\0" "＝＋－＠" "﹦﹢﹣﹫")
_IGNORED_LEADING = " \u00a0\u3000"
_CHECK_FIRST = FORMULA_TRIGGERS | frozenset(_IGNORED_LEADING)


def neutralise(cell: str) -> str:
    """`'` before a cell that starts (after spaces) with a formula trigger."""
    if not cell:
        return cell
    first = cell[0]
    if first in _IGNORED_LEADING:  # rare: the common case costs one set lookup
        stripped = cell.lstrip(_IGNORED_LEADING)
        first = stripped[0] if stripped else ""
    return "'" + cell if first in FORMULA_TRIGGERS else cell


def row_values(row: ReportRow) -> list[object]:
    """The cells of one claim, in COLUMNS order (not yet neutralised)."""
    return ["" if cell is None else cell for cell in [make(row) for make in CELLS]]


def _claim_values_per_source(row: ReportRow) -> list[object]:
    """The claim's cells in the one-row-per-source layout (CLAIM_COLUMNS_PER_SOURCE)."""
    return ["" if cell is None else cell for cell in [make(row) for make in _CELLS_PER_SOURCE]]


#: The claim columns of the one-row-per-source layout (see records.PER_SOURCE_LISTS).
CLAIM_COLUMNS_PER_SOURCE = tuple(c for c in COLUMNS if c not in PER_SOURCE_LISTS)
_CELLS_PER_SOURCE = tuple(make for name, make in zip(COLUMNS, CELLS, strict=True)
                          if name not in PER_SOURCE_LISTS)


def source_values(source: Source | None) -> list[object]:
    """The SOURCE_COLUMNS cells of one source (all empty for None)."""
    if source is None:
        return [""] * len(SOURCE_COLUMNS)
    web = source.web or SourceWeb()
    cells = (source.url, source.title, source.publisher, source.published, source.accessed,
             source.stance.value if source.stance else None, source.note, web.copy_kept_at,
             web.copy_final_url, web.copy_sha256, web.link_state, web.link_checked_at)
    return ["" if cell is None else cell for cell in cells]


def write_csv(
    rows: Iterable[ReportRow],
    out: BinaryIO,
    *,
    bom: bool = True,
    raw: bool = False,
    per_source: bool = False,
    progress: Progress | None = None,
) -> int:
    """Write the report to a binary stream; returns the number of claims written.

    `per_source`: one row per source (a claim without sources still gets one
    row), with SOURCE_COLUMNS after the fixed columns.
    """
    text = io.TextIOWrapper(out, encoding="utf-8-sig" if bom else "utf-8", newline="")
    # Every text cell is quoted (RFC 4180 allows it) so that a neutralised cell
    # is both prefixed and quoted, as OWASP advises; numbers stay bare.
    writer = csv.writer(text, lineterminator="\r\n", quoting=csv.QUOTE_NONNUMERIC)
    count = 0
    try:
        writer.writerow(CLAIM_COLUMNS_PER_SOURCE + SOURCE_COLUMNS if per_source else COLUMNS)
        for row in counted(rows, progress):
            values = _claim_values_per_source(row) if per_source else row_values(row)
            lines = ([values + source_values(s) for s in row.sources or (None,)] if per_source
                     else [values])
            for line in lines:
                if not raw:  # most cells need one set lookup, not a call
                    line = [neutralise(v) if v.__class__ is str and v and v[0] in _CHECK_FIRST
                            else v for v in line]
                writer.writerow(line)
            count += 1
    finally:
        # Detach even on failure: a collected wrapper would close `out` (stdout).
        text.flush()
        text.detach()
    return count


def write_csv_cells(
    cells: Iterable[Sequence[object]],
    out: BinaryIO,
    *,
    bom: bool = True,
    raw: bool = False,
    progress: Progress | None = None,
) -> int:
    """Like `write_csv`, from `store.reports.report_cells()` tuples (already in COLUMNS
    order), writing the same bytes: the fast path for `export csv`."""
    text = io.TextIOWrapper(out, encoding="utf-8-sig" if bom else "utf-8", newline="")
    writer = csv.writer(text, lineterminator="\r\n", quoting=csv.QUOTE_NONNUMERIC)
    write, check_first, count = writer.writerow, _CHECK_FIRST, 0
    try:
        write(COLUMNS)
        for line in counted(cells, progress):
            # csv writes None as "" (quoted), like the empty string: no need to map it.
            if not raw:
                line = [neutralise(v) if v.__class__ is str and v[:1] in check_first else v
                        for v in line]
            write(line)
            count += 1
    finally:
        text.flush()
        text.detach()
    return count


def write_csv_lines(
    lines: Iterable[bytes | Sequence[object]],
    out: BinaryIO,
    *,
    bom: bool = True,
    raw: bool = False,
    progress: Progress | None = None,
) -> int:
    """The report from `store.reports.report_lines()`, the same bytes as `write_csv`:
    finished lines (bytes) are written as they are, the odd claim's cells (a
    `report_cells` tuple) through the csv module."""
    out.write((_BOM if bom else b"") + _csv_line(COLUMNS, raw=True).encode())
    count, chunk = 0, []
    for line in counted(lines, progress):
        chunk.append(line if line.__class__ is bytes
                     else _odd_line(line, raw=raw))
        count += 1
        if count % _CHUNK == 0:  # one write per chunk, not per line
            out.write(b"".join(chunk))
            chunk.clear()
    out.write(b"".join(chunk))
    return count


_BOM = "\ufeff".encode()
_CHUNK = 256
_RATING = COLUMNS.index("rating_value")


def _odd_line(cells: Sequence[object], *, raw: bool) -> bytes:
    """A claim SQL did not write: its cells as `write_csv` writes them (SQL gives a
    whole rating beyond 64-bit integers as a real number)."""
    cells = list(cells)
    cells[_RATING] = whole_number(cells[_RATING])  # type: ignore[arg-type]
    return _csv_line(cells, raw=raw).encode()


def _csv_line(cells: Sequence[object], *, raw: bool) -> str:
    """One row as `write_csv_cells` writes it, CRLF included."""
    text = io.StringIO()
    if not raw:
        cells = [neutralise(v) if v.__class__ is str else v for v in cells]
    csv.writer(text, lineterminator="\r\n", quoting=csv.QUOTE_NONNUMERIC).writerow(cells)
    return text.getvalue()


def _rating_writer(raw: bool) -> Callable[[object], str]:
    """Writes a stored rating value as `write_csv` writes the report's rating cell."""
    def cell(value: object) -> str:
        # Inside a row of two: a lone empty cell would be written specially.
        line = _csv_line([whole_number(value), 0], raw=raw)  # type: ignore[arg-type]
        assert line.endswith(",0\r\n")
        return line[:-4]
    return cell


def export_csv(rows: Iterable[ReportRow], path: Path, **options: Any) -> int:
    """Write the report to `path` atomically; returns the number of claims.
    Takes `write_csv`'s options."""
    with atomic_write(path) as handle:
        return write_csv(rows, handle, **options)


def write_report_csv(
    store: Store,
    scope: ReportScope,
    out: BinaryIO,
    *,
    per_source: bool = False,
    bom: bool = True,
    raw: bool = False,
    progress: Progress | None = None,
) -> int:
    """The CSV report of the claims `scope` keeps, written to a binary stream; the
    number of claims. The one way the window and the command line write CSV.

    One row per claim comes as lines SQLite writes in the query (the same bytes
    as `write_csv`; docs/decisions.md has what that saves); one row per source
    goes through the report's rows.
    """
    if per_source:
        return write_csv(store.reports.report_rows(scope), out, per_source=True, bom=bom,
                         raw=raw, progress=progress)
    rules = LineRules(None if raw else FORMULA_TRIGGERS, _IGNORED_LEADING)
    lines = store.reports.report_lines(scope, rules, _rating_writer(raw))
    return write_csv_lines(lines, out, bom=bom, raw=raw, progress=progress)


def export_report_csv(store: Store, scope: ReportScope, path: Path, **options: Any) -> int:
    """`write_report_csv` into `path`, atomically (all of it, or the file as it was)."""
    with atomic_write(path) as handle:
        return write_report_csv(store, scope, handle, **options)
