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
from dataclasses import dataclass
from pathlib import Path

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


GPR_NAMES = (
    "rax",
    "rbx",
    "rcx",
    "rdx",
    "rsi",
    "rdi",
    "rsp",
    "rbp",
    "r8",
    "r9",
    "r10",
    "r11",
    "r12",
    "r13",
    "r14",
    "r15",
)  # QEMUCPUState order


@dataclass(frozen=True)
class VcpuState:
    """What crash reads of a vCPU (it wants them all before it derives KASLR)."""

    gprs: tuple[int, ...]  #: in GPR_NAMES order
    rip: int
    rflags: int
    cr: tuple[int, int, int, int, int]
    idtr: int  #: IDT base address

    @property
    def cr3(self) -> int:
        return self.cr[3]


def qemu_cpu_states(core: Path) -> list[VcpuState]:
    """The vCPU registers QEMU saved in a memory-only ELF dump ("QEMU" notes holding
    QEMUCPUState: version, size, 16 GPRs, rip, rflags, 10 segments of 24 bytes, cr[5])."""
    data = core.read_bytes()[: 1 << 20]
    (phoff,) = struct.unpack_from("<Q", data, 32)
    phentsize, phnum = struct.unpack_from("<HH", data, 54)
    states = []
    for i in range(phnum):
        p_type, _flags, off, _va, _pa, filesz = struct.unpack_from(
            "<IIQQQQ", data, phoff + i * phentsize
        )
        if p_type != 4:  # PT_NOTE
            continue
        pos, end = off, off + filesz
        while pos + 12 <= end:
            namesz, descsz, _ntype = struct.unpack_from("<III", data, pos)
            name = data[pos + 12 : pos + 12 + namesz].rstrip(b"\0")
            desc = pos + 12 + ((namesz + 3) & ~3)
            if name == b"QEMU":
                gpr = struct.unpack_from("<16Q", data, desc + 8)
                rip, rflags = struct.unpack_from("<QQ", data, desc + 136)
                (idt_base,) = struct.unpack_from("<Q", data, desc + 152 + 9 * 24 + 16)
                cr = struct.unpack_from("<5Q", data, desc + 152 + 10 * 24)
                states.append(
                    VcpuState(
                        gprs=gpr,
                        rip=rip,
                        rflags=rflags,
                        cr=(cr[0], cr[1], cr[2], cr[3], cr[4]),
                        idtr=idt_base,
                    )
                )
            pos = desc + ((descsz + 3) & ~3)
    return states


def checkpoint(
    regions: list[tuple[int, int, int]] | None = None,
    memory: bytes | None = None,
    vcpus: int = 1,
    magic: int = MAGIC,
    compressed: bool = False,
    cpus: list[VcpuState] | None = None,
) -> bytes:
    """A checkpoint: ``regions`` are (pagenum, ppn, pages); ``memory`` puts RAM inside;
    ``cpus`` records real vCPU registers (else placeholder values)."""
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
    if cpus:
        vcpus = len(cpus)
    cpu_tags = tag("cpu:numVCPUs", struct.pack("<I", vcpus))
    for cpu in range(vcpus):
        if cpus:
            c = cpus[cpu]
            for name, value in zip(GPR_NAMES, c.gprs, strict=True):
                cpu_tags += tag(name, struct.pack("<Q", value), (cpu,))
            cpu_tags += tag("rip", struct.pack("<Q", c.rip), (cpu,))
            cpu_tags += tag("eflags", struct.pack("<I", c.rflags & 0xFFFFFFFF), (cpu,))
            for n, value in enumerate(c.cr):
                cpu_tags += tag("CR64", struct.pack("<Q", value), (cpu, n))
            cpu_tags += tag("IDTR", struct.pack("<I", c.idtr & 0xFFFFFFFF), (cpu, 1))
            cpu_tags += tag("IDTR", struct.pack("<I", c.idtr >> 32), (cpu, 2))
            continue
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
