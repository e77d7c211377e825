"""display_problem() and its pieces, with fake environments (no Qt import needed)."""

import subprocess
import sys
from pathlib import Path

import pytest

from factcheck_gui import platform_check
from factcheck_gui.platform_check import (
    debian_packages,
    display_problem,
    missing_libraries,
    xcb_plugin_path,
)

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs ldd")


@pytest.fixture
def libraries_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend PySide6's xcb plugin lacks two libraries, whatever this machine has."""
    monkeypatch.setattr(platform_check, "xcb_plugin_path", lambda: Path("/fake/libqxcb.so"))
    monkeypatch.setattr(
        platform_check,
        "missing_libraries",
        lambda plugin: ["libxcb-cursor.so.0", "libxcb-icccm.so.4"],
    )


def test_not_linux_is_never_a_problem() -> None:
    assert display_problem({}, platform="win32") is None
    assert display_problem({}, platform="darwin") is None


@pytest.mark.parametrize("qpa", ["offscreen", "wayland", "vnc", "minimal", "wayland;xcb"])
def test_other_platform_plugins_are_not_checked(qpa: str) -> None:
    assert display_problem({"QT_QPA_PLATFORM": qpa}, platform="linux") is None


def test_no_display_explains_the_alternatives() -> None:
    message = display_problem({}, platform="linux")
    assert message is not None
    assert "no graphical display" in message
    assert "xvfb-run" in message
    assert "QT_QPA_PLATFORM=offscreen" in message
    assert "python main.py --help" in message
    assert len(message.splitlines()) > 1


def test_explicit_xcb_without_display_is_a_problem() -> None:
    assert display_problem({"QT_QPA_PLATFORM": "xcb"}, platform="linux") is not None


def test_wayland_only_with_wayland_plugin_is_fine(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, libraries_missing: None
) -> None:
    (tmp_path / "libqwayland.so").touch()
    monkeypatch.setattr(platform_check, "platforms_dir", lambda: tmp_path)
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, platform="linux") is None


def test_wayland_only_without_wayland_plugin_is_a_problem(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(platform_check, "platforms_dir", lambda: tmp_path)
    message = display_problem({"WAYLAND_DISPLAY": "wayland-0"}, platform="linux")
    assert message is not None
    assert "Wayland" in message


def test_missing_libraries_become_an_install_command(libraries_missing: None) -> None:
    message = display_problem({"DISPLAY": ":0"}, platform="linux")
    assert message is not None
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4" in message
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4" in message
    assert "README" in message


def test_x11_with_everything_installed_is_fine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platform_check, "xcb_plugin_path", lambda: Path("/fake/libqxcb.so"))
    monkeypatch.setattr(platform_check, "missing_libraries", lambda plugin: [])
    assert display_problem({"DISPLAY": ":0"}, platform="linux") is None


def test_debian_packages_mapping() -> None:
    assert debian_packages(["libxcb-cursor.so.0", "libxkbcommon-x11.so.0", "libGL.so.1"]) == [
        "libxcb-cursor0",
        "libxkbcommon-x11-0",
        "libgl1",
    ]
    assert debian_packages(["libunknown.so.7"]) == ["libunknown.so.7"]
    assert debian_packages(["libEGL.so.1", "libEGL.so.1"]) == ["libegl1"]
    assert debian_packages([]) == []


@linux_only
def test_missing_libraries_of_a_complete_binary_is_empty() -> None:
    assert missing_libraries(Path(sys.executable).resolve(), also_needed=()) == []


@linux_only
def test_missing_libraries_reports_an_unloadable_dlopened_library() -> None:
    result = missing_libraries(Path(sys.executable).resolve(), also_needed=["libnope-42.so.9"])
    assert result == ["libnope-42.so.9"]


def test_missing_libraries_of_a_nonexistent_plugin_is_empty(tmp_path: Path) -> None:
    assert missing_libraries(tmp_path / "no-such-plugin.so") == []


def test_missing_libraries_without_ldd_is_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")
    assert missing_libraries(Path(sys.executable)) == []


def test_xcb_plugin_path_is_a_file_or_none() -> None:
    plugin = xcb_plugin_path()
    assert plugin is None or (plugin.is_file() and plugin.name == "libqxcb.so")


def test_module_does_not_import_qt() -> None:
    code = (
        "import sys, factcheck_gui.platform_check as p; p.display_problem({'DISPLAY': ':0'});"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
