"""The built wheel carries resources/ and the app finds them outside a checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(REPO)],
        check=True, capture_output=True, timeout=300,
    )
    (wheel,) = out.glob("factcheck_gui-*.whl")
    target = out / "site"
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        archive.extractall(target)
    assert "factcheck_gui/resources/scales/default.json" in names
    assert "factcheck_gui/resources/sample/harbour-bus-fares.md" in names
    assert "factcheck_gui/resources/finder/ranker.json" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "factcheck-gui = factcheck_gui.cli:main" in (target / entry_points).read_text()
    return target


def test_installed_package_finds_its_resources(installed: Path, tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(installed), FACTCHECK_DB=str(tmp_path / "w.db"))
    code = (
        "import factcheck_gui.assets as a, sys\n"
        f"assert str(a.resources_dir()).startswith({str(installed)!r}), a.resources_dir()\n"
        "sys.argv = ['factcheck-gui', 'sample']\n"
        "from factcheck_gui.cli import main; sys.exit(main())\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Saltmere" in done.stdout


def test_installed_claim_finder_model_gives_its_training_scores(installed: Path,
                                                                 tmp_path: Path) -> None:
    """The ranker's weights ship in the wheel, load without scikit-learn or numpy,
    and score the probe sentences exactly as they scored when it was trained."""
    env = dict(os.environ, PYTHONPATH=str(installed))
    code = (
        "import sys\n"
        "from factcheck_gui.core.suggest import score_sentence\n"
        "from factcheck_gui.core.suggest_model import DocSentence, load_ranker\n"
        "import factcheck_gui.assets as a\n"
        f"assert str(a.resources_dir()).startswith({str(installed)!r})\n"
        "ranker = load_ranker()\n"
        "assert ranker is not None and ranker.probes\n"
        "doc, turn, last = [], -1, None\n"
        "for p in ranker.probes:\n"
        "    if p['speaker'] != last:\n"
        "        turn, last = turn + 1, p['speaker']\n"
        "    doc.append(DocSentence(p['text'], p['speaker'], turn))\n"
        "rows = ranker.rows(doc, [score_sentence(s.text) for s in doc])\n"
        "for p, row in zip(ranker.probes, rows):\n"
        "    assert abs(ranker.logit(row) - p['logit']) < 1e-9, (p, ranker.logit(row))\n"
        "    assert abs(ranker.score(row) - p['score']) < 1e-9\n"
        "    assert abs(ranker.logit(row) - p['sklearn_logit']) < 1e-3\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('sklearn', 'numpy', 'scipy')]\n"
        "assert not bad, bad\n"
        "print(len(ranker.probes))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) >= 5


def test_installed_package_speaks_spanish_without_compiled_translations(
        installed: Path, tmp_path: Path) -> None:
    """A wheel built from a fresh clone has the .ts files but no .qm (they are built,
    not kept): the window compiles the one it needs into the user's cache."""
    folder = installed / "factcheck_gui" / "resources" / "translations"
    assert (folder / "factcheck_es.ts").is_file()
    for compiled in folder.glob("*.qm"):
        compiled.unlink()
    env = dict(os.environ, PYTHONPATH=str(installed), QT_QPA_PLATFORM="offscreen",
               HOME=str(tmp_path), XDG_CACHE_HOME=str(tmp_path / "cache"))
    code = (
        "from PySide6.QtWidgets import QApplication\n"
        "from factcheck_gui.ui import i18n\n"
        "app = QApplication([])\n"
        "assert i18n.install(app, 'es')\n"
        "print(i18n.translate('Menus', '&File'), i18n.qm_file('es'))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    shown, path = done.stdout.split()
    assert shown == "&Archivo" and path.startswith(str(tmp_path / "cache"))
