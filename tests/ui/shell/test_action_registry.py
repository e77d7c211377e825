"""The action registry on a bare window: menus and toolbar from declared places,
enablement from each action's `when` and the workspace's mode, the sheet."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from factcheck_gui.ui.shell.actions import (
    ActionRegistry,
    ActionSpec,
    MenuSpec,
    Place,
    menu_text,
)


def _entries(menu) -> list[str]:
    return ["---" if a.isSeparator() else menu_text(a.text()) for a in menu.actions()]


def test_menus_follow_the_declared_places_with_separators_between_groups(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    act = ActionRegistry(window)
    act.declare_menus([MenuSpec("file", "&File"), MenuSpec("help", "&Help"),
                       MenuSpec("file/more", "&More", Place("file", 1, 3))])
    act.declare([
        ActionSpec("quit", "&Quit", menus=(Place("file", 2, 1),)),
        ActionSpec("open", "&Open", menus=(Place("file", 1, 1),), toolbar=Place("toolbar", 1)),
        ActionSpec("new", "&New", menus=(Place("file", 1, 0),)),
        ActionSpec("deep", "&Deep", menus=(Place("file/more", 1, 1),)),
        ActionSpec("about", "&About", menus=(Place("help", 1, 1),)),
    ])
    act.build_menus()
    toolbar = act.build_toolbar("Tools", "tools")
    assert [menu_text(a.text()) for a in window.menuBar().actions()] == ["File", "Help"]
    assert _entries(act.menus["file"]) == ["New", "Open", "More", "---", "Quit"]
    assert _entries(act.menus["file/more"]) == ["Deep"]
    assert [a.text() for a in toolbar.actions()] == ["&Open"]
    assert act.open is act.all["open"]


def test_enablement_is_recomputed_from_when_and_the_mode(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    state = {"selected": False, "correcting": False}
    act = ActionRegistry(window, lambda: state["correcting"])
    act.declare([
        ActionSpec("delete", "Delete", when=lambda: state["selected"]),
        ActionSpec("quit", "Quit", while_correcting=True),
        ActionSpec("export", "Export"),
    ])
    act.update()
    assert [act.delete.isEnabled(), act.quit.isEnabled(), act.export.isEnabled()] == [
        False, True, True]
    state["selected"] = True
    act.update()
    assert act.delete.isEnabled()
    state["correcting"] = True
    act.update()
    assert [act.delete.isEnabled(), act.quit.isEnabled(), act.export.isEnabled()] == [
        False, True, False]


def test_actions_come_and_go_and_the_sheet_lists_their_keys(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    act = ActionRegistry(window)
    act.declare_menus([MenuSpec("claim", "&Claim")])
    act.declare([ActionSpec("one", "&One", keys=("1", "1"), menus=(Place("claim", 1, 1),))])
    act.build_menus()
    assert [k.toString() for k in act.one.shortcuts()] == ["1"]  # held once
    assert act.shortcut_rows() == [("One", "1", "anywhere")]
    act.remove(["one"])
    act.fill_menu("claim")
    assert "one" not in act.all and _entries(act.menus["claim"]) == []


def test_updates_asked_for_while_held_are_made_once_at_the_end(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    asked = []
    state = {"selected": False}

    def selected() -> bool:
        asked.append(1)
        return state["selected"]

    act = ActionRegistry(window)
    act.declare([ActionSpec("delete", "Delete", when=selected)])
    act.update()
    asked.clear()
    with act.held():
        state["selected"] = True
        act.update()
        act.update()
        assert not asked and not act.delete.isEnabled()  # not yet
    assert len(asked) == 1 and act.delete.isEnabled()  # once, with the final state
    with act.held():
        pass
    assert len(asked) == 1  # nothing asked: nothing done


def test_a_failure_while_held_leaves_updates_on(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    act = ActionRegistry(window)
    state = {"on": False}
    act.declare([ActionSpec("go", "Go", when=lambda: state["on"])])
    try:
        with act.held():
            act.update()
            raise ValueError("building failed")
    except ValueError:
        pass
    state["on"] = True
    act.update()  # not held any more
    assert act.go.isEnabled()


def test_held_blocks_nest(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    state = {"on": False}
    act = ActionRegistry(window)
    act.declare([ActionSpec("go", "Go", when=lambda: state["on"])])
    act.update()
    with act.held():
        with act.held():
            state["on"] = True
            act.update()
        assert not act.go.isEnabled()  # the outer block still holds it
    assert act.go.isEnabled()


def test_building_the_window_works_out_the_actions_once(open_window, monkeypatch) -> None:
    made = []
    real = ActionRegistry.update

    def update(self: ActionRegistry) -> None:
        if not self._holds:
            made.append(1)
        real(self)

    monkeypatch.setattr(ActionRegistry, "update", update)
    open_window()
    assert len(made) == 1  # not once per controller and per first showing
