"""Marks for the core's words the window shows in the user's language.

The core does not import Qt, yet some of its fixed vocabulary (a claim's status
names) appears in the window. Such words are marked here with `QT_TRANSLATE_NOOP`
under a context, which `pyside6-lupdate` finds by the function's name and lists in
the .ts files; the window translates them where it shows them
(`translate("Status", text)`). The command line and the reports keep the English.
"""

from __future__ import annotations

__all__ = ["QT_TRANSLATE_NOOP"]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """`text` unchanged: marked for translators under `context`."""
    del context
    return text
