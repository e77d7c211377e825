"""import-annotations cannot rewrite history: a time in the future never wins a
merge, a final claim's verdict changes only with a correction note, and the same
file imported again changes nothing."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.helpers.run_cli import Ran, run_cli


def cli(tmp_path: Path, *args: str, code: int | None = 0) -> Ran:
    result = run_cli(tmp_path, "--db", "here.db", "--reviewer", "ann", *args)
    if code is not None:
        assert result.code == code, result.err
    return result


def claim_of(tmp_path: Path) -> dict:
    [record] = json.loads(cli(tmp_path, "claims", "--json").out)
    return record


def bundle(tmp_path: Path, name: str, **changes: str) -> Path:
    """This database's claims exported, with the claim's verdict body and times changed."""
    out = tmp_path / name
    cli(tmp_path, "export", "json", "--out", str(out))
    doc = json.loads(out.read_text(encoding="utf-8"))
    for item in doc["first"]["items"]:
        for body in item["body"]:
            if body.get("fc:role") == "verdict" and "verdict" in changes:
                body["value"] = changes["verdict"]
        item["modified"] = changes.get("modified", item["modified"])
    out.write_text(json.dumps(doc), encoding="utf-8")
    return out


@pytest.fixture
def judged(tmp_path: Path) -> str:
    article = cli(tmp_path, "sample").out.split("\t")[0]
    return cli(tmp_path, "claim", "add", "--article", article, "--quote", "27 to 19",
               "--verdict", "False", "--rationale", "The minutes say so.",
               "--source", "https://example.org/minutes").out.strip()


def test_a_bundle_from_the_future_never_wins(tmp_path: Path, judged: str) -> None:
    future = bundle(tmp_path, "future.json", verdict="True",
                    modified="9999-12-31T00:00:00+00:00")
    cli(tmp_path, "claim", "set", judged, "--verdict", "Mostly false")
    first = cli(tmp_path, "import-annotations", str(future), "--json")
    assert "in the future" in first.err
    assert claim_of(tmp_path)["verdict"] == "Mostly false"  # the later local edit
    cli(tmp_path, "claim", "set", judged, "--verdict", "Misleading")
    again = json.loads(cli(tmp_path, "import-annotations", str(future), "--json").out)
    assert (again["created"], again["updated"]) == (0, 0)
    assert claim_of(tmp_path)["verdict"] == "Misleading"
    stored = claim_of(tmp_path)["updated_at"]
    assert stored < (datetime.now(UTC) + timedelta(days=1)).isoformat()


def test_a_final_claims_verdict_is_not_flipped_silently(
    tmp_path: Path, judged: str
) -> None:
    cli(tmp_path, "claim", "set", judged, "--status", "final")
    soon = (datetime.now(UTC) + timedelta(minutes=1)).isoformat()
    flip = bundle(tmp_path, "flip.json", verdict="True", modified=soon)
    result = cli(tmp_path, "import-annotations", str(flip), "--json")
    counts = json.loads(result.out)
    assert counts["held"] == 1 and counts["updated"] == 0
    assert "final here" in result.err
    record = claim_of(tmp_path)
    assert (record["verdict"], record["status"]) == ("False", "final")
    history = cli(tmp_path, "history", judged).out
    assert "held for review" in history and "True" in history
    again = json.loads(cli(tmp_path, "import-annotations", str(flip), "--json").out)
    assert again["held"] == 1
    assert cli(tmp_path, "history", judged).out == history  # recorded once


def test_a_correction_in_the_bundle_is_applied_with_its_note(
    tmp_path: Path, judged: str
) -> None:
    cli(tmp_path, "claim", "set", judged, "--status", "final")
    other = tmp_path / "other"
    other.mkdir()
    cli(tmp_path, "backup", str(other / "here.db"))
    run_cli(other, "--db", "here.db", "--reviewer", "bo", "claim", "set", judged,
            "--verdict", "True", "--correction-note", "The vote was 19 to 27.")
    exported = other / "corrected.json"
    assert run_cli(other, "--db", "here.db", "export", "json", "--out",
                   str(exported)).code == 0
    counts = json.loads(cli(tmp_path, "import-annotations", str(exported), "--json").out)
    assert (counts["updated"], counts["held"]) == (1, 0)
    assert claim_of(tmp_path)["verdict"] == "True"
    history = cli(tmp_path, "history", judged).out
    assert "The vote was 19 to 27." in history and "bo" in history
