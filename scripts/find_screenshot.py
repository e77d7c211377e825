"""Render the find bar offscreen into docs/:

    python scripts/find_screenshot.py

docs/screenshot-find.png       Ctrl+F: "fares" found, every match marked, the third current
docs/screenshot-find-dark.png  the same in a dark palette

Uses a throw-away database (the sample article and the claims of screenshot.py)
and a throw-away settings folder.
"""

# ruff: noqa: E402  (Qt may be imported only after QT_QPA_PLATFORM is set)
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from screenshot import SIZE, add_claims, dark_palette, save_png, settle

from factcheck_gui.app import configure_application, create_main_window
from factcheck_gui.core.store import Store
from factcheck_gui.sample import add_sample_article

PHRASE = "fares"


def render(app: QApplication, out: Path, *, dark: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="factcheck-shot-") as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        app.setPalette(dark_palette() if dark else app.style().standardPalette())
        store = Store.open(Path(tmp) / "library.db")
        try:
            article = add_sample_article(store)
            add_claims(store, article.id)
            window = create_main_window(store)
            window.resize(*SIZE)
            window.show()
            settle(app)
            window.act.find_in_article.trigger()
            window.article_find.bar.query.setText(PHRASE)
            window.article_find.bar.find_next()
            window.article_find.bar.find_next()
            settle(app)
            save_png(window.grab(), out)
            window.close()
        finally:
            store.close()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    app.setStyle("Fusion")
    docs = ROOT / "docs"
    render(app, docs / "screenshot-find.png", dark=False)
    render(app, docs / "screenshot-find-dark.png", dark=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
