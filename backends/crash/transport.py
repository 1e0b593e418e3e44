"""Byte pipes to a ``crash`` process on a pseudo-terminal: local (ptyprocess) or SSH.

crash is a readline REPL: on a terminal it echoes input, shows ``crash> `` and
may page output. Both transports give it a terminal of type ``dumb`` (no
bracketed-paste escapes) that is wide enough that readline never scrolls a
command line horizontally.
"""

from __future__ import annotations

import contextlib
import errno
import os
import select
import signal
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from backends.sshconn import quote_argv

COLS, ROWS = 250, 50


class Transport(Protocol):
    """What a session needs from the pipe to crash."""

    description: str

    def read(self, timeout: float) -> bytes | None:
        """Up to 64 KiB; ``None`` when nothing arrived in ``timeout``; ``b""`` at EOF."""

    def write(self, data: bytes) -> None: ...

    def interrupt(self) -> None:
        """Ask crash to abandon the running command (Ctrl-C)."""

    def exit_status(self) -> int | None:
        """The exit status once crash has ended, else None."""

    def close(self) -> None: ...

    def fileno(self) -> int:
        """A descriptor that select() reports readable when output waits."""

    def resize(self, cols: int, rows: int) -> None: ...


def crash_env(base: Mapping[str, str] | None = None, term: str = "dumb") -> dict[str, str]:
    """Environment for crash: a dumb terminal (no bracketed paste), the C locale."""
    env = dict(os.environ if base is None else base)
    env.update(TERM=term, LC_ALL="C")
    env.pop("CRASH_MODULE_PATH", None)
    return env


class LocalPty:
    """crash started locally on a new pseudo-terminal."""

    def __init__(
        self, argv: Sequence[str], cols: int = COLS, rows: int = ROWS, term: str = "dumb"
    ) -> None:
        from ptyprocess import PtyProcess

        self.description = f"local: {quote_argv(argv)}"
        self.proc = PtyProcess.spawn(list(argv), env=crash_env(term=term), dimensions=(rows, cols))
        self._status: int | None = None

    def fileno(self) -> int:
        return int(self.proc.fd)

    def resize(self, cols: int, rows: int) -> None:
        with contextlib.suppress(OSError):
            self.proc.setwinsize(rows, cols)

    def read(self, timeout: float) -> bytes | None:
        fd = self.proc.fd
        try:
            ready, _, _ = select.select([fd], [], [], max(timeout, 0))
        except (OSError, ValueError):
            return b""
        if not ready:
            return None
        try:
            data = os.read(fd, 65536)
        except OSError as exc:  # Linux reports EIO on a pty whose other side closed
            if exc.errno in (errno.EIO, errno.EBADF):
                return b""
            raise
        return data

    def write(self, data: bytes) -> None:
        self.proc.write(data)

    def interrupt(self) -> None:
        with contextlib.suppress(OSError):
            self.proc.kill(signal.SIGINT)

    def exit_status(self) -> int | None:
        if self._status is None and not self.proc.isalive():
            status = self.proc.exitstatus
            self._status = (
                int(status) if status is not None else 128 + int(self.proc.signalstatus or 0)
            )
        return self._status

    def close(self) -> None:
        with contextlib.suppress(Exception):
            if self.proc.isalive():
                self.proc.terminate(force=True)
        with contextlib.suppress(Exception):
            self.proc.close(force=True)


class SshPty:
    """crash started on a Linux analysis host, over an SSH channel with a pty."""

    def __init__(
        self,
        client: Any,
        argv: Sequence[str],
        cols: int = COLS,
        rows: int = ROWS,
        owns_client: bool = True,
        term: str = "dumb",
    ) -> None:
        self.client = client
        self.owns_client = owns_client
        transport = client.get_transport()
        self.chan = transport.open_session()
        self.chan.get_pty(term=term, width=cols, height=rows)
        # env(1) rather than Channel.update_environment: sshd accepts only AcceptEnv names.
        command = quote_argv(["env", f"TERM={term}", "LC_ALL=C", *argv])
        self.description = f"{transport.getpeername()[0]}: {quote_argv(argv)}"
        self.chan.exec_command(command)

    def read(self, timeout: float) -> bytes | None:
        if self.chan.recv_ready():
            return bytes(self.chan.recv(65536))
        if self.chan.exit_status_ready() or self.chan.closed or self.chan.eof_received:
            # drain what is left, then report EOF
            data = self.chan.recv(65536) if self.chan.recv_ready() else b""
            return bytes(data)
        ready, _, _ = select.select([self.chan], [], [], max(timeout, 0))
        if not ready:
            return None
        return bytes(self.chan.recv(65536))

    def write(self, data: bytes) -> None:
        self.chan.sendall(data)

    def fileno(self) -> int:
        return int(self.chan.fileno())

    def resize(self, cols: int, rows: int) -> None:
        with contextlib.suppress(Exception):
            self.chan.resize_pty(width=cols, height=rows)

    def interrupt(self) -> None:
        # The remote pty's line discipline turns ^C into SIGINT for crash.
        with contextlib.suppress(Exception):
            self.chan.send(b"\x03")

    def exit_status(self) -> int | None:
        if self.chan.exit_status_ready():
            return int(self.chan.recv_exit_status())
        return None

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.chan.close()
        if self.owns_client:
            with contextlib.suppress(Exception):
                self.client.close()
