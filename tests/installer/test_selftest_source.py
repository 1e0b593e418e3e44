"""``hangdump selftest`` from the source tree: the checklist, and a missing crash is a warning."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def selftest(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gui.launch", "selftest", *args],
        cwd=ROOT,
        env=dict(os.environ, **env),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_source_tree_selftest_passes_with_the_window_offscreen() -> None:
    proc = selftest("--json")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    report = json.loads(proc.stdout)
    checks = {c["id"]: c for c in report["checks"]}
    assert report["frozen"] is False and report["usable"] is True
    for cid in ("import_backends", "import_gui", "i18n_hangdump", "i18n_qt", "window"):
        assert checks[cid]["status"] == "ok", checks[cid]


def test_a_missing_crash_is_a_warning_with_a_hint(tmp_path: Path) -> None:
    proc = selftest("--no-window", HANGDUMP_CRASH=str(tmp_path / "no-such-crash"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    line = next(x for x in proc.stdout.splitlines() if " crash:" in x)
    assert line.startswith("[warn]")
    assert "hint:" in proc.stdout and "this installation is usable" in proc.stdout
