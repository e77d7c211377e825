"""Child process for the X11 keyboard task: six claims on a 3,000-character story,
keyboard only, every key pressed by xdotool on a real X server.

    xvfb-run -a python x11_six_claims.py DB STORY

For each phrase: Ctrl+F, type it, Ctrl+Return (a claim), Escape (to the text),
a digit (the verdict), Alt+R (the rationale field), type it, Ctrl+Shift+S (add a
source), type its URL, Return. A driver thread presses the keys and waits for the
window to show each step's result (the window runs its own event loop, modal
dialogs included); keys are counted one per press, typed text apart. Prints one
JSON object: the keys per claim and what the database holds afterwards.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "xcb"

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from factcheck_gui.app import create_main_window
from factcheck_gui.core.models import NewArticle
from factcheck_gui.core.store import Store

# Typed as a person would: straight quotes and hyphens for the story's curly ones.
PHRASES = (
    "fuel bill that has nearly doubled since 2024",
    "average winter occupancy on the 19:30 and 21:00 departures was 11 per cent",
    'The contract requires a "reasonable year-round service"',
    "Marine diesel now costs the company 92 pence a litre, against 48 pence two years ago",
    "22 seasonal jobs would go under the new timetable",
    "Passenger numbers on the route have fallen by a quarter since 2019",
)
RATIONALE = "Checked against the company accounts."
WAIT_S = 20.0


class Driver(threading.Thread):
    """Presses keys and waits on `state`, which the window's thread keeps current."""

    def __init__(self, state: dict) -> None:
        super().__init__(daemon=True)
        self.state = state
        self.keys: list[int] = []
        self.error = ""

    def key(self, name: str) -> None:
        subprocess.run(["xdotool", "key", "--clearmodifiers", name], check=True)
        self.keys[-1] += 1

    def type(self, text: str) -> None:
        subprocess.run(["xdotool", "type", "--delay", "15", text], check=True)

    def wait(self, what: str, test) -> None:
        end = time.monotonic() + WAIT_S
        while time.monotonic() < end:
            if test(dict(self.state)):
                return
            time.sleep(0.05)
        raise TimeoutError(f"{what}: {self.state}")

    def run(self) -> None:
        try:
            for number, phrase in enumerate(PHRASES, start=1):
                self.keys.append(0)
                self.key("ctrl+f")
                self.wait("find box", lambda s: s["focus"] == "findQuery")
                self.type(phrase)
                self.wait("a match", lambda s: s["count"].startswith("1 of"))
                self.key("ctrl+Return")
                self.wait("claim made", lambda s, n=number: s["claims"] == n
                          and s["focus"] == "Claim text")
                self.key("Escape")
                self.wait("back in the text", lambda s: s["focus"] == "Article text")
                self.key("2")
                self.wait("verdict", lambda s: s["verdict"] is not None)
                self.key("alt+r")
                self.wait("rationale field", lambda s: s["focus"] == "Rationale")
                self.type(RATIONALE)
                self.key("ctrl+shift+s")
                self.wait("source dialog", lambda s: s["modal"] == "SourceDialog")
                self.type(f"https://example.org/check/{number}")
                self.key("Return")
                self.wait("source saved", lambda s: s["modal"] == "" and s["sources"] == 1
                          and s["rationale"] == RATIONALE)
        except Exception as error:  # reported in the JSON, not a hang
            self.error = f"{type(error).__name__}: {error}"
        finally:
            self.state["done"] = True


def main(path: Path, story: Path) -> None:
    app = QApplication([])
    with Store.open(path, reviewer="ann") as store:
        store.articles.add_article(NewArticle(title="Ferry operator cuts winter crossings",
                                              text=story.read_text(encoding="utf-8")))
    store = Store.open(path, reviewer="ann")
    window = create_main_window(store)
    window.show()
    window.activateWindow()
    state: dict = {"done": False}

    def look() -> None:
        focus = QApplication.focusWidget()
        modal = QApplication.activeModalWidget()
        row = window.workspace.selected_row()
        state.update(
            focus=(focus.objectName() or focus.accessibleName()) if focus else "",
            modal=type(modal).__name__ if modal else "",
            count=window.article_find.bar.count.text(),
            claims=len(window.workspace.rows),
            verdict=row.claim.verdict if row else None,
            rationale=row.claim.rationale if row else None,
            sources=len(row.sources) if row else 0)
        if state["done"]:
            app.quit()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(30)
    driver = Driver(state)
    QTimer.singleShot(1500, lambda: (look(), window.article_view.pane.setFocus(),
                                     driver.start()))
    app.exec()
    claims = store.claims.list_claims()
    print(json.dumps({
        "error": driver.error,
        "keys_per_claim": driver.keys,
        "quotes": [c.quote for c in sorted(claims, key=lambda c: c.start)],
        "judged": sum(1 for c in claims if c.verdict and c.rationale == RATIONALE),
        "with_source": sum(1 for c in claims if store.sources.list_sources(c.id)),
        "story_chars": len(story.read_text(encoding="utf-8")),
    }), flush=True)
    window.close()
    store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
