"""Child process for the X11 key test: Redo and Quit pressed on a real X server.

    xvfb-run -a python x11_keys.py DB

Opens the window on DB (holding the sample article) under xcb, makes a claim,
undoes it, then presses Ctrl+Shift+Z and Ctrl+Q with xdotool. Prints one JSON
object: the claims after the redo key, and whether the window is still shown.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "xcb"

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from factcheck_gui.app import create_main_window
from factcheck_gui.core.store import Store

QUOTE = "the first fare increase in three years"


def main(path: Path) -> None:
    app = QApplication([])

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    store = Store.open(path, reviewer="ann")
    window = create_main_window(store)
    window.show()
    window.activateWindow()
    pump(1.0)
    pane = window.article_view.pane
    start = pane.text.index(QUOTE)
    cursor = QTextCursor(pane.document())
    cursor.setPosition(pane.offsets.to_qt(start))
    cursor.setPosition(pane.offsets.to_qt(start + len(QUOTE)), QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    window.claims.create_claim()
    window.edits.undo()
    pane.setFocus()
    pump(0.5)
    subprocess.run(["xdotool", "key", "--clearmodifiers", "ctrl+shift+z"], check=True)
    pump(1.5)
    redone = len(store.claims.list_claims())
    subprocess.run(["xdotool", "key", "--clearmodifiers", "ctrl+q"], check=True)
    pump(1.5)
    print(json.dumps({"claims_after_redo_key": redone, "shown_after_quit_key":
                      window.isVisible()}), flush=True)
    store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
