"""The window fits the screen it opens on: at first start on a small screen, and
when a saved position is off every screen (a monitor unplugged)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QApplication

from factcheck_gui.ui.shell.panes import fits_on, fitted_size, pane_widths

ROOT = Path(__file__).resolve().parents[3]
SMALL_SCREEN = ROOT / "tests" / "data" / "offscreen-small-screen.json"

FIRST_START = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from factcheck_gui.app import configure_application, create_main_window
from factcheck_gui.core.store import Store
from factcheck_gui.sample import add_sample_article
app = QApplication([])
configure_application(app)
store = Store.open(Path(sys.argv[1]))
add_sample_article(store)
window = create_main_window(store)
window.show()
for _ in range(5):
    app.processEvents()
frame, screen = window.frameGeometry(), window.screen().availableGeometry()
print(json.dumps({"window": [frame.x(), frame.y(), frame.width(), frame.height()],
                  "screen": [screen.width(), screen.height()],
                  "panes": window.splitter.sizes()}))
window.disconnect_store()
store.close()
"""


def test_first_start_on_a_1024x640_screen_fits_it(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={SMALL_SCREEN}",
               HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               FACTCHECK_REVIEWER="ann")
    done = subprocess.run([sys.executable, "-c", FIRST_START, str(tmp_path / "c.db")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    x, y, width, height = shown["window"]
    assert shown["screen"] == [1024, 640]
    assert x >= 0 and y >= 0 and x + width <= 1024 and y + height <= 640
    library, centre, _inspector = shown["panes"]
    assert centre > library and centre >= 380  # the text keeps most of the room


def test_sizes_for_a_screen() -> None:
    assert fitted_size(QRect(0, 0, 1024, 640)) == QSize(1008, 600)
    assert fitted_size(QRect(0, 0, 2560, 1440)) == QSize(1280, 800)
    assert fitted_size(QRect(0, 0, 700, 500), minimum=QSize(800, 520)) == QSize(800, 520)
    assert pane_widths(1008)[1] > pane_widths(1008)[2]


def test_a_frame_off_every_screen_does_not_fit() -> None:
    screens = [QRect(0, 0, 1920, 1200)]
    assert fits_on(QRect(100, 100, 1280, 800), screens)
    assert not fits_on(QRect(2500, 100, 1280, 800), screens)  # a monitor unplugged
    assert not fits_on(QRect(0, 0, 2400, 1300), screens)  # larger than the screen
    assert not fits_on(QRect(100, -300, 1280, 800), screens)  # title bar out of reach
    assert fits_on(QRect(2000, 0, 1000, 700), [*screens, QRect(1920, 0, 1280, 1024)])


def test_a_saved_position_off_the_screen_comes_back_on_it(open_window) -> None:
    window = open_window()
    window.move(5000, 4000)
    QApplication.processEvents()
    window.close()
    again = open_window()
    screen = again.screen().availableGeometry()
    assert screen.contains(again.frameGeometry().topLeft() + QPoint(40, 10))
    assert again.width() <= screen.width() and again.height() <= screen.height()
