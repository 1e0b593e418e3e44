"""An IMITATION of VMware's checkpoint files (.vmss / .vmsn), for tests only.

VMware's format is not published; this writes what crash's vmware_vmss.c reads:
a 12-byte header {magic, version, group count}, 80-byte group descriptors
{name[64], u64 position, u64 size}, and tag streams. A tag is a u16 with the
value size in bits 0-5 (63 = block), the index count in bits 6-7 and the name
length in bits 8-15; a block carries u64 size, u64 size in memory, u16 padding.
crash reads ``numgroups * 80`` descriptors of 80 bytes each (not ``numgroups``),
so the file is padded to keep that read inside it.
"""

from __future__ import annotations

import struct

MAGIC = 0xBED2BED2


def tag(
    name: str,
    value: bytes | None = None,
    index: tuple[int, ...] = (),
    block: bytes | None = None,
    compressed: bool = False,
) -> bytes:
    n = name.encode()
    if block is not None:
        size = 62 if compressed else 63
        pad = 2
        return (
            struct.pack("<H", len(n) << 8 | len(index) << 6 | size)
            + n
            + b"".join(struct.pack("<i", i) for i in index)
            + struct.pack("<QQH", len(block), len(block), pad)
            + b"\0" * pad
            + block
        )
    assert value is not None and len(value) < 62
    return (
        struct.pack("<H", len(n) << 8 | len(index) << 6 | len(value))
        + n
        + b"".join(struct.pack("<i", i) for i in index)
        + value
    )


def checkpoint(
    regions: list[tuple[int, int, int]] | None = None,
    memory: bytes | None = None,
    vcpus: int = 1,
    magic: int = MAGIC,
    compressed: bool = False,
) -> bytes:
    """A checkpoint: ``regions`` are (pagenum, ppn, pages); ``memory`` puts RAM inside."""
    mem_tags = b""
    regions = regions or []
    if regions:
        mem_tags += tag("regionsCount", struct.pack("<I", len(regions)))
        for i, (pagenum, ppn, pages) in enumerate(regions):
            mem_tags += tag("regionPageNum", struct.pack("<I", pagenum), (i,))
            mem_tags += tag("regionPPN", struct.pack("<I", ppn), (i,))
            mem_tags += tag("regionSize", struct.pack("<I", pages), (i,))
    mem_tags += tag("align_mask", struct.pack("<I", 0xFFFF))
    if memory is not None:
        mem_tags += tag("Memory", block=memory, index=(0, 0), compressed=compressed)
    mem_tags += b"\0\0"
    cpu_tags = tag("cpu:numVCPUs", struct.pack("<I", vcpus))
    for cpu in range(vcpus):
        cpu_tags += tag("rip", struct.pack("<Q", 0xFFFFFFFF81000000), (cpu,))
        for n in range(5):
            cpu_tags += tag("CR64", struct.pack("<Q", 0x1000 if n == 3 else 0), (cpu, n))
    cpu_tags += b"\0\0"
    groups = [("cpu", cpu_tags), ("memory", mem_tags)]
    body_at = 12 + 80 * len(groups)
    out = bytearray(struct.pack("<III", magic, 8, len(groups)))
    pos, bodies = body_at, b""
    for name, body in groups:
        out += name.encode().ljust(64, b"\0") + struct.pack("<QQ", pos, len(body))
        pos += len(body)
        bodies += body
    out += bodies
    need = 12 + len(groups) * 80 * 80
    out += bytes(max(0, need - len(out)))
    return bytes(out)


def vmx(kernel_version: str) -> str:
    """A .vmx excerpt with VMware Tools' guest details."""
    return (
        '.encoding = "UTF-8"\ndisplayName = "practice"\n'
        "guestInfo.detailed.data = \"architecture='X86' bitness='64' distroName='Debian' "
        f"familyName='Linux' kernelVersion='{kernel_version}' prettyName='Debian 12'\"\n"
    )
