"""Help > Keyboard Shortcuts and About, and File > Quit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from factcheck_gui import APP_NAME, __version__
from factcheck_gui.ui.i18n import translate
from factcheck_gui.ui.shell.actions import ActionRegistry, ActionSpec, Key, Place
from factcheck_gui.ui.shell.workspace import Workspace

if TYPE_CHECKING:
    from factcheck_gui.ui.dialogs.shortcuts import ShortcutsDialog


class HelpController:
    def __init__(self, ws: Workspace, registry: ActionRegistry, window: QMainWindow) -> None:
        self.ws, self.registry, self.window = ws, registry, window
        registry.declare([
            # Quit's standard key is Ctrl+Q on most desktops but none on Windows; the
            # explicit one covers it there, and the registry keeps each sequence once.
            ActionSpec("quit", translate("HelpController", "&Quit"), window.close,
                       (Key.Quit, "Ctrl+Q"), translate("HelpController", "Quit"),
                       menus=(Place("file", 4, 1),), role=QAction.MenuRole.QuitRole,
                       while_correcting=True),
            ActionSpec("shortcuts", translate("HelpController", "&Keyboard Shortcuts"),
                       self.show_shortcuts, ("F1", "Ctrl+/"),
                       translate("HelpController", "List every keyboard shortcut"),
                       menus=(Place("help", 1, 1),),
                       while_correcting=True),
            ActionSpec("about", translate("HelpController", "&About"), self.show_about,
                       menus=(Place("help", 1, 2),),
                       role=QAction.MenuRole.AboutRole, while_correcting=True),
        ])

    def show_shortcuts(self) -> ShortcutsDialog:
        from factcheck_gui.ui.dialogs.shortcuts import ShortcutsDialog  # loaded when asked for

        dialog = ShortcutsDialog(self.window, self.registry.shortcut_rows())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_about(self) -> None:
        import platform  # only the About box names the Python version

        from PySide6.QtWidgets import QMessageBox  # as dialogs are, when asked for

        box = QMessageBox(self.window)
        box.setWindowTitle(translate("HelpController", "About {app}").format(app=APP_NAME))
        box.setTextFormat(Qt.TextFormat.PlainText)
        # Everything in one plain-text label: the path is the user's, never markup.
        box.setText(translate(
            "HelpController", "{app} {version}\n\n"
            "A desktop workbench for checking the claims in news articles by hand.\n\n"
            "Database: {path}\n\n{libraries}").format(
            app=APP_NAME, version=__version__, path=self.ws.store.path,
            libraries=f"Qt {qVersion()} · PySide6 {pyside_version} · "
                      f"Python {platform.python_version()}"))
        if not self.window.windowIcon().isNull():
            box.setIconPixmap(self.window.windowIcon().pixmap(64, 64))
        box.exec()
