"""Guard against PySide6 6.12.0 on CPython 3.11 (docs/decisions.md).

There, every call of a Qt method that returns nothing decrements the reference
count of None, and after a few thousand calls the interpreter aborts with
"Fatal Python error: none_dealloc". The calls run in a child process so that an
abort fails this test instead of killing the whole test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

CALLS = 20_000
ALLOWED_DROP = 100

CHILD = textwrap.dedent(
    f"""
    import sys
    from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextDocument
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    app = QApplication([])
    document = QTextDocument("x" * 100)
    cursor = QTextCursor(document)
    char_format = QTextCharFormat()
    edit = QPlainTextEdit()
    before = sys.getrefcount(None)
    for i in range({CALLS} // 4):
        cursor.setPosition(i % 100)
        char_format.setFontWeight(QFont.Weight.Bold if i % 2 else QFont.Weight.Normal)
        edit.setReadOnly(i % 2 == 0)
        char_format.setFontItalic(i % 3 == 0)
    after = sys.getrefcount(None)
    print(before - after)
    """
)


def test_void_qt_calls_leave_none_alone() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, f"the interpreter died: {done.stderr[-2000:]}"
    drop = int(done.stdout.strip().splitlines()[-1])
    assert drop < ALLOWED_DROP, (
        f"sys.getrefcount(None) dropped by {drop} over {CALLS} void Qt calls: this PySide6 "
        "build corrupts None's reference count (see docs/decisions.md); pin PySide6 < 6.12 here"
    )


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from CPython 3.12")
def test_pyside6_6_12_0_is_not_installed_on_python_before_3_12() -> None:
    import PySide6

    version = tuple(int(part) for part in PySide6.__version__.split(".")[:3])
    assert version != (6, 12, 0), (
        "PySide6 6.12.0 aborts CPython 3.11 after a few thousand Qt calls; "
        "pyproject.toml pins PySide6 < 6.12 for Python < 3.12"
    )
