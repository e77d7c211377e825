"""The CSV report: one row per claim, safe to open in Excel and LibreOffice.

Columns and their order are a promise to users' scripts (INTERFACES.md).
UTF-8 with BOM (Excel needs it), CRLF, RFC 4180 quoting, and cells that a
spreadsheet would run as a formula are neutralised with a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any, BinaryIO

from factcheck_gui.core.models import ReportRow, Source
from factcheck_gui.io.atomic import atomic_write
from factcheck_gui.io.progress import Progress, counted
from factcheck_gui.io.records import COLUMNS, SOURCE_COLUMNS, claim_record

# OWASP CSV injection: a cell starting with one of these may run as a formula.
# Fullwidth and small forms are included: spreadsheets normalise them too.
FORMULA_TRIGGERS = frozenset("=+-@\t\r\n\0" "＝＋－＠" "﹦﹢﹣﹫")
_IGNORED_LEADING = " \u00a0\u3000"


def neutralise(cell: str) -> str:
    """`'` before a cell that starts (after spaces) with a formula trigger."""
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
    record = claim_record(row)
    record["sources"] = "\n".join(format_source(s) for s in row.sources)
    return ["" if record[column] is None else record[column] for column in COLUMNS]


def source_values(source: Source | None) -> list[object]:
    """The SOURCE_COLUMNS cells of one source (all empty for None)."""
    if source is None:
        return [""] * len(SOURCE_COLUMNS)
    cells = (source.url, source.title, source.publisher, source.published, source.accessed,
             source.stance.value if source.stance else None, source.note)
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
        writer.writerow(COLUMNS + SOURCE_COLUMNS if per_source else COLUMNS)
        for row in counted(rows, progress):
            values = row_values(row)
            lines = ([values + source_values(s) for s in row.sources or (None,)] if per_source
                     else [values])
            for line in lines:
                if not raw:
                    line = [neutralise(v) if isinstance(v, str) else v for v in line]
                writer.writerow(line)
            count += 1
    finally:
        # Detach even on failure: a collected wrapper would close `out` (stdout).
        text.flush()
        text.detach()
    return count


def export_csv(rows: Iterable[ReportRow], path: Path, **options: Any) -> int:
    """Write the report to `path` atomically; returns the number of claims.
    Takes `write_csv`'s options."""
    with atomic_write(path) as handle:
        return write_csv(rows, handle, **options)
