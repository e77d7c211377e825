"""Which parts of the window the translation checks cover.

The window's folders were swept for translation on separate branches. Until they are
all merged, the checks look only at the folders swept on the branch that made these
checks (OWNED); a widget, action, dialog or .ts context belongs to the folder of the
module that made it. After the merge, ONLY_FOLDERS = None turns every check on for
the whole window.
"""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "factcheck_gui"

# Folders below factcheck_gui/ui (and the modules beside them) whose strings are
# translated; "app" stands for factcheck_gui/app.py and window_entry.py, "core" for
# the core's marked vocabulary.
OWNED = frozenset({"shell", "widgets", "dialogs", "files", "theme", "i18n", "app", "core"})
ONLY_FOLDERS: frozenset[str] | None = None  # every folder is swept and translated


def folder_of(module: str) -> str | None:
    """"shell" for factcheck_gui.ui.shell.menus, "app" for factcheck_gui.app; None
    for a module outside the package (Qt's own widgets)."""
    parts = module.split(".")
    if parts[0] != "factcheck_gui" or len(parts) < 2:
        return None
    if parts[1] == "ui":
        return parts[2] if len(parts) > 2 else "ui"
    if parts[1] in ("app", "window_entry"):
        return "app"
    return parts[1]


def covered(folder: str | None) -> bool:
    return ONLY_FOLDERS is None or folder in ONLY_FOLDERS


_CONTEXT = re.compile(r"""(?:translate|QT_TRANSLATE_NOOP)\(\s*["']([^"']+)["']""")


def contexts_in_scope() -> set[str] | None:
    """The .ts contexts used by the covered folders' modules (None: all of them)."""
    if ONLY_FOLDERS is None:
        return None
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        module = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if covered(folder_of(module)):
            found.update(_CONTEXT.findall(path.read_text(encoding="utf-8")))
    return found
