"""No widget starts its own thread: only gui/jobs.py may touch threads."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

GUI = Path(__file__).resolve().parents[2] / "gui"
PATTERN = re.compile(
    r"threading\.Thread\(|QThread\(|QThreadPool\(|Thread\(target|concurrent\.futures|_thread\."
)


def test_only_the_job_runner_starts_threads() -> None:
    offenders = []
    for path in sorted(GUI.rglob("*.py")):
        if path.name in ("jobs.py",):
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if PATTERN.search(line):
                offenders.append(f"{path.relative_to(GUI.parent)}:{n}: {line.strip()}")
    assert offenders == []


def test_the_job_runner_does_use_a_pool() -> None:
    assert "QThreadPool(" in (GUI / "jobs.py").read_text()
