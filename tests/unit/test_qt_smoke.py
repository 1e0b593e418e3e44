"""PySide6 smoke tests: the pinned version loads and survives what 6.12.0 did not."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.gui

SMOKE = """
import os
os.environ['QT_QPA_PLATFORM'] = 'offscreen'
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
app = QApplication([])
# PySide6 6.12.0 on Python 3.11 aborts with "Fatal Python error: none_dealloc" here.
for _ in range(200000):
    f = QFont()
    f.setBold(True)
print('survived')
"""


def test_pyside_version_is_pinned_around_the_abort() -> None:
    import PySide6

    version = tuple(int(x) for x in PySide6.__version__.split(".")[:2])
    if sys.version_info < (3, 12):
        assert version < (6, 12), PySide6.__version__


def test_many_bold_fonts_do_not_abort_the_interpreter() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", SMOKE],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == "survived"


def test_main_window_opens_offscreen(qtbot) -> None:  # type: ignore[no-untyped-def]
    from gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.tabs.count() >= 1
    window.jobs.wait(5000)
