"""The claim finder's learned ranker for transcripts: pure Python at run time,
the same scores as at training time, reasons that say which features weighed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from factcheck_gui.core import suggest_model
from factcheck_gui.core.suggest import score_sentence, suggest
from factcheck_gui.core.suggest_model import DocSentence, Ranker, load_ranker
from factcheck_gui.core.transcript import Utterance, lay_out

DEBATE = [
    Utterance("Good evening and welcome. Governor, what is your plan for schools?", "HOST"),
    Utterance("Thank you. Class sizes rose by 20 percent since 2015, the highest in the "
              "country. I think our children deserve better.", "PARKER"),
    Utterance("(APPLAUSE)", "SYSTEM"),
    Utterance("Senator?", "HOST"),
    Utterance("My opponent cut teacher pay by 3 billion dollars. That is wrong.", "LANE"),
]


def probe_doc(probes: list[dict]) -> list[DocSentence]:
    doc, turn, last = [], -1, None
    for probe in probes:
        if probe["speaker"] != last:
            turn, last = turn + 1, probe["speaker"]
        doc.append(DocSentence(probe["text"], probe["speaker"], turn))
    return doc


def test_the_shipped_model_gives_the_scores_it_was_trained_to() -> None:
    ranker = load_ranker()
    assert ranker is not None
    doc = probe_doc(ranker.probes)
    rows = ranker.rows(doc, [score_sentence(s.text) for s in doc])
    for probe, row in zip(ranker.probes, rows, strict=True):
        assert ranker.logit(row) == pytest.approx(probe["logit"], abs=1e-9)
        assert ranker.score(row) == pytest.approx(probe["score"], abs=1e-9)
        # ... and what scikit-learn computed before the weights were written out.
        assert ranker.logit(row) == pytest.approx(probe["sklearn_logit"], abs=1e-3)
    by_text = {p["text"]: p["score"] for p in ranker.probes}
    assert by_text["Wages fell by 4 percent in the last three years while rents doubled."] > \
        by_text["Thank you."]


def test_transcripts_are_ranked_by_the_model_with_its_reasons() -> None:
    text, turns = lay_out(DEBATE)
    found = suggest(text, min_score=0)  # turns read from the speaker labels
    assert found == suggest(text, turns=turns, min_score=0)
    best = found[0].sentence
    assert best.startswith(("Class sizes rose", "My opponent cut teacher pay"))
    assert all(0 < s.score < 1 for s in found)
    assert all(not text[s.start:s.end].startswith(("HOST", "PARKER")) for s in found)
    reasons = {r.rule for r in found[0].reasons}
    assert reasons & {"words", "context", "r:percentage", "r:money", "rulescore"}
    assert all(r.label for s in found for r in s.reasons)
    # The stage direction and the thanks rank low.
    rank = [s.sentence for s in found]
    assert rank.index("(APPLAUSE)") > rank.index(best)
    assert rank.index("Thank you.") > len(rank) // 2


def test_without_turns_the_rules_rank_as_before() -> None:
    text, _ = lay_out(DEBATE)
    plain = suggest(text, turns=(), min_score=0)
    assert all(s.score == score_sentence(s.sentence)[0] for s in plain)


def test_without_a_model_file_transcripts_fall_back_to_the_rules(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert load_ranker(tmp_path / "missing.json") is None
    (tmp_path / "bad.json").write_text('{"format": "something else"}', encoding="utf-8")
    assert load_ranker(tmp_path / "bad.json") is None
    with pytest.raises(ValueError, match="not a claim-finder model"):
        Ranker({"format": "x"})
    monkeypatch.setattr(suggest_model, "load_ranker", lambda: None)
    text, _ = lay_out(DEBATE)
    assert all(s.score == score_sentence(s.sentence)[0] for s in suggest(text, min_score=0))


def test_ranking_a_transcript_loads_no_numeric_libraries() -> None:
    code = (
        "import sys\n"
        "from factcheck_gui.core.suggest import suggest\n"
        "text = 'HOST: Welcome.\\n\\nSMITH: Taxes rose by 8 percent.\\n\\nHOST: Thanks.'\n"
        "assert suggest(text, min_score=0)[0].reasons\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in"
        " ('sklearn', 'numpy', 'scipy'))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
