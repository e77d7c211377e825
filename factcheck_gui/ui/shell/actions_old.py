"""Every menu entry, toolbar button and keyboard shortcut, in one place.

The Help > Keyboard Shortcuts sheet is generated from these actions, so it
cannot drift from what the keys really do.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from factcheck_gui.ui.widgets.safe_text import tooltip

Key = QKeySequence.StandardKey


@dataclass
class Actions:
    all: dict[str, QAction] = field(default_factory=dict)
    verdicts: list[QAction] = field(default_factory=list)
    recent_menu: QMenu | None = None
    view_menu: QMenu | None = None

    def __getattr__(self, name: str) -> QAction:
        try:
            return self.__dict__["all"][name]
        except KeyError:
            raise AttributeError(name) from None


def make_action(
    parent: QWidget,
    text: str,
    slot: Callable[[], object] | None = None,
    shortcuts: tuple[QKeySequence | str | Key, ...] = (),
    tip: str = "",
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> QAction:
    action = QAction(text, parent)
    keys = []
    for key in shortcuts:
        sequence = QKeySequence(key)
        if not sequence.isEmpty():
            keys.append(sequence)
    action.setShortcuts(keys)
    action.setShortcutContext(context)
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(f"{tip} ({keys[0].toString(QKeySequence.SequenceFormat.NativeText)})"
                          if keys else tip)
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    return action


def build_actions(window: QMainWindow, pane: QWidget, table: QWidget,
                  inspector: QWidget) -> Actions:
    """Create the actions, menus and toolbar of `window` (a MainWindow)."""
    w = window
    a = Actions()
    local = Qt.ShortcutContext.WidgetWithChildrenShortcut

    def add(name: str, *args: object, **kwargs: object) -> QAction:
        action = make_action(w, *args, **kwargs)  # type: ignore[arg-type]
        a.all[name] = action
        return action

    # File
    add("new_db", "&New Database…", w.new_database, (Key.New,), "Create an empty database")
    add("open_db", "&Open Database…", w.open_database, (Key.Open,), "Open another database")
    add("restore_backup", "Restore from &Backup…", w.restore_backup, (),
        "Replace the open database with one of its backups (checked first)")
    add("open_sample", "Open &Sample Article", w.open_sample_article, (),
        "Add the sample article to the library and open it")
    add("import_articles", "&Import Articles…", w.import_articles, ("Ctrl+I",),
        "Add article files (.txt, .md, .html, .docx, .pdf) to the library")
    add("paste_article", "&Paste as New Article", w.paste_article, ("Ctrl+Shift+V",),
        "Make a new article from the text on the clipboard")
    add("export_article", "Current &Article…", lambda: w.export_csv("article"), ("Ctrl+E",),
        "Export the claims of the article on screen to CSV")
    add("export_filter", "Claims Matching the &Filter…", lambda: w.export_csv("filter"), (),
        "Export the claims the table shows (its verdict and status filter) to CSV")
    add("export_library", "Whole &Library…", lambda: w.export_csv("library"), (),
        "Export every claim of every article to CSV")
    add("export", "&Export…", w.export, ("Ctrl+Shift+E",),
        "Export claims as CSV, W3C annotations, ClaimReview, an HTML or a PDF report")
    add("export_html", "Export &Report (HTML)…", lambda: w.export("html"), (),
        "Export a report to read in a browser or send to an editor")
    add("export_pdf", "Export P&DF…", w.export_pdf, ("Ctrl+P",),
        "Export the report as a PDF")
    add("import_annotations", "Import A&nnotations…", w.import_annotations_file, (),
        "Merge W3C or Hypothesis annotations (JSON) into this database, after a backup")
    quit_action = add("quit", "&Quit", w.close, (Key.Quit, "Ctrl+Q"), "Quit")
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)

    # Article
    add("article_properties", "&Properties…", w.edit_article_properties, ("Ctrl+Shift+P",),
        "Edit the title, outlet, author, URL, date and language of the article on screen")

    # Edit
    add("undo", "&Undo", w.undo, (Key.Undo,), "Undo the last change")
    add("redo", "&Redo", w.redo, (Key.Redo, "Ctrl+Shift+Z"), "Redo")
    add("delete_claim", "&Delete Claim", w.delete_selected_claim, (Key.Delete,),
        "Delete the selected claim (undoable)", local)
    add("retry", "Re&try Saving", w.retry_save, ("Ctrl+Shift+R",),
        "Try the change that could not be saved again")
    prefs = add("preferences", "Pr&eferences…", w.show_preferences, (Key.Preferences, "Ctrl+,"),
                "Change your reviewer name")
    prefs.setMenuRole(QAction.MenuRole.PreferencesRole)
    # Rating scale (scales branch): Edit menu, after Preferences.
    add("rating_scale", "Rating &Scale…", w.edit_rating_scale, (),
        "Choose or edit this database's verdicts: labels, colours, order, ClaimReview values")

    # Claim
    add("new_claim", "&New Claim from Selection", lambda: w.create_claim(exact=False),
        ("Return", "Enter"), "Mark the selected text as a claim, snapped to whole words", local)
    add("new_claim_exact", "New Claim from &Exact Selection", lambda: w.create_claim(exact=True),
        ("Shift+Return", "Shift+Enter"), "Mark exactly the selected characters as a claim",
        local)
    add("next_claim", "Ne&xt Claim", lambda: w.step_claim(1), ("Ctrl+Down",),
        "Select the next claim in the text")
    add("previous_claim", "Pre&vious Claim", lambda: w.step_claim(-1), ("Ctrl+Up",),
        "Select the previous claim in the text")
    add("end_right", "Extend End by a Word", lambda: w.adjust_span("end", 1),
        ("Alt+Shift+Right",), "Move the end of the selected claim one word right", local)
    add("end_left", "Shrink End by a Word", lambda: w.adjust_span("end", -1),
        ("Alt+Shift+Left",), "Move the end of the selected claim one word left", local)
    add("start_left", "Extend Start by a Word", lambda: w.adjust_span("start", -1),
        ("Ctrl+Alt+Left",), "Move the start of the selected claim one word left", local)
    add("start_right", "Shrink Start by a Word", lambda: w.adjust_span("start", 1),
        ("Ctrl+Alt+Right",), "Move the start of the selected claim one word right", local)
    add("to_inspector", "Go to &Inspector / Article", w.toggle_inspector_focus, ("F6",),
        "Move the keyboard between the article and the claim's fields")
    add("to_article", "Back to the Article", w.focus_article, ("Escape",),
        "Leave the claim's fields and return to the text", local)
    add("add_source", "Add &Source…", w.add_source, ("Ctrl+Shift+S",),
        "Add a source to the selected claim")
    add("mark_final", "Mark &Final", w.mark_final, ("Ctrl+Shift+F",),
        "Set the selected claim's status to Final")
    add("clear_verdict", "Clear Verdict", lambda: w.set_verdict_number(0), ("0",),
        "Remove the selected claim's verdict", local)

    # History (who changed what; deleted claims back from their history)
    add("claim_history", "&History", w.show_claim_history, ("Ctrl+Shift+H",),
        "Show who changed the selected claim, when, and from what to what")
    add("deleted_claims", "Deleted &Claims…", w.show_deleted_claims, (),
        "List this article's deleted claims and restore one with its sources")

    # Claim finder
    in_text = Qt.ShortcutContext.WidgetShortcut
    add("show_suggestions", "Show &Suggestions", w.toggle_suggestions, ("Ctrl+4",),
        "Underline the sentences worth checking (dotted); hover one for why")
    a.show_suggestions.setCheckable(True)
    add("next_suggestion", "Ne&xt Suggestion", lambda: w.step_suggestion(1), ("F7",),
        "Go to the next suggested claim, best first")
    add("previous_suggestion", "Pre&vious Suggestion", lambda: w.step_suggestion(-1),
        ("Shift+F7",), "Go back to the previous suggested claim")
    add("accept_suggestion", "&Accept Suggestion", w.accept_suggestion, ("A",),
        "Make the suggested sentence under the text cursor a claim", in_text)
    add("dismiss_suggestion", "&Dismiss Suggestion", w.dismiss_suggestion, ("D",),
        "Stop suggesting the sentence under the text cursor in this article", in_text)
    add("find_claims", "&Find Claims…", w.find_claims, (Key.Find,),
        "Search every claim of the library, in other words too")

    # View
    add("toggle_library", "&Library", w.toggle_pane_library, ("Ctrl+1",), "Show the library")
    add("toggle_claims", "&Claims Table", w.toggle_pane_claims, ("Ctrl+2",),
        "Show the claims table")
    add("toggle_inspector", "Claim &Inspector", w.toggle_pane_inspector, ("Ctrl+3",),
        "Show the claim inspector")
    for name in ("toggle_library", "toggle_claims", "toggle_inspector"):
        a.all[name].setCheckable(True)
        a.all[name].setChecked(True)
    # Library overview (issue 7): charts over the whole database.
    add("library_overview", "Library &Overview", w.show_overview, ("Ctrl+Shift+L",),
        "Charts of every claim by verdict, status, outlet, reviewer and date")

    # Help
    add("shortcuts", "&Keyboard Shortcuts", w.show_shortcuts, ("F1", "Ctrl+/"),
        "List every keyboard shortcut")
    about = add("about", "&About", w.show_about)
    about.setMenuRole(QAction.MenuRole.AboutRole)

    a.new_claim.setIconText("New Claim")
    # Widget-local shortcuts work where their widget has focus.
    for name in ("new_claim", "new_claim_exact", "end_right", "end_left", "start_left",
                 "start_right", "clear_verdict"):
        pane.addAction(a.all[name])
    pane.addAction(a.delete_claim)
    pane.addAction(a.accept_suggestion)
    pane.addAction(a.dismiss_suggestion)
    table.addAction(a.delete_claim)
    inspector.addAction(a.to_article)

    menu_bar = w.menuBar()
    file_menu = menu_bar.addMenu("&File")
    for name in ("new_db", "open_db"):
        file_menu.addAction(a.all[name])
    a.recent_menu = file_menu.addMenu("Open &Recent")
    file_menu.addAction(a.restore_backup)
    file_menu.addSeparator()
    file_menu.addAction(a.open_sample)
    file_menu.addAction(a.import_articles)
    file_menu.addAction(a.paste_article)
    file_menu.addAction(a.import_annotations)
    file_menu.addSeparator()
    for name in ("export", "export_html", "export_pdf"):
        file_menu.addAction(a.all[name])
    export_menu = file_menu.addMenu("Export &CSV")
    for name in ("export_article", "export_filter", "export_library"):
        export_menu.addAction(a.all[name])
    file_menu.addSeparator()
    file_menu.addAction(a.quit)

    edit_menu = menu_bar.addMenu("&Edit")
    for name in ("undo", "redo", None, "find_claims", None, "delete_claim", "retry", None,
                 "preferences", "rating_scale"):
        edit_menu.addSeparator() if name is None else edit_menu.addAction(a.all[name])

    view_menu = menu_bar.addMenu("&View")
    for name in ("toggle_library", "toggle_claims", "toggle_inspector", None,
                 "show_suggestions", None, "library_overview"):
        view_menu.addSeparator() if name is None else view_menu.addAction(a.all[name])
    a.view_menu = view_menu

    article_menu = menu_bar.addMenu("&Article")
    article_menu.addAction(a.article_properties)

    claim_menu = menu_bar.addMenu("&Claim")
    for name in ("new_claim", "new_claim_exact", None, "next_claim", "previous_claim",
                 "to_inspector", "to_article", None, "add_source", "mark_final"):
        claim_menu.addSeparator() if name is None else claim_menu.addAction(a.all[name])
    verdict_menu = claim_menu.addMenu("Set &Verdict")
    a.all["verdict_menu"] = verdict_menu.menuAction()
    span_menu = claim_menu.addMenu("Adjust &Span")
    for name in ("end_right", "end_left", "start_left", "start_right"):
        span_menu.addAction(a.all[name])
    suggestion_menu = claim_menu.addMenu("Su&ggestions")
    for name in ("show_suggestions", None, "next_suggestion", "previous_suggestion",
                 "accept_suggestion", "dismiss_suggestion"):
        suggestion_menu.addSeparator() if name is None else suggestion_menu.addAction(
            a.all[name])
    claim_menu.addSeparator()
    claim_menu.addAction(a.delete_claim)
    claim_menu.addSeparator()
    claim_menu.addAction(a.claim_history)
    claim_menu.addAction(a.deleted_claims)

    help_menu = menu_bar.addMenu("&Help")
    help_menu.addAction(a.shortcuts)
    help_menu.addAction(a.about)

    toolbar = QToolBar("Main Toolbar", w)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for name in ("new_claim", "delete_claim", None, "previous_claim", "next_claim", None,
                 "add_source", "mark_final", None, "undo", "redo"):
        toolbar.addSeparator() if name is None else toolbar.addAction(a.all[name])
    w.addToolBar(toolbar)
    a.all["toolbar"] = toolbar.toggleViewAction()
    a.toolbar.setText("&Toolbar")
    view_menu.addSeparator()
    view_menu.addAction(a.toolbar)
    return a


def set_verdict_actions(actions: Actions, window: QMainWindow, pane: QWidget,
                        labels: list[str]) -> None:
    """One action per verdict of the scale; keys 1-9 while the article has focus."""
    menu = actions.verdict_menu.menu()
    for action in actions.verdicts:
        pane.removeAction(action)
        menu.removeAction(action)
        action.deleteLater()
    actions.verdicts = []
    for number, label in enumerate(labels, start=1):
        keys = (str(number),) if number <= 9 else ()
        # A label is the user's text: "&" is no accelerator, "<" no markup in the tooltip.
        action = make_action(window, label.replace("&", "&&"),
                             lambda n=number: window.set_verdict_number(n), keys,
                             f"Set the verdict to {label}", Qt.ShortcutContext.WidgetShortcut)
        action.setToolTip(tooltip(f"Set the verdict to {label}"
                                  + (f" ({number})" if keys else "")))
        pane.addAction(action)
        menu.addAction(action)
        actions.verdicts.append(action)
    menu.addSeparator()
    menu.addAction(actions.clear_verdict)


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(what, keys, where) for every action with a shortcut, from the live actions."""
    rows = []
    seen = set()
    for action in window.findChildren(QAction):
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        if not keys or id(action) in seen:
            continue
        seen.add(id(action))
        where = {
            Qt.ShortcutContext.WidgetShortcut: "in the article text",
            Qt.ShortcutContext.WidgetWithChildrenShortcut: _where(action),
        }.get(action.shortcutContext(), "anywhere")
        rows.append((menu_text(action.text()).rstrip("…"), " or ".join(keys), where))
    return rows


def menu_text(text: str) -> str:
    """An action's text as read: accelerator marks gone, "&&" back to "&"."""
    return re.sub(r"&(&?)", r"\1", text)


def _where(action: QAction) -> str:
    names = {w.objectName() for w in action.associatedObjects() if isinstance(w, QWidget)}
    if "inspector" in names:
        return "in the claim inspector"
    if "claimsView" in names:
        return "in the article text or the claims table"
    return "in the article text"
