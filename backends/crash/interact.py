"""``hangdump crash``: crash in the user's own terminal (local or over SSH), recorded.

The user's keystrokes go to crash unchanged (raw mode), crash's output comes back
to the terminal and into the case transcript. If crash exits before its first
prompt, what it printed is turned into the same clear error as a batch session.
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import signal
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from backends.crash import diagnose
from backends.crash.transport import LocalPty, SshPty, Transport

PROMPT = b"crash> "


@contextlib.contextmanager
def _raw_terminal(fd: int) -> Iterator[None]:
    if not os.isatty(fd):
        yield
        return
    import termios
    import tty

    saved = termios.tcgetattr(fd)
    try:
        tty.setraw(fd)
        yield
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, saved)


def run_interactive(
    argv: list[str],
    dump: str,
    vmlinux: str,
    *,
    ssh_client: Any = None,
    transcript: TextIO | None = None,
) -> int:
    """Run crash attached to this terminal; its exit status. Startup failures raise."""
    size = shutil.get_terminal_size((120, 40))
    term = os.environ.get("TERM", "xterm") if sys.stdin.isatty() else "dumb"
    transport: Transport = (
        LocalPty(argv, size.columns, size.lines, term=term)
        if ssh_client is None
        else SshPty(ssh_client, argv, size.columns, size.lines, term=term)
    )
    where = "" if ssh_client is None else ssh_client.get_transport().getpeername()[0]
    seen_prompt = False
    startup = bytearray()
    stdin_fd, stdout_fd = sys.stdin.fileno(), sys.stdout.fileno()
    stdin_open = True

    def on_winch(_sig: int, _frame: object) -> None:
        s = shutil.get_terminal_size((120, 40))
        transport.resize(s.columns, s.lines)

    old = signal.signal(signal.SIGWINCH, on_winch) if sys.stdin.isatty() else None
    try:
        with _raw_terminal(stdin_fd):
            while True:
                fds = [transport.fileno()] + ([stdin_fd] if stdin_open and seen_prompt else [])
                try:
                    ready, _, _ = select.select(fds, [], [], 0.5)
                except InterruptedError:
                    continue
                if transport.fileno() in ready or transport.exit_status() is not None:
                    data = transport.read(0)
                    if data == b"" or (data is None and transport.exit_status() is not None):
                        break
                    if data:
                        os.write(stdout_fd, data)
                        if transcript is not None:
                            transcript.write(data.decode(errors="replace").replace("\r", ""))
                        if not seen_prompt:
                            startup += data
                            seen_prompt = PROMPT in startup
                if stdin_fd in ready:
                    chunk = os.read(stdin_fd, 4096)
                    if chunk:
                        transport.write(chunk)
                    else:
                        # Piped input ended: make sure crash ends too rather than wait forever.
                        stdin_open = False
                        transport.write(b"\nquit\n")
    finally:
        if old is not None:
            signal.signal(signal.SIGWINCH, old)
        status = _exit_status(transport)
        transport.close()
        if transcript is not None:
            transcript.close()
    if not seen_prompt:
        raise diagnose.classify(
            startup.decode(errors="replace"), status, dump, vmlinux, where=where
        )
    return status or 0


def _exit_status(transport: Transport) -> int | None:
    import time

    deadline = time.monotonic() + 3
    while (status := transport.exit_status()) is None and time.monotonic() < deadline:
        time.sleep(0.02)
    return status
