"""The workspace model on its own: what it holds and what it says when it changes."""

from __future__ import annotations

from pathlib import Path

from factcheck_gui.core.report import ReportScope
from factcheck_gui.core.store import Store
from factcheck_gui.sample import add_sample_article
from factcheck_gui.ui.shell.workspace import Mode, Workspace


def test_the_workspace_holds_the_article_its_claims_and_the_selection(
        qapp, tmp_path: Path) -> None:
    with Store.open(tmp_path / "a.db", reviewer="ann") as store:
        article = add_sample_article(store)
        version = store.versions.current_version(article.id)
        claim = store.claims.add_claim(article.id, 0, 6)
        ws = Workspace(store)
        said: list[str] = []
        ws.selection_changed.connect(lambda: said.append("selection"))
        ws.mode_changed.connect(lambda: said.append("mode"))
        ws.state_changed.connect(lambda: said.append("state"))
        assert ws.mode is Mode.READING and not ws.has_article()
        ws.set_article(article, version)
        ws.set_rows(list(store.reports.report_rows(ReportScope(articles=(article.id,)))))
        ws.set_selected("not a shown claim")
        assert ws.selected_claim_id is None
        ws.set_selected(claim.id)
        assert ws.selected_claim() == store.claims.get_claim(claim.id)
        ws.set_mode(Mode.CORRECTING)
        assert ws.is_correcting()
        assert sorted(said) == ["mode", "selection", "selection", "state", "state", "state"]
        ws.set_article(None, None)
        assert ws.selected_claim_id is None and ws.article_id is None


def test_another_store_starts_afresh_and_a_read_only_one_is_a_mode(
        qapp, tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    with Store.open(path, reviewer="ann") as store:
        add_sample_article(store)
        ws = Workspace(store)
        ws.set_rows([])
        with Store.open(path, reviewer="ann", lock=False, read_only=True) as reader:
            told: list[bool] = []
            ws.store_changed.connect(lambda: told.append(True))
            ws.set_store(reader)
            assert told == [True]
            assert ws.mode is Mode.READ_ONLY and ws.reading_mode() is Mode.READ_ONLY
