"""Start the window: checks the display, wires Qt, logging and errors once, opens the store.

Only this module and `ui/` import PySide6. `run_app` is what the CLI calls when it
is given no command.
"""

from __future__ import annotations

# First, before any other module of ours loads (ui/startup.py says why).
from factcheck_gui.ui import startup  # isort: split

import logging
import os
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import cast

from PySide6.QtCore import Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from factcheck_gui import APP_ID, APP_NAME, __version__
from factcheck_gui.assets import resource_path
from factcheck_gui.core.errors import FactcheckError
from factcheck_gui.core.store import Store, default_reviewer
from factcheck_gui.ui.files.controller import REVIEWER_KEY, remembered_reviewer
from factcheck_gui.ui.i18n import install, resolve, saved_language, translate
from factcheck_gui.ui.shell.main_window import ORGANISATION_NAME, MainWindow, app_settings
from factcheck_gui.ui.shell.reading import saved_theme
from factcheck_gui.ui.shell.terminate import TerminateWatch
from factcheck_gui.ui.theme import apply_theme

log = logging.getLogger("factcheck_gui")
startup.imports_done()

EXIT_NO_DISPLAY = 2
EXIT_NO_DATABASE = 1


def run_app(db_path: Path, reviewer: str | None = None) -> int:
    """Show the main window on `db_path` until it is closed; returns the exit code."""
    problem = _display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_NO_DISPLAY
    _configure_logging()
    # instance() is typed as QCoreApplication; only a QApplication is ever made here.
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    configure_application(app)
    # Before any window: the language chosen in Preferences (or the system's), Qt's own
    # button texts, numbers and dates, and Arabic's right-to-left layout.
    install(app, resolve(saved_language(app_settings())))
    apply_theme(app, saved_theme(app_settings()))  # Fusion, light or dark (ui/theme.py)
    install_excepthook()
    terminate = TerminateWatch(app)  # SIGTERM closes the window as File > Quit does
    reviewer = reviewer or choose_reviewer()
    try:
        # The window holds the writer lock (core/store/lock.py): a second window on
        # the same file is refused with a clear message instead of overwriting.
        store = Store.open(db_path, reviewer=reviewer, lock=True)
    except FactcheckError as error:
        log.error("cannot open %s: %s", db_path, error)
        terminate.stop()
        show_critical(None, translate("App", "Cannot open the database"),
                      translate("App", "{error}\n\nFile: {path}").format(error=error,
                                                                          path=db_path))
        return EXIT_NO_DATABASE
    window = None
    try:
        window = create_main_window(store)
        window.show()
        terminate.follow(window)
        return app.exec()
    finally:
        terminate.stop()
        if window is not None:
            window.disconnect_store()
            _scheduled_backup(window.store)  # the database open at the end
            window.store.close()  # (File > Open may switch)
        store.close()


def _scheduled_backup(store: Store) -> None:
    """The daily backup, taken on close so that start-up stays quick."""
    if store.connection is None:  # already closed
        return
    from factcheck_gui.core.backups import backup_if_due  # only at close

    try:
        backup_if_due(store, datetime.now(UTC))
    except FactcheckError as error:
        log.warning("the scheduled backup failed: %s", error)


def choose_reviewer() -> str:
    """The reviewer's name: $FACTCHECK_REVIEWER, else the remembered one, else asked
    once (prefilled with the account name) and remembered."""
    if os.environ.get("FACTCHECK_REVIEWER", "").strip():
        return default_reviewer()
    settings = app_settings()
    name = remembered_reviewer(settings)
    if name:
        return name
    from factcheck_gui.ui.dialogs.reviewer import ReviewerDialog  # the first run only

    name = ReviewerDialog.ask(None, default_reviewer(), first_run=True) or default_reviewer()
    settings.setValue(REVIEWER_KEY, name)
    settings.sync()
    return name


def create_main_window(store: Store) -> MainWindow:
    """The main window over an open store (also for tests and the screenshot script)."""
    window = MainWindow(store, icon=app_icon())
    window.setWindowIcon(app_icon())
    return window


def app_icon() -> QIcon:
    try:
        return QIcon(str(resource_path("icons", "app.svg")))
    except FileNotFoundError:
        log.warning("the application icon is missing")
        return QIcon()


def configure_application(app: QApplication) -> None:
    """Names (used by QSettings and the desktop), version and icon."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())


def show_critical(parent: QWidget | None, title: str, message: str) -> None:
    """A modal error box with plain (never rich) text. Tests replace this."""
    from PySide6.QtWidgets import QMessageBox  # made when first needed (shell/messages.py)

    box = QMessageBox(QMessageBox.Icon.Critical, title, message, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def install_excepthook() -> None:
    """Log unexpected errors and show them in a box instead of dying silently."""
    previous = sys.excepthook
    showing = False

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt) or QApplication.instance() is None:
            previous(kind, error, tb)
            return
        log.error("unexpected error", exc_info=(kind, error, tb))
        if showing:  # an error while the box is up: logged is enough
            return
        showing = True
        try:
            _show_unexpected(error, "".join(traceback.format_exception(kind, error, tb)))
        except Exception:  # the box itself failed: fall back to stderr
            previous(kind, error, tb)
        finally:
            showing = False

    sys.excepthook = hook


def _show_unexpected(error: BaseException, details: str) -> None:
    window = QApplication.activeWindow()
    if isinstance(error, FactcheckError):
        show_critical(window, APP_NAME, str(error))
        return
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, "", parent=window)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(translate(
        "App", "Something went wrong: {error}\n\n"
        "Work that was already saved stays in the database. If this keeps happening, "
        "please report it with the details below.").format(
        error=f"{type(error).__name__}: {error}"))
    box.setDetailedText(details)
    box.exec()


def _display_problem() -> str | None:
    """Why Qt could not open a window here, asked before Qt gets a chance to abort."""
    try:
        from factcheck_gui.platform_check import display_problem
    except ImportError:  # no checker: nothing to say, let Qt try
        log.debug("platform_check is not available; skipping the display check")
        return None
    return display_problem()


def _configure_logging() -> None:
    if not logging.getLogger().handlers:
        logging.basicConfig(
            level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
        )
    qt_log = logging.getLogger("factcheck_gui.qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)
