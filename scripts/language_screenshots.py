"""Render the main window in Spanish and in Arabic offscreen into docs/:

    python scripts/language_screenshots.py

docs/screenshot-es.png   the window in Spanish: the sample article open, a claim chosen
docs/screenshot-ar.png   the same in Arabic, laid out right to left

Each uses a throw-away database made in that language (so the rating scale has the
preset's translated labels) and a throw-away settings folder.
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

import screenshot
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from factcheck_gui.app import configure_application, create_main_window
from factcheck_gui.core.scales import load_preset
from factcheck_gui.core.store import Store
from factcheck_gui.sample import add_sample_article
from factcheck_gui.ui import i18n


def in_language(language: str) -> list[tuple]:
    """The screenshot's claims with their verdicts in `language` (same place on the scale)."""
    english = [label.label for label in load_preset(language="en").labels]
    translated = [label.label for label in load_preset(language=language).labels]
    names = dict(zip(english, translated, strict=True))
    return [(quote, names.get(verdict, verdict) if verdict else verdict, status)
            for quote, verdict, status in screenshot.CLAIMS]


def render(app: QApplication, language: str, out: Path) -> None:
    if not i18n.install(app, language):
        raise SystemExit(f"no compiled translation for {language}: run python3 tasks.py setup")
    with tempfile.TemporaryDirectory(prefix="factcheck-shot-") as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        store = Store.open(Path(tmp) / "library.db", reviewer="Ana")
        claims, screenshot.CLAIMS = screenshot.CLAIMS, in_language(language)
        try:
            article = add_sample_article(store)
            selected = screenshot.add_claims(store, article.id)
            window = create_main_window(store)
            window.resize(*screenshot.SIZE)
            window.show()
            screenshot.settle(app)
            window.library_list.open_claim(article.id, selected)
            screenshot.settle(app)
            screenshot.save_png(window.grab(), out)
            window.close()
        finally:
            screenshot.CLAIMS = claims
            store.close()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    app.setStyle("Fusion")
    for language in ("es", "ar"):
        render(app, language, ROOT / "docs" / f"screenshot-{language}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
