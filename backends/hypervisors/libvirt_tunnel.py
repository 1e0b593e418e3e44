"""libvirt's RPC carried over HangDump's own verified SSH connection.

libvirt's ``qemu+ssh://`` transport runs the ``ssh`` binary, which knows only
``~/.ssh/known_hosts``, cannot use a password HangDump was given, and may follow an
``~/.ssh/config`` nobody looked at. Instead, HangDump opens the SSH connection itself
(host key checked against its known_hosts, its key or password) and gives libvirt a
private UNIX socket: every connection libvirt makes to it becomes an exec channel
running, on the host, what libvirt's own ssh transport would run there --
``virt-ssh-helper qemu:///system`` (libvirt 6.9 and later) or ``socat``/``nc`` on the
daemon's socket (older hosts, e.g. RHEL 7). Exec channels, not port forwarding: many
hosts set ``AllowTcpForwarding no``, and libvirt listens on a UNIX socket anyway.
"""

from __future__ import annotations

import contextlib
import logging
import selectors
import shutil
import socket
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote

from backends.errors import UserError
from backends.i18n import translate
from backends.sshconn import quote_argv, run

log = logging.getLogger(__name__)

#: the system daemon's socket (libvirtd, or virtproxyd on hosts with modular daemons)
SYSTEM_SOCKET = "/var/run/libvirt/libvirt-sock"
CHUNK = 256 * 1024  #: bytes per read in each direction
WINDOW = 8 << 20  #: SSH channel window: a large RPC reply is never throttled by it

#: Prints ``name<TAB>path[<TAB>flag]`` for each usable helper, best first. For ``nc`` it keeps
#: only builds that can reach a UNIX socket (``-U``: OpenBSD netcat, nmap-ncat) and,
#: like libvirt's own ssh transport, adds ``-q0`` where nc otherwise waits forever
#: after its input ends (Debian's netcat-openbsd).
PROBE = r"""
for c in virt-ssh-helper socat nc; do
  p=$(command -v "$c" 2>/dev/null) || continue
  if [ "$c" = nc ]; then
    case $("$p" -h </dev/null 2>&1) in *-U*) ;; *) continue ;; esac
    case $("$p" -q </dev/null 2>&1) in
      *"requires an argument"*) printf 'nc\t%s\t-q0\n' "$p"; continue ;;
    esac
  fi
  printf '%s\t%s\n' "$c" "$p"
done
"""


@dataclass(frozen=True)
class HelperCommand:
    """What runs on the host for each libvirt connection: bytes in, bytes out."""

    name: str  #: ``virt-ssh-helper``, ``socat`` or ``nc``
    argv: tuple[str, ...]

    def command(self) -> str:
        return quote_argv(self.argv)


def choose_helper(probe_output: str, path: str) -> HelperCommand | None:
    """The best helper among the probe's lines for libvirt's URI ``path`` (``/system``
    or ``/session``); ``None`` when the host has none that fits."""
    found: dict[str, list[str]] = {}
    for line in probe_output.splitlines():
        words = line.rstrip("\r\n").split("\t")
        if len(words) >= 2 and words[0] not in found:
            found[words[0]] = words[1:]
    if "virt-ssh-helper" in found:
        return HelperCommand("virt-ssh-helper", (found["virt-ssh-helper"][0], f"qemu://{path}"))
    if path != "/system":  # a session daemon's socket is per user and started on demand
        return None
    if "socat" in found:
        return HelperCommand("socat", (found["socat"][0], "-", f"UNIX-CONNECT:{SYSTEM_SOCKET}"))
    if "nc" in found:
        nc, *flags = found["nc"]
        return HelperCommand("nc", (nc, *flags, "-U", SYSTEM_SOCKET))
    return None


def probe_helper(client: Any, path: str, where: str) -> HelperCommand:
    """Ask the host which helper it has; a :class:`UserError` saying what to install
    when it has none."""
    result = run(client, ["sh", "-c", PROBE], timeout=30)
    log.debug("libvirt helper probe on %s: status %s, %r", where, result.status, result.stdout)
    helper = choose_helper(result.stdout, path)
    if helper is not None:
        return helper
    if path != "/system":
        raise UserError(
            translate(
                "Libvirt",
                "{host} has no virt-ssh-helper, which a libvirt {path} connection over SSH needs.",
            ).format(host=where, path=path),
            translate(
                "Libvirt",
                "Install libvirt 6.9 or later on the host (package libvirt-daemon or "
                "libvirt-clients), or connect to qemu+ssh://user@host/system.",
            ),
        )
    raise UserError(
        translate(
            "Libvirt",
            "{host} has nothing that can carry libvirt over SSH: neither virt-ssh-helper, "
            "nor socat, nor an nc that reaches UNIX sockets.",
        ).format(host=where),
        translate(
            "Libvirt",
            "Install libvirt-daemon/libvirt-clients 6.9 or later (virt-ssh-helper), or "
            "netcat (nmap-ncat or netcat-openbsd) or socat on the host; or connect with "
            "virsh+ssh://user@host, which runs virsh there.",
        ),
    )


class End(Protocol):
    """One side of a pump: a socket or a paramiko channel."""

    def recv(self, size: int, /) -> bytes: ...

    def sendall(self, data: bytes, /) -> Any: ...

    def close(self) -> None: ...


def _end_writes(end: End) -> None:
    """Tell ``end``'s peer that nothing more comes (half-close; reading goes on)."""
    with contextlib.suppress(OSError, EOFError):
        if isinstance(end, socket.socket):
            end.shutdown(socket.SHUT_WR)
        else:
            end.shutdown_write()  # type: ignore[attr-defined]


def _abort(end: End) -> None:
    """Stop ``end`` in both directions, waking a thread blocked reading it."""
    with contextlib.suppress(OSError, EOFError):
        if isinstance(end, socket.socket):
            end.shutdown(socket.SHUT_RDWR)
        else:
            end.close()


def _copy(src: End, dst: End, name: str) -> bool:
    """Copy until ``src`` ends; False when either side failed."""
    try:
        while True:
            data = src.recv(CHUNK)
            if not data:
                return True
            dst.sendall(data)
    except Exception as exc:  # a dropped SSH session or libvirt gone: end this pair
        log.debug("libvirt tunnel %s: %r", name, exc)
        return False


def pump(a: End, b: End, name: str = "pump") -> bool:
    """Copy bytes both ways between ``a`` and ``b`` until both directions have ended,
    then close both. Each end-of-file is passed on as a half-close; a failure on
    either side stops both directions. Blocks; one extra thread for ``b`` to ``a``.
    True when ``b`` stopped sending before ``a`` did (for a tunnel: the far side
    hung up first)."""
    forward_done = threading.Event()
    b_first: list[bool] = []

    def back() -> None:
        ok = _copy(b, a, f"{name} <-")
        b_first.append(not forward_done.is_set())
        if ok:
            _end_writes(a)
        else:
            _abort(a)
            _abort(b)

    thread = threading.Thread(target=back, name=f"{name}-back", daemon=True)
    thread.start()
    ok = _copy(a, b, f"{name} ->")
    forward_done.set()
    if ok:
        _end_writes(b)
    else:
        _abort(a)
        _abort(b)
    thread.join()
    for end in (a, b):
        with contextlib.suppress(Exception):
            end.close()
    return bool(b_first and b_first[0])


class LibvirtTunnel:
    """A private UNIX socket whose connections reach the host's libvirt over one SSH
    connection. Owns that connection: :meth:`close` ends everything and removes the
    socket's folder."""

    def __init__(self, client: Any, helper: HelperCommand, path: str, where: str) -> None:
        self.client = client
        self.helper = helper
        self.path = path
        self.where = where
        #: what the helper said when it failed (shown when libvirt cannot connect)
        self.last_failure = ""
        #: what it said when it ended after libvirt had hung up
        self.late_failure = ""
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._pairs: list[tuple[socket.socket, Any]] = []
        self._threads: list[threading.Thread] = []
        self._closed = False
        # mode 0700: nobody else may ride this SSH session. A socket's path has ~100
        # bytes at most, and macOS's per-user TMPDIR is long: /tmp then.
        base = tempfile.gettempdir()
        short = "/tmp" if len(base) > 70 and Path("/tmp").is_dir() else None
        self.folder = Path(tempfile.mkdtemp(prefix="hangdump-libvirt-", dir=short))
        self.socket_path = self.folder / "libvirt-sock"
        self._wake_r, self._wake_w = socket.socketpair()
        self._listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            self._listener.bind(str(self.socket_path))
            self._listener.listen(8)
        except OSError:
            self._cleanup_local()
            raise
        transport = client.get_transport()
        if transport is not None:
            transport.set_keepalive(20)
        self._acceptor = threading.Thread(
            target=self._accept_loop, name="libvirt-tunnel-accept", daemon=True
        )
        self._acceptor.start()

    @classmethod
    def open(cls, connect: Callable[[], Any], path: str, where: str) -> LibvirtTunnel:
        """Connect with ``connect()`` (a verified paramiko client), find the host's
        helper, and listen. ``path`` is libvirt's ``/system`` or ``/session``."""
        if not hasattr(socket, "AF_UNIX"):
            raise UserError(
                translate("Libvirt", "qemu+ssh:// connections need UNIX sockets on this computer."),
                translate("Libvirt", "Connect with virsh+ssh://user@host instead."),
            )
        client = connect()
        try:
            helper = probe_helper(client, path, where)
            log.debug("libvirt on %s through %s", where, helper.command())
            return cls(client, helper, path, where)
        except BaseException:
            client.close()
            raise

    @property
    def uri(self) -> str:
        """The URI libvirt opens: its local UNIX transport, pointed at our socket."""
        return f"qemu+unix://{self.path}?socket={quote(str(self.socket_path), safe='/')}"

    def _accept_loop(self) -> None:
        with selectors.DefaultSelector() as sel:
            sel.register(self._listener, selectors.EVENT_READ)
            sel.register(self._wake_r, selectors.EVENT_READ)
            while not self._closed:
                for key, _ in sel.select():
                    if key.fileobj is self._wake_r or self._closed:
                        return
                    try:
                        conn, _addr = self._listener.accept()
                    except OSError as exc:
                        log.debug("libvirt tunnel accept: %r", exc)
                        return
                    thread = threading.Thread(
                        target=self._serve, args=(conn,), name="libvirt-tunnel", daemon=True
                    )
                    with self._lock:
                        self._threads.append(thread)
                    thread.start()

    def _serve(self, conn: socket.socket) -> None:
        """One libvirt connection: an exec channel running the helper, pumped both ways."""
        try:
            transport = self.client.get_transport()
            if transport is None or not transport.is_active():
                raise EOFError("the SSH connection is closed")
            chan = transport.open_session(window_size=WINDOW)
            chan.exec_command(self.helper.command())
        except Exception as exc:
            log.debug(
                "libvirt tunnel to %s: cannot start %s: %r", self.where, self.helper.name, exc
            )
            self.last_failure = str(exc)
            conn.close()
            return
        with self._lock:
            if self._closed:
                conn.close()
                chan.close()
                return
            self._pairs.append((conn, chan))
        try:
            host_first = pump(conn, chan, "libvirt-tunnel")
            self._note_exit(chan, host_first)
        finally:
            with self._lock:
                with contextlib.suppress(ValueError):
                    self._pairs.remove((conn, chan))
                self._idle.notify_all()

    def _note_exit(self, chan: Any, host_first: bool) -> None:
        """Log how the helper ended; keep its words when it failed on its own (after
        libvirt hung up, virt-ssh-helper reports the end of its input as an error)."""
        if not chan.status_event.wait(2.0):
            return
        status = chan.exit_status
        err = b""
        while chan.recv_stderr_ready():
            err += chan.recv_stderr(65536)
        text = err.decode(errors="replace").strip()
        log.debug(
            "libvirt tunnel: %s ended with %s%s: %s",
            self.helper.name,
            status,
            "" if host_first else " after libvirt hung up",
            text,
        )
        if not status:
            return
        words = text or f"{self.helper.name}: exit status {status}"
        if host_first:
            self.last_failure = words
        else:
            # Which side hung up first is a race when the helper fails at once
            # (libvirt may close its end on the same EOF): kept apart, shown only
            # when libvirt itself can say no more than "end of file".
            self.late_failure = words

    def failure(self, timeout: float = 5.0, libvirt_saw_eof: bool = False) -> str:
        """Why the helper failed, once the connections libvirt gave up on have ended
        (libvirt reports the end of its connection before the helper's words arrive).
        With ``libvirt_saw_eof`` the helper's words count even if libvirt hung up first."""
        with self._idle:
            self._idle.wait_for(lambda: not self._pairs, timeout)
            return self.last_failure or (self.late_failure if libvirt_saw_eof else "")

    def close(self) -> None:
        """Stop listening, end every channel, close the SSH connection, remove the folder."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            pairs = list(self._pairs)
            threads = list(self._threads)
        with contextlib.suppress(OSError):
            self._wake_w.send(b"x")
        self._acceptor.join(5)
        # libvirt has closed its side by now, so the pumps are ending on their own;
        # give them a moment, then cut whatever still runs
        for thread in threads:
            thread.join(2)
        for conn, chan in pairs:
            _abort(conn)
            _abort(chan)
        for thread in threads:
            thread.join(5)
        with contextlib.suppress(Exception):
            self.client.close()
        self._cleanup_local()

    def _cleanup_local(self) -> None:
        for s in (self._listener, self._wake_r, self._wake_w):
            with contextlib.suppress(OSError):
                s.close()
        shutil.rmtree(self.folder, ignore_errors=True)
