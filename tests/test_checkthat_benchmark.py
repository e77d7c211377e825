"""The claim finder's CheckThat!-style evaluation and its training script keep
working: run on a tiny invented data set in the lab's layout (the real one is
not in the repository)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import checkthat, train_ranker
from factcheck_gui.core.suggest_model import Ranker
from tests.helpers.checkthat_sample import write_sample


def test_the_labs_measures_on_a_known_ranking() -> None:
    m = checkthat.measures([0, 1, 0, 1, 0, 0])
    assert m["MAP"] == pytest.approx((1 / 2 + 2 / 4) / 2)
    assert m["R-Prec"] == pytest.approx(0.5)
    assert m["P@1"] == 0 and m["P@3"] == pytest.approx(1 / 3)
    assert m["P@50"] == pytest.approx(2 / 50)
    assert m["RR"] == pytest.approx(0.5)
    assert checkthat.measures([0, 0])["MAP"] == 0 and checkthat.measures([0, 0])["RR"] == 0


def test_evaluation_runs_every_system_on_a_shrunk_data_set(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture) -> None:
    data = write_sample(tmp_path / "data")
    report = checkthat.evaluate(data)
    assert set(report) == {"claim finder", "rules only", "TF-IDF SVM", "random"}
    for result in report.values():
        assert set(result["per_document"]) == {"20200201_third", "20200215_fourth"}
        assert all(0 <= value <= 1 for value in result["mean"].values())
    # Two claims among a handful of lines: the finder puts a claim first.
    assert report["claim finder"]["mean"]["P@1"] == 1
    assert checkthat.main(["--data", str(data)]) == 0
    out = capsys.readouterr().out
    assert "| claim finder |" in out and "news set" in out
    assert checkthat.main(["--data", str(tmp_path / "nothing")]) == 2


def test_training_writes_a_model_the_app_reproduces(tmp_path: Path) -> None:
    data = write_sample(tmp_path / "data")
    out = tmp_path / "ranker.json"
    assert train_ranker.main(["--data", str(data), "--out", str(out)]) == 0
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["settings"]["training_documents"] == ["20200101_first", "20200115_second"]
    ranker = Ranker(saved)
    for probe in ranker.probes:
        assert probe["logit"] == pytest.approx(probe["sklearn_logit"], abs=1e-3)
    assert train_ranker.main(["--data", str(tmp_path / "nothing"), "--out", str(out)]) == 2
