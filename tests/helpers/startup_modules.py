"""Child process for the start-up test: start the window as `factcheck-gui --db DB`
does (the command line, then the app), and once it is shown print one JSON object:
every module loaded by then, the Qt widget classes PySide6 has made Python types for,
the article on screen and, after the window is closed, the program's exit code.

    python startup_modules.py DB
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main(db: str) -> int:
    app = QApplication(sys.argv[:1])  # the app uses the one that exists
    report: dict[str, object] = {}

    def look() -> None:
        shown = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow)
                 and w.isVisible()]
        if not shown:  # still starting
            QTimer.singleShot(10, look)
            return
        window = shown[0]
        report["modules"] = sorted(sys.modules)
        widgets = sys.modules["PySide6.QtWidgets"]  # its types are made on first use
        report["widget_types"] = sorted(name for name in vars(widgets) if name[:1] == "Q")
        report["article"] = window.workspace.article_id
        window.close()  # ends the program as File > Quit does

    QTimer.singleShot(0, look)
    from factcheck_gui.cli import main as cli_main

    report["exit"] = cli_main(["--db", db])
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
