"""The window in another language: every text it shows is translated and fits.

A pseudo-locale translator returns each source text marked (⟦…⟧) and a third longer,
so a text the window shows unmarked never went through translate(), and a label or
button whose marked text no longer fits was laid out for the English length only.
The main window (an article open, a claim on each inspector tab) and every dialog
are walked at 1280x800. The checks cover the folders tests/helpers/i18n_scope.py
names (all of them once ONLY_FOLDERS is None there).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTabBar,
    QToolButton,
    QWidget,
)

from factcheck_gui.core.store import Store
from factcheck_gui.core.workflow import WorkflowRules
from factcheck_gui.ui import i18n
from factcheck_gui.ui.dialogs.preferences import PreferencesDialog
from factcheck_gui.ui.shell.main_window import app_settings
from tests.helpers.i18n_scope import covered, folder_of
from tests.ui.claims.test_highlights_and_table import add_claims
from tests.ui.test_accessibility import DIALOGS, WINDOWS

OPEN, CLOSE = "⟦", "⟧"


class PseudoTranslator(QTranslator):
    """Every text marked and lengthened by a third (placeholders kept)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        if context == "QGuiApplication" or not source:
            return ""  # the layout direction stays the source's
        return f"{OPEN}{source}{'~' * max(1, len(source) // 3)}{CLOSE}"

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def pseudo(qapp) -> Iterator[PseudoTranslator]:
    i18n.translate("Menus", "&File")  # the English plurals first, as the app has them
    translator = PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


# -- what the window shows ----------------------------------------------------------------

def owner(obj: QObject | None) -> str | None:
    """The folder of the nearest object, this one or a parent, made by the package."""
    while obj is not None:
        folder = folder_of(type(obj).__module__)
        if folder is not None:
            return folder
        obj = obj.parent()
    return None


def action_owner(window: QWidget, action: QAction) -> str | None:
    """An action belongs to the module whose handler it runs (its declaring controller)."""
    registry = getattr(window, "act", None)
    for name, known in (registry.all.items() if registry is not None else ()):
        if known is action and name in ADOPTED:
            return ADOPTED[name]
        if known is action:
            handler = registry.specs[name].handler
            module = getattr(handler, "__module__", None) or getattr(
                getattr(handler, "func", None), "__module__", None)
            if module:
                return folder_of(module)
    return owner(action)  # adopted (a dock's toggle): the folder of what made it


# Actions adopted from a dock made by another folder's controller.
ADOPTED = {"toggle_review": "article"}

Found = list[tuple[str | None, str, str]]  # (folder, where, text)


def shown_texts(top: QWidget) -> Found:
    """Every non-empty text `top` shows: window titles, labels, buttons, group boxes,
    tabs, table headers, placeholders, tooltips, menus and their actions."""
    found: Found = []
    # Widgets of the frame that another folder's controller fills in.
    filled = {id(w): folder for w, folder in
              ((getattr(top, "counts_label", None), "library"),) if w is not None}

    def add(obj: QObject, where: str, text: str, folder: str | None = None) -> None:
        if folder is None and isinstance(obj, QToolButton) and obj.defaultAction():
            folder = action_owner(top, obj.defaultAction())
        folder = filled.get(id(obj), folder)
        if text and text.strip():
            found.append((folder if folder is not None else owner(obj),
                          f"{type(obj).__name__}({obj.objectName()}).{where}", text))

    add(top, "windowTitle", top.windowTitle())
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if (isinstance(widget, QLabel) and widget.pixmap().isNull()) or isinstance(
                widget, QAbstractButton):
            add(widget, "text", widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, "title", widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(widget, f"tab{index}", widget.tabText(index))
        elif isinstance(widget, QLineEdit):
            add(widget, "placeholder", widget.placeholderText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            header = getattr(widget, "horizontalHeader", lambda: None)()
            if header is not None and header.isVisible():
                for column in range(model.columnCount()):
                    if not header.isSectionHidden(column):
                        add(widget, f"header{column}", str(model.headerData(
                            column, Qt.Orientation.Horizontal) or ""))
        if widget.toolTip() and not isinstance(widget, QComboBox):
            add(widget, "toolTip", widget.toolTip())
    bar = top.menuBar() if hasattr(top, "menuBar") else None
    if bar is not None:
        for action in bar.actions():
            walk_menu(top, action, found)
    return found


def walk_menu(window: QWidget, action: QAction, found: Found) -> None:
    if action.isSeparator() or not action.isVisible():
        return
    menu = action.menu()
    folder = "shell" if isinstance(menu, QMenu) else action_owner(window, action)
    if isinstance(menu, QMenu):
        if menu.title():
            found.append((folder, f"menu {menu.title()!r}", menu.title()))
        for child in menu.actions():
            walk_menu(window, child, found)
        return
    found.append((folder, "action", action.text()))
    if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
        found.append((folder, f"action {action.text()!r} toolTip", action.toolTip()))


def is_data(text: str, data: set[str]) -> bool:
    """Text the user or the article wrote, numbers, names of files: not translated."""
    plain = re.sub(r"<[^>]+>", "", text).replace("&", "")
    if not re.search(r"[^\W\d_]{2,}", plain):  # no word: numbers, marks, keys
        return True
    return any(item and item in plain for item in data)


def untranslated(found: Found, data: set[str]) -> list[str]:
    return [f"{folder}: {where}: {text!r}" for folder, where, text in found
            if covered(folder) and OPEN not in text and not is_data(text, data)]


def clipped(top: QWidget) -> list[str]:
    """Visible labels and buttons narrower than their one-line text."""
    problems = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or not covered(owner(widget)):
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.pixmap().isNull()
                                           or "…" in widget.text()):
            continue
        if isinstance(widget, QLabel | QPushButton) and widget.text():
            wanted = widget.sizeHint().width()
            if wanted > widget.width() + 1:
                problems.append(f"{owner(widget)}: {type(widget).__name__}"
                                f"({widget.objectName()}) {widget.text()!r}: "
                                f"{widget.width()} px wide, needs {wanted}")
    return problems


def store_data(store: Store) -> set[str]:
    """What the database holds that the window shows as it is."""
    data = {store.path.name, str(store.path), store.reviewer, "ann", "Ann Lee", "Ann",
            "checks.db", "Trams", "Courier", "trams.html", "example.org"}
    for article in store.articles.list_articles():
        data |= {article.title or "", article.outlet or ""}
    scale = store.scales.active_scale()
    if scale is not None:
        data |= {label.label for label in scale.labels} | {scale.name}
        data |= {label.description or "" for label in scale.labels}
    for claim in store.claims.list_claims():
        data |= {claim.quote[:20], claim.rationale or "", claim.verdict or ""}
    return {item for item in data if item}


# -- the pseudo-locale walk -------------------------------------------------------------------

@pytest.fixture
def claimed(tmp_path: Path):
    store = Store.open(tmp_path / "checks.db", reviewer="ann")
    ids = add_claims(store)
    yield store, store.claims.get_claim(next(iter(ids.values())))
    store.close()


def test_the_main_window_shows_only_translated_text(pseudo, open_window, db_path: Path,
                                                   qtbot) -> None:
    store = Store.open(db_path, reviewer="ann")
    ids = add_claims(store)
    store.close()
    window = open_window()
    window.resize(1280, 800)
    window.importing.open_sample_article()
    claim_id = next(iter(ids.values()))
    data = store_data(window.store) | set(window.article_view.pane.text.split("\n"))
    problems: list[str] = []
    window.library_list.open_claim(window.store.claims.get_claim(claim_id).article_id, claim_id)
    tabs = window.inspector.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(10)
        problems += untranslated(shown_texts(window), data)
        problems += clipped(window)
    window.banner.show_problem("the disk is full", can_retry=True)
    problems += untranslated(shown_texts(window), data | {"the disk is full"})
    assert not sorted(set(problems)), "\n".join(sorted(set(problems)))


def _dialog_folders() -> list[type]:
    return [cls for cls in (*DIALOGS, *WINDOWS) if covered(folder_of(cls.__module__))]


@pytest.mark.parametrize("cls", _dialog_folders(), ids=lambda c: c.__name__)
def test_each_dialog_shows_only_translated_text(pseudo, claimed, tmp_path: Path, qtbot,
                                                cls: type) -> None:
    store, claim = claimed
    widget = {**DIALOGS, **WINDOWS}[cls](store, claim, tmp_path)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(50)  # texts filled after the first paint (counts) are laid out
    data = store_data(store) | {str(tmp_path), "b.db", "https://", "bob", "cy", "a.txt",
                                "b.txt", "c.pdf",
                                "c.pdf: no text found", "annotation 4: no target",
                                "Found by the page reader", "New claim", "Undo", "article",
                                "anywhere", "Ctrl+Z", "The operator's figure is 16%."}
    problems = untranslated(shown_texts(widget), data) + clipped(widget)
    assert not problems, "\n".join(problems)


# -- Arabic, Spanish, and falling back to English -----------------------------------------------

def test_arabic_lays_the_window_out_right_to_left(qapp, english_afterwards, open_window,
                                                   qtbot) -> None:
    assert i18n.install(qapp, "ar")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window = open_window()
    window.importing.open_sample_article()
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.menuBar().actions()[0].text() == "&ملف"
    # The English article still reads left to right: its words run rightwards.
    pane = window.article_view.pane
    text = pane.text
    start = text.index(next(word for word in text.split() if len(word) > 6))
    cursor = pane.textCursor()
    xs = []
    for offset in (start, start + 4):
        cursor.setPosition(pane.offsets.to_qt(offset))
        xs.append(pane.cursorRect(cursor).x())
    assert xs[0] < xs[1], "the English article is laid out right to left"
    assert QLocale().language() == QLocale.Language.Arabic


def test_spanish_translates_the_window_and_qts_own_buttons(qapp, english_afterwards,
                                                           qtbot) -> None:
    assert i18n.install(qapp, "es")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    dialog = PreferencesDialog(None, "ann", WorkflowRules(), "checks.db")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Preferencias"
    texts = {b.text().replace("&", "") for b in dialog.findChildren(QPushButton)}
    assert "Cancelar" in texts  # qtbase_es.qm: the standard buttons
    assert QLocale().toString(1234567) == "1.234.567"


def test_a_missing_or_unknown_language_leaves_the_window_english(qapp, english_afterwards,
                                                                  tmp_path: Path,
                                                                  monkeypatch) -> None:
    assert not i18n.install(qapp, "xx")
    assert i18n.current_language() == "en"
    # A context of its own: an autouse fixture may hold `monkeypatch` past
    # english_afterwards, which must find the real files again.
    with monkeypatch.context() as patch:
        patch.setattr(i18n, "translations_dir", lambda: tmp_path)
        assert not i18n.install(qapp, "es")  # neither a .qm nor a .ts to compile
        assert i18n.translate("Menus", "&File") == "&File"
        assert i18n.current_language() == "en"
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_a_translation_without_its_compiled_file_is_compiled_once(
        qapp, english_afterwards, tmp_path: Path, monkeypatch) -> None:
    """A wheel or checkout without .qm files (they are built, not kept in git)."""
    source = i18n.translations_dir() / "factcheck_es.ts"
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / source.name).write_bytes(source.read_bytes())
    with monkeypatch.context() as patch:  # undone before english_afterwards runs
        patch.setattr(i18n, "translations_dir", lambda: folder)
        assert i18n.install(qapp, "es")
        assert i18n.translate("Menus", "&File") == "&Archivo"
        assert i18n.qm_file("es") != folder / "factcheck_es.qm"  # in the cache, not beside it


def test_the_system_language_is_the_first_one_the_window_has() -> None:
    assert i18n.system_language(["ar-EG", "en-US"]) == "ar"
    assert i18n.system_language(["de-DE", "es_MX", "en"]) == "es"
    assert i18n.system_language(["de-DE"]) == "en"
    assert i18n.resolve("es") == "es"
    assert i18n.resolve("klingon") in i18n.LANGUAGES


def test_the_language_chosen_in_preferences_is_kept(open_window, monkeypatch) -> None:
    window = open_window()
    settings = app_settings()
    assert i18n.saved_language(settings) == "system"
    shown: list[PreferencesDialog] = []

    def choose_arabic(dialog: PreferencesDialog) -> int:
        shown.append(dialog)
        names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
        assert names[1:] == ["English", "Español", "العربية"]  # each named in itself
        dialog.language.setCurrentIndex(dialog.language.findData("ar"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", choose_arabic)
    window.act.preferences.trigger()
    assert shown[0].language_value() == "ar"
    assert i18n.saved_language(app_settings()) == "ar"
    assert "العربية" in window.statusBar().currentMessage()
    monkeypatch.setattr(PreferencesDialog, "exec",
                        lambda dialog: shown.append(dialog) or QDialog.DialogCode.Accepted)
    window.act.preferences.trigger()
    assert shown[1].language_value() == "ar"  # offered as saved
    app_settings().setValue(i18n.LANGUAGE_KEY, "no-such-language")
    assert i18n.saved_language(app_settings()) == "system"
