"""A claim's history in the window's language, and in English from the command line:
the core builds the sentences, the window's translator (registered at start) puts
them in the chosen language, the CLI never registers one."""

from __future__ import annotations

from pathlib import Path

from factcheck_gui.core.models import Status
from factcheck_gui.core.store import Store
from factcheck_gui.ui import i18n
from tests.cli.conftest import Cli
from tests.ui.claims.test_history_window import _history_tab, _prepare


def _status_change(db_path: Path) -> str:
    _article_id, claim_id = _prepare(db_path)
    with Store.open(db_path, reviewer="bob") as bob:
        bob.claims.update_claim(claim_id, status=Status.NEEDS_REVIEW)
    return claim_id


def test_the_cli_prints_the_status_change_in_english(db_path: Path, tmp_path: Path) -> None:
    claim_id = _status_change(db_path)
    out = Cli(db_path, tmp_path, in_process=False)("history", claim_id).out
    assert out.splitlines()[-1].endswith("\tbob\tset status: To check -> Needs review")


def test_the_window_shows_the_status_change_in_spanish(qapp, english_afterwards, open_window,
                                                      db_path: Path) -> None:
    claim_id = _status_change(db_path)  # an English database (its scale's labels stay so)
    assert i18n.install(qapp, "es")
    window = open_window(reviewer="cy")
    window.claims.select_claim(claim_id)
    _history_tab(window)
    newest = window.inspector.history.entry_texts()[0].splitlines()
    assert newest[1:] == ["cambió estado: Por verificar -> Necesita revisión",
                          "añadió la fuente https://example.org/fares",
                          "cambió veredicto: (ninguno) -> Mostly true"]
