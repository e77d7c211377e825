"""The pieces of the bundle build that run without building: which Qt files stay,
which licences are listed, what the Linux desktop files say."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "release"))
from licences import runtime_distributions  # noqa: E402
from linux import DESKTOP_ENTRY, metainfo  # noqa: E402
from qt_parts import keep  # noqa: E402

sys.path.remove(str(REPO / "release"))


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/lib/libQt6Gui.so.6", True),
    ("PySide6/Qt/lib/libQt6DBus.so.6", True),  # the screen reader bridge speaks D-Bus
    ("PySide6/Qt/lib/libQt6Svg.so.6", True),  # the SVG icon
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
    ("PySide6/Qt/plugins/imageformats/qsvg.dll", True),
    ("PySide6/Qt/lib/libQt6Qml.so.6", False),
    ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
    ("PySide6\\Qt6Network.dll", False),
    ("PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick", False),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
    ("lxml/etree.cpython-311-x86_64-linux-gnu.so", True),
])
def test_only_the_qt_parts_a_window_uses_stay(dest: str, kept: bool) -> None:
    assert keep(dest) is kept


def test_the_licence_list_follows_the_runtime_requirements_only() -> None:
    names = {d.metadata["Name"].lower().replace("_", "-") for d in runtime_distributions()}
    assert {"factcheck-gui", "pyside6-essentials", "sqlite-utils", "trafilatura",
            "lxml"} <= names
    assert not names & {"pytest", "hypothesis", "scikit-learn", "mypy", "pyinstaller"}


def test_the_desktop_files_name_the_app() -> None:
    entry = DESKTOP_ENTRY.format(name="Factcheck GUI", summary="s", exec_="factcheck-gui",
                                 app_id="factcheck-gui")
    assert "Terminal=false" in entry and "Icon=factcheck-gui" in entry
    root = ET.fromstring(metainfo("factcheck-gui", "Factcheck <GUI>", "Mark & judge", "0.1.0",
                                  "2026-12-02", "https://example.invalid/x"))
    assert root.findtext("id") == "invalid.example.FactcheckGui"
    assert root.findtext("name") == "Factcheck <GUI>"
    assert root.find("launchable").text == "factcheck-gui.desktop"
    assert root.find("releases/release").get("version") == "0.1.0"


def test_tasks_reads_the_bundler_from_pyproject() -> None:
    sys.path.insert(0, str(REPO))
    try:
        import tasks
    finally:
        sys.path.remove(str(REPO))
    assert any(req.startswith("pyinstaller") for req in tasks.bundle_requirements())
    assert "bundle" in tasks.USAGE
