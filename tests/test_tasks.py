"""tasks.py at the checkout root: stamp logic and argument handling (no venv is built here)."""

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

TASKS = Path(__file__).resolve().parents[1] / "tasks.py"


@pytest.fixture(scope="module")
def tasks() -> ModuleType:
    spec = importlib.util.spec_from_file_location("factcheck_tasks", TASKS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_stamp_changes_with_pyproject(tasks: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    first = tasks.compute_stamp(tmp_path, "3.11.7")
    assert first == tasks.compute_stamp(tmp_path, "3.11.7")
    assert len(first) == 64
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\ndependencies = ["y"]\n')
    assert tasks.compute_stamp(tmp_path, "3.11.7") != first


def test_stamp_changes_with_setup_py_and_python(tasks: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\n")
    without_setup = tasks.compute_stamp(tmp_path, "3.11.7")
    (tmp_path / "setup.py").write_text("from setuptools import setup\nsetup()\n")
    with_setup = tasks.compute_stamp(tmp_path, "3.11.7")
    assert with_setup != without_setup
    assert tasks.compute_stamp(tmp_path, "3.12.1") != with_setup


def test_stamp_round_trip(tasks: ModuleType, tmp_path: Path) -> None:
    assert tasks.read_stamp(tmp_path) is None
    (tmp_path / tasks.STAMP_NAME).write_text("abc\n")
    assert tasks.read_stamp(tmp_path) == "abc"


def test_version_support(tasks: ModuleType) -> None:
    assert tasks.is_supported("3.11.0")
    assert tasks.is_supported("3.13.2")
    assert not tasks.is_supported("3.10.13")
    assert not tasks.is_supported("garbage")


def test_broken_venv_python_has_no_version(tasks: ModuleType, tmp_path: Path) -> None:
    assert tasks.venv_version(tmp_path / "missing" / "python") is None
    assert tasks.venv_version(Path(sys.executable)) is not None  # this one has pip


def test_venv_python_location(tasks: ModuleType, tmp_path: Path) -> None:
    python = tasks.venv_python(tmp_path)
    assert python.parent.name in ("bin", "Scripts")


@pytest.mark.parametrize("args", [["bogus"], []])
def test_unknown_command_prints_usage(args: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, str(TASKS), *args], capture_output=True, text=True, timeout=60
    )
    assert done.returncode != 0
    assert done.stderr.startswith("usage: ")
    assert "run" in done.stderr and "test" in done.stderr


def test_the_suite_runs_headless_and_keeps_bytecode_caches(tasks: ModuleType) -> None:
    env = tasks.test_environment({"PYTHONDONTWRITEBYTECODE": "1", "HOME": "/home/x",
                                  "QT_QPA_PLATFORM": "xcb"})
    assert env == {"HOME": "/home/x", "QT_QPA_PLATFORM": "offscreen"}


def test_the_suite_runs_in_parallel_unless_told_otherwise(tasks: ModuleType) -> None:
    assert tasks.pytest_args(["-q"]) == ["-n", "auto", "--dist", "loadfile", "-q"]
    for chosen in (["-n", "0"], ["-n0"], ["--numprocesses=2"], ["-p", "no:xdist"]):
        assert tasks.pytest_args(["-q", *chosen]) == ["-q", *chosen]
    assert tasks.pytest_args(["--no-cov"])[:2] == ["-n", "auto"]


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context><name>Library</name>
<message numerus="yes"><source>%n claim(s)</source>
<translation><numerusform>%n afirmación</numerusform>
<numerusform>%n afirmaciones</numerusform></translation></message>
<message><source>Open</source><translation>Abrir</translation></message>
<message><source>Close</source><translation type="unfinished"></translation></message>
</context>
</TS>
"""


def test_finished_translations_are_read_with_their_plural_forms(tasks: ModuleType,
                                                                 tmp_path: Path) -> None:
    ts = tmp_path / "factcheck_es.ts"
    ts.write_text(TS, encoding="utf-8")
    assert tasks.finished_translations(ts) == {
        ("Library", "%n claim(s)", ""): ["%n afirmación", "%n afirmaciones"],
        ("Library", "Open", ""): ["Abrir"]}
    assert tasks.finished_translations(tmp_path / "missing.ts") == {}


def test_plural_forms_survive_an_lupdate_run(tasks: ModuleType, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """lupdate writes "%n" messages as singular ones (it misses the count argument);
    the update makes them plural again and puts the finished forms back."""
    source = tmp_path / "window.py"
    source.write_text('from factcheck_gui.ui.i18n import translate\n'
                      'translate("Library", "%n claim(s)", None, 3)\n'
                      'translate("Library", "Open")\n'
                      'translate("Library", "New words")\n', encoding="utf-8")
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "factcheck_es.ts").write_text(TS, encoding="utf-8")
    monkeypatch.setattr(tasks, "ROOT", tmp_path)
    monkeypatch.setattr(tasks, "TRANSLATIONS", folder)
    monkeypatch.setattr(tasks, "LANGUAGES", ("es",))
    monkeypatch.setattr(tasks, "translation_sources", lambda root=None: ["window.py"])
    assert tasks.update_translations(Path(sys.executable)) == 0
    kept = tasks.finished_translations(folder / "factcheck_es.ts")
    assert kept[("Library", "%n claim(s)", "")] == ["%n afirmación", "%n afirmaciones"]
    assert kept[("Library", "Open", "")] == ["Abrir"]
    assert ("Library", "Close", "") not in kept and ("Library", "New words", "") not in kept
    english = (folder / "factcheck_en.ts").read_text(encoding="utf-8")
    assert 'numerus="yes"' in english and "Open" not in english  # plurals only
    assert (folder / "factcheck_es.qm").is_file() and (folder / "factcheck_en.qm").is_file()


def test_settle_gives_arabic_six_forms_and_drops_a_wrong_count(tasks: ModuleType,
                                                                tmp_path: Path) -> None:
    ts = tmp_path / "factcheck_ar.ts"
    ts.write_text(TS.replace('language="es"', 'language="ar"'), encoding="utf-8")
    kept = tasks.finished_translations(ts)  # two forms: not enough for Arabic
    tasks.settle_translations(ts, 6, kept, plurals_only=False)
    text = ts.read_text(encoding="utf-8")
    assert text.count("<numerusform") == 6 and 'type="unfinished"' in text
    assert ("Library", "Open", "") in tasks.finished_translations(ts)


def test_translations_from_another_branch_are_kept(tasks: ModuleType, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Merging branches that each translated their own strings: the union is kept."""
    source = tmp_path / "window.py"
    source.write_text('from factcheck_gui.ui.i18n import translate\n'
                      'translate("Library", "Open")\n'
                      'translate("Library", "Close")\n', encoding="utf-8")
    folder, other = tmp_path / "translations", tmp_path / "other"
    folder.mkdir()
    other.mkdir()
    (folder / "factcheck_es.ts").write_text(TS, encoding="utf-8")
    (other / "factcheck_es.ts").write_text(
        TS.replace('<translation type="unfinished"></translation>',
                   "<translation>Cerrar</translation>").replace("Abrir", "Abrir (otra)"),
        encoding="utf-8")
    monkeypatch.setattr(tasks, "ROOT", tmp_path)
    monkeypatch.setattr(tasks, "TRANSLATIONS", folder)
    monkeypatch.setattr(tasks, "LANGUAGES", ("es",))
    monkeypatch.setattr(tasks, "translation_sources", lambda root=None: ["window.py"])
    assert tasks.update_translations(Path(sys.executable), [other]) == 0
    kept = tasks.finished_translations(folder / "factcheck_es.ts")
    assert kept[("Library", "Close", "")] == ["Cerrar"]
    assert kept[("Library", "Open", "")] == ["Abrir"]  # this branch's own wins
