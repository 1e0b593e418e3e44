"""Random-access byte sources: a file, a flattened image, physical memory.

Every dump parser reads through :class:`Source`, so the same kdump code reads a
plain kdump file and the logical image behind a flattened (``makedumpfile -F``)
file. A short read means the data ends there; parsers turn that into a
"truncated" result instead of an exception.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol


class Source(Protocol):
    """Bytes addressable by offset."""

    size: int

    def read_at(self, offset: int, length: int) -> bytes:
        """Up to ``length`` bytes at ``offset`` (fewer at the end, none past it)."""
        ...


class FileSource:
    """A plain file read with ``os.pread`` (no shared file position)."""

    def __init__(self, fd: int, size: int) -> None:
        self.fd = fd
        self.size = size

    def read_at(self, offset: int, length: int) -> bytes:
        if offset < 0 or length <= 0 or offset >= self.size:
            return b""
        return os.pread(self.fd, min(length, self.size - offset), offset)


class BytesSource:
    """An in-memory buffer (tests, notes already read)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.size = len(data)

    def read_at(self, offset: int, length: int) -> bytes:
        if offset < 0 or length <= 0:
            return b""
        return self.data[offset : offset + length]


@dataclass(frozen=True)
class Extent:
    """Physical range ``[phys, phys + size)`` stored at file offset ``file_offset``."""

    phys: int
    size: int
    file_offset: int


#: Maps a physical address to a file offset and the bytes available there, or None.
PhysToFile = Callable[[int], "tuple[int, int] | None"]


def extents_mapper(extents: Sequence[Extent]) -> PhysToFile:
    """A :data:`PhysToFile` over a few extents (ELF PT_LOADs, VMware regions)."""
    ordered = sorted(extents, key=lambda e: e.phys)

    def to_file(phys: int) -> tuple[int, int] | None:
        for e in ordered:
            if e.phys <= phys < e.phys + e.size:
                return e.file_offset + (phys - e.phys), e.size - (phys - e.phys)
        return None

    return to_file


def identity_mapper(size: int) -> PhysToFile:
    """A raw image: file offset == physical address."""

    def to_file(phys: int) -> tuple[int, int] | None:
        return (phys, size - phys) if 0 <= phys < size else None

    return to_file


def read_phys(src: Source, to_file: PhysToFile, phys: int, length: int) -> bytes:
    """``length`` bytes of physical memory at ``phys`` (short if unmapped)."""
    out = bytearray()
    while len(out) < length:
        where = to_file(phys + len(out))
        if where is None:
            break
        offset, avail = where
        chunk = src.read_at(offset, min(avail, length - len(out)))
        if not chunk:
            break
        out += chunk
    return bytes(out)
