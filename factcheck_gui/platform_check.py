"""Can Qt open a window here? Tell the user why not, instead of Qt's abort message.

On Linux, PySide6's X11 platform plugin (xcb) needs system libraries that minimal
Debian/Ubuntu installs lack; Qt then aborts with "Could not load the Qt platform plugin
xcb". `display_problem()` finds this out beforehand without importing Qt, and says which
packages to install. `python -m factcheck_gui.platform_check` prints the verdict.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

# Qt 6.5+ dlopens libxcb-cursor at run time, so ldd on the plugin does not list it.
DLOPENED = ("libxcb-cursor.so.0",)

# soname -> Debian/Ubuntu package.
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
}

NO_DISPLAY = """\
There is no graphical display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set).
- Run it from a desktop session (or over ssh -X), or
- under a virtual X server: xvfb-run python main.py, or
- headless, with QT_QPA_PLATFORM=offscreen (nothing is shown on screen).
The command line works without a display: python main.py --help"""

NO_WAYLAND_PLUGIN = """\
This is a Wayland session without an X display (DISPLAY is not set), and the installed
PySide6 has no Wayland platform plugin (libqwayland.so). Start XWayland or set DISPLAY,
or reinstall PySide6. The command line works without a display: python main.py --help"""

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


def platforms_dir() -> Path | None:
    """PySide6's Qt/plugins/platforms folder, found without importing PySide6."""
    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        folder = Path(location) / "Qt" / "plugins" / "platforms"
        if folder.is_dir():
            return folder
    return None


def xcb_plugin_path() -> Path | None:
    folder = platforms_dir()
    plugin = folder / "libqxcb.so" if folder else None
    return plugin if plugin is not None and plugin.is_file() else None


def _loadable(soname: str) -> bool:
    import ctypes

    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_libraries(plugin: Path, also_needed: Iterable[str] = DLOPENED) -> list[str]:
    """Sonames that `plugin` (or libraries it loads, such as `also_needed`) cannot find.

    Returns [] when ldd is missing, fails or times out: never block the app on a guess.
    """
    # Only X11 gets here: offscreen, Wayland and no-display starts skip both imports.
    import subprocess

    try:
        done = subprocess.run(
            ["ldd", str(plugin)], capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return []
    if done.returncode != 0:
        return []
    missing = list(dict.fromkeys(_NOT_FOUND.findall(done.stdout)))
    missing += [name for name in also_needed if name not in missing and not _loadable(name)]
    return missing


def debian_packages(sonames: Iterable[str]) -> list[str]:
    """Debian/Ubuntu packages providing `sonames` (unknown ones stay as the soname)."""
    return list(dict.fromkeys(DEBIAN_PACKAGES.get(name, name) for name in sonames))


def display_problem(
    environ: Mapping[str, str] | None = None, platform: str | None = None
) -> str | None:
    """None when Qt can show a window, else a multi-line message for the user."""
    env = os.environ if environ is None else environ
    if not (sys.platform if platform is None else platform).startswith("linux"):
        return None
    # "xcb", "xcb:option=..." or a fallback list "wayland;xcb": Qt tries the first one.
    requested = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if requested and requested != "xcb":
        return None
    has_x, has_wayland = bool(env.get("DISPLAY")), bool(env.get("WAYLAND_DISPLAY"))
    if not has_x and not has_wayland:
        return NO_DISPLAY
    if has_wayland and not requested:
        folder = platforms_dir()
        if folder is None:
            return None  # PySide6 is not installed; importing it will say so.
        wayland_session = env.get("XDG_SESSION_TYPE") == "wayland" or not has_x
        if (folder / "libqwayland.so").is_file() and wayland_session:
            return None
        if not has_x:
            return NO_WAYLAND_PLUGIN
    plugin = xcb_plugin_path()
    if plugin is None:
        return None
    missing = missing_libraries(plugin)
    if not missing:
        return None
    return (
        f"Qt cannot open a window: these system libraries are missing: {', '.join(missing)}\n"
        f"Install them with:\n"
        f"  sudo apt-get install {' '.join(debian_packages(missing))}\n"
        f"(Fedora and others name them differently; see the README.)"
    )


def main() -> int:
    problem = display_problem()
    print(problem or "ok")
    return 1 if problem else 0


if __name__ == "__main__":
    sys.exit(main())
