"""Developer tasks for Factcheck GUI, standard library only (Linux, macOS, Windows).

    python3 tasks.py setup               create or update the project venv .venv
    python3 tasks.py run [ARGS...]       ... then run the app: python -m factcheck_gui ARGS
    python3 tasks.py test [PYTEST ARGS]  ... then run pytest headless (QT_QPA_PLATFORM=offscreen)
    python3 tasks.py bundle [--dist DIR] [--work DIR]
                                         ... then build the self-contained app folder
                                         (PyInstaller; default dist/factcheck-gui)
    python3 tasks.py translations [--keep-from DIR...]
                                         ... then refresh resources/translations/*.ts
                                         from the source (pyside6-lupdate); finished
                                         translations in DIR's .ts files are kept too
                                         (another branch's, when merging)

Every command compiles the .ts files into .qm (pyside6-lrelease) when they changed.

The venv is reinstalled only when pyproject.toml, setup.py or its Python version change
(a sha256 of them is kept in .venv/.factcheck-stamp).
"""

import hashlib
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# Checked before any annotation below is evaluated, so older Pythons reach this line.
if sys.version_info < (3, 11):  # noqa: UP036 - runs on whatever python3 the user has
    sys.exit(f"tasks.py needs Python 3.11 or newer; {sys.executable} is {sys.version.split()[0]}.")

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP_NAME = ".factcheck-stamp"
USAGE = "usage: python3 tasks.py {setup,run,test,bundle,translations} [ARGS...]"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("es", "ar")  # complete translations; "en" carries only plural forms
PROBE = "import sys, pip; print('%d.%d.%d' % sys.version_info[:3])"


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def venv_python(venv: Path = VENV) -> Path:
    if os.name == "nt":
        return venv / "Scripts" / "python.exe"
    return venv / "bin" / "python"


def venv_version(python: Path) -> str | None:
    """The venv's Python version ("3.11.7"), or None when it is missing, broken or lacks pip."""
    if not python.exists():
        return None
    try:
        done = subprocess.run(
            [str(python), "-c", PROBE], capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 and done.stdout.strip() else None


def is_supported(version: str) -> bool:
    try:
        return tuple(int(part) for part in version.split(".")[:2]) >= (3, 11)
    except ValueError:
        return False


def compute_stamp(root: Path, python_version: str) -> str:
    """sha256 over pyproject.toml, setup.py (empty when absent) and the venv's Python version."""
    digest = hashlib.sha256()
    for name in ("pyproject.toml", "setup.py"):
        path = root / name
        data = path.read_bytes() if path.is_file() else b""
        digest.update(f"{name}:{len(data)}:".encode() + data)
    digest.update(f"python:{python_version}".encode())
    return digest.hexdigest()


def read_stamp(venv: Path) -> str | None:
    try:
        return (venv / STAMP_NAME).read_text(encoding="utf-8").strip()
    except OSError:
        return None


def pip(python: Path, *args: str) -> None:
    """Run pip quietly; on failure show its output and exit with one clear line."""
    cmd = [str(python), "-m", "pip", *args, "-q", "--disable-pip-version-check"]
    done = subprocess.run(
        cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, check=False
    )
    if done.returncode != 0:
        sys.stderr.buffer.write(done.stdout)
        sys.stderr.flush()
        say(f"tasks.py: pip failed (exit {done.returncode}) running: pip {' '.join(args)}")
        sys.exit(1)


def ensure_venv() -> Path:
    python = venv_python()
    version = venv_version(python)
    created = version is None or not is_supported(version)
    if created:
        if VENV.exists():
            say("Recreating .venv (its Python is broken, lacks pip or is older than 3.11)...")
        else:
            say("Setting up .venv (first run takes a minute)...")
        cmd = [sys.executable, "-m", "venv", "--clear", str(VENV)]
        if subprocess.run(cmd, check=False).returncode != 0:
            sys.exit(f"tasks.py: could not create {VENV} with {sys.executable} -m venv.")
        version = venv_version(python)
        if version is None:
            sys.exit(f"tasks.py: the new venv's Python ({python}) does not run or lacks pip.")
    stamp = compute_stamp(ROOT, version)
    if read_stamp(VENV) != stamp:
        if not created:
            say("Updating .venv (pyproject.toml, setup.py or its Python changed)...")
        pip(python, "install", "--upgrade", "pip")
        pip(python, "install", "-e", ".[test]")
        (VENV / STAMP_NAME).write_text(stamp + "\n", encoding="utf-8")
    return python


def call(cmd: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> int:
    """Run cmd and return its exit code; a Ctrl-C reaches the child too, so let it finish."""
    proc = subprocess.Popen(cmd, env=env, cwd=cwd)
    try:
        code = proc.wait()
    except KeyboardInterrupt:
        try:
            code = proc.wait()
        except KeyboardInterrupt:
            proc.kill()
            proc.wait()
            return 130
    return 128 - code if code < 0 else code  # killed by a signal: shell-style status


def test_environment(environ: dict[str, str]) -> dict[str, str]:
    """pytest's environment: no display, and bytecode caches written even when
    PYTHONDONTWRITEBYTECODE is set. The suite imports the package in itself and in many
    child processes; without caches every one compiles it again (measured on a busy
    2-core machine: collecting the tests took 17 s of CPU instead of 10)."""
    env = {k: v for k, v in environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


# Test files spread over one worker per core (pytest-xdist); a file stays on one worker,
# so module fixtures are built once. `-n 0` (or any -n) given by the user wins.
PARALLEL = ["-n", "auto", "--dist", "loadfile"]


def pytest_args(args: list[str]) -> list[str]:
    """`args` for pytest, run in parallel unless they choose otherwise."""
    chosen = any(a == "no:xdist" or a.startswith(("-n", "--numprocesses")) for a in args)
    return list(args) if chosen else [*PARALLEL, *args]


SPEC = ROOT / "release" / "factcheck-gui.spec"


def bundle_requirements(root: Path = ROOT) -> list[str]:
    """The `bundle` extra of pyproject.toml: what building the app folder needs."""
    import tomllib

    with (root / "pyproject.toml").open("rb") as file:
        return list(tomllib.load(file)["project"]["optional-dependencies"]["bundle"])


def bundle(python: Path, args: list[str]) -> int:
    """Build the app folder for this platform with PyInstaller (installed on demand)."""
    import argparse
    import time

    parser = argparse.ArgumentParser(prog="python3 tasks.py bundle")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="where the app folder goes (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bundle",
                        help="PyInstaller's scratch folder (default: build/bundle/)")
    options = parser.parse_args(args)
    probe = subprocess.run([str(python), "-c", "import PyInstaller"], capture_output=True,
                           check=False)
    if probe.returncode != 0:
        say("Installing the bundler (PyInstaller) into .venv...")
        pip(python, "install", *bundle_requirements())
    if compile_translations(python) != 0:  # the bundle carries the compiled .qm files
        return 1
    started = time.monotonic()
    code = call([str(python), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                 "--distpath", str(options.dist.resolve()),
                 "--workpath", str(options.work.resolve()), str(SPEC)], cwd=ROOT)
    if code != 0:
        say(f"tasks.py: the bundle was not built (PyInstaller exit {code}).")
        return code
    folder = options.dist.resolve() / "factcheck-gui"
    size = sum(f.lstat().st_size for f in folder.rglob("*") if not f.is_symlink() and f.is_file())
    say(f"Built {folder} ({size / 1e6:.0f} MB) in {time.monotonic() - started:.0f} s.")
    return 0


def venv_tool(python: Path, name: str) -> Path:
    """A console script installed into the venv beside its Python (pyside6-lupdate...)."""
    return python.parent / (name + (".exe" if os.name == "nt" else ""))


def translation_sources(root: Path = ROOT) -> list[str]:
    """The Python files lupdate reads: every module of the package (the window's own
    strings, and the core's strings marked with QT_TRANSLATE_NOOP)."""
    package = root / "factcheck_gui"
    return sorted(str(path.relative_to(root)) for path in package.rglob("*.py")
                  if "__pycache__" not in path.parts)


PLURAL_FORMS = {"en": 2, "es": 2, "ar": 6}  # Qt's numerus forms for each language


def update_translations(python: Path, keep_from: list[Path] | None = None) -> int:
    """Refresh every .ts file from the source: new strings come in unfinished, removed
    ones go. No line numbers are kept, so an edit elsewhere in a file does not touch
    the .ts files (and two branches merge without conflicts over locations).

    pyside6-lupdate's Python reader does not see the count in
    `translate(context, text, None, n)`, so it writes "%n" strings as plain messages
    and would drop their plural forms. The finished translations are read first,
    lupdate runs, then every "%n" message is made a plural one with the language's
    number of forms and the translations are put back. English keeps only plurals.
    The .ts files of the same names in `keep_from` folders add their finished
    translations (this file's win where both have one)."""
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    lupdate = str(venv_tool(python, "pyside6-lupdate"))
    sources = translation_sources()
    for language in ("en", *LANGUAGES):
        ts = TRANSLATIONS / f"factcheck_{language}.ts"
        kept: dict[tuple[str, str, str], list[str]] = {}
        for folder in keep_from or []:
            kept.update(finished_translations(folder / ts.name))
        kept.update(finished_translations(ts))
        done = subprocess.run([lupdate, *sources, "-locations", "none", "-no-obsolete",
                               "-silent", "-source-language", "en", "-target-language",
                               language, "-ts", str(ts)],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              check=False)
        if done.returncode != 0:
            say(done.stdout.decode(errors="replace"))
            say(f"tasks.py: pyside6-lupdate failed on {ts.name} (exit {done.returncode}).")
            return done.returncode
        settle_translations(ts, PLURAL_FORMS[language], kept, plurals_only=language == "en")
    return compile_translations(python, force=True)


def _message_key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def finished_translations(ts: Path) -> dict[tuple[str, str, str], list[str]]:
    """(context, source, comment) -> the finished translation's forms (one when singular)."""
    if not ts.exists():
        return {}
    kept = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                  "obsolete"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            kept[_message_key(name, message)] = forms or [translation.text or ""]
    return kept


def settle_translations(ts: Path, forms: int, kept: dict[tuple[str, str, str], list[str]],
                        plurals_only: bool) -> None:
    tree = ET.parse(ts)
    for context in list(tree.getroot().iter("context")):
        name = context.findtext("name") or ""
        for message in list(context.iter("message")):
            plural = "%n" in (message.findtext("source") or "")
            if plurals_only and not plural:
                context.remove(message)
                continue
            old = message.find("translation")
            if old is not None:
                message.remove(old)
            translation = ET.SubElement(message, "translation")
            done = kept.get(_message_key(name, message))
            if plural:
                message.set("numerus", "yes")
                texts = done if done and len(done) == forms else [""] * forms
                for text in texts:
                    ET.SubElement(translation, "numerusform").text = text
                done = done if done and len(done) == forms else None
            elif done:
                translation.text = done[0]
            if not done:
                translation.set("type", "unfinished")
        if not context.findall("message"):
            tree.getroot().remove(context)
    ET.indent(tree, space="    ")
    with ts.open("wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")


def compile_translations(python: Path, force: bool = False) -> int:
    """Compile each .ts into the .qm the app loads, when the .ts is newer."""
    lrelease = venv_tool(python, "pyside6-lrelease")
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        done = subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              check=False)
        if done.returncode != 0:
            say(done.stdout.decode(errors="replace"))
            say(f"tasks.py: could not compile {ts.name} (pyside6-lrelease exit {done.returncode}).")
            return done.returncode
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("setup", "run", "test", "bundle", "translations",
                                   "-h", "--help"):
        say(USAGE)
        return 2
    command, args = argv[0], argv[1:]
    if command in ("-h", "--help"):
        print(__doc__)
        return 0
    python = ensure_venv()
    if command == "translations":
        import argparse

        parser = argparse.ArgumentParser(prog="python3 tasks.py translations")
        parser.add_argument("--keep-from", type=Path, action="append", default=[],
                            help="a folder of .ts files whose finished translations to keep")
        return update_translations(python, parser.parse_args(args).keep_from)
    if compile_translations(python) != 0:
        return 1
    if command == "setup":
        say(f".venv is ready: {python}")
        return 0
    if command == "run":
        return call([str(python), "-m", "factcheck_gui", *args])
    if command == "bundle":
        return bundle(python, args)
    env = test_environment(dict(os.environ))
    inside = ROOT in (Path.cwd().resolve(), *Path.cwd().resolve().parents)
    return call([str(python), "-m", "pytest", *pytest_args(args)], env=env,
                cwd=None if inside else ROOT)


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except KeyboardInterrupt:
        sys.exit(130)
