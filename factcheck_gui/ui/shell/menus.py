"""The menu bar's menus and submenus, in order; actions say where they go in them.
Titles are translated when the menus are built (ActionRegistry.build_menus)."""

from __future__ import annotations

from factcheck_gui.ui.i18n import QT_TRANSLATE_NOOP
from factcheck_gui.ui.shell.actions import MenuSpec, Place

MENUS = (
    MenuSpec("file", QT_TRANSLATE_NOOP("Menus", "&File")),
    MenuSpec("edit", QT_TRANSLATE_NOOP("Menus", "&Edit")),
    MenuSpec("view", QT_TRANSLATE_NOOP("Menus", "&View")),
    MenuSpec("article", QT_TRANSLATE_NOOP("Menus", "&Article")),
    MenuSpec("claim", QT_TRANSLATE_NOOP("Menus", "&Claim")),
    MenuSpec("sources", QT_TRANSLATE_NOOP("Menus", "&Sources")),
    MenuSpec("help", QT_TRANSLATE_NOOP("Menus", "&Help")),
    MenuSpec("file/recent", QT_TRANSLATE_NOOP("Menus", "Open &Recent"), Place("file", 1, 3)),
    MenuSpec("file/export_csv", QT_TRANSLATE_NOOP("Menus", "Export &CSV"), Place("file", 3, 4)),
    MenuSpec("claim/verdict", QT_TRANSLATE_NOOP("Menus", "Set &Verdict"), Place("claim", 3, 3)),
    MenuSpec("claim/span", QT_TRANSLATE_NOOP("Menus", "Adjust &Span"), Place("claim", 3, 4)),
    MenuSpec("claim/suggestions", QT_TRANSLATE_NOOP("Menus", "Su&ggestions"), Place("claim", 3, 5)),
)
