"""The licence notices of what the bundle carries, taken from the installed packages.

Every distribution the app needs at run time (its dependencies, followed through
their own requirements) gets a folder with the licence files its wheel shipped and a
line in the index with its name, version and licence as its metadata states it.
Python itself and PyInstaller's bootloader are added too. Runs in the build venv
(PyInstaller brings `packaging`).
"""

from __future__ import annotations

import contextlib
import re
import shutil
import sys
import sysconfig
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement  # PyInstaller's own dependency

_LICENCE_FILE = re.compile(r"(^|/)(licen[cs]e|copying|notice|authors|copyright)[^/]*$", re.I)
# Debian keeps the full texts of common licences here; wheels such as PySide6 ship
# only the licence's name, so its text comes from here when the build machine has it.
COMMON_LICENCES = Path("/usr/share/common-licenses")
SPDX_TEXTS = {"LGPL-3.0": "LGPL-3", "GPL-3.0": "GPL-3", "GPL-2.0": "GPL-2"}


def runtime_distributions(root: str = "factcheck-gui") -> list[metadata.Distribution]:
    """`root` and everything it needs at run time (no extras), each once, by name."""
    seen: dict[str, metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = _normal(todo.pop())
        if name in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a requirement for another platform or Python
        seen[name] = dist
        for line in dist.requires or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    return sorted(seen.values(), key=lambda d: _normal(d.metadata["Name"]))


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _distributions_of(modules: set[str]) -> set[str]:
    owners = metadata.packages_distributions()
    return {_normal(dist) for module in modules for dist in owners.get(module, [])}


def licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression") or ""
    if expression:
        return expression
    short = (meta.get("License") or "").strip()
    if short and "\n" not in short and len(short) < 120:
        return short
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    return "; ".join(classifiers) or "see the files in this folder"


def licence_files(dist: metadata.Distribution) -> list[Path]:
    files = [f for f in dist.files or [] if _LICENCE_FILE.search(str(f).replace("\\", "/"))]
    return [Path(str(dist.locate_file(f))) for f in files
            if Path(str(dist.locate_file(f))).is_file()]


def write_notices(out: Path, bundled: Iterable[str] | None = None,
                  extra_dists: Iterable[str] = ("pyinstaller",)) -> list[str]:
    """Fill `out` with one folder per distribution and an index; returns the names.

    `bundled`: the top-level modules inside the bundle; a required distribution none
    of whose modules made it in (pip, which sqlite-utils requires) is left out."""
    out.mkdir(parents=True, exist_ok=True)
    dists = runtime_distributions()
    if bundled is not None:
        inside = _distributions_of(set(bundled))
        dists = [d for d in dists if _normal(d.metadata["Name"]) in inside]
    for name in extra_dists:
        with contextlib.suppress(metadata.PackageNotFoundError):
            dists.append(metadata.distribution(name))
    index = ["Licences of the software inside this app",
             "=========================================", "",
             "Each folder holds the licence files the package shipped.", ""]
    names = []
    for dist in dists:
        name, version = dist.metadata["Name"], dist.version
        folder = out / f"{_normal(name)}-{version}"
        folder.mkdir(exist_ok=True)
        for source in licence_files(dist):
            shutil.copyfile(source, folder / source.name)
        licence = licence_of(dist)
        for spdx, common in SPDX_TEXTS.items():
            if spdx in licence and (COMMON_LICENCES / common).is_file():
                shutil.copyfile(COMMON_LICENCES / common, folder / f"{common}.txt")
        note = "" if any(folder.iterdir()) else "  (no licence file in its wheel)"
        index.append(f"{name} {version}: {licence}{note}")
        names.append(name)
    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    folder = out / f"python-{sys.version.split()[0]}"
    folder.mkdir(exist_ok=True)
    if python_licence.is_file():
        shutil.copyfile(python_licence, folder / "LICENSE.txt")
    index.append(f"Python {sys.version.split()[0]}: PSF-2.0")
    names.append("Python")
    index += ["", "PyInstaller's bootloader is GPL-2.0 with an exception that allows it in",
              "programs under any licence. Qt (PySide6, shiboken6) is used under the LGPL-3.0:",
              "its libraries are separate files in this folder and may be replaced."]
    (out / "README.txt").write_text("\n".join(index) + "\n", encoding="utf-8")
    return names
