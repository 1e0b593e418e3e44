"""A crash session: one dump + vmlinux, commands in, their output out.

The session speaks to crash on a pseudo-terminal (local or over SSH), detects
the ``crash> `` prompt to know when a command is done, applies timeouts at
every step (crash never hangs a caller) and writes everything to a transcript.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from backends.cancel import NEVER, CancelToken
from backends.crash import diagnose
from backends.crash.transport import LocalPty, SshPty, Transport
from backends.errors import Cancelled, UserError
from backends.i18n import translate

PROMPT = b"crash> "
#: After a prompt, wait this long for more output before believing the command is done
#: (output that merely contains "crash> " would otherwise end a command early).
SETTLE = 0.03
STARTUP_TIMEOUT = 300.0
COMMAND_TIMEOUT = 180.0

Chunk = Callable[[str], None]


class CommandTimeout(UserError):
    """A command ran past its timeout; ``partial`` is what it printed until then."""

    def __init__(self, command: str, timeout: float, partial: str, recovered: bool) -> None:
        super().__init__(
            translate(
                "Crash", "The crash command `{command}` did not finish within {timeout:.0f} s."
            ).format(command=command, timeout=timeout),
            translate(
                "Crash", "It was interrupted; try a narrower command (e.g. pipe through `| tail`)."
            )
            if recovered
            else translate(
                "Crash", "crash did not come back and was stopped; open the session again."
            ),
        )
        self.partial = partial
        self.recovered = recovered


def crash_argv(
    crash: str, vmlinux: str, dump: str, kaslr: str | None = None, interactive: bool = False
) -> list[str]:
    """The crash command line: silent, no pager, no user .crashrc (unless interactive)."""
    argv = [crash] if interactive else [crash, "-s", "--no_scroll", "--no_crashrc"]
    if kaslr:
        argv.append(f"--kaslr={kaslr}")
    return [*argv, vmlinux, dump]


def kaslr_option(dump: str) -> str | None:
    """``auto`` for dumps whose headers carry no KERNELOFFSET (raw/ELF without VMCOREINFO).

    kdump and ELF dumps with VMCOREINFO tell crash the offset themselves; VMware
    checkpoints are handled by crash's own VMSS code.
    """
    p = Path(dump)
    if not p.is_file():
        return None
    try:
        from backends.dumps.identify import identify

        info = identify(p)
    except Exception:
        return None
    if info.format.startswith(("elf", "raw")) and info.source not in ("vmcoreinfo",):
        return "auto"
    return None


class CrashSession:
    """A running crash; use :meth:`open`, then :meth:`run`, then :meth:`close`."""

    def __init__(self, transport: Transport, transcript: TextIO | None = None) -> None:
        self.transport = transport
        self.transcript = transcript
        self.banner = ""
        self._pending = b""
        self._eof = False

    # -- opening -----------------------------------------------------------
    @classmethod
    def open(
        cls,
        dump: str | Path,
        vmlinux: str | Path,
        *,
        crash: str | None = None,
        ssh_client: Any = None,
        transcript_dir: Path | None = None,
        startup_timeout: float = STARTUP_TIMEOUT,
        cancel: CancelToken = NEVER,
        on_output: Chunk | None = None,
        allow_mismatch: bool = False,
        extra_args: Sequence[str] = (),
    ) -> CrashSession:
        """Start crash on ``dump`` with ``vmlinux`` and wait for its first prompt.

        With ``ssh_client`` (a connected paramiko client, which the session then
        owns) crash runs on that host and both paths are paths there. Raises
        :class:`~backends.crash.diagnose.CrashStartError` with a clear message
        and a hint naming the debuginfo to get when crash refuses the pair.
        """
        from backends.crash import locate

        dump, vmlinux = str(dump), str(vmlinux)
        where = ""
        if ssh_client is None:
            for path, missing in (
                (dump, translate("Crash", "The dump {path} does not exist.")),
                (vmlinux, translate("Crash", "The vmlinux {path} does not exist.")),
            ):
                if not Path(path).is_file():
                    raise UserError(
                        missing.format(path=path), translate("Crash", "Check the path.")
                    )
            program = locate.find_crash(crash)
            version = locate.crash_version(program)
            kaslr = kaslr_option(dump)
        else:
            program, version, kaslr = crash or "crash", None, None
            where = ssh_client.get_transport().getpeername()[0]
        argv = crash_argv(program, vmlinux, dump, kaslr)
        argv[1:1] = list(extra_args)
        transcript = _open_transcript(transcript_dir, argv, where)
        transport: Transport = LocalPty(argv) if ssh_client is None else SshPty(ssh_client, argv)
        session = cls(transport, transcript)
        try:
            out, at_prompt = session._read_until_prompt(startup_timeout, on_output, cancel)
        except BaseException:
            session.close()
            raise
        session.banner = out
        if not at_prompt:
            status = session._wait_exit(5.0) if session._eof else None
            session.close()
            if not session._eof:
                raise diagnose.CrashStartError(
                    translate(
                        "Crash", "crash did not open {dump} within {timeout:.0f} s and was stopped."
                    ).format(dump=dump, timeout=startup_timeout),
                    translate(
                        "Crash",
                        "The dump may be very large or damaged, or crash is waiting for something; "
                        "check its output in the case transcript.",
                    ),
                    diagnose.tail(out),
                )
            err = diagnose.classify(out, status, dump, vmlinux, where=where)
            raise _maybe_too_old(err, version, dump)
        if "kernel version inconsistency" in out and not allow_mismatch:
            session.close()
            raise diagnose.classify(out, None, dump, vmlinux, where=where)
        return session

    # -- commands ----------------------------------------------------------
    def run(
        self,
        command: str,
        timeout: float = COMMAND_TIMEOUT,
        on_chunk: Chunk | None = None,
        cancel: CancelToken = NEVER,
    ) -> str:
        """Run one crash command and return its output (without echo and prompt)."""
        command = command.strip()
        if "\n" in command:
            raise ValueError("one command at a time")
        if command in ("q", "quit", "exit"):
            raise ValueError("use close() to end the session")
        self._log(f"crash> {command}\n")
        self.transport.write(command.encode() + b"\n")
        out, at_prompt = self._read_until_prompt(timeout, on_chunk, cancel, command)
        if not at_prompt:
            if self._eof:
                status = self._wait_exit(5.0)
                raise UserError(
                    translate(
                        "Crash", "crash ended (status {status}) while running `{command}`."
                    ).format(status=status, command=command),
                    translate(
                        "Crash",
                        "Open the session again; the transcript in the case shows its last words.",
                    ),
                )
            self.transport.interrupt()
            more, recovered = self._read_until_prompt(10.0, on_chunk, NEVER)
            if not recovered:
                self.close()
            raise CommandTimeout(command, timeout, _clean(out + more, command), recovered)
        return _clean(out, command)

    def close(self) -> None:
        """Quit crash (politely, then by force) and close the transcript."""
        try:
            if self.transport.exit_status() is None:
                self.transport.write(b"quit\n")
                deadline = time.monotonic() + 3
                while time.monotonic() < deadline and self.transport.exit_status() is None:
                    if self.transport.read(0.1) == b"":
                        break
        except OSError:
            pass
        finally:
            self.transport.close()
            if self.transcript is not None and not self.transcript.closed:
                self._log(f"# closed {_now()}\n")
                self.transcript.close()

    def __enter__(self) -> CrashSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading -----------------------------------------------------------
    def _read_until_prompt(
        self,
        timeout: float,
        on_chunk: Chunk | None,
        cancel: CancelToken,
        command: str | None = None,
    ) -> tuple[str, bool]:
        """Read until crash shows its prompt (True) or ends / times out (False)."""
        buf = bytearray(self._pending)
        self._pending = b""
        deadline = time.monotonic() + timeout
        while True:
            if cancel.cancelled:
                self.transport.interrupt()
                self._read_prompt_quietly(5.0)
                raise Cancelled()
            if _ends_with_prompt(buf):
                more = self.transport.read(SETTLE)
                if more is None:
                    text = _decode(bytes(buf[: -len(PROMPT)]))
                    return text, True
                chunk = more
            else:
                left = deadline - time.monotonic()
                if left <= 0:
                    return _decode(bytes(buf)), False
                got = self.transport.read(min(left, 0.25))
                if got is None:
                    continue
                chunk = got
            if chunk == b"":
                self._eof = True
                return _decode(bytes(buf)), False
            buf += chunk
            text = _decode(chunk)
            self._log(text)
            if on_chunk is not None:
                on_chunk(text)

    def _wait_exit(self, timeout: float) -> int | None:
        """crash's exit status once it has closed its terminal (None if it lingers)."""
        deadline = time.monotonic() + timeout
        while (status := self.transport.exit_status()) is None and time.monotonic() < deadline:
            time.sleep(0.02)
        return status

    def _read_prompt_quietly(self, timeout: float) -> None:
        self._read_until_prompt(timeout, None, NEVER)

    def _log(self, text: str) -> None:
        if self.transcript is not None and not self.transcript.closed:
            self.transcript.write(text.replace("\r\n", "\n").replace("\r", ""))
            self.transcript.flush()


def _ends_with_prompt(buf: bytearray) -> bool:
    if not buf.endswith(PROMPT):
        return False
    start = len(buf) - len(PROMPT)
    return start == 0 or buf[start - 1] in (0x0A, 0x0D)


def _decode(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def _clean(text: str, command: str) -> str:
    """Drop the terminal's echo of ``command`` and carriage returns."""
    text = text.replace("\r\n", "\n").replace("\r", "")
    first, sep, rest = text.partition("\n")
    if sep and first.strip() == command:
        text = rest
    return text


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _open_transcript(folder: Path | None, argv: Sequence[str], where: str) -> TextIO | None:
    if folder is None:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = folder / f"crash-{stamp}.log"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"crash-{stamp}-{n}.log"
    f = path.open("w", encoding="utf-8")
    from backends.sshconn import quote_argv

    f.write(f"# crash session {_now()}{' on ' + where if where else ''}\n# {quote_argv(argv)}\n")
    f.flush()
    return f


def _maybe_too_old(
    err: diagnose.CrashStartError, version: tuple[int, ...] | None, dump: str
) -> diagnose.CrashStartError:
    if err.kind != "unrecognised":  # only crash's unexplained refusals may mean "too old"
        return err
    release = None
    if Path(dump).is_file():
        try:
            from backends.dumps.identify import identify

            release = identify(dump).kernel_release
        except Exception:
            release = None
    if diagnose.too_old(version, release):
        shown = ".".join(str(x) for x in version or ())
        from backends.crash.locate import install_hint

        return diagnose.CrashStartError(
            translate("Crash", "crash {version} is too old for kernel {release}: {error}").format(
                version=shown, release=release, error=err.message
            ),
            translate("Crash", "Install a newer crash. {how}").format(how=install_hint()),
            err.output,
            kind="too_old",
        )
    return err


def strip_ansi(text: str) -> str:
    """Text without terminal escape sequences (for parsers)."""
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", text)
