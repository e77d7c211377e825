"""`import` with many files of every format, one of them bad, through the CLI."""

from __future__ import annotations

import io
import json
import os
import re
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import Cli

DATA = Path(__file__).resolve().parents[1] / "data"


def _docx(title: str, body: str) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph(title, style="Title")
    document.add_paragraph(body)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_batch_with_one_bad_file(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Fares rise\n\nThe council voted on Tuesday.", encoding="utf-8")
    (folder / "b.md").write_text("# Budget passes\n\nBy *seven* votes.", encoding="utf-8")
    (folder / "c.html").write_bytes((DATA / "news_page.html").read_bytes())
    (folder / "d.docx").write_bytes(_docx("Harbour deal signed", "It took a year."))
    bad = io.BytesIO()
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("x.txt", "zip in disguise")
    (folder / "e.txt").write_bytes(bad.getvalue())
    (folder / "f.txt").write_text("Fares rise\n\nThe council voted on Tuesday.\n", encoding="utf-8")
    names = sorted(p.name for p in folder.iterdir())
    result = cli("import", *(str(folder / n) for n in names), ok=False)

    assert result.code == 1
    rows = [line.split("\t") for line in result.out.splitlines()]
    assert [title for _, title in rows] == [
        "Fares rise", "Budget passes", "Harbour council approves 10% bus fare rise",
        "Harbour deal signed"]
    err = result.err.splitlines()
    assert [line for line in err if line.startswith("[")] == [
        f"[{i}/6] {name}" for i, name in enumerate(names, start=1)]
    assert "error: e.txt: this is a zip archive, not an article" in err
    assert any(re.fullmatch(r"f\.txt: skipped, same text as article \S+ \(Fares rise\)", line)
               for line in err)
    assert err[-1] == "imported 4, skipped 1 duplicate, failed 1"
    assert "Traceback" not in result.err

    shown = json.loads(cli("show", rows[2][0], "--json").out)
    assert shown["outlet"] == "The Harbour Courier"
    assert shown["language"] == "en-GB"
    assert "cookie" not in shown["text"].lower()


def test_single_file_has_no_progress_or_summary(cli: Cli, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes((DATA / "news_page.html").read_bytes())
    result = cli("import", str(page))
    assert result.err == ""
    assert result.out.split("\t")[1].strip() == "Harbour council approves 10% bus fare rise"


def test_size_limit_option(cli: Cli, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes((DATA / "news_page.html").read_bytes())
    result = cli("import", "--max-mb", "0.001", str(page), ok=False)
    assert result.code == 1
    assert re.fullmatch(r"error: page\.html: the file is too large \(\d\.\d KB; the limit "
                        r"is 1 KB\)", result.err.strip())
    refused = cli("import", "--max-mb", "0", str(page), ok=False)
    assert refused.err.strip() == "error: --max-mb must be more than 0"


@pytest.mark.skipif(sys.platform in ("win32", "darwin"),
                    reason="needs a file system that accepts any bytes in names")
def test_file_names_that_are_not_utf8(cli: Cli, tmp_path: Path) -> None:
    odd = tmp_path / os.fsdecode(b"caf\xe9-notes.txt")
    odd.write_text("Caf\u00e9 opens\n\nThe caf\u00e9 opened on Monday.", encoding="utf-8")
    junk = tmp_path / os.fsdecode(b"junk\xff.txt")
    junk.write_bytes(b"\x7fELF" + bytes(100))
    result = cli("import", str(odd), str(junk), ok=False)
    assert result.code == 1
    assert result.out.split("\t")[1].strip() == "Café opens"
    assert "[1/2] caf\ufffd-notes.txt" in result.err.splitlines()
    assert "error: junk\ufffd.txt: this is a program (ELF executable), not an article" \
        in result.err.splitlines()
    assert "Traceback" not in result.err
