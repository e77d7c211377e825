"""A transcript through the command line: imported with its speakers (malformed
lines as warnings), ranked by the model, claims attributed to their speaker,
and the speaker in the CSV's claimant column."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from .conftest import Cli

DEBATE = ("1\tHOST\tGood evening and welcome.\t0\n"
          "2\tHOST\tWhat would you do about taxes?\t0\n"
          "a broken line\n"
          "4\tCRUZ\tThank you.\t0\n"
          "5\tCRUZ\tTaxes rose by 8 percent last year, the biggest rise since 1990.\t1\n"
          "6\tRUBIO\tThat is not true.\t0\n")


def test_transcript_import_suggest_claim_and_export(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "debate.tsv"
    path.write_text(DEBATE, encoding="utf-8")
    result = cli("import", str(path))
    article = result.out.split("\t")[0]
    assert result.err == ("warning: debate.tsv: line 3: expected 3 or 4 tab-separated "
                          "columns, found 1 (kept without a speaker)\n")

    best = cli("suggest", article).out.splitlines()[0].split("\t")
    assert best[2].startswith("Taxes rose by 8 percent")
    assert "a percentage “8 percent”" in best[3]

    cli("claim", "add", "--article", article, "--quote", "Taxes rose by 8 percent last year")
    out = tmp_path / "claims.csv"
    cli("export", "csv", "--out", str(out))
    (row,) = csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig")))
    assert row["claimant"] == "CRUZ"
