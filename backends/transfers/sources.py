"""Where a download reads from: one small class per protocol."""

from __future__ import annotations

import contextlib
import http.client
import socket
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from backends.cancel import CancelToken
from backends.errors import UserError
from backends.i18n import translate
from backends.trust.tls import PinnedHTTPSConnection, ServerCert

#: Errors that mean "the connection dropped": reconnect and resume.
TRANSIENT: tuple[type[BaseException], ...] = (
    ConnectionError,
    TimeoutError,
    socket.timeout,
    EOFError,
    http.client.HTTPException,
    BrokenPipeError,
)


#: A session that was cut while idle shows up as any of these.
DROPPED: tuple[type[BaseException], ...] = (OSError, EOFError)


def transient_errors() -> tuple[type[BaseException], ...]:
    try:
        import paramiko

        return (*TRANSIENT, paramiko.SSHException)
    except ImportError:
        return TRANSIENT


class SourceDropped(ConnectionError):
    """Reading from the source failed at the socket level (a transient failure)."""


def reading(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """``chunks``, with the source side's OSErrors (\"Socket is closed\") marked as
    dropped connections, so they are told apart from errors writing here."""
    while True:
        try:
            data = next(chunks)
        except StopIteration:
            return
        except UserError:
            raise
        except OSError as exc:
            if isinstance(exc, ConnectionError | TimeoutError):
                raise
            raise SourceDropped(str(exc) or type(exc).__name__) from exc
        yield data


@dataclass(frozen=True)
class SourceStat:
    size: int
    mtime: float  #: seconds; 0 when the protocol does not say


class SourceChanged(UserError):
    def __init__(self, display: str, before: SourceStat, after: SourceStat) -> None:
        super().__init__(
            translate(
                "Transfers",
                "{source} changed during the download (size {before} -> {after}). "
                "The partial file was not mixed with the new content.",
            ).format(source=display, before=before.size, after=after.size),
            translate(
                "Transfers",
                "If the file is still being written (a vmcore being saved), wait until it is "
                "complete, then start the download again.",
            ),
        )


class Source(Protocol):
    display: str

    def stat(self) -> SourceStat: ...

    def chunks(self, offset: int, cancel: CancelToken, end: int | None = None) -> Iterator[bytes]:
        """The file's bytes from ``offset`` to ``end`` (default: the end), in pieces."""
        ...

    def remote_sha256(self, cancel: CancelToken) -> str | None:
        """The source's own SHA-256 when it can compute one, else None."""
        ...

    def reconnect(self) -> None: ...

    def close(self) -> None: ...


class LocalSource:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.display = str(path)

    def stat(self) -> SourceStat:
        try:
            st = self.path.stat()
        except OSError as exc:
            raise UserError(
                translate("Transfers", "Cannot read {path}: {reason}.").format(
                    path=self.path, reason=exc.strerror
                ),
                translate("Transfers", "Check the path and your permissions."),
            ) from exc
        return SourceStat(st.st_size, st.st_mtime)

    def chunks(self, offset: int, cancel: CancelToken, end: int | None = None) -> Iterator[bytes]:
        with open(self.path, "rb") as fh:
            fh.seek(offset)
            left = (end - offset) if end is not None else None
            while left is None or left > 0:
                cancel.check()
                data = fh.read(1 << 20 if left is None else min(1 << 20, left))
                if not data:
                    return
                if left is not None:
                    left -= len(data)
                yield data

    def remote_sha256(self, cancel: CancelToken) -> str | None:
        return None  # the local copy is hashed while it is read

    def reconnect(self) -> None:
        pass

    def close(self) -> None:
        pass


class SftpSource:
    """A file on an SSH server, read with capped prefetch (fast, and cancels quickly)."""

    READ = 32768  #: paramiko's request size: reading exactly that avoids re-slicing buffers
    PREFETCH = 256  #: concurrent requests; unlimited makes a cancel take seconds
    WINDOW = 16 << 20  #: bytes prefetched at a time (bounds memory per stream)
    streams = 3  #: parallel connections for a large file (measured best on 2 cores)

    def __init__(self, connect: Callable[[], Any], path: str, display: str) -> None:
        self._connect = connect
        self.path = path
        self.display = display
        self._client: Any = None
        self._sftp: Any = None

    def _session(self) -> Any:
        if self._sftp is None:
            self._client = self._connect()
            self._sftp = self._client.open_sftp()
        return self._sftp

    def stat(self) -> SourceStat:
        try:
            try:
                st = self._session().stat(self.path)
            except (FileNotFoundError, PermissionError):
                raise
            except Exception as exc:
                dropped: tuple[type[BaseException], ...] = (*DROPPED, *transient_errors())
                if not isinstance(exc, dropped):
                    raise
                # the session was cut (a stat is harmless to repeat): one fresh session
                self.close()
                st = self._session().stat(self.path)
        except FileNotFoundError as exc:
            raise UserError(
                translate("Transfers", "{source} does not exist.").format(source=self.display),
                translate("Transfers", "Check the path (for kdump: ls /var/crash on the guest)."),
            ) from exc
        except PermissionError as exc:
            raise UserError(
                translate("Transfers", "Permission denied reading {source}.").format(
                    source=self.display
                ),
                translate("Transfers", "Log in as a user who can read it (often root)."),
            ) from exc
        return SourceStat(int(st.st_size or 0), float(st.st_mtime or 0))

    def chunks(self, offset: int, cancel: CancelToken, end: int | None = None) -> Iterator[bytes]:
        stop = self.stat().size if end is None else end
        fh = self._session().open(self.path, "rb")
        try:
            pos = offset
            while pos < stop:
                # Prefetch one window at a time: paramiko buffers whatever arrives and
                # scans that buffer on every read, so an unbounded prefetch that gets
                # ahead of the reader costs memory and turns reads quadratic.
                window_end = min(pos + self.WINDOW, stop)
                fh.seek(pos)
                fh.prefetch(window_end, self.PREFETCH)
                while pos < window_end:
                    cancel.check()
                    data = fh.read(min(self.READ, window_end - pos))
                    if not data:
                        raise EOFError(f"{self.display} ended early")
                    pos += len(data)
                    yield data
        finally:
            with contextlib.suppress(Exception):
                fh.close()

    def fork(self) -> SftpSource:
        """The same file over a connection of its own (for parallel ranges)."""
        return SftpSource(self._connect, self.path, self.display)

    def remote_sha256(self, cancel: CancelToken) -> str | None:
        """``sha256sum`` on the server; None when it has none (ESXi before 7, a
        restricted shell). A connection that drops meanwhile raises, so the caller
        can ask again."""
        from backends.sshconn import run

        if self._client is None:
            self._client = self._connect()
        try:
            res = run(self._client, ["sha256sum", "--", self.path], timeout=3600)
        except UserError:
            return None
        if res.status == -1:  # no exit status: the session was cut
            raise ConnectionError("the SSH session computing the SHA-256 dropped")
        if res.status != 0 or not res.stdout:
            return None
        digest = res.stdout.split()[0].lower()
        return digest if len(digest) == 64 else None

    def reconnect(self) -> None:
        self.close()
        self._session()

    def close(self) -> None:
        for obj in (self._sftp, self._client):
            with contextlib.suppress(Exception):
                if obj is not None:
                    obj.close()
        self._sftp = self._client = None


class HttpsSource:
    """An HTTPS URL read with ``Range`` (vSphere datastore ``/folder``), certificate
    verified by the system or pinned; ``headers`` carry the session cookie."""

    BLOCK = 1 << 20
    streams = 2

    def __init__(
        self,
        url: str,
        headers: dict[str, str],
        pinned: ServerCert | None,
        display: str | None = None,
    ) -> None:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme != "https" or not parts.hostname:
            raise UserError(
                translate("Transfers", "{url} is not an https:// address.").format(url=url),
                translate("Transfers", "Use an https:// URL."),
            )
        self.host = parts.hostname
        self.port = parts.port or 443
        self.target = parts.path + (f"?{parts.query}" if parts.query else "")
        self.headers = headers
        self.pinned = pinned
        self.display = display or url

    def _request(self, method: str, extra: dict[str, str]) -> tuple[Any, Any]:
        conn = PinnedHTTPSConnection(self.host, self.port, self.pinned, timeout=60)
        conn.request(method, self.target, headers={**self.headers, **extra})
        resp = conn.getresponse()
        if resp.status in (401, 403):
            conn.close()
            raise UserError(
                translate("Transfers", "The server refused access to {source} ({status}).").format(
                    source=self.display, status=resp.status
                ),
                translate("Transfers", "The session may have expired: reconnect and try again."),
            )
        if resp.status == 404:
            conn.close()
            raise UserError(
                translate("Transfers", "{source} was not found on the server (404).").format(
                    source=self.display
                ),
                translate("Transfers", "Check the datastore path and the datacenter."),
            )
        return conn, resp

    def stat(self) -> SourceStat:
        conn, resp = self._request("HEAD", {})
        try:
            if resp.status != 200:
                raise UserError(
                    translate("Transfers", "The server answered {status} for {source}.").format(
                        status=resp.status, source=self.display
                    ),
                    translate("Transfers", "Try again later."),
                )
            size = int(resp.getheader("Content-Length") or -1)
            if size < 0:
                raise UserError(
                    translate("Transfers", "The server did not say how large {source} is.").format(
                        source=self.display
                    ),
                    translate("Transfers", "This server cannot be used for verified downloads."),
                )
            mtime = 0.0
            if lm := resp.getheader("Last-Modified"):
                from email.utils import parsedate_to_datetime

                with contextlib.suppress(TypeError, ValueError):
                    mtime = parsedate_to_datetime(lm).timestamp()
            return SourceStat(size, mtime)
        finally:
            conn.close()

    def chunks(self, offset: int, cancel: CancelToken, end: int | None = None) -> Iterator[bytes]:
        ranged = bool(offset) or end is not None
        extra = {"Range": f"bytes={offset}-{'' if end is None else end - 1}"} if ranged else {}
        conn, resp = self._request("GET", extra)
        try:
            if ranged and resp.status != 206:
                raise UserError(
                    translate(
                        "Transfers", "The server cannot resume {source} (HTTP {status})."
                    ).format(source=self.display, status=resp.status),
                    translate("Transfers", "Delete the .part file to start over."),
                )
            if not ranged and resp.status != 200:
                raise UserError(
                    translate("Transfers", "The server answered {status} for {source}.").format(
                        status=resp.status, source=self.display
                    ),
                    translate("Transfers", "Try again later."),
                )
            buf = bytearray(self.BLOCK)
            view = memoryview(buf)
            while True:
                cancel.check()
                n = resp.readinto(view)
                if not n:
                    return
                yield bytes(view[:n])
        finally:
            conn.close()

    def fork(self) -> HttpsSource:
        return self  # every request opens its own connection already

    def remote_sha256(self, cancel: CancelToken) -> str | None:
        return None

    def reconnect(self) -> None:
        pass

    def close(self) -> None:
        pass


def free_bytes(folder: Path) -> int:
    import shutil

    return int(shutil.disk_usage(folder).free)
