"""Translation of the window's words: one convention every module follows.

Write each user-visible string as

    translate("Context", "Text")                      # a label, a title, a message
    translate("Context", "%n claim(s)", None, count)  # a plural: %n is the count
    translate("Context", "Open", "menu verb")         # a disambiguation for translators
    translate("Context", "Saved {name}").format(name=path.name)  # named fields, never f-strings

with a literal context (the feature's name, e.g. "LibraryPane") and a literal text, so
`python3 tasks.py translations` (pyside6-lupdate) finds it and the .ts files in
resources/translations/ list it. `self.tr()` is not used: in Python its context is
the runtime class, so a subclass would look up a context no .ts file has.

A string declared before a translator exists (a module-level table) is marked with
`QT_TRANSLATE_NOOP("Context", "Text")`, which returns it unchanged, and translated
where it is shown with `translate("Context", text)`.

The command line stays English: nothing under cli/ goes through here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark `text` for lupdate under `context`; translate it later where it is shown."""
    del context
    return text
