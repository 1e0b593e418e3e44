"""The command line's contract: exit codes, JSON, and no Qt for subcommands."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def hangdump(
    *args: str, env_extra: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, **(env_extra or {}))
    return subprocess.run(
        [sys.executable, "-m", "gui.launch", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_lab_status_json_with_nothing_running(tmp_path: Path) -> None:
    proc = hangdump("lab", "status", "--json", env_extra={"HANGDUMP_LAB_DIR": str(tmp_path)})
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == {"running": False}


def test_bad_usage_exits_2() -> None:
    proc = hangdump("lab", "no-such-action")
    assert proc.returncode == 2
    assert "invalid choice" in proc.stderr


def test_version() -> None:
    proc = hangdump("--version")
    assert proc.returncode == 0
    assert proc.stdout.startswith("hangdump ")


def test_subcommands_do_not_import_qt(tmp_path: Path) -> None:
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "from gui.launch import main\n"
        "raise SystemExit(main(['lab', 'status', '--json']))\n"
    )
    env = dict(os.environ, HANGDUMP_LAB_DIR=str(tmp_path))
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == {"running": False}


def test_lab_up_without_setup_is_a_clear_user_error(tmp_path: Path) -> None:
    proc = hangdump("lab", "up", env_extra={"HANGDUMP_LAB_DIR": str(tmp_path)})
    assert proc.returncode == 1
    assert "not set up" in proc.stderr
    assert "hint: Run `hangdump lab setup`" in proc.stderr
