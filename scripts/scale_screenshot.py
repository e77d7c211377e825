"""Render the rating-scale editor and its mapping step offscreen (light and dark).

    python scripts/scale_screenshot.py [--out-dir DIR]

Writes scale-editor, scale-mapping and scale-retired (the window after a scale
change that kept retired labels), each also -dark, as PNGs, from a throw-away
database with the sample claims.
"""

# ruff: noqa: E402  (Qt may be imported only after QT_QPA_PLATFORM is set)
from __future__ import annotations

import argparse
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
from screenshot import SIZE, add_claims, dark_palette, save_png

from factcheck_gui.app import configure_application, create_main_window
from factcheck_gui.core.scales import load_preset
from factcheck_gui.core.store import Store
from factcheck_gui.sample import add_sample_article
from factcheck_gui.ui.scales.editor import ScaleEditor


def render(out_dir: Path, *, dark: bool) -> None:
    suffix = "-dark" if dark else ""
    with tempfile.TemporaryDirectory(prefix="factcheck-shot-") as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        configure_application(app)
        app.setStyle("Fusion")
        app.setPalette(dark_palette() if dark else app.style().standardPalette())
        with Store.open(Path(tmp) / "library.db") as store:
            add_claims(store, add_sample_article(store).id)
            dialog = ScaleEditor(store.scales.active_scale(), store.scales.verdict_usage(),
                                 lambda s, m: store.scales.plan_scale_change(s, mapping=m))
            dialog.show()
            # A pale colour, to show the warning and the offered fix.
            dialog.table.setCurrentCell(1, 1)
            dialog.set_colour(dialog.rows[1], "#a8e07a")
            app.processEvents()
            save_png(dialog.grab(), out_dir / f"scale-editor{suffix}.png")
            dialog.load_start("truth-meter")
            dialog.apply()
            app.processEvents()
            save_png(dialog.grab(), out_dir / f"scale-mapping{suffix}.png")
            dialog.close()
            # The window after switching scales with some verdicts kept as retired.
            store.scales.change_scale(load_preset("truth-meter"),
                                      mapping={"Mostly true": "Mostly True",
                                        "Mostly false": "Mostly False"}, keep_retired=True)
            window = create_main_window(store)
            window.resize(*SIZE)
            window.show()
            for _ in range(10):
                app.processEvents()
            retired = next(c for c in store.claims.list_claims() if c.verdict == "Misleading")
            window.claims.select_claim(retired.id, scroll=True)
            for _ in range(10):
                app.processEvents()
            save_png(window.grab(), out_dir / f"scale-retired{suffix}.png")
            window.disconnect_store()
            window.close()
    print(out_dir)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", type=Path, default=Path(tempfile.gettempdir()))
    args = parser.parse_args()
    for dark in (False, True):
        render(args.out_dir, dark=dark)
