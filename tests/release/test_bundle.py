"""The self-contained app folder: built once by PyInstaller, copied out of the
checkout, and run with a clean environment (no PYTHONPATH, no venv, no Python on
PATH, another working folder). The CLI imports articles (Markdown, and a web page
big enough to be read in the bundle's child process) and exports CSV; the window
starts offscreen, stays up 5 seconds and closes cleanly on SIGTERM; nothing it
loads comes from the checkout or the build venv.

Building takes 3 to 5 minutes on a busy 2-core machine; FACTCHECK_TEST_BUNDLE=DIR
reuses a folder built by `python3 tasks.py bundle` instead.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
APP_ID = "factcheck-gui"

pytestmark = [
    pytest.mark.bundle, pytest.mark.slow, pytest.mark.process,
    pytest.mark.skipif(not sys.platform.startswith("linux"),
                       reason="the bundle is smoke-run on Linux (the release workflow "
                              "builds the others)"),
]


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled program, in a copy of the app folder outside the checkout."""
    reuse = os.environ.get("FACTCHECK_TEST_BUNDLE")
    if reuse:
        built = Path(reuse)
    else:
        out = tmp_path_factory.mktemp("bundle")
        sys.path.insert(0, str(REPO))
        try:
            import tasks
        finally:
            sys.path.remove(str(REPO))
        with pytest.MonkeyPatch.context() as patch:
            # Coverage would trace PyInstaller's many helper processes (minutes more).
            patch.delenv("COVERAGE_PROCESS_CONFIG", raising=False)
            # The build yields the cores to the tests running beside it (their timeouts
            # were made for a suite without a 5-minute build in it).
            if shutil.which("nice"):
                call = tasks.call
                patch.setattr(tasks, "call", lambda cmd, **kw: call(["nice", "-n", "15", *cmd],
                                                                    **kw))
            code = tasks.bundle(Path(sys.executable),
                                ["--dist", str(out / "dist"), "--work", str(out / "work")])
        assert code == 0, "PyInstaller failed (its output is above)"
        built = out / "dist" / APP_ID
    elsewhere = tmp_path_factory.mktemp("installed") / APP_ID
    shutil.copytree(built, elsewhere, symlinks=True)
    return elsewhere / APP_ID


@pytest.fixture
def clean_env(tmp_path: Path) -> dict[str, str]:
    """What a new user's session has: a home, a locale, and no Python anywhere."""
    home = tmp_path / "home"
    home.mkdir()
    empty_bin = tmp_path / "bin"
    empty_bin.mkdir()
    return {"HOME": str(home), "PATH": str(empty_bin), "LANG": "C.UTF-8",
            "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local/share"),
            "XDG_RUNTIME_DIR": str(tmp_path), "FACTCHECK_REVIEWER": "new-user"}


def run(app: Path, env: dict[str, str], cwd: Path, *args: str,
        timeout: float = 120) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(app), *args], env=env, cwd=cwd, capture_output=True,
                          text=True, timeout=timeout, check=False)
    assert done.returncode == 0, f"{args}: exit {done.returncode}\n{done.stderr[-3000:]}"
    return done


def test_the_bundled_cli_imports_articles_and_exports_csv(app: Path, clean_env, tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    (work / "fares.md").write_text(
        "# Fares rise\n\nThe mayor said bus fares rose 40% last year.\n", encoding="utf-8")
    # Over a million characters of text: read by the bundle itself as a child process.
    paragraphs = "".join(f"<p>Paragraph {i}: the council said the tram line will "
                         f"reopen in spring, a claim worth checking twice.</p>\n"
                         for i in range(12_000))
    (work / "page.html").write_text(
        f"<html><head><title>Trams back</title></head><body><article><h1>Trams back</h1>"
        f"{paragraphs}</article></body></html>", encoding="utf-8")
    db = ["--db", str(work / "checks.db")]
    imported = run(app, clean_env, work, *db, "import", "fares.md", "page.html",
                   timeout=300).stdout
    ids = [line.split("\t")[0] for line in imported.splitlines()]
    assert len(ids) == 2 and "Trams back" in imported
    run(app, clean_env, work, *db, "claim", "add", "--article", ids[0],
        "--quote", "bus fares rose 40% last year", "--verdict", "False")
    exported = run(app, clean_env, work, *db, "export", "csv", "--out", "report.csv")
    assert exported.returncode == 0
    rows = list(csv.DictReader(io.StringIO((work / "report.csv").read_text("utf-8-sig"))))
    assert [(r["quote"], r["verdict"]) for r in rows] == [
        ("bus fares rose 40% last year", "False")]
    # The sample article and the claim finder's model are resources inside the bundle.
    sample = run(app, clean_env, work, *db, "sample").stdout
    assert "Saltmere" in sample
    suggested = run(app, clean_env, work, *db, "suggest", sample.split("\t")[0]).stdout
    assert len(suggested.splitlines()) >= 3


def _loaded_files(pid: int) -> set[str]:
    """Files the process has mapped (libraries, the archive) or holds open."""
    found = set()
    for line in Path(f"/proc/{pid}/maps").read_text().splitlines():
        parts = line.split(maxsplit=5)
        if len(parts) == 6 and parts[5].startswith("/"):
            found.add(parts[5])
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        with contextlib.suppress(OSError):  # closed meanwhile
            found.add(os.readlink(fd))
    return found


def test_the_bundled_window_stays_up_and_closes_cleanly(app: Path, clean_env, tmp_path):
    env = {**clean_env, "QT_QPA_PLATFORM": "offscreen"}
    work = tmp_path / "elsewhere"
    work.mkdir()
    window = subprocess.Popen([str(app), "--db", str(work / "w.db")], env=env, cwd=work,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        # The database's lock file appears once the store is open, just before the window
        # is built (a busy machine may take seconds to get there); then five seconds up.
        waited = 0.0
        while not (work / "w.db.lock").exists() and window.poll() is None and waited < 120:
            time.sleep(0.1)
            waited += 0.1
        time.sleep(5)
        assert window.poll() is None, window.communicate()[1][-3000:]
        loaded = _loaded_files(window.pid)
        window.send_signal(signal.SIGTERM)  # closes the window as File > Quit would
        _out, err = window.communicate(timeout=60)
    finally:
        if window.poll() is None:
            window.kill()
            window.wait()
    assert window.returncode == 0, err[-3000:]
    assert "Traceback" not in err
    bundle = str(app.parent)
    assert any(path.startswith(bundle) and "libQt6Widgets" in path for path in loaded)
    for outside in (str(REPO), sys.prefix, sys.base_prefix):
        assert not [p for p in loaded if p.startswith(outside + os.sep)], outside
    assert (work / "w.db").is_file() and not (work / "w.db-wal").exists()  # closed in order


def test_the_bundle_carries_notices_and_desktop_files(app: Path) -> None:
    folder = app.parent
    index = (folder / "licenses" / "README.txt").read_text(encoding="utf-8")
    for name in ("PySide6", "trafilatura", "sqlite-utils", "Python", "pyinstaller"):
        assert name.lower() in index.lower()
    assert "pip " not in index  # required by a dependency, not bundled
    share = folder / "share"
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert (share / "icons/hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    entry = (share / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"Exec={APP_ID} %F" in entry and f"Icon={APP_ID}" in entry
    assert len(list((share / "metainfo").glob("*.metainfo.xml"))) == 1
    internal = folder / "_internal" / "PySide6"
    assert not list(internal.rglob("*Qt6Qml*")) and not list(internal.rglob("*WebEngine*"))
    assert not list(internal.rglob("libqvnc*")) and list(internal.rglob("libqxcb*"))


def test_the_bundle_carries_the_translations(app: Path) -> None:
    """The window's languages and Qt's own texts for them (standard buttons)."""
    internal = app.parent / "_internal"
    for language in ("en", "es", "ar"):
        assert list(internal.rglob(f"factcheck_{language}.qm")), language
    for language in ("es", "ar"):
        assert list(internal.rglob(f"qtbase_{language}.qm")), language


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None
                    and shutil.which("appstreamcli") is None,
                    reason="no desktop-file or AppStream validator installed")
def test_the_desktop_files_validate(app: Path) -> None:
    share = app.parent / "share"
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(["desktop-file-validate",
                               str(share / "applications" / f"{APP_ID}.desktop")],
                              capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stdout + done.stderr
    if shutil.which("appstreamcli"):
        done = subprocess.run(["appstreamcli", "validate", "--no-net",
                               *map(str, (share / "metainfo").glob("*.metainfo.xml"))],
                              capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stdout + done.stderr
