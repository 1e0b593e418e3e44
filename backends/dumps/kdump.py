"""kdump-compressed (``KDUMP   ``) and old diskdump (``DISKDUMP``) headers.

Offsets are those of makedumpfile's ``disk_dump_header`` and ``kdump_sub_header``
on LP64 producers (x86_64, arm64...). ``utsname.release`` sits at 142; QEMU
leaves it empty and only fills ``machine``, so VMCOREINFO (sub-header version
>= 3) is the better source. The sub-header starts at block 1 (``block_size``).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from backends.dumps.source import Source
from backends.i18n import translate

HEADER_SIZE = 464
UTS_LEN = 65
SUB_HEADER_MIN = 48  #: up to size_vmcoreinfo (header version 3)
#: status bits -> names, as makedumpfile defines them.
STATUS_BITS = {
    0x1: "zlib",
    0x2: "lzo",
    0x4: "snappy",
    0x8: "incomplete",
    0x10: "excluded-vmemmap",
    0x20: "zstd",
}
MAX_VMCOREINFO = 1 << 20


class KdumpError(Exception):
    """The header is unusable; ``truncated`` when the file ends inside it."""

    def __init__(self, message: str, truncated: bool = False) -> None:
        super().__init__(message)
        self.truncated = truncated


@dataclass
class KdumpHeader:
    signature: str
    header_version: int
    sysname: str
    nodename: str
    release: str
    version: str
    machine: str
    timestamp: int
    status: list[str]
    block_size: int
    nr_cpus: int
    phys_base: int | None = None
    offset_vmcoreinfo: int | None = None
    size_vmcoreinfo: int | None = None


def _cstr(raw: bytes) -> str:
    return raw.split(b"\0", 1)[0].decode("latin-1").strip()


def parse_header(src: Source) -> KdumpHeader:
    """Read ``disk_dump_header`` and, for kdump, the sub-header's useful fields."""
    raw = src.read_at(0, HEADER_SIZE)
    if len(raw) < HEADER_SIZE:
        raise KdumpError(
            translate(
                "Dumps", "the dump header is cut short at {size} bytes (needs {needed})"
            ).format(size=len(raw), needed=HEADER_SIZE),
            truncated=True,
        )
    sig = raw[:8].decode("latin-1")
    (hv,) = struct.unpack_from("<i", raw, 8)
    uts = [_cstr(raw[12 + i * UTS_LEN : 12 + (i + 1) * UTS_LEN]) for i in range(5)]
    (tv_sec,) = struct.unpack_from("<q", raw, 408)
    status, block_size = struct.unpack_from("<Ii", raw, 424)
    (nr_cpus,) = struct.unpack_from("<i", raw, 460)
    h = KdumpHeader(
        signature=sig,
        header_version=hv,
        sysname=uts[0],
        nodename=uts[1],
        release=uts[2],
        version=uts[3],
        machine=uts[4],
        timestamp=tv_sec,
        status=[n for bit, n in STATUS_BITS.items() if status & bit],
        block_size=block_size,
        nr_cpus=nr_cpus,
    )
    if sig.startswith("KDUMP") and hv >= 1:
        _sub_header(src, h)
    return h


def _sub_header(src: Source, h: KdumpHeader) -> None:
    if not (512 <= h.block_size <= (1 << 20)) or h.block_size & (h.block_size - 1):
        raise KdumpError(
            translate("Dumps", "block_size {size} is not a page size").format(size=h.block_size)
        )
    sub = src.read_at(h.block_size, 104)
    if len(sub) < 8:
        raise KdumpError(
            translate("Dumps", "the file ends before the kdump sub-header"), truncated=True
        )
    (h.phys_base,) = struct.unpack_from("<q", sub, 0)  # signed: KASLR makes it negative
    if h.header_version >= 3 and len(sub) >= SUB_HEADER_MIN:
        off, size = struct.unpack_from("<qQ", sub, 32)
        if off > 0 and 0 < size <= MAX_VMCOREINFO:
            h.offset_vmcoreinfo, h.size_vmcoreinfo = off, size
    elif h.header_version >= 3:
        raise KdumpError(translate("Dumps", "the kdump sub-header is cut short"), truncated=True)


def read_vmcoreinfo(src: Source, h: KdumpHeader) -> bytes | None:
    """The VMCOREINFO text the sub-header points at, or None."""
    if h.offset_vmcoreinfo is None or h.size_vmcoreinfo is None:
        return None
    data = src.read_at(h.offset_vmcoreinfo, h.size_vmcoreinfo)
    return data or None
