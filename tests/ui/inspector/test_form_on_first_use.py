"""The inspector builds its form when a claim is first shown (a window starts with
none): what was set or wired before then reaches the form when it is built."""

from __future__ import annotations

from pathlib import Path

from factcheck_gui.core.models import NewArticle
from factcheck_gui.core.store import Store
from factcheck_gui.ui.edits.undo import UndoController
from factcheck_gui.ui.inspector.inspector import Inspector


def _store_with_claim(path: Path) -> tuple[Store, str]:
    store = Store.open(path, reviewer="ann")
    article = store.articles.add_article(NewArticle(title="T", text="Trams return in 2027."))
    claim = store.claims.add_claim(article.id, 0, 21)
    return store, claim.id


def test_nothing_is_built_until_a_claim_is_shown(qtbot, tmp_path: Path) -> None:
    store, claim_id = _store_with_claim(tmp_path / "a.db")
    try:
        inspector = Inspector(UndoController(store))
        qtbot.addWidget(inspector)
        wired = []
        inspector.on_form(lambda: wired.append("sources"))
        scale = store.scales.active_scale()
        inspector.set_scale(scale)
        inspector.set_read_only(True)
        inspector.show_claim(None, [])
        inspector.invalidate_memory()  # nothing to invalidate yet: no form built for it
        inspector.refresh_source_notes()  # (a link check ending at start, say)
        inspector.stop_memory()
        assert not inspector.__dict__.get("_built") and wired == []
        assert inspector.flush() is True and inspector.discard_unsaved_corrections() is False

        claim = store.claims.get_claim(claim_id)
        inspector.show_claim(claim, [])
        assert wired == ["sources"]  # once, when built
        assert inspector.claim_text.toPlainText() == claim.claim_text
        assert inspector.claim_text.isReadOnly() and not inspector.verdict.isEnabled()
        assert inspector.memory.scale is scale and inspector.scale is scale
        assert inspector.verdict.count() == len([x for x in scale.labels if not x.retired]) + 1
        inspector.on_form(lambda: wired.append("later"))  # built: called at once
        assert wired == ["sources", "later"]
    finally:
        store.close()


def test_asking_for_a_part_of_the_form_builds_it(qtbot, tmp_path: Path) -> None:
    store, _claim_id = _store_with_claim(tmp_path / "b.db")
    try:
        inspector = Inspector(UndoController(store))
        qtbot.addWidget(inspector)
        assert inspector.status.count() > 0  # built on the way, statuses filled
        assert inspector.pages.count() == 2
        assert inspector.pages.currentWidget() is inspector.placeholder
        try:
            inspector.no_such_part  # noqa: B018
        except AttributeError as error:
            assert "no_such_part" in str(error)
        else:
            raise AssertionError("an unknown attribute must still be an AttributeError")
    finally:
        store.close()


def test_the_form_takes_its_old_place_in_the_tab_order(open_window) -> None:
    # Widgets that join a shown window join the end of its Tab order; the form,
    # built after the find bar here, still comes before it, as when the window
    # built both at once.
    from tests.ui.conftest import select_text

    window = open_window()
    window.act.open_sample.trigger()
    window.act.find_in_article.trigger()
    select_text(window, "Councillors voted 27 to 19")
    window.claims.create_claim()
    chain, widget = [], window.nextInFocusChain()
    while widget is not window and len(chain) < 1000:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    find_query = window.findChild(type(window.inspector.claimant), "findQuery")
    assert find_query is not None
    assert chain.index(window.claims_table.view) < chain.index(window.inspector.claim_text)
    assert chain.index(window.inspector.claim_text) < chain.index(find_query)


def test_every_widget_the_form_makes_is_a_form_part(qtbot, tmp_path: Path) -> None:
    # A part missing from FORM_PARTS would be an AttributeError until the form exists.
    from PySide6.QtWidgets import QWidget

    from factcheck_gui.ui.inspector.inspector import FORM_PARTS

    store, _claim_id = _store_with_claim(tmp_path / "c.db")
    try:
        inspector = Inspector(UndoController(store))
        qtbot.addWidget(inspector)
        before = set(inspector.__dict__)
        inspector._build_form()
        made = {name for name in set(inspector.__dict__) - before
                if not name.startswith("_") and isinstance(getattr(inspector, name), QWidget)}
        assert made == FORM_PARTS
    finally:
        store.close()
