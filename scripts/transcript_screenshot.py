"""Render a debate transcript in the window into docs/screenshot-transcript.png:
the speakers in the text, the learned ranker's suggestions shown, the tooltip
of the best one saying which features weighed, and an accepted suggestion whose
claimant is its turn's speaker.

    python scripts/transcript_screenshot.py [--dark] [--out PATH]

The transcript is invented (a .vtt file written to a throw-away folder and
read by the importers); database and settings are throw-away too.
"""

# ruff: noqa: E402  (Qt may be imported only after QT_QPA_PLATFORM is set)
from __future__ import annotations

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
from screenshot import SIZE, dark_palette, light_or_dark_main, paste_tooltip, save_png, settle

from factcheck_gui.app import configure_application, create_main_window
from factcheck_gui.core.store import Store
from factcheck_gui.io.importers import read_article_file

CUES = [
    ("Moderator", "Good evening and welcome to the second mayoral debate in Saltmere."),
    ("Moderator", "Councillor Webb, bus fares go up in January. Why should voters trust you?"),
    ("Alice Webb", "Thank you. Ridership fell from 17.9 million journeys in 2019 to 14.2 "
                   "million last year, and the subsidy doubled in the same time."),
    ("Alice Webb", "I think we owe people honesty about that."),
    ("Moderator", "Mr Osei, your response?"),
    ("Daniel Osei", "The council cut the number of night buses by a third since 2021, "
                    "the deepest cut of any city in the region."),
    ("Daniel Osei", "That is not a plan. That is giving up."),
    ("Alice Webb", "That is simply not true."),
    ("Alice Webb", "We added 40 electric buses this year, more than in the previous "
                   "ten years together."),
    ("Moderator", "Let us turn to housing."),
    ("Daniel Osei", "Rents in Saltmere rose 28 percent in five years while wages rose 9 "
                    "percent."),
    ("Daniel Osei", "Families are being pushed out of the harbour district."),
]


def vtt() -> str:
    cues = ["WEBVTT", ""]
    for index, (speaker, words) in enumerate(CUES):
        start = 12 + index * 9
        cues += [f"00:{start // 60:02d}:{start % 60:02d}.000 --> "
                 f"00:{(start + 8) // 60:02d}:{(start + 8) % 60:02d}.000",
                 f"<v {speaker}>{words}", ""]
    return "\n".join(cues)



def render(out: Path, *, dark: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="factcheck-shot-") as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        configure_application(app)
        app.setStyle("Fusion")
        app.setPalette(dark_palette() if dark else app.style().standardPalette())
        source = Path(tmp) / "saltmere-mayoral-debate.vtt"
        source.write_text(vtt(), encoding="utf-8")
        store = Store.open(Path(tmp) / "library.db")
        try:
            window = create_main_window(store)
            window.resize(*SIZE)
            window.show()
            settle(app)
            article_id = window.importing._add_article(read_article_file(source))
            settle(app)
            window.library.select(article_id)
            window.act.show_suggestions.setChecked(True)
            window.claim_finder.toggle_suggestions()
            window.claim_finder.finder.pool.waitForDone()
            settle(app)
            pane = window.article_view.pane
            pane.setFocus()
            # Accept one suggestion: the claim's claimant is the turn's speaker.
            accepted = next(s for s in window.claim_finder.suggestions if "Osei" in
                            pane.text[max(0, s.start - 30):s.start])
            pane.move_caret(accepted.start)
            window.claim_finder.accept_suggestion()
            settle(app)
            (claim,) = store.claims.list_claims(article_id)
            window.claims.select_claim(claim.id, scroll=False)
            best = window.claim_finder.suggestions[0]
            pane.move_caret(best.start)
            pane.scroll_span_into_view(0, 10)
            settle(app)
            window.statusBar().clearMessage()
            settle(app)
            shot = window.grab()
            rect = pane.span_rects(best.start + 10, best.start + 11)[0]
            paste_tooltip(app, window, shot, pane, rect.center())
            save_png(shot, out)
            window.disconnect_store()
            window.close()
        finally:
            store.close()
    print(out)


def main() -> int:
    return light_or_dark_main("screenshot-transcript", render, __doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
