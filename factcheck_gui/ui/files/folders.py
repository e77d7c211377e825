"""File dialogs that start where the user last was, per kind of file.

Each kind (csv, json, html, pdf, database, backup, articles...) remembers the
folder of the last file saved or opened as that kind, in the user's settings;
a kind never used yet starts in the last folder used for any kind, else home.
QFileDialog is imported when a dialog is asked for (its type and enums are made
on first import, ~0.5 ms of a start that shows none).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

__all__ = ["ask_open_path", "ask_open_paths", "ask_save_path", "remember_folder",
           "start_folder"]

_KEY = "folders/{}"
_ANY = "any"


def _settings() -> QSettings:
    from factcheck_gui.ui.shell.main_window import app_settings  # the window's settings file

    return app_settings()


def start_folder(kind: str, default: Path | None = None) -> Path:
    """Where a dialog for `kind` files opens: its last folder if it still exists,
    else `default`, else the last folder of any kind, else home."""
    settings = _settings()
    value = settings.value(_KEY.format(kind))
    if value and Path(str(value)).is_dir():
        return Path(str(value))
    if default is not None and default.is_dir():
        return default
    value = settings.value(_KEY.format(_ANY))
    if value and Path(str(value)).is_dir():
        return Path(str(value))
    return Path.home()


def remember_folder(kind: str, path: Path) -> None:
    """Remember the folder of `path` for `kind` (and as the last folder of any kind)."""
    folder = str(Path(path).resolve().parent)
    settings = _settings()
    settings.setValue(_KEY.format(kind), folder)
    settings.setValue(_KEY.format(_ANY), folder)
    settings.sync()


def ask_save_path(parent: QWidget | None, caption: str, kind: str, name: str,
                  name_filter: str, default: Path | None = None) -> Path | None:
    """A save dialog in `kind`'s last folder, `name` suggested; the chosen path."""
    from PySide6.QtWidgets import QFileDialog

    start = start_folder(kind, default) / name
    chosen, _ = QFileDialog.getSaveFileName(parent, caption, str(start), name_filter)
    if not chosen:
        return None
    remember_folder(kind, Path(chosen))
    return Path(chosen)


def ask_open_path(parent: QWidget | None, caption: str, kind: str,
                  name_filter: str, default: Path | None = None) -> Path | None:
    """An open dialog for one file, in `kind`'s last folder."""
    from PySide6.QtWidgets import QFileDialog

    chosen, _ = QFileDialog.getOpenFileName(parent, caption, str(start_folder(kind, default)),
                                            name_filter)
    if not chosen:
        return None
    remember_folder(kind, Path(chosen))
    return Path(chosen)


def ask_open_paths(parent: QWidget | None, caption: str, kind: str,
                   name_filter: str) -> list[Path]:
    """An open dialog for several files, in `kind`'s last folder."""
    from PySide6.QtWidgets import QFileDialog

    chosen, _ = QFileDialog.getOpenFileNames(parent, caption, str(start_folder(kind)),
                                             name_filter)
    if chosen:
        remember_folder(kind, Path(chosen[0]))
    return [Path(name) for name in chosen]
