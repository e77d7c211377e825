"""The main window at 1280x800 and 1024x640, light and dark, into docs/.

    python scripts/layout_screenshot.py            # docs/layout-1280x800.png, ...-dark.png,
                                                   # docs/layout-1024x640.png, ...-dark.png
    python scripts/layout_screenshot.py --beside   # docs/layout-beside.png (table beside)

A throw-away database with the sample article and its claims, and a throw-away
settings folder; the theme is set as Reading and Theme sets it (ui/theme.py).
"""

# ruff: noqa: E402  (Qt may be imported only after QT_QPA_PLATFORM is set)
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is imported
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from screenshot import add_claims, save_png, settle

from factcheck_gui.app import configure_application, create_main_window
from factcheck_gui.core.store import Store
from factcheck_gui.sample import add_sample_article
from factcheck_gui.ui.shell.panes import pane_widths
from factcheck_gui.ui.theme import apply_theme


def render(out: Path, size: tuple[int, int], *, dark: bool, beside: bool = False) -> None:
    with tempfile.TemporaryDirectory(prefix="factcheck-layout-") as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        configure_application(app)
        apply_theme(app, "dark" if dark else "light")
        store = Store.open(Path(tmp) / "library.db")
        try:
            article = add_sample_article(store)
            selected = add_claims(store, article.id)
            window = create_main_window(store)
            window.resize(*size)
            window.splitter.setSizes(list(pane_widths(size[0])))  # as on a first start
            window.show()
            settle(app)
            if beside:
                window.panes.set_beside(True)
            window.claims.select_claim(selected)
            window.article_view.pane.setFocus()
            window.article_view.pane.verticalScrollBar().setValue(0)
            settle(app, 20)
            save_png(window.grab(), out)
            window.disconnect_store()
            window.close()
        finally:
            store.close()
    print(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--beside", action="store_true", help="the claims table beside")
    args = parser.parse_args()
    os.environ.setdefault("FACTCHECK_REVIEWER", "Ada Quill")
    if args.beside:
        render(ROOT / "docs" / "layout-beside.png", (1280, 800), dark=False, beside=True)
        return 0
    for width, height in ((1280, 800), (1024, 640)):
        for dark in (False, True):
            name = f"layout-{width}x{height}" + ("-dark" if dark else "")
            render(ROOT / "docs" / f"{name}.png", (width, height), dark=dark)
    return 0


if __name__ == "__main__":
    sys.exit(main())
