"""One verified, resumable download (the transfer queue runs many of these).

Large files are read as a few byte ranges at once, each over its own connection
(one paramiko stream is bound by one core; three use both and beat OpenSSH's
``sftp`` here). The SHA-256 follows the contiguous prefix as it grows, so
hashing costs no extra pass, and the source's own ``sha256sum`` runs on the
server meanwhile. ``NAME.part.json`` records the source's identity and how far
each range got: a restart resumes every range, and a source that changed since
is refused instead of mixed (the ranges and that record are read in partfile.py).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from backends.cancel import NEVER, CancelToken, Progress, no_progress
from backends.errors import Cancelled, UserError
from backends.i18n import translate
from backends.transfers.partfile import Span, part_paths, resume_or_plan, save_record
from backends.transfers.sources import (
    Source,
    SourceChanged,
    SourceStat,
    free_bytes,
    reading,
    transient_errors,
)

log = logging.getLogger(__name__)

RETRIES = 5  #: reconnect-and-resume attempts per range after a dropped connection
HASH_BLOCK = 8 << 20
PROGRESS_BYTES = 1 << 20  #: report at least every MiB (consumers throttle)
SAVE_EVERY = 0.5  #: seconds between progress records in NAME.part.json
NOTIFY_BYTES = 1 << 20  #: workers publish progress every MiB


@dataclass(frozen=True)
class Downloaded:
    dest: str
    size: int
    sha256: str
    resumed_from: int
    remote_sha256: str | None
    source: str
    seconds: float
    reconnects: int
    streams: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


class DiskFull(UserError):
    def __init__(self, folder: Path, need: int, free: int) -> None:
        super().__init__(
            translate(
                "Transfers",
                "Not enough space in {folder}: {need} needed, {free} free. "
                "The partial download was kept.",
            ).format(folder=folder, need=_mib(need), free=_mib(free)),
            translate(
                "Transfers", "Free some space (or choose another folder) and resume the download."
            ),
        )


def _mib(n: int) -> str:
    return f"{n / 1048576:.1f} MiB"


class _Download:
    """The state shared by the range workers and the hashing loop."""

    def __init__(
        self,
        source: Source,
        dest: Path,
        st: SourceStat,
        spans: list[Span],
        cancel: CancelToken,
        limit: float | None = None,
    ) -> None:
        self.source = source
        self.dest = dest
        self.part, self.meta = part_paths(dest)
        self.st = st
        self.spans = spans
        self.user_cancel = cancel
        self.stop = CancelToken()
        self.cond = threading.Condition()
        self.errors: list[BaseException] = []
        self.reconnects = 0
        self.remote: list[str | None] = []
        self.remote_error: BaseException | None = None
        self.limiter = _RateLimit(limit) if limit else None

    # -- persistence ---------------------------------------------------------
    def identity(self) -> dict[str, Any]:
        return {"source": self.source.display, "size": self.st.size, "mtime": self.st.mtime}

    def save(self) -> None:
        with self.cond:
            spans = [[s.start, s.end, s.done] for s in self.spans]
        try:
            save_record(self.meta, self.identity(), spans)
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise DiskFull(
                    self.dest.parent, self.st.size, free_bytes(self.dest.parent)
                ) from exc
            raise

    # -- workers -------------------------------------------------------------
    def worker(self, span: Span, source: Source) -> None:
        attempts = 0
        try:
            # Unbuffered: what span.done counts is in the file, so the hashing loop
            # (another descriptor) never reads bytes that are still in a buffer.
            with open(self.part, "r+b", buffering=0) as out:
                while span.done < span.end:
                    pending = 0
                    try:
                        out.seek(span.done)
                        for data in reading(source.chunks(span.done, self.stop, span.end)):
                            self._write(out, data)
                            if self.limiter is not None:
                                self.limiter.take(len(data), self.stop)
                            pending += len(data)
                            if pending >= NOTIFY_BYTES:  # not every 32 KiB: the lock is shared
                                self._advance(span, pending)
                                pending = 0
                        self._advance(span, pending)
                        pending = 0
                        if span.done < span.end:
                            raise EOFError("the source ended early")
                    except transient_errors() as exc:
                        if isinstance(exc, UserError):
                            raise
                        self._advance(span, pending)
                        attempts += 1
                        with self.cond:
                            self.reconnects += 1
                        if attempts > RETRIES:
                            raise UserError(
                                translate(
                                    "Transfers",
                                    "The connection for {source} dropped {attempts} times; "
                                    "the partial file was kept.",
                                ).format(source=self.source.display, attempts=attempts),
                                translate(
                                    "Transfers", "Check the network, then resume the download."
                                ),
                            ) from exc
                        log.warning("connection dropped (%s); resuming at %d", exc, span.done)
                        if self.stop.wait(min(2 ** (attempts - 1), 8)):
                            raise Cancelled() from exc
                        self._reconnect(source)
                        now = source.stat()
                        if now != self.st:
                            raise SourceChanged(self.source.display, self.st, now) from exc
        except BaseException as exc:  # handed to the main thread
            with self.cond:
                self.errors.append(exc)
                self.cond.notify_all()
            self.stop.cancel()
        finally:
            if source is not self.source:
                with contextlib.suppress(Exception):
                    source.close()

    def _write(self, out: Any, data: bytes) -> None:
        view = memoryview(data)
        try:
            while view:
                n = out.write(view)
                view = view[n:]
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise DiskFull(
                    self.dest.parent, self.st.size, free_bytes(self.dest.parent)
                ) from exc
            raise

    def _advance(self, span: Span, written: int) -> None:
        """Record ``written`` more bytes of ``span`` (already in the file)."""
        if written:
            with self.cond:
                span.done += written
                self.cond.notify_all()

    def _reconnect(self, source: Source) -> None:
        retry_on: tuple[type[BaseException], ...] = (UserError, *transient_errors())
        for attempt in range(RETRIES):
            self.stop.check()
            try:
                source.reconnect()
                return
            except Exception as exc:
                if not isinstance(exc, retry_on) or attempt == RETRIES - 1:
                    raise
                if self.stop.wait(min(2**attempt, 8)):
                    raise Cancelled() from None

    def remote_hash(self, source: Source) -> None:
        try:
            self.remote.append(source.remote_sha256(self.stop))
        except Exception as exc:  # a missing remote hash only weakens the check
            log.info("no remote sha256 yet: %s", exc)
            self.remote_error = exc
        finally:
            if source is not self.source:
                with contextlib.suppress(Exception):
                    source.close()

    # -- the hashing loop ----------------------------------------------------
    def frontier(self) -> int:
        """End of the contiguous prefix written so far."""
        pos = 0
        for s in self.spans:
            if s.start > pos:
                break
            pos = s.done
            if s.done < s.end:
                break
        return pos


def download(
    source: Source,
    dest: Path,
    *,
    overwrite: bool = False,
    verify_remote: bool = True,
    progress: Progress = no_progress,
    cancel: CancelToken = NEVER,
    streams: int | None = None,
    limit: float | None = None,
) -> Downloaded:
    """Copy ``source`` to ``dest`` through ``dest.part``, resuming what is there.

    Raises :class:`UserError` for what the user must act on (disk full, source
    changed, refused access, checksum mismatch); the ``.part`` file is kept in
    every case but a checksum mismatch. ``limit`` caps the speed in bytes per
    second (a customer's WAN link is not ours to fill).
    """
    started = time.monotonic()
    dest = dest.expanduser()
    part, meta = part_paths(dest)
    if dest.exists() and not overwrite:
        raise UserError(
            translate("Transfers", "{dest} already exists; it was not overwritten.").format(
                dest=dest
            ),
            translate("Transfers", "Choose another destination, or allow overwriting."),
        )
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(
            translate("Transfers", "Cannot create {folder}: {reason}.").format(
                folder=dest.parent, reason=exc.strerror
            ),
            translate("Transfers", "Choose a folder you can write to."),
        ) from exc

    st = source.stat()
    n_streams = streams if streams is not None else getattr(source, "streams", 1)
    spans = resume_or_plan(source, st, part, meta, n_streams)
    state = _Download(source, dest, st, spans, cancel, limit)
    resumed_from = sum(s.done - s.start for s in spans)
    need = st.size - resumed_from
    free = free_bytes(dest.parent)
    if need > free:
        raise DiskFull(dest.parent, need, free)
    if not part.exists():
        part.touch()
    state.save()

    threads = []
    hashing_source = None
    if verify_remote:
        hashing_source = _fork(source)
        threads.append(
            threading.Thread(
                target=state.remote_hash, args=(hashing_source,), name="remote-sha256", daemon=True
            )
        )
    open_spans = [s for s in spans if s.done < s.end]
    for i, span in enumerate(open_spans):
        src = source if i == 0 else _fork(source)
        threads.append(
            threading.Thread(
                target=state.worker, args=(span, src), name=f"range-{span.start}", daemon=True
            )
        )
    for t in threads:
        t.start()

    hasher = hashlib.sha256()
    hashed = 0
    last_save = rate_t = time.monotonic()
    rate_b = resumed_from
    try:
        with open(part, "rb") as reader:
            while hashed < st.size:
                if cancel.cancelled:
                    state.stop.cancel()
                    raise Cancelled()
                with state.cond:
                    if state.errors:
                        raise state.errors[0]
                    frontier = state.frontier()
                    if frontier <= hashed:
                        state.cond.wait(0.1)
                        frontier = state.frontier()
                    done = sum(s.done - s.start for s in spans)
                while hashed < frontier:
                    data = reader.read(min(HASH_BLOCK, frontier - hashed))
                    if not data:
                        break
                    hasher.update(data)
                    hashed += len(data)
                now = time.monotonic()
                if now - rate_t >= 0.25 or done - rate_b >= PROGRESS_BYTES:
                    speed = (done - rate_b) / max(now - rate_t, 1e-6)
                    rate_t, rate_b = now, done
                    progress(done, st.size, f"{source.display}: {speed / 1e6:.1f} MB/s")
                if now - last_save >= SAVE_EVERY:
                    last_save = now
                    state.save()
    except BaseException:
        state.stop.cancel()
        for t in threads:
            t.join(10)
        with contextlib.suppress(OSError):
            state.save()
        raise
    for t in threads:
        t.join()
    if state.errors:
        raise state.errors[0]
    final = source.stat()
    if final != st:
        raise SourceChanged(source.display, st, final)
    digest = hasher.hexdigest()
    if verify_remote and not state.remote and state.remote_error is not None:
        # the connection hashing on the server dropped too: ask once more, now
        retry = _fork(source)
        try:
            state.remote_hash(retry)
        finally:
            if retry is not source:
                with contextlib.suppress(Exception):
                    retry.close()
    remote = state.remote[0] if state.remote else None
    if remote is not None and remote != digest:
        part.unlink(missing_ok=True)
        meta.unlink(missing_ok=True)
        raise UserError(
            translate(
                "Transfers",
                "The copy of {source} does not match the original "
                "(SHA-256 {here}... here, {there}... there). It was deleted.",
            ).format(source=source.display, here=digest[:16], there=remote[:16]),
            translate(
                "Transfers",
                "Download it again; if this repeats, the storage or the network corrupts data.",
            ),
        )
    with open(part, "rb+") as fh:
        import os

        os.fsync(fh.fileno())
    part.replace(dest)
    meta.unlink(missing_ok=True)
    progress(
        st.size,
        st.size,
        translate("Transfers", "{source}: verified").format(source=source.display),
    )
    return Downloaded(
        dest=str(dest),
        size=st.size,
        sha256=digest,
        resumed_from=resumed_from,
        remote_sha256=remote,
        source=source.display,
        seconds=round(time.monotonic() - started, 3),
        reconnects=state.reconnects,
        streams=max(len(open_spans), 1),
    )


class _RateLimit:
    """A token bucket shared by the range workers."""

    def __init__(self, rate: float) -> None:
        self.rate = rate
        self.lock = threading.Lock()
        self.t0 = time.monotonic()
        self.sent = 0

    BURST = 0.5  #: seconds of unused allowance kept (no catch-up rush after a stall)

    def take(self, n: int, stop: CancelToken) -> None:
        with self.lock:
            now = time.monotonic()
            ahead = self.sent / self.rate - (now - self.t0)
            if ahead < -self.BURST:  # idle (reconnecting): forget what was not used
                self.t0 = now - self.sent / self.rate - self.BURST
                ahead = -self.BURST
            self.sent += n
            ahead += n / self.rate
        if ahead > 0 and stop.wait(ahead):
            raise Cancelled()


def _fork(source: Source) -> Source:
    fork = getattr(source, "fork", None)
    return fork() if fork is not None else source
