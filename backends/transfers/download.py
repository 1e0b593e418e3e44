"""One verified, resumable download (the transfer queue runs many of these)."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import os
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from backends.cancel import NEVER, CancelToken, Progress, no_progress
from backends.errors import UserError
from backends.transfers.sources import (
    Source,
    SourceChanged,
    SourceStat,
    free_bytes,
    transient_errors,
)

log = logging.getLogger(__name__)

RETRIES = 5  #: reconnect-and-resume attempts after a dropped connection
HASH_BLOCK = 8 << 20
PROGRESS_BYTES = 1 << 20  #: report at least every MiB (consumers throttle)


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

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


class DiskFull(UserError):
    def __init__(self, folder: Path, need: int, free: int) -> None:
        super().__init__(
            f"Not enough space in {folder}: {_mib(need)} needed, {_mib(free)} free. "
            "The partial download was kept.",
            "Free some space (or choose another folder) and resume the download.",
        )


def _mib(n: int) -> str:
    return f"{n / 1048576:.1f} MiB"


def part_paths(dest: Path) -> tuple[Path, Path]:
    return dest.with_name(dest.name + ".part"), dest.with_name(dest.name + ".part.json")


def _identity(source: Source, st: SourceStat) -> dict[str, Any]:
    return {"source": source.display, "size": st.size, "mtime": st.mtime}


def _hash_file(path: Path, upto: int, cancel: CancelToken) -> Any:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        left = upto
        while left > 0:
            cancel.check()
            data = fh.read(min(HASH_BLOCK, left))
            if not data:
                break
            h.update(data)
            left -= len(data)
    return h


def download(
    source: Source,
    dest: Path,
    *,
    overwrite: bool = False,
    verify_remote: bool = True,
    progress: Progress = no_progress,
    cancel: CancelToken = NEVER,
) -> Downloaded:
    """Copy ``source`` to ``dest`` through ``dest.part``, resuming what is there.

    Raises :class:`UserError` for what the user must act on (disk full, source
    changed, refused access, checksum mismatch); the ``.part`` file is kept in
    every case but a checksum mismatch.
    """
    started = time.monotonic()
    dest = dest.expanduser()
    part, meta = part_paths(dest)
    if dest.exists() and not overwrite:
        raise UserError(
            f"{dest} already exists; it was not overwritten.",
            "Choose another destination, or allow overwriting.",
        )
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(
            f"Cannot create {dest.parent}: {exc.strerror}.", "Choose a folder you can write to."
        ) from exc

    st = source.stat()
    ident = _identity(source, st)
    offset = 0
    if part.exists():
        try:
            previous = json.loads(meta.read_text())
        except (OSError, ValueError):
            previous = None
        if previous == ident and part.stat().st_size <= st.size:
            offset = part.stat().st_size
        elif previous is not None and previous.get("source") == ident["source"]:
            raise SourceChanged(
                source.display,
                SourceStat(int(previous.get("size", 0)), float(previous.get("mtime", 0))),
                st,
            )
        else:
            part.unlink()  # an unrelated leftover without provenance: start clean
    meta.write_text(json.dumps(ident))
    resumed_from = offset

    free = free_bytes(dest.parent)
    if st.size - offset > free:
        raise DiskFull(dest.parent, st.size - offset, free)

    progress(offset, st.size, f"{source.display}: hashing the partial file")
    hasher = _hash_file(part, offset, cancel) if offset else hashlib.sha256()
    done = offset
    reconnects = 0
    rate_t, rate_b = time.monotonic(), done

    with open(part, "ab") as out:
        while done < st.size:
            try:
                for data in source.chunks(done, cancel):
                    try:
                        out.write(data)
                    except OSError as exc:
                        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                            out.flush()
                            raise DiskFull(
                                dest.parent, st.size - done, free_bytes(dest.parent)
                            ) from exc
                        raise
                    hasher.update(data)
                    done += len(data)
                    now = time.monotonic()
                    if now - rate_t >= 0.25 or done - rate_b >= PROGRESS_BYTES:
                        speed = (done - rate_b) / max(now - rate_t, 1e-6)
                        rate_t, rate_b = now, done
                        progress(done, st.size, f"{source.display}: {speed / 1e6:.1f} MB/s")
                if done < st.size:
                    raise EOFError("source ended early")
            except transient_errors() as exc:
                if isinstance(exc, UserError):
                    raise
                out.flush()
                reconnects += 1
                if reconnects > RETRIES:
                    raise UserError(
                        f"The connection for {source.display} dropped {reconnects} times; "
                        f"{_mib(done)} of {_mib(st.size)} were kept.",
                        "Check the network, then resume the download.",
                    ) from exc
                log.warning("connection dropped (%s); resuming at %d", exc, done)
                progress(done, st.size, f"{source.display}: reconnecting ({reconnects})")
                if cancel.wait(min(2 ** (reconnects - 1), 8)):
                    cancel.check()
                _reconnect(source, cancel)
                now_st = source.stat()
                if now_st != st:
                    raise SourceChanged(source.display, st, now_st) from exc
            finally:
                with contextlib.suppress(OSError):
                    out.flush()
        os.fsync(out.fileno())

    if done != st.size:
        raise SourceChanged(source.display, st, SourceStat(done, st.mtime))
    final = source.stat()
    if final != st:
        raise SourceChanged(source.display, st, final)
    digest = hasher.hexdigest()
    remote = source.remote_sha256(cancel) if verify_remote else None
    if remote is not None and remote != digest:
        part.unlink(missing_ok=True)
        meta.unlink(missing_ok=True)
        raise UserError(
            f"The copy of {source.display} does not match the original "
            f"(SHA-256 {digest[:16]}... here, {remote[:16]}... there). It was deleted.",
            "Download it again; if this repeats, the storage or the network corrupts data.",
        )
    part.replace(dest)
    meta.unlink(missing_ok=True)
    progress(st.size, st.size, f"{source.display}: verified")
    return Downloaded(
        dest=str(dest),
        size=st.size,
        sha256=digest,
        resumed_from=resumed_from,
        remote_sha256=remote,
        source=source.display,
        seconds=round(time.monotonic() - started, 3),
        reconnects=reconnects,
    )


def _reconnect(source: Source, cancel: CancelToken) -> None:
    """Reconnect, retrying a few times while the server is not back yet."""
    for attempt in range(RETRIES):
        cancel.check()
        try:
            source.reconnect()
            return
        except UserError:
            if attempt == RETRIES - 1:
                raise
            cancel.wait(min(2**attempt, 8))
        except transient_errors():
            if attempt == RETRIES - 1:
                raise
            cancel.wait(min(2**attempt, 8))
