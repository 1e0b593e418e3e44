"""The transfer panel over a real queue (local files): rows appear, progress, verified,
pause/resume, and the list survives a restart (SQLite)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from backends.transfers.queue import Job, TransferQueue
from backends.transfers.resolve import source_for
from gui.transfer_model import JOB_ROLE, TransferModel
from gui.transfer_panel import TransferPanel

pytestmark = pytest.mark.gui


def resolver(job: Job):  # type: ignore[no-untyped-def]
    return source_for(job.source)


def test_model_follows_the_queue(qtbot, qtmodeltester, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "vmcore"
    src.write_bytes(os.urandom(3 << 20))
    queue = TransferQueue(resolver, tmp_path / "q.sqlite3")
    try:
        panel = TransferPanel(queue)
        qtbot.addWidget(panel)
        qtmodeltester.check(panel.model)
        (tmp_path / "out").mkdir()
        queue.add(str(src), tmp_path / "out" / "vmcore")
        qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
        qtbot.waitUntil(lambda: panel.model.jobs[0].state in ("done", "verified"), timeout=20000)
        job = panel.model.data(panel.model.index(0, 0), JOB_ROLE)
        assert job.size == 3 << 20
        assert panel.model.data(panel.model.index(0, 2)) == "100%"
        assert (tmp_path / "out" / "vmcore").read_bytes() == src.read_bytes()
        panel.view.selectRow(0)
        assert not panel.buttons["pause"].isEnabled()
        assert panel.buttons["folder"].isEnabled()
        qtmodeltester.check(panel.model)
    finally:
        queue.close()
    # a restart: a new queue on the same database shows the finished job again
    queue2 = TransferQueue(resolver, tmp_path / "q.sqlite3")
    try:
        model = TransferModel()
        model.load(queue2.jobs())
        assert [j.state for j in model.jobs] == [job.state]
    finally:
        queue2.close()


def test_pause_and_resume_a_paused_job(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "big"
    src.write_bytes(os.urandom(1 << 20))
    queue = TransferQueue(resolver, tmp_path / "q.sqlite3", parallel=0)  # nothing starts
    try:
        panel = TransferPanel(queue)
        qtbot.addWidget(panel)
        queue.add(str(src), tmp_path / "copy")
        qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
        panel.view.selectRow(0)
        assert panel.buttons["pause"].isEnabled()
        panel.buttons["pause"].click()
        qtbot.waitUntil(lambda: panel.model.jobs[0].state == "paused", timeout=5000)
        assert panel.buttons["resume"].isEnabled()
        queue.parallel = 2
        panel.buttons["resume"].click()
        qtbot.waitUntil(lambda: panel.model.jobs[0].state in ("done", "verified"), timeout=20000)
    finally:
        queue.close()
