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

English needs a translation file too: "%n claim(s)" becomes "1 claim" / "2 claims"
only through factcheck_en.qm's plural forms. `install()` loads it (and a language's
file above it); the first `translate()` call after a QApplication exists installs the
English one by itself, so tests and scripts that never call `install()` read proper
English.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from factcheck_gui.assets import resources_dir

_installed: list[QTranslator] = []
_default_done = False


def translations_dir() -> Path:
    return resources_dir() / "translations"


def install(app: QCoreApplication, language: str = "en") -> bool:
    """Load the English plural forms and, above them, `language`'s translation.
    False when that language's compiled file is missing (the window stays English)."""
    global _default_done
    _default_done = True
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    found = True
    for name in dict.fromkeys(("en", language)):
        translator = QTranslator(app)
        if translator.load(str(translations_dir() / f"factcheck_{name}.qm")):
            app.installTranslator(translator)
            _installed.append(translator)
        elif name != "en":
            found = False
    return found


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate, with the English plurals installed on first use."""
    if not _default_done:
        app = QCoreApplication.instance()
        if app is not None:
            install(app)
    return QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark `text` for lupdate under `context`; translate it later where it is shown."""
    del context
    return text
