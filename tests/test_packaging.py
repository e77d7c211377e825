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
