"""The menu bar's menus and submenus, in order; actions say where they go in them."""

from __future__ import annotations

from factcheck_gui.ui.shell.actions import MenuSpec, Place

MENUS = (
    MenuSpec("file", "&File"),
    MenuSpec("edit", "&Edit"),
    MenuSpec("view", "&View"),
    MenuSpec("article", "&Article"),
    MenuSpec("claim", "&Claim"),
    MenuSpec("sources", "&Sources"),
    MenuSpec("help", "&Help"),
    MenuSpec("file/recent", "Open &Recent", Place("file", 1, 3)),
    MenuSpec("file/export_csv", "Export &CSV", Place("file", 3, 4)),
    MenuSpec("claim/verdict", "Set &Verdict", Place("claim", 3, 3)),
    MenuSpec("claim/span", "Adjust &Span", Place("claim", 3, 4)),
    MenuSpec("claim/suggestions", "Su&ggestions", Place("claim", 3, 5)),
)
