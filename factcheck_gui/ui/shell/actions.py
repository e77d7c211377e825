"""Actions declared as data, and the one registry that turns them into Qt.

Each feature controller declares its actions (`ActionSpec`: id, text, keys,
where in the menus and toolbar, handler, when enabled). The registry builds the
QActions, the menu bar (`shell/menus.py` names the menus), the toolbar and the
shortcuts sheet, and recomputes every action's enablement in one place
(`update()`) from the workspace's state and each action's `when`.

An action that changes the database says so (`writes=True`): while the database
is open read-only every such action is off, whatever its `when`, so the window
offers only what it can do instead of refusing a write afterwards.

Keys: a platform's standard key (Undo, Redo, Quit...) means different sequences
under different desktop themes. `resolve_keys` puts the theme's primary sequence
for a standard key in its place (as `QKeySequence(standard_key)` does), then drops
every sequence already held: an action that holds one sequence twice makes Qt
call the key ambiguous and do nothing (Redo's Ctrl+Shift+Z and Quit's Ctrl+Q on
X11 did exactly that when the explicit key repeated the standard one).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from factcheck_gui.ui.i18n import translate

Key = QKeySequence.StandardKey
KeyLike = QKeySequence | str | Key
Bindings = Callable[[Key], Sequence[QKeySequence]]

WINDOW = Qt.ShortcutContext.WindowShortcut
LOCAL = Qt.ShortcutContext.WidgetWithChildrenShortcut  # its widget or a child has focus
IN_WIDGET = Qt.ShortcutContext.WidgetShortcut  # only while its widget has focus


@dataclass(frozen=True)
class Place:
    """Where an action (or a submenu) sits: a menu id, a group and an order in it.

    Items are sorted by (group, order); a separator goes between two groups."""

    menu: str
    group: int
    order: int = 0


@dataclass
class ActionSpec:
    """One action of the window: its text, handler, keys and places."""

    id: str
    text: str
    handler: Callable[[], object] | None = None
    keys: tuple[KeyLike, ...] = ()
    tip: str = ""
    context: Qt.ShortcutContext = WINDOW
    menus: tuple[Place, ...] = ()
    toolbar: Place | None = None  # Place("toolbar", group, order)
    when: Callable[[], bool] | None = None  # None: always enabled
    while_correcting: bool = False  # stays enabled while the text is being corrected
    writes: bool = False  # changes the database: off while it is open read-only
    checkable: bool = False
    checked: bool = False
    icon_text: str | None = None
    role: QAction.MenuRole | None = None
    widgets: tuple[QWidget, ...] = ()  # where a widget-local shortcut lives


@dataclass(frozen=True)
class MenuSpec:
    """A menu: top level, or a submenu at `place`."""

    id: str
    title: str  # marked with QT_TRANSLATE_NOOP("Menus", ...), translated when built
    place: Place | None = None  # None: a top-level menu, in declaration order


def resolve_keys(keys: Iterable[KeyLike], bindings: Bindings = QKeySequence.keyBindings
                 ) -> list[QKeySequence]:
    """The sequences `keys` stand for under a theme: a standard key is the first
    of its `bindings` (none on a desktop without one), each sequence once."""
    resolved: list[QKeySequence] = []
    seen: set[str] = set()
    for key in keys:
        sequences = list(bindings(key))[:1] if isinstance(key, Key) else [QKeySequence(key)]
        for sequence in sequences:
            name = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            if sequence.isEmpty() or name in seen:
                continue
            seen.add(name)
            resolved.append(sequence)
    return resolved


@dataclass
class _Item:
    """An action at its place in a menu or the toolbar."""

    place: Place
    action: QAction


@dataclass
class ActionRegistry:
    """Every action of the window by id (`registry.undo`, `registry.all["undo"]`)."""

    window: QMainWindow
    is_correcting: Callable[[], bool] = lambda: False
    is_read_only: Callable[[], bool] = lambda: False
    all: dict[str, QAction] = field(default_factory=dict)
    specs: dict[str, ActionSpec] = field(default_factory=dict)
    menus: dict[str, QMenu] = field(default_factory=dict)
    verdicts: list[QAction] = field(default_factory=list)
    toolbar_widget: QToolBar | None = None
    _menu_specs: dict[str, MenuSpec] = field(default_factory=dict)
    _items: dict[str, list[_Item]] = field(default_factory=dict)
    _dynamic_menus: dict[str, Callable[[], bool]] = field(default_factory=dict)
    _writing_menus: set[str] = field(default_factory=set)
    _holds: int = 0  # open `held` blocks
    _asked_while_held: bool = False

    def __getattr__(self, name: str) -> QAction:
        try:
            return self.__dict__["all"][name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def recent_menu(self) -> QMenu | None:
        return self.menus.get("file/recent")

    @property
    def view_menu(self) -> QMenu | None:
        return self.menus.get("view")

    # -- declaring -------------------------------------------------------------------
    def declare_menus(self, menus: Iterable[MenuSpec]) -> None:
        for spec in menus:
            self._menu_specs[spec.id] = spec

    def declare(self, specs: Iterable[ActionSpec]) -> list[QAction]:
        made = []
        for spec in specs:
            action = QAction(spec.text, self.window)
            self._configure(action, spec)
            if spec.handler is not None:
                handler = spec.handler
                action.triggered.connect(lambda _checked=False, h=handler: h())
            self.adopt(spec, action)
            made.append(action)
        return made

    def adopt(self, spec: ActionSpec, action: QAction) -> QAction:
        """Register an action made elsewhere (a dock's or toolbar's toggle)."""
        if spec.id in self.all:
            raise ValueError(f"two actions are called {spec.id!r}")
        self.all[spec.id] = action
        self.specs[spec.id] = spec
        for place in spec.menus:
            self._items.setdefault(place.menu, []).append(_Item(place, action))
        if spec.toolbar is not None:
            self._items.setdefault("toolbar", []).append(_Item(spec.toolbar, action))
        for widget in spec.widgets:
            widget.addAction(action)
        return action

    def remove(self, ids: Iterable[str]) -> None:
        for name in list(ids):
            action = self.all.pop(name)
            spec = self.specs.pop(name)
            for items in self._items.values():
                items[:] = [item for item in items if item.action is not action]
            for widget in spec.widgets:
                widget.removeAction(action)
            for menu in self.menus.values():
                menu.removeAction(action)
            action.deleteLater()

    def _configure(self, action: QAction, spec: ActionSpec) -> None:
        keys = resolve_keys(spec.keys)
        action.setShortcuts(keys)
        action.setShortcutContext(spec.context)
        if spec.tip:
            action.setStatusTip(spec.tip)
            native = keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
            action.setToolTip(f"{spec.tip} ({native})" if keys else spec.tip)
        if spec.checkable:
            action.setCheckable(True)
            action.setChecked(spec.checked)
        if spec.icon_text:
            action.setIconText(spec.icon_text)
        if spec.role is not None:
            action.setMenuRole(spec.role)

    # -- building ----------------------------------------------------------------------
    def build_menus(self) -> None:
        """Create the menu bar from the declared menus and places."""
        bar = self.window.menuBar()
        for spec in self._menu_specs.values():
            if spec.place is None:
                self.menus[spec.id] = bar.addMenu(translate("Menus", spec.title))
        for spec in self._menu_specs.values():
            if spec.place is not None:
                parent = self.menus[spec.place.menu]
                menu = QMenu(translate("Menus", spec.title), parent)
                self.menus[spec.id] = menu
                self._items.setdefault(spec.place.menu, []).append(
                    _Item(spec.place, menu.menuAction()))
        for menu_id in self.menus:
            self.fill_menu(menu_id)

    def fill_menu(self, menu_id: str) -> None:
        """(Re)build one menu from its items, sorted, separators between groups."""
        menu = self.menus[menu_id]
        for action in menu.actions():
            menu.removeAction(action)
        _fill(menu, self._items.get(menu_id, []))

    def build_toolbar(self, title: str, name: str) -> QToolBar:
        toolbar = QToolBar(title, self.window)
        toolbar.setObjectName(name)
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        _fill(toolbar, self._items.get("toolbar", []))
        self.window.addToolBar(toolbar)
        self.toolbar_widget = toolbar
        return toolbar

    def menu_enabled_when(self, menu_id: str, when: Callable[[], bool], *,
                          writes: bool = False) -> None:
        """A menu whose entries come and go (Open Recent) is enabled by `when`;
        one whose entries change the database (Set Verdict) says `writes`."""
        self._dynamic_menus[menu_id] = when
        if writes:
            self._writing_menus.add(menu_id)

    # -- enabling ----------------------------------------------------------------------
    @contextmanager
    def held(self) -> Iterator[None]:
        """Updates asked for inside this block are made once, at its end (the outermost
        block's, when they nest). Building the window asks 14 times (every
        controller's set-up, the store's first showing), and each update asks ~90
        predicates, some of them queries."""
        self._holds += 1
        try:
            yield
        finally:
            self._holds -= 1
        if self._asked_while_held and not self._holds:  # (not after an error either)
            self._asked_while_held = False
            self.update()

    def update(self) -> None:
        """Recompute every action's enablement from the state it depends on."""
        if self._holds:
            self._asked_while_held = True
            return
        correcting = self.is_correcting()
        read_only = self.is_read_only()
        for name, action in self.all.items():
            spec = self.specs[name]
            if (correcting and not spec.while_correcting) or (read_only and spec.writes):
                enabled = False
            else:
                enabled = spec.when() if spec.when is not None else True
            if action.isEnabled() != enabled:
                action.setEnabled(enabled)
        for menu_id, when in self._dynamic_menus.items():
            menu = self.menus.get(menu_id)
            if menu is not None:
                off = correcting or (read_only and menu_id in self._writing_menus)
                menu.setEnabled(not off and when())

    # -- the shortcuts sheet -------------------------------------------------------------
    def shortcut_rows(self) -> list[tuple[str, str, str]]:
        """(what, keys, where) for every action with a shortcut."""
        rows = []
        for action in self.all.values():
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText)
                    for k in action.shortcuts()]
            if not keys:
                continue
            where = {
                IN_WIDGET: translate("ShortcutsDialog", "in the article text"),
                LOCAL: _where(action),
            }.get(action.shortcutContext(), anywhere())
            rows.append((menu_text(action.text()).rstrip("…"),
                         translate("ShortcutsDialog", " or ").join(keys), where))
        return rows


def _fill(target: QMenu | QToolBar, items: list[_Item]) -> None:
    group = None
    for item in sorted(items, key=lambda i: (i.place.group, i.place.order)):
        if group is not None and item.place.group != group:
            target.addSeparator()
        group = item.place.group
        target.addAction(item.action)


def menu_text(text: str) -> str:
    """An action's text as read: accelerator marks gone, "&&" back to "&"."""
    return re.sub(r"&(&?)", r"\1", text)


def anywhere() -> str:
    """The shortcuts sheet's word for a key that works in the whole window."""
    return translate("ShortcutsDialog", "anywhere")


def _where(action: QAction) -> str:
    names = {w.objectName() for w in action.associatedObjects() if isinstance(w, QWidget)}
    if "inspector" in names:
        return translate("ShortcutsDialog", "in the claim inspector")
    if "claimsView" in names:
        return translate("ShortcutsDialog", "in the article text or the claims table")
    if "findBar" in names:
        return translate("ShortcutsDialog", "in the find bar")
    return translate("ShortcutsDialog", "in the article text")
