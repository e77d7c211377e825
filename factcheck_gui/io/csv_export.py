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
from typing import BinaryIO

from factcheck_gui.core.models import ReportRow, Source
from factcheck_gui.io.atomic import atomic_write
from factcheck_gui.io.records import COLUMNS, claim_record

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


def export_csv(
    rows: Iterable[ReportRow], path: Path, *, bom: bool = True, raw: bool = False
) -> int:
    """Write the report to `path` atomically; returns the number of claims."""
    with atomic_write(path) as handle:
        return write_csv(rows, handle, bom=bom, raw=raw)
