"""SQL-looking text through the CLI comes back verbatim (see tests/core/test_hostile_sql.py)."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import Cli

HOSTILE = ("'); DROP TABLE claims;--", '" OR 1=1', "Robert'); DELETE FROM events; --")


def test_cli_stores_hostile_text_verbatim(cli: Cli, tmp_path: Path) -> None:
    text = HOSTILE[0]
    source = tmp_path / "a.txt"
    source.write_text(f"{text}\n\nThe body says {text} here.", encoding="utf-8")
    article = cli("import", str(source), "--outlet", text).out.split("\t")[0]
    claim = cli("claim", "add", "--article", article, "--quote", text, "--occurrence", "2",
                "--claimant", text,
                "--rationale", HOSTILE[1]).out.strip()
    cli("source", "add", claim, "--url", "https://example.org/a", "--title", text,
        "--note", HOSTILE[1])
    cli("claim", "set", claim, "--claim-text", HOSTILE[2])
    (record,) = json.loads(cli("claims", "--json").out)
    assert record["quote"] == text and record["claimant"] == text
    assert record["rationale"] == HOSTILE[1] and record["claim_text"] == HOSTILE[2]
    assert record["article_outlet"] == text
    assert record["sources"][0]["title"] == text
    assert cli("check").out.strip() == "ok"
    bad = cli("claims", "--verdict", HOSTILE[1], ok=False)
    assert bad.code == 0 and bad.out == ""  # an unknown verdict matches nothing
