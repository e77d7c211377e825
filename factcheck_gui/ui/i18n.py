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

The command line stays English: nothing under cli/ goes through here. The sentences
the core builds (a claim's history, the workflow's hints, the claim finder's reasons)
call core.translatable.translate, which `install()` (or the first `translate()` here)
points at this module's `translate`; the command line never does, so it keeps the
core's English.

English needs a translation file too: "%n claim(s)" becomes "1 claim" / "2 claims"
only through factcheck_en.qm's plural forms. `install()` loads it (and a language's
file above it); the first `translate()` call after a QApplication exists installs the
English one by itself, so tests and scripts that never call `install()` read proper
English.

The language: "system" (the default) follows the desktop's languages
(`QLocale.system().uiLanguages()`), else one of LANGUAGES, chosen in Preferences and
applied at the next start (every widget builds its texts once). `install()` also loads
Qt's own translation (qtbase_<lang>.qm: the standard buttons' OK, Cancel...), makes
numbers and dates follow the language (`QLocale.setDefault`) and lays the window out
right to left for Arabic. A language whose file is missing leaves the window English.
A checkout or wheel without compiled .qm files (they are built from the .ts files by
every `python3 tasks.py` command) compiles them once into the user's cache folder with
the lrelease that ships with PySide6; if even that fails, the window stays English.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QStandardPaths,
    Qt,
    QTranslator,
)

from factcheck_gui.assets import resources_dir
from factcheck_gui.core.translatable import set_translator

log = logging.getLogger(__name__)

# Each language named in itself, as the Preferences list shows it (never translated).
LANGUAGES = {"en": "English", "es": "Español", "ar": "العربية"}
SYSTEM = "system"
RIGHT_TO_LEFT = {"ar"}
LANGUAGE_KEY = "appearance/language"

_installed: list[QTranslator] = []
_default_done = False
_current = "en"

def translations_dir() -> Path:
    return resources_dir() / "translations"


def saved_language(settings: QSettings) -> str:
    """The choice kept in the settings: "system" or a code of LANGUAGES."""
    value = str(settings.value(LANGUAGE_KEY) or SYSTEM)
    return value if value in LANGUAGES or value == SYSTEM else SYSTEM


def save_language(settings: QSettings, choice: str) -> None:
    settings.setValue(LANGUAGE_KEY, choice if choice in LANGUAGES else SYSTEM)
    settings.sync()


def system_language(ui_languages: list[str] | None = None) -> str:
    """The first of the desktop's languages the window has, else English."""
    for name in QLocale.system().uiLanguages() if ui_languages is None else ui_languages:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def resolve(choice: str | None) -> str:
    """A language code for a setting: itself when known, else the system's."""
    return choice if choice in LANGUAGES else system_language()


def current_language() -> str:
    """The language installed last ("en" until then)."""
    return _current


def qm_file(language: str) -> Path | None:
    """The compiled translation for `language`: beside the .ts files, else compiled
    once into the cache folder; None when there is none."""
    name = f"factcheck_{language}"
    shipped = translations_dir() / f"{name}.qm"
    if shipped.is_file():
        return shipped
    source = translations_dir() / f"{name}.ts"
    if not source.is_file():
        return None
    cache = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.CacheLocation) or Path.home() / ".cache") / "translations"
    compiled = cache / f"{name}.qm"
    if compiled.is_file() and compiled.stat().st_mtime >= source.stat().st_mtime:
        return compiled
    return _compile(source, compiled)


def _compile(source: Path, target: Path) -> Path | None:
    """`source` compiled with PySide6's own lrelease (None if it cannot be)."""
    import subprocess  # only when a translation has no compiled file yet

    tool = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.BinariesPath)) / (
        "lrelease.exe" if os.name == "nt" else "lrelease")
    if not tool.is_file():
        import PySide6

        tool = Path(PySide6.__file__).parent / tool.name
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        done = subprocess.run([str(tool), "-silent", str(source), "-qm", str(target)],
                              capture_output=True, timeout=60, check=False)
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("cannot compile %s: %s", source.name, error)
        return None
    return target if done.returncode == 0 and target.is_file() else None


def install(app: QCoreApplication, language: str = "en") -> bool:
    """Load the English plural forms and, above them, `language`'s translation and Qt's
    own; numbers, dates and the layout direction follow. False when that language's
    file is missing or unknown (the window stays English, left to right)."""
    global _default_done, _current
    _default_done = True
    set_translator(translate)  # the core's sentences (history, hints) in this language too
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    found = language in LANGUAGES
    loaded = "en"
    for name in dict.fromkeys(("en", language if found else "en")):
        translator = QTranslator(app)
        path = qm_file(name)
        if path is not None and translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded = name
        elif name != "en":
            log.warning("no translation for %s: the window stays English", name)
            found = False
    if loaded != "en":
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{loaded}", folder):
            app.installTranslator(qt)
            _installed.append(qt)
    _current = loaded
    _follow_language(app, loaded)
    return found and loaded == language


def _follow_language(app: QCoreApplication, language: str) -> None:
    """Numbers, dates, new rating scales and the layout direction in `language`."""
    QLocale.setDefault(QLocale.system() if system_language() == language
                       else QLocale(language))
    from factcheck_gui.core.scales import set_preset_language

    set_preset_language(language)
    if hasattr(app, "setLayoutDirection"):  # a QGuiApplication
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT
                               else Qt.LayoutDirection.LeftToRight)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate, with the English plurals installed on first use."""
    if not _default_done:
        app = QCoreApplication.instance()
        if app is not None:
            _install_english(app)
    return QCoreApplication.translate(context, text, disambiguation, n)


def _install_english(app: QCoreApplication) -> None:
    """The English plural forms only: nothing else about the app changes."""
    global _default_done
    _default_done = True
    set_translator(translate)
    translator = QTranslator(app)
    path = qm_file("en")
    if path is not None and translator.load(str(path)):
        app.installTranslator(translator)
        _installed.append(translator)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark `text` for lupdate under `context`; translate it later where it is shown."""
    del context
    return text


# Qt lays a whole application out right to left when this message's translation is
# "RTL" (QGuiApplication asks whenever the translators change); factcheck_ar.ts says so.
QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION")
