"""Small helpers for lab tests: run the real CLI, run the lab's crash."""

from __future__ import annotations

import contextlib
import os
import re
import ssl
import subprocess
import sys
import urllib.parse
from collections.abc import Iterator
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


# -- the lab's vCenter simulator ---------------------------------------------------------
def vsphere_port(status: dict[str, Any]) -> int:
    port = urllib.parse.urlsplit(status["vsphere"]["url"]).port
    assert port is not None
    return port


def vsphere_password(status: dict[str, Any]) -> str:
    return Path(status["vsphere"]["password_file"]).read_text().strip()


def vsphere_context(status: dict[str, Any]) -> ssl.SSLContext:
    """Verification on, with the lab's certificate as the only trust anchor."""
    return ssl.create_default_context(cafile=status["vsphere"]["cert_pem"])


def vsphere_uri(status: dict[str, Any]) -> str:
    return f"vsphere://{status['vsphere']['user']}@127.0.0.1:{vsphere_port(status)}"


def vsphere_env(status: dict[str, Any], tmp_path: Path) -> dict[str, str]:
    """The CLI's environment for the simulator: its password, private data and cases."""
    return {
        "HANGDUMP_PASSWORD": vsphere_password(status),
        "HANGDUMP_DATA_DIR": str(tmp_path / "data"),
        "HANGDUMP_CASE_ROOT": str(tmp_path / "cases"),
    }


def vsphere_connect(status: dict[str, Any], **kwargs: Any) -> Any:
    """A pyvmomi session on the simulator, its certificate pinned."""
    from pyVim.connect import SmartConnect

    args: dict[str, Any] = {
        "host": "127.0.0.1",
        "port": vsphere_port(status),
        "user": status["vsphere"]["user"],
        "pwd": vsphere_password(status),
        "sslContext": vsphere_context(status),
    }
    args.update(kwargs)
    return SmartConnect(**args)


@contextlib.contextmanager
def vsphere_hypervisor(status: dict[str, Any], env: dict[str, str]) -> Iterator[Any]:
    """HangDump's vSphere adapter logged in to the simulator, in this process, with the
    CLI environment ``env`` (private data folder) in force until it is closed."""
    from backends.hypervisors.connect import Access, open_connection

    old = dict(os.environ)
    os.environ.update(env)
    try:
        hv: Any = open_connection(
            vsphere_uri(status),
            Access(
                ssh=lambda t: None,
                password=lambda u, h, p: env["HANGDUMP_PASSWORD"],
                cert_pem=Path(status["vsphere"]["cert_pem"]).read_text(),
            ),
        )
        try:
            yield hv
        finally:
            hv.close()
    finally:
        os.environ.clear()
        os.environ.update(old)
