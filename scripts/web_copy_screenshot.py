"""Render a source with its kept copy into docs/screenshot-web-copy.png: the sample
article's claims, a source whose page was fetched from a web server (the inspector
says "copy kept <date>"), and its copy open read-only with the claim's quote found in
it (Sources > Find Quote in Sources).

    python scripts/web_copy_screenshot.py [--dark] [--out PATH]

The web server is a local one started here (127.0.0.1, a free port) serving an
invented statistics page; database and settings are throw-away too.
"""

# ruff: noqa: E402  (Qt may be imported only after QT_QPA_PLATFORM is set)
from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is imported
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from screenshot import SIZE, add_claims, dark_palette, light_or_dark_main, paste, save_png, settle

from factcheck_gui.app import configure_application, create_main_window
from factcheck_gui.core.store import Store
from factcheck_gui.sample import add_sample_article
from factcheck_gui.ui.web.copy_dialog import CopyDialog

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Harbourline fare history 1987-2026 | Saltmere Transport Archive</title></head><body>
<nav><a href="/">Home</a> <a href="/fares">Fares</a></nav><main><article>
<h1>Harbourline fare history, 1987 to 2026</h1>
<p>Harbourline Transit has published its adult single fares since the network was
brought into municipal ownership in 1987.</p>
<p>The largest increase came in 1991, when the adult single fare rose by 25%, from 40p to
50p. Fares were simplified in 1994 and have risen in smaller steps since.</p>
<p>Harbourline's statement that "the rise of 18% is the largest since the network was
brought into municipal ownership in 1987" does not match its own tables: it holds only
since 1994, when the present fare zones began.</p>
<p>Figures are taken from the fare tables in Harbourline's annual reports.</p>
</article></main><footer>Saltmere Transport Archive</footer></body></html>"""


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        body = PAGE.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def render(out: Path, *, dark: bool) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/fares/history"
    with tempfile.TemporaryDirectory(prefix="factcheck-shot-") as tmp:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        configure_application(app)
        app.setStyle("Fusion")
        app.setPalette(dark_palette() if dark else app.style().standardPalette())
        store = Store.open(Path(tmp) / "library.db")
        try:
            article = add_sample_article(store)
            selected = add_claims(store, article.id)
            window = create_main_window(store)
            window.resize(*SIZE)
            window.show()
            settle(app)
            window.claims.select_claim(selected, scroll=True)
            settle(app)
            window.claims._add_source({"url": url, "title": "Harbourline fare history",
                                       "publisher": "Saltmere Transport Archive",
                                       "stance": "refutes", "keep_copy": True})
            deadline = time.monotonic() + 20
            while window.web.fetching and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.02)
            settle(app)
            sources = window.inspector.sources
            sources.select_row(len(sources.model.sources) - 1)
            sources.view.setFocus()
            shown: list[CopyDialog] = []
            CopyDialog.show_copy = classmethod(  # type: ignore[method-assign,assignment]
                lambda cls, parent, s, c, highlight=None: shown.append(
                    cls(parent, s, c, highlight)))
            window.messages.show_notice = lambda title, text: sys.exit(  # type: ignore[method-assign]
                f"{title}: {text}")
            window.web.find_quote()
            settle(app)
            shot = window.grab()
            dialog = shown[0]
            dialog.resize(620, 420)
            dialog.show()
            settle(app)
            box = dialog.grab()
            paste(shot, box, shot.width() - box.width() - 40, 120, dim=50)
            dialog.close()
            save_png(shot, out)
            window.disconnect_store()
            window.close()
        finally:
            store.close()
            server.shutdown()
            server.server_close()
    print(out)


def main() -> int:
    return light_or_dark_main("screenshot-web-copy", render, __doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
