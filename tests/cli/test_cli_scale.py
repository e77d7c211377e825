"""`scale list|show|use|export`, end to end through the CLI (no display)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from factcheck_gui.core.scales import preset_names

from .conftest import Cli

ARTICLE = "The fare rose by 18%. Ridership fell to 14 million. The mayor resigned in 2024.\n"


def _claims(cli: Cli, tmp_path: Path) -> dict[str, str]:
    source = tmp_path / "a.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    article = cli("import", str(source)).out.split("\t")[0]
    ids = {}
    for quote, verdict in (("The fare rose by 18%", "Misleading"),
                           ("Ridership fell to 14 million", "Mostly false"),
                           ("The mayor resigned in 2024", "True")):
        ids[quote.split()[1]] = cli("claim", "add", "--article", article, "--quote", quote,
                                    "--verdict", verdict).out.strip()
    return ids


def test_list_show_and_export(cli: Cli, tmp_path: Path) -> None:
    lines = cli("scale", "list").out.splitlines()
    assert [line.split("\t")[1] for line in lines] == preset_names()
    assert [line.split("\t")[0] for line in lines].count("*") == 1
    assert lines[preset_names().index("default")].startswith("*\tdefault\t")
    listed = json.loads(cli("scale", "list", "--json").out)
    assert [e["name"] for e in listed if e["active"]] == ["default"]
    shown = cli("scale", "show").out.splitlines()
    assert shown[0] == "Plain six-point scale (default): best 5, worst 1"
    assert shown[1].split("\t")[:4] == ["1", "True", "5", "0 claims"]
    assert json.loads(cli("scale", "show", "--json").out)["labels"][2]["label"] == "Misleading"
    out = tmp_path / "mine.json"
    cli("scale", "export", str(out))
    assert json.loads(out.read_text(encoding="utf-8"))["id"] == "default"
    assert json.loads(cli("scale", "export", "-").out)["best_rating"] == 5


def test_use_refuses_then_maps_and_retires(cli: Cli, tmp_path: Path) -> None:
    ids = _claims(cli, tmp_path)
    refused = cli("scale", "use", "truth-meter", ok=False)
    assert refused.code == 1 and refused.out == ""
    assert refused.err.strip() == (
        "error: the scale 'Six-step truth meter' lacks 2 verdicts in use: 'Misleading'"
        " (1 claim), 'Mostly false' (1 claim); map each to a label of the new scale or keep"
        " it as a retired label (e.g. --map 'Mostly false=Mostly False', or --keep-retired)")
    assert "Traceback" not in refused.err
    assert json.loads(cli("scale", "show", "--json").out)["id"] == "default"  # unchanged

    dry = cli("scale", "use", "truth-meter", "--map", "mostly false=Mostly False",
              "--keep-retired", "Misleading", "--dry-run").out
    assert dry.splitlines() == ["map\tMostly false\tMostly False\t1 claim",
                                "retire\tMisleading\t\t1 claim"]
    assert json.loads(cli("scale", "show", "--json").out)["id"] == "default"

    done = cli("scale", "use", "truth-meter", "--map", "mostly false=Mostly False",
               "--keep-retired", "Misleading").out
    assert done.strip() == ("active scale: Six-step truth meter (truth-meter); 1 claim"
                            " relabelled; kept as retired: Misleading")
    shown = cli("scale", "show").out
    assert "-\tMisleading\t3.5\t1 claim\t#b08923\tretired" in shown
    assert cli("scale", "list").out.splitlines()[-1].startswith("*\ttruth-meter\t")

    # Retired: still shown and exported, refused for new verdicts.
    table = list(csv.DictReader(io.StringIO(cli("export", "csv").raw.decode("utf-8-sig"))))
    by_id = {row["claim_id"]: row for row in table}
    assert (by_id[ids["fare"]]["verdict"], by_id[ids["fare"]]["rating_value"]) == (
        "Misleading", "3.5")
    assert by_id[ids["fell"]]["verdict"] == "Mostly False"
    reviews = {r["identifier"]: r for r in json.loads(cli("export", "claimreview").out)}
    assert reviews[ids["fare"]]["reviewRating"]["alternateName"] == "Misleading"
    refused = cli("claim", "set", ids["mayor"], "--verdict", "Misleading", ok=False)
    assert "is not a verdict of the scale" in refused.err
    history = cli("history", ids["fell"], "--json").out
    assert "relabel" in history


def test_use_a_file_and_bad_input(cli: Cli, tmp_path: Path) -> None:
    _claims(cli, tmp_path)
    scale = json.loads(cli("scale", "export", "-").out)
    scale["labels"][0]["label"] = "Accurate"
    path = tmp_path / "house.json"
    path.write_text(json.dumps(scale), encoding="utf-8")
    assert "1 claim relabelled" in cli("scale", "use", str(path), "--map", "True=Accurate").out
    assert json.loads(cli("scale", "show", "--json").out)["labels"][0]["label"] == "Accurate"
    for args, message in (
        (("scale", "use", "nope"), "no rating scale preset 'nope'"),
        (("scale", "use", str(tmp_path / "missing.json")), "cannot read missing.json"),
        (("scale", "use", "fever", "--map", "Misleading"), "should look like OLD=NEW"),
        (("scale", "use", "fever", "--map", "Misleading=Nope", "--keep-retired"),
         "has no such label"),
    ):
        result = cli(*args, ok=False)
        assert result.code == 1 and message in result.err and "Traceback" not in result.err
