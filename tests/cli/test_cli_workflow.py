"""Workflow rules and corrections through the command line."""

from __future__ import annotations

import csv
import io
import json

from factcheck_gui.core.store import Store

from .conftest import Cli


def _article(cli: Cli) -> str:
    return cli("sample").out.split("\t")[0]


def _refused(result, *words: str) -> str:
    assert result.code != 0
    line = result.err.strip()
    assert line.startswith("error: ") and "Traceback" not in result.err
    for word in words:
        assert word in line, line
    return line


def test_final_refused_then_accepted_once_satisfied(cli: Cli) -> None:
    article = _article(cli)
    quote = "27 to 19"
    result = cli("claim", "add", "--article", article, "--quote", quote, "--verdict", "False",
                 "--status", "final", ok=False)
    assert _refused(result) == ("error: Claim can't be final yet: it needs a rationale and "
                                "1 source.")
    assert json.loads(cli("claims", "--json").out) == []  # nothing half-added
    # Sources attached in the same command count.
    claim = cli("claim", "add", "--article", article, "--quote", quote, "--verdict", "False",
                "--rationale", "The minutes say so.", "--status", "final",
                "--source", "https://example.org/minutes").out.strip()
    [record] = json.loads(cli("claims", "--json").out)
    assert (record["claim_id"], record["status"]) == (claim, "final")

    other = cli("claim", "add", "--article", article, "--quote", "Councillors").out.strip()
    _refused(cli("claim", "set", other, "--status", "published", ok=False),
             "can't be published yet", "a verdict, a rationale and 1 source")
    cli("claim", "set", other, "--verdict", "True", "--rationale", "Seen it.")
    cli("source", "add", other, "--url", "https://example.org/a")
    cli("claim", "set", other, "--status", "published")


def test_two_sources_and_a_second_reviewer(cli: Cli) -> None:
    article = _article(cli)
    assert "min_sources\t2" in cli("workflow", "--min-sources", "2",
                                   "--second-reviewer", "on").out
    claim = cli("claim", "add", "--article", article, "--quote", "27 to 19",
                "--verdict", "False", "--rationale", "r", "--status", "needs-review",
                "--source", "https://example.org/a").out.strip()
    _refused(cli("claim", "set", claim, "--status", "final", ok=False),
             "it needs 1 more source and approval by a reviewer other than cli-tester")
    cli("source", "add", claim, "--url", "https://example.org/b")
    _refused(cli("claim", "set", claim, "--status", "final", ok=False),
             "approval by a reviewer other than cli-tester, who set its verdict")
    cli("claim", "set", claim, "--status", "final", "--reviewer", "Bo Reed")
    assert json.loads(cli("claims", "--json").out)[0]["status"] == "final"
    assert json.loads(cli("workflow", "--json").out) == {
        "enabled": True, "min_sources": 2, "second_reviewer": True, "publishes": True}


def test_correction_needs_a_note_and_shows_in_exports(cli: Cli, tmp_path) -> None:
    article = _article(cli)
    claim = cli("claim", "add", "--article", article, "--quote", "27 to 19",
                "--verdict", "False", "--rationale", "r", "--status", "final",
                "--source", "https://example.org/a").out.strip()
    line = _refused(cli("claim", "set", claim, "--verdict", "True", ok=False))
    assert line == ("error: Claim is final: changing its verdict is a correction and needs a "
                    "short correction note: give it with --correction-note TEXT")
    cli("claim", "set", claim, "--verdict", "True", "--correction-note",
        "The vote was re-counted <twice>")
    [record] = json.loads(cli("claims", "--json").out)
    assert record["verdict"] == "True"
    [fix] = record["corrections"]
    assert (fix["reviewer"], fix["note"]) == ("cli-tester", "The vote was re-counted <twice>")
    assert fix["changes"] == {"verdict": {"before": "False", "after": "True"}}
    history = json.loads(cli("history", claim, "--json").out)
    assert history[-1]["action"] == "correct"

    rows = list(csv.DictReader(io.StringIO(cli("export", "csv").raw.decode("utf-8-sig"),
                                           newline="")))
    assert list(rows[0])[21] == "corrections"
    assert rows[0]["corrections"].endswith(
        "· cli-tester · verdict: False → True · note: The vote was re-counted <twice>")
    page = cli("export", "html").out
    assert "<h2>Corrections</h2>" in page and "re-counted &lt;twice&gt;" in page
    annotations = json.loads(cli("export", "json").out)
    bodies = annotations["first"]["items"][0]["body"]
    assert [b["value"] for b in bodies if b.get("fc:role") == "correction"] == [
        "The vote was re-counted <twice>"]


def test_reopening_does_not_skip_the_correction_note(cli: Cli) -> None:
    article = _article(cli)
    claim = cli("claim", "add", "--article", article, "--quote", "27 to 19",
                "--verdict", "False", "--rationale", "r", "--status", "final",
                "--source", "https://example.org/a").out.strip()
    cli("claim", "set", claim, "--status", "in-progress")
    line = _refused(cli("claim", "set", claim, "--verdict", "True", ok=False))
    assert line == ("error: Claim was final before (now in progress): changing its verdict"
                    " is a correction and needs a short correction note: give it with"
                    " --correction-note TEXT")
    cli("claim", "set", claim, "--verdict", "True", "--correction-note", "Recount")
    [record] = json.loads(cli("claims", "--json").out)
    assert [fix["note"] for fix in record["corrections"]] == ["Recount"]


def test_final_again_with_another_judgement_needs_a_note(cli: Cli) -> None:
    """Undone in the window past Mark Final and a rationale edit (no correction
    then), the claim is marked final again here with another judgement than it
    last had while final: that is a correction, and needs its note."""
    article = _article(cli)
    claim = cli("claim", "add", "--article", article, "--quote", "27 to 19",
                "--verdict", "False", "--rationale", "r1",
                "--source", "https://example.org/a").out.strip()
    cli("claim", "set", claim, "--rationale", "r2")
    cli("claim", "set", claim, "--status", "final")
    with Store.open(cli.db, reviewer="ann") as store:  # what the window's undo does
        store.claims.replay_update(claim, status="in-progress")
        store.claims.replay_update(claim, rationale="r1")
    line = _refused(cli("claim", "set", claim, "--status", "final", ok=False))
    assert line == ("error: Claim was final before with another rationale: marking it final"
                    " again is a correction and needs a short correction note: give it with"
                    " --correction-note TEXT")
    assert json.loads(cli("claims", "--json").out)[0]["status"] == "in-progress"
    cli("claim", "set", claim, "--status", "final", "--correction-note", "First wording")
    [record] = json.loads(cli("claims", "--json").out)
    assert record["status"] == "final"
    [fix] = record["corrections"]
    assert fix["note"] == "First wording"
    assert fix["changes"]["rationale"] == {"before": "r2", "after": "r1"}
