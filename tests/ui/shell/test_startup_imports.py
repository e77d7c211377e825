"""The window's modules load none of the libraries that only some features use:
start-up time is measured by the benchmarks, this keeps the cheap part of it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from factcheck_gui.core.models import NewArticle
from factcheck_gui.core.store import Store
from factcheck_gui.ui.i18n import translations_dir

HELPER = Path(__file__).resolve().parents[2] / "helpers" / "startup_modules.py"

# Loaded on first use only: the HTTP client and page reader (web), the team
# driver, the language guesser's numerics, and the review dialogs.
LATER = ("urllib3", "truststore", "trafilatura", "psycopg", "numpy", "py3langid",
         "factcheck_gui.io.web", "factcheck_gui.io.link_check",
         "factcheck_gui.ui.review.compare_dialog", "factcheck_gui.ui.web.copy_dialog")

# Not needed to show the library and the last article: each loads when the user
# opens its dialog or feature (or, for the store's parts, on first use).
DEFERRED = (
    # dialogs
    "factcheck_gui.ui.dialogs.reviewer", "factcheck_gui.core.backups",
    "factcheck_gui.ui.dialogs.preferences", "factcheck_gui.ui.dialogs.shortcuts",
    "factcheck_gui.ui.dialogs.article_metadata",
    "factcheck_gui.ui.dialogs.annotation_import_summary",
    "factcheck_gui.ui.exporting.export_dialog", "factcheck_gui.ui.overview.claims_list",
    "factcheck_gui.ui.team.assign_dialog", "factcheck_gui.ui.team.join_dialog",
    "factcheck_gui.ui.team.join_part", "factcheck_gui.ui.team.conflicts",
    "factcheck_gui.ui.team.version_conflict",
    # the inspector's form, built when a claim is first shown
    "factcheck_gui.ui.inspector.sources_editor", "factcheck_gui.ui.inspector.history_view",
    "factcheck_gui.ui.inspector.memory_panel",
    # features: team sync, web fetches, imports, undo commands of rare edits
    "factcheck_gui.ui.team.worker", "factcheck_gui.ui.web.background",
    "factcheck_gui.ui.importing.notes", "factcheck_gui.sample",
    "factcheck_gui.core.near_duplicates", "factcheck_gui.core.history",
    "factcheck_gui.ui.edits.assign", "factcheck_gui.ui.edits.review",
    "factcheck_gui.ui.edits.scales", "factcheck_gui.ui.edits.team",
    # the domain objects of the history, versions, web copies, imports, claim memory
    "factcheck_gui.core.rare_models", "factcheck_gui.core.transcript",
    "factcheck_gui.core.review", "factcheck_gui.core.store.team.server",
    # the store's parts made on first use
    "factcheck_gui.core.store.memory", "factcheck_gui.core.store.merge",
    "factcheck_gui.core.store.overview", "factcheck_gui.core.overview",
    "factcheck_gui.core.store.bulk", "factcheck_gui.core.store.integrity",
    "factcheck_gui.core.store.maintenance",
    # what the command line's web and review commands use (the parser is built first)
    "factcheck_gui.io.web", "factcheck_gui.io.web_import", "factcheck_gui.io.source_copies",
    "factcheck_gui.io.web_update", "factcheck_gui.io.review_w3c",
    "factcheck_gui.core.review_agreement",
    # the standard library's modules that only rare paths need
    "concurrent.futures", "difflib", "getpass", "uuid", "hashlib", "platform", "ctypes",
    "ssl", "http.client",
    "email", "urllib.request",
    "socket", "html",  # the lock reads uname, SIGTERM wakes a pipe; tooltips escape alone
    "importlib.resources",  # from a checkout; an installed package finds resources with it
    # and the libraries above
    "urllib3", "truststore", "trafilatura", "psycopg", "numpy", "py3langid",
)


def test_importing_the_main_window_loads_no_feature_only_library() -> None:
    code = ("import sys, factcheck_gui.app, factcheck_gui.ui.shell.main_window;"
            f"print(sorted(m for m in {LATER!r} if m in sys.modules))")
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("COVERAGE_", "COV_CORE_"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, timeout=120, check=True)
    assert out.stdout.strip() == "[]", out.stdout


def test_the_first_window_loads_no_dialog_or_rare_feature(tmp_path: Path) -> None:
    """Started as the user starts it (command line, then the window) on a library with
    one article and a claim: once the window shows the article, none of DEFERRED is
    loaded. Opening each of them is covered by the tests of its feature."""
    db = tmp_path / "library.db"
    with Store.open(db, reviewer="ann") as store:
        article = store.articles.add_article(NewArticle(
            title="Trams return", text="The trams return in 2027, the council said."))
        store.claims.add_claim(article.id, 4, 25)
    # Only compiling a translation (one that setup did not compile) needs subprocess.
    compiled = (translations_dir() / "factcheck_en.qm").is_file()
    deferred = [*DEFERRED, *(["subprocess"] if compiled else [])]
    # HOME etc. are the test's own. Without coverage's subprocess measuring, which
    # loads modules of its own (hashlib, platform, uuid) into the child.
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("COVERAGE_", "COV_CORE_"))}
    env["FACTCHECK_REVIEWER"] = "ann"
    done = subprocess.run([sys.executable, str(HELPER), str(db)], capture_output=True,
                          text=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["exit"] == 0, done.stderr[-2000:]
    assert report["article"] == article.id  # the window got as far as the article
    loaded = set(report["modules"])
    assert not sorted(m for m in deferred if m in loaded)
    # No viewport was first wrapped through viewport(): PySide6 would have made a type
    # for every widget class, these included (ui/widgets/viewport.py).
    never_used = {"QWizard", "QMdiArea", "QCalendarWidget", "QLCDNumber", "QGraphicsView"}
    assert not never_used & set(report["widget_types"])


TORN_DOWN = """
import atexit, json, sys

def made():  # registered first, so it runs last: after PySide6 has torn everything down
    widgets = sys.modules["PySide6.QtWidgets"]
    print(json.dumps(sorted(name for name in vars(widgets) if name[:1] == "Q")), flush=True)

atexit.register(made)
from benchmarks import window_probe
window_probe.main(["app", sys.argv[1]])  # shown, painted, quit; torn down at exit
"""


def test_a_window_torn_down_while_shown_wraps_no_unknown_widget(tmp_path: Path) -> None:
    # Destroying a shown window moves the focus through widgets Python never saw;
    # the pane frames stop following the focus when the application quits
    # (shell/focus.py), or wrapping the first such widget makes PySide6 make a type
    # for every widget class (about 7 ms of the process's end).
    db = tmp_path / "library.db"
    with Store.open(db, reviewer="ann") as store:
        article = store.articles.add_article(NewArticle(title="T", text="A claim here."))
        store.claims.add_claim(article.id, 0, 7)
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("COVERAGE_", "COV_CORE_"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run([sys.executable, "-c", TORN_DOWN, str(db)], capture_output=True,
                          text=True, env=env, timeout=120, check=True,
                          cwd=Path(__file__).resolve().parents[3])
    made = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert not {"QWizard", "QMdiArea", "QCalendarWidget", "QLCDNumber"} & made
