"""Blind review from the command line: two reviewers in one database, and in two
databases brought together through W3C JSON; agreement figures; blind scoping of
`claims`, `export`, `history` and `review claims`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import Cli

TEXT = ("Bus fares will rise by 18% in January, the council said on Tuesday. "
        "Ridership fell from 17.9 million journeys in 2019 to 14.2 million in 2025. "
        "The mayor promised free buses for pupils.\n")


@pytest.fixture
def article(cli: Cli, tmp_path: Path) -> str:
    path = tmp_path / "fares.txt"
    path.write_text(TEXT, encoding="utf-8")
    return cli("import", str(path), "--title", "Fares").out.split("\t")[0]


def review_as(cli: Cli, who: str, article: str, *claims: tuple[str, str]) -> None:
    for quote, verdict in claims:
        cli("review", "add", article, "--quote", quote, "--verdict", verdict,
            "--rationale", f"{who} checked", "--source", f"https://example.org/{who}",
            reviewer=who)


def test_two_reviewers_blind_in_one_database(cli: Cli, article: str) -> None:
    curated = cli("claim", "add", "--article", article, "--quote", "Bus fares will rise by 18%",
                  "--verdict", "True", reviewer="editor").out.strip()
    started = cli("review", "start", article, "--for", "ann", "--for", "bob",
                  reviewer="editor").out.splitlines()
    assert [line.split("\t")[1] for line in started] == ["ann", "bob"]
    review_as(cli, "ann", article, ("Bus fares will rise by 18% in January", "True"),
              ("Ridership fell from 17.9 million journeys in 2019", "False"))
    review_as(cli, "bob", article, ("Bus fares will rise by 18%", "Mostly true"))

    # While blind, ann sees no claims of the article anywhere she asks.
    assert cli("claims", reviewer="ann").out == ""
    assert json.loads(cli("export", "json", reviewer="ann").out)["total"] == 0
    assert "curated" not in cli("export", "csv", reviewer="ann").out
    blocked = cli("history", curated, reviewer="ann", ok=False)
    assert blocked.code == 1 and "blind review" in blocked.err
    assert len(cli("review", "claims", article, reviewer="ann").out.splitlines()) == 2
    refused = cli("review", "claims", article, "--all", reviewer="ann", ok=False)
    assert "blind review" in refused.err
    bob_pass = started[1].split("\t")[0]
    assert "blind review" in cli("review", "export", bob_pass, reviewer="ann", ok=False).err
    # The editor (no pass) sees the curated claim.
    assert len(cli("claims", reviewer="editor").out.splitlines()) == 1

    cli("review", "done", article, reviewer="ann")
    assert len(cli("claims", reviewer="ann").out.splitlines()) == 1
    assert len(cli("review", "claims", article, "--all", reviewer="ann").out.splitlines()) == 2
    # Only done passes are compared; bob's is still open, so ann alone: nothing to agree on.
    solo = json.loads(cli("agreement", "--json", "--as", "editor").out)
    assert solo["reviewers"] == ["ann"] and solo["verdict_alpha_nominal"] is None
    cli("review", "done", article, reviewer="bob")
    figures = json.loads(cli("agreement", "--article", article, "--json").out)
    assert figures["reviewers"] == ["ann", "bob"]
    assert (figures["found_by_all"], figures["found_by_one"]) == (1, 1)
    assert figures["proportion_found_by_all"] == 0.5
    assert figures["matched_claims"] == 1
    text = cli("agreement", "--reviewer", "ann", "--reviewer", "bob").out
    assert "unitizing alpha (spans)" in text and "verdict Cohen's kappa" in text
    listing = json.loads(cli("review", "list", "--json").out)
    assert {(p["reviewer"], p["claim_count"], p["done_at"] is not None)
            for p in listing} == {("ann", 2, True), ("bob", 1, True)}


def test_agreement_leaves_out_what_the_asker_reviews_blind(cli: Cli, article: str) -> None:
    cli("review", "start", article, "--for", "ann", "--for", "bob")
    review_as(cli, "bob", article, ("Bus fares will rise by 18%", "True"))
    cli("review", "done", article, reviewer="bob")
    result = cli("agreement", "--json", "--as", "ann")
    assert json.loads(result.out)["articles"] == 0
    assert "reviewing blind" in result.err
    assert "blind review" in cli("agreement", "--article", article, "--as", "ann",
                                 ok=False).err


def test_passes_from_two_databases_stay_apart_through_w3c(cli: Cli, article: str,
                                                          tmp_path: Path) -> None:
    # Bob works in a copy of the database; his pass comes back as W3C JSON.
    cli("backup", str(tmp_path / "bob.db"))
    bob_db = Cli(tmp_path / "bob.db", tmp_path)
    cli("review", "start", article, reviewer="ann")
    review_as(cli, "ann", article, ("Bus fares will rise by 18% in January", "True"))
    cli("review", "done", article, reviewer="ann")
    bob_db("review", "start", article, reviewer="bob")
    review_as(bob_db, "bob", article, ("Bus fares will rise by 18%", "False"),
              ("The mayor promised free buses for pupils", "True"))
    bob_db("review", "done", article, reviewer="bob")
    bob_pass = bob_db("review", "list").out.split("\t")[0]
    exported = tmp_path / "bob-pass.json"
    bob_db("review", "export", bob_pass, "--out", str(exported), reviewer="bob")
    doc = json.loads(exported.read_text(encoding="utf-8"))
    assert all(item["fc:reviewPass"]["reviewer"] == "bob" for item in doc["first"]["items"])

    counts = dict(line.split("\t") for line in
                  cli("import-annotations", str(exported)).out.splitlines())
    assert counts["review_claims"] == "2" and counts["created"] == "0"
    assert cli("claims").out == ""  # nothing merged into the article's claims
    again = dict(line.split("\t") for line in
                 cli("import-annotations", str(exported)).out.splitlines())
    assert again["review_claims"] == "0"  # a second import changes nothing
    mine = json.loads(cli("review", "claims", article, "--all", "--json").out)
    assert sorted((c["reviewer"], c["verdict"]) for c in mine) == [
        ("ann", "True"), ("bob", "False"), ("bob", "True")]
    assert {c["pass_id"] for c in mine if c["reviewer"] == "bob"} == {bob_pass}
    figures = json.loads(cli("agreement", "--json").out)
    assert figures["reviewers"] == ["ann", "bob"] and figures["matched_claims"] == 1
    assert figures["verdict_proportion_same"] == 0.0

    # Round trip: the imported pass exported again holds the same claims.
    again_out = tmp_path / "again.json"
    cli("review", "export", bob_pass, "--out", str(again_out))
    first = {(i["target"]["selector"][1]["start"], i["target"]["selector"][1]["end"])
             for i in doc["first"]["items"]}
    second = {(i["target"]["selector"][1]["start"], i["target"]["selector"][1]["end"])
              for i in json.loads(again_out.read_text(encoding="utf-8"))["first"]["items"]}
    assert first == second


def test_review_errors_are_one_line(cli: Cli, article: str) -> None:
    result = cli("review", "add", article, "--quote", "Bus", reviewer="zed", ok=False)
    assert result.code == 1 and "no open review pass" in result.err
    cli("review", "start", article, reviewer="zed")
    again = cli("review", "start", article, reviewer="zed", ok=False)
    assert "already has an open review pass" in again.err
    assert "--start and" in cli("review", "add", article, reviewer="zed", ok=False).err
    assert "Traceback" not in again.err


def test_html_report_carries_the_agreement_of_its_articles(cli: Cli, article: str,
                                                          tmp_path: Path) -> None:
    cli("review", "start", article, "--for", "ann", "--for", "bob")
    review_as(cli, "ann", article, ("Bus fares will rise by 18%", "True"))
    review_as(cli, "bob", article, ("Bus fares will rise by 18%", "False"))
    assert "Reviewer agreement" not in cli("export", "html", reviewer="ann").out
    cli("review", "done", article, reviewer="ann")
    assert "Reviewer agreement" not in cli("export", "html").out  # one done pass only
    cli("review", "done", article, reviewer="bob")
    report = cli("export", "html", "--article", article).out
    assert "Reviewer agreement" in report and "verdict Cohen&#x27;s kappa" in report
    other = tmp_path / "other.txt"
    other.write_text("Nothing was reviewed here.", encoding="utf-8")
    unreviewed = cli("import", str(other)).out.split("\t")[0]
    assert "Reviewer agreement" not in cli("export", "html", "--article", unreviewed).out


def test_versions_and_deleted_claims_stay_blind_too(cli: Cli, article: str) -> None:
    cli("claim", "add", "--article", article, "--quote", "Bus fares", reviewer="editor")
    gone = cli("claim", "add", "--article", article, "--quote", "Ridership fell",
               reviewer="editor").out.strip()
    cli("review", "start", article, "--for", "ann")
    assert "blind review" in cli("show", article, "--version", "1", "--json",
                                 reviewer="ann", ok=False).err
    assert cli("show", article, "--version", "1", reviewer="ann").out  # the text is fine
    assert "blind review" in cli("similar", gone, reviewer="ann", ok=False).err
    # deleting happens through the editor; ann's list of deleted claims stays empty
    from factcheck_gui.core.store import Store

    with Store.open(cli.db, reviewer="editor") as store:
        store.claims.delete_claim(gone)
    assert cli("claim", "deleted", reviewer="ann").out == ""
    assert gone in cli("claim", "deleted", reviewer="editor").out
