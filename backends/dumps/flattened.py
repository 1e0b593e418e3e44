"""makedumpfile's flattened format (``-F``): a 4096-byte header, then records.

Each record is ``{BE int64 offset, BE int64 size, data}`` and the stream ends
with offset -1. The records are the writes of a seekable dump done in order,
so the logical file is rebuilt by replaying them (``makedumpfile -R``). For
identification only the first few records matter: :class:`FlatImage` walks
them lazily and serves ``read_at`` on the logical (kdump-compressed) image.
"""

from __future__ import annotations

import struct

from backends.dumps.source import Source
from backends.i18n import translate

SIGNATURE = b"makedumpfile\0\0\0\0"
HEADER_SIZE = 4096
#: A corrupt stream must not make us walk forever; real headers come first.
MAX_RECORDS = 1 << 16
MAX_RECORD = 1 << 40


class FlatError(Exception):
    """The flattened stream is unusable."""

    def __init__(self, message: str, truncated: bool = False) -> None:
        super().__init__(message)
        self.truncated = truncated


def check_header(src: Source) -> tuple[int, int]:
    """``(type, version)`` of a flattened header (both 1 in every known producer)."""
    head = src.read_at(0, 32)
    if head[:16] != SIGNATURE:
        raise FlatError(translate("Dumps", "no makedumpfile signature"))
    if len(head) < 32:
        raise FlatError(translate("Dumps", "the flattened header is cut short"), truncated=True)
    ftype, version = struct.unpack_from(">qq", head, 16)
    return ftype, version


class FlatImage:
    """The logical image behind a flattened file, rebuilt record by record."""

    size = 1 << 62  # unknown until the end marker; reads past the data come back short

    def __init__(self, src: Source) -> None:
        self.src = src
        self.records: list[tuple[int, int, int]] = []  # (logical offset, size, file position)
        self._pos = HEADER_SIZE
        self._done = False
        self._high = 0  # highest logical end seen
        self.warning = ""

    def _covered(self, start: int, end: int) -> bool:
        spans = sorted((o, o + n) for o, n, _ in self.records if o < end and o + n > start)
        reach = start
        for lo, hi in spans:
            if lo > reach:
                return False
            reach = max(reach, hi)
        return reach >= end

    def _walk(self, start: int, end: int) -> None:
        """Walk records until ``[start, end)`` is covered (or the stream ends)."""
        if self._covered(start, end):
            return
        while not self._done:
            if len(self.records) >= MAX_RECORDS:
                self.warning = translate("Dumps", "stopped after {count} flattened records").format(
                    count=MAX_RECORDS
                )
                self._done = True
                return
            head = self.src.read_at(self._pos, 16)
            if len(head) < 16:
                self.warning = translate(
                    "Dumps", "the flattened stream ends without its end marker"
                )
                self._done = True
                return
            offset, size = struct.unpack(">qq", head)
            if offset == -1:
                self._done = True
                return
            if offset < 0 or size < 0 or size > MAX_RECORD:
                self.warning = translate(
                    "Dumps", "a corrupt flattened record at file offset {offset}"
                ).format(offset=self._pos)
                self._done = True
                return
            self.records.append((offset, size, self._pos + 16))
            self._high = max(self._high, offset + size)
            self._pos += 16 + size
            # Only a record inside the range can complete it; checking is O(records).
            if offset < end and offset + size > start and self._covered(start, end):
                return

    def read_at(self, offset: int, length: int) -> bytes:
        """Logical bytes ``[offset, offset+length)``; short where no record wrote them."""
        if offset < 0 or length <= 0:
            return b""
        self._walk(offset, offset + length)
        end = offset + length
        buf = bytearray(length)
        covered = bytearray(length)
        for r_off, r_size, r_pos in self.records:  # later records override earlier ones
            lo, hi = max(offset, r_off), min(end, r_off + r_size)
            if lo >= hi:
                continue
            data = self.src.read_at(r_pos + (lo - r_off), hi - lo)
            buf[lo - offset : lo - offset + len(data)] = data
            covered[lo - offset : lo - offset + len(data)] = b"\1" * len(data)
        gap = covered.find(0)
        return bytes(buf if gap < 0 else buf[:gap])
