"""The CSV report: one row per claim, safe to open in Excel and LibreOffice.

Columns and their order are a promise to users' scripts (INTERFACES.md).
UTF-8 with BOM (Excel needs it), CRLF, RFC 4180 quoting, and cells that a
spreadsheet would run as a formula are neutralised with a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import BinaryIO

from factcheck_gui.core.models import ReportRow, Source
from factcheck_gui.io.atomic import atomic_write
from factcheck_gui.io.records import COLUMNS, claim_fields

# OWASP CSV injection: a cell starting with one of these may run as a formula.
# Fullwidth and small forms are included: spreadsheets normalise them too.
FORMULA_TRIGGERS = frozenset("=+-@\t\r\n\0" "＝＋－＠" "﹦﹢﹣﹫")
_IGNORED_LEADING = " \u00a0\u3000"


_SUSPECT_FIRST = FORMULA_TRIGGERS | frozenset(_IGNORED_LEADING)


def neutralise(cell: str) -> str:
    """`'` before a cell that starts (after spaces) with a formula trigger."""
    if not cell or cell[0] not in _SUSPECT_FIRST:  # the common case, cheaply
        return cell
    stripped = cell.lstrip(_IGNORED_LEADING)
    if stripped and stripped[0] in FORMULA_TRIGGERS:
        return "'" + cell
    return cell


def format_source(source: Source) -> str:
    """`URL — title (stance)`: the URL first so that scripts can split it off."""
    text = source.url
    if source.title:
        text += f" — {source.title}"
    if source.stance:
        text += f" ({source.stance.value})"
    return text


def row_values(row: ReportRow) -> list[object]:
    """The cells of one claim, in COLUMNS order (not yet neutralised)."""
    record = claim_fields(row)
    record["sources"] = "\n".join(format_source(s) for s in row.sources)
    return ["" if value is None else value for value in record.values()]


def write_csv(
    rows: Iterable[ReportRow], out: BinaryIO, *, bom: bool = True, raw: bool = False
) -> int:
    """Write the report to a binary stream; returns the number of claims written."""
    text = io.TextIOWrapper(out, encoding="utf-8-sig" if bom else "utf-8", newline="")
    # Every text cell is quoted (RFC 4180 allows it) so that a neutralised cell
    # is both prefixed and quoted, as OWASP advises; numbers stay bare.
    writer = csv.writer(text, lineterminator="\r\n", quoting=csv.QUOTE_NONNUMERIC)
    count = 0
    try:
        writer.writerow(COLUMNS)
        for row in rows:
            values = row_values(row)
            if not raw:
                values = [neutralise(v) if isinstance(v, str) else v for v in values]
            writer.writerow(values)
            count += 1
    finally:
        # Detach even on failure: a collected wrapper would close `out` (stdout).
        text.flush()
        text.detach()
    return count


def write_csv_cells(
    cells: Iterable[Sequence[object]], out: BinaryIO, *, bom: bool = True, raw: bool = False
) -> int:
    """Like `write_csv`, from `Store.report_cells()` tuples (already in COLUMNS
    order): the fast path for whole-library exports. Returns the number of claims."""
    text = io.TextIOWrapper(out, encoding="utf-8-sig" if bom else "utf-8", newline="",
                            write_through=False)
    writer = csv.writer(text, lineterminator="\r\n", quoting=csv.QUOTE_NONNUMERIC)
    count = 0
    suspect = _SUSPECT_FIRST
    write = writer.writerow
    try:
        write(COLUMNS)
        for cell_row in cells:
            # csv writes None as "" (quoted), like the empty string: no need to map it.
            if raw:
                write(cell_row)
            else:
                # Only a cell whose first character could start a formula needs a look.
                write([neutralise(v) if v.__class__ is str and v[:1] in suspect else v
                       for v in cell_row])
            count += 1
    finally:
        # Detach even on failure: a collected wrapper would close `out` (stdout).
        text.flush()
        text.detach()
    return count


def export_csv_cells(
    cells: Iterable[Sequence[object]], path: Path, *, bom: bool = True, raw: bool = False
) -> int:
    """Write `Store.report_cells()` to `path` atomically; returns the number of claims."""
    with atomic_write(path) as handle:
        return write_csv_cells(cells, handle, bom=bom, raw=raw)


def export_csv(
    rows: Iterable[ReportRow], path: Path, *, bom: bool = True, raw: bool = False
) -> int:
    """Write the report to `path` atomically; returns the number of claims."""
    with atomic_write(path) as handle:
        return write_csv(rows, handle, bom=bom, raw=raw)
