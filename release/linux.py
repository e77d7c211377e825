"""The Linux desktop files of the bundle: icons at the usual sizes, a desktop entry,
AppStream metadata and a script that installs them for the current user."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from xml.sax.saxutils import escape

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

DESKTOP_ENTRY = """\
[Desktop Entry]
Type=Application
Name={name}
GenericName=Fact-checking workbench
Comment={summary}
Exec={exec_} %F
Icon={app_id}
Terminal=false
Categories=Office;TextTools;
Keywords=fact-check;claims;verdict;news;article;
MimeType=text/plain;text/markdown;text/html;application/vnd.openxmlformats-officedocument.wordprocessingml.document;application/pdf;
"""

INSTALL_SCRIPT = """\
#!/bin/sh
# Adds this app to the desktop's menu for the current user (nothing needs root):
# the desktop entry, the icons and the AppStream metadata go under ~/.local/share.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications" "$data/metainfo"
cp -R "$here/share/icons" "$data/"
cp "$here"/share/metainfo/*.metainfo.xml "$data/metainfo/"
sed "s|^Exec=.*|Exec=\\"$here/@APP_ID@\\" %F|" "$here/share/applications/@APP_ID@.desktop" \\
    > "$data/applications/@APP_ID@.desktop"
if command -v update-desktop-database >/dev/null; then
    update-desktop-database "$data/applications" || true
fi
echo "Installed the menu entry for $here/@APP_ID@"
"""


def write_icons(svg: Path, share: Path, app_id: str) -> list[Path]:
    """PNGs of `svg` at every size in `ICON_SIZES`, and the SVG itself, in the hicolor theme.

    Drawn with Qt's SVG renderer offscreen, so the build needs no image tools."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG image Qt can draw")
    made = []
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        out = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{app_id}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out), "PNG"):
            raise OSError(f"could not write {out}")
        made.append(out)
    scalable = share / "icons" / "hicolor" / "scalable" / "apps" / f"{app_id}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    return [*made, scalable]


def component_id(homepage: str) -> str:
    """AppStream wants a reverse-DNS id: the homepage's host reversed, plus the name."""
    host = homepage.split("://", 1)[-1].split("/", 1)[0]
    return ".".join(reversed(host.split("."))) + ".FactcheckGui"


def metainfo(app_id: str, name: str, summary: str, version: str, date: str,
             homepage: str) -> str:
    """AppStream metadata (a desktop application, its licences, releases, content rating).
    The desktop entry keeps the app's own id (the window names it to the desktop)."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<component type="desktop-application">
  <id>{escape(component_id(homepage))}</id>
  <metadata_license>CC0-1.0</metadata_license>
  <project_license>MIT</project_license>
  <name>{escape(name)}</name>
  <summary>{escape(summary)}</summary>
  <description>
    <p>A desktop workbench for people who check facts by hand. Open a news article,
    mark the sentences that make checkable claims, research each claim, attach the
    sources you used, give it a verdict with a written rationale, and export a report
    as CSV, JSON or HTML.</p>
    <p>Everything lives in one local SQLite file. Every edit is saved at once and can
    be undone; claims stay attached when the article text changes.</p>
  </description>
  <launchable type="desktop-id">{escape(app_id)}.desktop</launchable>
  <url type="homepage">{escape(homepage)}</url>
  <developer_name>Factcheck</developer_name>
  <categories>
    <category>Office</category>
  </categories>
  <provides>
    <binary>{escape(app_id)}</binary>
  </provides>
  <releases>
    <release version="{escape(version)}" date="{escape(date)}"/>
  </releases>
  <content_rating type="oars-1.1"/>
</component>
"""


def write_desktop_files(bundle: Path, svg: Path, *, app_id: str, name: str, summary: str,
                        version: str, date: str, homepage: str) -> list[Path]:
    """Everything under `bundle`/share plus the per-user install script."""
    share = bundle / "share"
    made = write_icons(svg, share, app_id)
    entry = share / "applications" / f"{app_id}.desktop"
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(DESKTOP_ENTRY.format(name=name, summary=summary, exec_=app_id,
                                          app_id=app_id), encoding="utf-8")
    meta = share / "metainfo" / f"{component_id(homepage)}.metainfo.xml"
    meta.parent.mkdir(parents=True, exist_ok=True)
    meta.write_text(metainfo(app_id, name, summary, version, date, homepage),
                    encoding="utf-8")
    script = bundle / "install-desktop-entry.sh"
    script.write_text(INSTALL_SCRIPT.replace("@APP_ID@", app_id), encoding="utf-8")
    script.chmod(0o755)
    return [*made, entry, meta, script]
