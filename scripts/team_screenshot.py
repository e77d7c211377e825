"""Render the Team Conflicts list over the window, offscreen, with a real team.

    python scripts/team_screenshot.py          # docs/screenshot-team-conflicts.png

Starts a throwaway PostgreSQL server (Debian's `postgresql` package), makes a
team database with two editors, lets them edit the sample article's claims at
the same time (one of them deleting a claim the other was working on), and
shows the first editor's window with its conflicts.
"""

# ruff: noqa: E402  (Qt may be imported only after QT_QPA_PLATFORM is set)
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from benchmarks.pg_server import remove_cluster, start_cluster
from factcheck_gui.app import configure_application, create_main_window
from factcheck_gui.core.store import Store
from factcheck_gui.core.store.team import server
from factcheck_gui.sample import add_sample_article
from factcheck_gui.ui.team.conflicts import ConflictsDialog
from scripts.screenshot import paste, save_png, settle

OUT = ROOT / "docs" / "screenshot-team-conflicts.png"
SIZE = (1280, 800)


def make_team(url_of: object, tmp: Path) -> Path:
    """Two editors, three conflicts; returns ada's database."""
    ada_path = tmp / "ada.db"
    with Store.open(ada_path) as ada, Store.open(tmp / "tomas.db") as tomas:
        article = add_sample_article(ada)
        ada.team.join(url_of("ada"))  # type: ignore[operator]
        text = ada.versions.current_version(article.id).text
        quotes = ["27 to 19", "bus fares", "the highest"]
        claims = []
        for quote in quotes:
            start = text.find(quote)
            if start >= 0:
                claims.append(ada.claims.add_claim(article.id, start, start + len(quote)).id)
        ada.team.sync()
        tomas.team.join(url_of("tomas"))  # type: ignore[operator]
        ada.claims.update_claim(claims[0], rationale="The council minutes record 27 to 19.")
        tomas.claims.update_claim(claims[0], rationale="Vote count confirmed by the clerk.")
        ada.claims.update_claim(claims[0], claimant="Cllr. Hughes")
        tomas.claims.update_claim(claims[0], claimant="Councillor Mary Hughes")
        if len(claims) > 1:
            tomas.claims.delete_claim(claims[1])
            ada.claims.update_claim(claims[1], rationale="Fares data from the operator.")
        tomas.team.sync()
        ada.team.sync()
    return ada_path


def main() -> int:
    cluster = start_cluster()
    if cluster is None:
        raise SystemExit("needs PostgreSQL (apt-get install postgresql)")
    try:
        database = cluster.new_database()
        conn = server.connect(cluster.url(database))
        server.init_schema(conn)
        for name in ("ada", "tomas"):
            server.grant(conn, name, "editor")
        conn.close()
        with tempfile.TemporaryDirectory(prefix="factcheck-shot-") as tmp:
            QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
            path = make_team(lambda who: cluster.url(database, who), Path(tmp))
            app = QApplication.instance() or QApplication(sys.argv[:1])
            configure_application(app)
            app.setStyle("Fusion")
            app.setPalette(app.style().standardPalette())
            store = Store.open(path, lock=True)
            window = create_main_window(store)
            window.resize(*SIZE)
            window.show()
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline and window.team.last_status is None:
                app.processEvents()
                time.sleep(0.05)
            settle(app)
            shot = window.grab()
            dialog = ConflictsDialog(store, window.team.settle, window)
            dialog.show()
            settle(app)
            box = dialog.grab()
            paste(shot, box, (shot.width() - box.width()) // 2,
                  (shot.height() - box.height()) // 2, dim=60)
            save_png(shot, OUT)
            dialog.close()
            window.disconnect_store()
            window.close()
            store.close()
    finally:
        remove_cluster(cluster)
    print(OUT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
