"""The claim finder's reasons and the workflow hint in the window's language; English
again once the window is back in English (as the CLI always has them)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt

from factcheck_gui.core.suggest import score_sentence
from factcheck_gui.core.workflow import WorkflowRules, final_hint
from factcheck_gui.ui import i18n

SENTENCE = "Bus fares rose by 18% last year, the council said."


def _labels() -> list[str]:
    return [reason.label for reason in score_sentence(SENTENCE)[1]]


def test_reasons_and_hints_follow_the_window_language(qapp) -> None:
    english = _labels()
    assert "a percentage" in english and "an attributed statement" in english
    locale = QLocale()
    try:
        assert i18n.install(qapp, "es")
        spanish = _labels()
        assert "un porcentaje" in spanish and "una declaración atribuida" in spanish
        assert final_hint(WorkflowRules(), verdict=None, rationale="", source_count=2) == (
            "Para final falta: veredicto, justificación")
    finally:
        i18n.install(qapp, "en")
        QLocale.setDefault(locale)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert _labels() == english
    assert final_hint(WorkflowRules(), verdict=None, rationale="", source_count=0) == (
        "Final needs: verdict, rationale, 1 source")
