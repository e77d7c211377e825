"""Scales, corrections, history and restore through the real command line, one after
the other on the same database, as a script would run them."""

from __future__ import annotations

import csv
import io
import json

from factcheck_gui.core.store import Store

from .conftest import Cli


def test_correct_relabel_delete_restore_and_read_it_all(cli: Cli) -> None:
    article = cli("sample").out.split("\t")[0]
    claim = cli("claim", "add", "--article", article, "--quote", "27 to 19", "--verdict",
                "Mostly true", "--rationale", "The minutes say so.", "--status", "final",
                "--source", "https://example.org/minutes").out.strip()
    refused = cli("claim", "set", claim, "--verdict", "False", ok=False)
    assert "--correction-note" in refused.err and "Traceback" not in refused.err
    cli("claim", "set", claim, "--verdict", "False", "--correction-note", "ONS revised",
        reviewer="bob")
    # A scale change maps the final claim's verdict: no note needed, none recorded.
    out = cli("scale", "use", "fever", "--map", "False=Refuted", reviewer="cy").out
    assert "1 claim relabelled" in out
    # ...and back to the plain scale, Refuted kept as a retired label.
    cli("scale", "use", "default", "--keep-retired")
    # A script passing the claim's own (retired) verdict again still works.
    assert cli("claim", "set", claim, "--verdict", "Refuted", "--status",
               "published").out.split("\t")[1:] == ["Refuted", "published\n"]

    with Store.open(cli.db, reviewer="dee") as store:  # no `claim delete` in the CLI
        store.claims.delete_claim(claim)
    cli("scale", "use", "fever", "--map", "Refuted=Refuted")  # nothing uses it now
    assert cli("claim", "restore", claim[:8]).out.strip() == claim
    [row] = json.loads(cli("claims", "--json").out)
    assert (row["verdict"], row["status"]) == ("Refuted", "published")

    lines = [line.split("\t")[1:] for line in cli("history", claim).out.splitlines()]
    assert ["bob", "corrected verdict: Mostly true -> False"] in lines
    assert ["bob", "correction note: “ONS revised”"] in lines
    assert ["cy", "verdict relabelled by a scale change: False -> Refuted"] in lines
    assert lines[-2:] == [["dee", "deleted claim on “27 to 19” with 1 source"],
                          ["cli-tester", "restored claim with 1 source"]]

    data = cli("export", "csv", "--per-source", "--no-bom").out
    header, record = list(csv.reader(io.StringIO(data, newline="")))
    at = header.index("anchor_state")
    assert header[at + 1] == "corrections" and header[at + 2].startswith("source_")
    assert record[at + 1].endswith("· bob · verdict: Mostly true → False · note: ONS revised")
    assert record[header.index("verdict")] == "Refuted"
