"""Small helpers for lab tests: run the real CLI, run the lab's crash."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from backends.lab import assets

ROOT = Path(__file__).resolve().parents[2]


def hangdump(
    *args: str, env: dict[str, str] | None = None, timeout: float = 900, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """``hangdump ARGS`` in a subprocess, as a user would run it."""
    full_env = dict(os.environ, **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "gui.launch", *args],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        input=stdin,
    )


def ssh_options(ssh: dict[str, Any]) -> list[str]:
    """``--identity``/``--known-hosts`` for a lab SSH endpoint."""
    return ["--identity", ssh["key"], "--known-hosts", ssh["known_hosts"]]


def address(ssh: dict[str, Any]) -> str:
    return f"{ssh['user']}@{ssh['host']}:{ssh['port']}"


def crash_batch(dump: Path, commands: str = "sys\nps\n") -> str:
    """Run the lab's crash on ``dump`` with the lab's debug vmlinux; its stdout."""
    a = assets.load()
    proc = subprocess.run(
        [a.require("crash"), "-s", a.require("vmlinux"), str(dump)],
        input=commands + "quit\n",
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    return proc.stdout + proc.stderr


def task_lines(crash_out: str) -> list[str]:
    return [
        line for line in crash_out.splitlines() if re.match(r"^\s*>?\s*\d+\s+\d+\s+\d+\s+", line)
    ]
