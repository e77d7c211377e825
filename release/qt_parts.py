"""Which Qt modules and plugins go into the bundle (standard library only).

The app imports QtCore, QtGui and QtWidgets. PyInstaller's Qt hooks collect every
plugin QtGui may load (PDF and TIFF images, virtual keyboards, VNC and framebuffer
platforms...) and the Qt libraries those plugins pull in (Qt Quick, QML, Qt PDF...).
The bundle keeps the plugins a desktop window uses and drops the rest, along with the
libraries only the dropped plugins needed. Qt's D-Bus library stays: on Linux the
accessibility bridge (AT-SPI, for screen readers) and the desktop portal speak D-Bus.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Python bindings the app never imports (each would bring its Qt library).
EXCLUDED_MODULES = [
    *(f"PySide6.{name}" for name in (
        "QtNetwork", "QtQml", "QtQuick", "QtQuickControls2", "QtQuickWidgets", "QtQuickTest",
        "QtOpenGL", "QtOpenGLWidgets", "QtDBus", "QtSql", "QtTest", "QtDesigner", "QtHelp",
        "QtUiTools", "QtConcurrent", "QtPrintSupport", "QtSvg", "QtSvgWidgets", "QtXml",
        "QtPdf", "QtPdfWidgets", "QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick",
        "QtWebChannel", "QtWebSockets", "QtMultimedia", "QtMultimediaWidgets", "Qt3DCore",
        "Qt3DRender", "Qt3DInput", "Qt3DLogic", "Qt3DAnimation", "Qt3DExtras", "QtCharts",
        "QtDataVisualization", "QtGraphs", "QtPositioning", "QtLocation", "QtBluetooth",
        "QtNfc", "QtSensors", "QtSerialPort", "QtSerialBus", "QtTextToSpeech", "QtScxml",
        "QtStateMachine", "QtRemoteObjects", "QtHttpServer", "QtSpatialAudio", "QtAxContainer",
    )),
    # Test and development tools that share the build venv.
    "tkinter", "pytest", "_pytest", "hypothesis", "mypy", "ruff", "coverage", "IPython",
    "sklearn", "scipy", "joblib", "threadpoolctl", "narwhals", "pygments",
    "setuptools", "pip",
]

# Plugin folders (below Qt's plugins/) that a desktop window does not use.
DROPPED_PLUGIN_DIRS = {
    "designer", "qmltooling", "qmllint", "sqldrivers", "tls", "networkinformation",
    "egldeviceintegrations", "generic", "wayland-graphics-integration-server",
    "printsupport", "multimedia", "position", "sceneparsers", "renderers", "geometryloaders",
    "texttospeech", "webview", "canbus", "sensors",
}
# Single plugins that a desktop window does not use (name without lib prefix/suffix).
DROPPED_PLUGINS = {
    "qeglfs", "qlinuxfb", "qminimalegl", "qvkkhrdisplay", "qvnc",  # platforms
    "qpdf", "qtiff", "qwebp", "qtga", "qwbmp",  # images no window of ours shows
    "qtvirtualkeyboardplugin",  # a QML keyboard
}
# Qt libraries only the dropped plugins or modules need (libQt6Qml.so.6 on Linux,
# Qt6Qml.dll on Windows, QtQml.framework on macOS).
DROPPED_LIBRARIES = re.compile(
    r"^(?:lib)?Qt6?(Qml|Quick|Pdf|VirtualKeyboard|Network|OpenGL|Sql|Test|Designer|Help|Labs"
    r"|Lottie|EglFS|ShaderTools|SvgWidgets|WebEngine|Multimedia|3D|Charts|Positioning"
    r"|Concurrent|PrintSupport|UiTools)")

_PLUGIN = re.compile(r"(?:^|/)plugins/([^/]+)/(?:lib)?([^/.]+)\.[^/]+$")


def keep(dest: str) -> bool:
    """Whether a collected file (its path inside the bundle) belongs in the app."""
    path = dest.replace("\\", "/")
    plugin = _PLUGIN.search(path)
    if plugin:
        folder, name = plugin.groups()
        return folder not in DROPPED_PLUGIN_DIRS and name not in DROPPED_PLUGINS
    return not any(DROPPED_LIBRARIES.match(part) for part in path.split("/"))


def dropped(dests: Iterable[str]) -> list[str]:
    return [dest for dest in dests if not keep(dest)]
