"""Small process helpers for the lab: run a tool, find a port, wait, stop."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from backends.errors import LabError
from backends.i18n import translate


def run(
    argv: Sequence[str | os.PathLike[str]],
    *,
    what: str,
    hint: str = "",
    timeout: float = 600,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    input: bytes | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """Run ``argv``; on failure raise a :class:`LabError` naming ``what`` failed."""
    try:
        proc = subprocess.run(
            [os.fspath(a) for a in argv],
            capture_output=True,
            timeout=timeout,
            env=env,
            cwd=cwd,
            input=input,
            check=False,
        )
    except FileNotFoundError as exc:
        raise LabError(
            translate("Lab", "{what}: the program {program} is not installed.").format(
                what=what, program=repr(exc.filename)
            ),
            hint
            or translate(
                "Lab", "Run the set-up command from the README (it installs the lab's packages)."
            ),
        ) from exc
    except subprocess.TimeoutExpired as exc:
        raise LabError(
            translate("Lab", "{what}: no answer after {timeout:.0f} s.").format(
                what=what, timeout=timeout
            ),
            hint,
        ) from exc
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).decode(errors="replace").strip().splitlines()[-5:]
        detail = " | ".join(tail)
        raise LabError(
            translate("Lab", "{what} failed (exit {code}): {detail}").format(
                what=what, code=proc.returncode, detail=detail
            ),
            hint,
        )
    return proc


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def port_open(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(0.5)
        return s.connect_ex((host, port)) == 0


def wait_for(
    predicate: Callable[[], bool], *, timeout: float, what: str, hint: str = "", step: float = 0.1
) -> None:
    """Poll ``predicate`` until it is true; raise :class:`LabError` after ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        if predicate():
            return
        if time.monotonic() > deadline:
            raise LabError(
                translate("Lab", "{what} did not happen within {timeout:.0f} s.").format(
                    what=what, timeout=timeout
                ),
                hint,
            )
        time.sleep(step)


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie child still answers kill(0); look at its state.
    with contextlib.suppress(OSError):
        stat = Path(f"/proc/{pid}/stat").read_text()
        if stat.rsplit(")", 1)[1].split()[0] == "Z":
            return False
    return True


def stop_pid(pid: int, timeout: float = 5.0) -> None:
    """SIGTERM, then SIGKILL after ``timeout``; quietly done if already gone."""
    if not pid_alive(pid):
        return
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)
        if not pid_alive(pid):
            return
        time.sleep(0.05)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)


def spawn(
    argv: Sequence[str | os.PathLike[str]],
    log: Path,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> int:
    """Start a background server in its own session, output to ``log``; return its pid."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "ab") as out:
        proc = subprocess.Popen(
            [os.fspath(a) for a in argv],
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            env=env,
            cwd=cwd,
        )
    return proc.pid
