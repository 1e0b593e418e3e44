"""Changing the language offers a restart that starts the same HangDump again."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from gui import window_ops
from gui.jobs import JobRunner
from gui.window_ops import restart_command

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("argv", "frozen", "expected"),
    [
        (["/v/bin/hangdump"], False, ["/v/bin/hangdump"]),
        (["/v/bin/hangdump", "--lab", "--lang", "zh_CN"], False, ["/v/bin/hangdump", "--lab"]),
        (["/src/gui/launch.py", "--lang=en", "--lab"], False, ["-m", "gui.launch", "--lab"]),
        (["C:/HangDump/hangdump.exe", "--lang", "en"], True, []),
    ],
)
def test_restart_command_keeps_options_but_not_the_language(
    argv: list[str], frozen: bool, expected: list[str]
) -> None:
    exe = "C:/HangDump/hangdump.exe" if frozen else "/v/bin/python"
    assert restart_command(argv, exe, frozen) == (exe, expected)


class _Window(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.jobs = JobRunner(lambda *a: None, self)


def _answer(button_text: str, seen: list[str]) -> None:
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(20, lambda: _answer(button_text, seen))
        return
    seen.append(box.text())
    next(b for b in box.buttons() if b.text() == button_text).click()


def test_later_keeps_the_window_and_restart_now_starts_again(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[tuple[str, list[str]]] = []
    quits: list[bool] = []
    monkeypatch.setattr(
        "PySide6.QtCore.QProcess.startDetached", lambda p, a: started.append((p, a)) or True
    )
    monkeypatch.setattr("PySide6.QtWidgets.QApplication.quit", lambda: quits.append(True))
    w = _Window()
    qtbot.addWidget(w)
    w.show()

    seen: list[str] = []
    QTimer.singleShot(0, lambda: _answer("Later", seen))
    window_ops.offer_restart(w)  # type: ignore[arg-type]
    assert "Restart now?" in seen[0] and "running" not in seen[0]
    assert started == [] and w.isVisible()

    gate = threading.Event()
    w.jobs.submit(lambda: gate.wait(5), "a long job")
    QTimer.singleShot(0, lambda: _answer("Restart now", seen))
    window_ops.offer_restart(w)  # type: ignore[arg-type]
    gate.set()
    assert "1 task(s) still running will be stopped" in seen[1]
    assert len(started) == 1 and quits == [True] and not w.isVisible()
    w.jobs.wait(5000)
