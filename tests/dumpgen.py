"""Small generators of synthetic dump files for the identification tests.

They write the byte layouts crash and makedumpfile read (see
reference/dumps-and-crash.md): ELF64 cores with notes and PT_LOADs, kdump-
compressed headers with a sub-header, makedumpfile's flattened wrapping, and raw
memory with a kernel's identification strings planted where a real kernel has
them (VMCOREINFO text, init_uts_ns at SYMBOL + phys_base, the .rodata banner).
Only headers are real; page contents are zeros or test text.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

START_KERNEL_MAP = 0xFFFFFFFF80000000


@dataclass
class Kernel:
    """One kernel's identity and where its structures sit in physical memory."""

    release: str = "6.1.0-57-cloud-amd64"
    version: str = "#1 SMP PREEMPT_DYNAMIC Debian 6.1.192-3 (2025-06-19)"
    build_id: str = "01d2640d" + "ab" * 16
    kernel_offset: int = 0x2A000000
    uts_vaddr: int = START_KERNEL_MAP + 0x1E12000 + 0x2A000000  #: SYMBOL(init_uts_ns)
    #: KASLR moves virtual and physical placement independently; phys_base (%ld) is
    #: then often negative. Here init_uts_ns lands at physical 0x2E12000 (46 MiB).
    phys_base: int = 0x2E12000 - (0x1E12000 + 0x2A000000)
    uts_name_offset: int = 0

    @property
    def uts_phys(self) -> int:
        return self.uts_vaddr - START_KERNEL_MAP + self.phys_base

    def vmcoreinfo(self, crashtime: int | None = None) -> bytes:
        lines = [
            f"OSRELEASE={self.release}",
            f"BUILD-ID={self.build_id}",
            "PAGESIZE=4096",
            f"SYMBOL(init_uts_ns)={self.uts_vaddr:x}",
            f"OFFSET(uts_namespace.name)={self.uts_name_offset}",
            "SYMBOL(node_online_map)=ffffffff82f4b2a8",
            "SYMBOL(_stext)=ffffffff81000000",
            f"NUMBER(phys_base)={self.phys_base}",
            f"KERNELOFFSET={self.kernel_offset:x}",
        ]
        if crashtime is not None:
            lines.append(f"CRASHTIME={crashtime}")
        return ("\n".join(lines) + "\n").encode()

    def utsname(self, nodename: str = "practice") -> bytes:
        fields = ["Linux", nodename, self.release, self.version, "x86_64", "(none)"]
        return b"".join(f.encode().ljust(65, b"\0") for f in fields)

    def banner(self) -> bytes:
        return (
            f"Linux version {self.release} (debian-kernel@lists.debian.org) (gcc-12 (Debian "
            f"12.2.0-14) 12.2.0, GNU ld (GNU Binutils for Debian) 2.40) {self.version}\n"
        ).encode()


def put(buf: bytearray, offset: int, data: bytes) -> None:
    buf[offset : offset + len(data)] = data


def raw_memory(
    size: int,
    k: Kernel,
    *,
    vmcoreinfo_at: int | None = 0x300000,
    banner_at: int | None = 0x1A00040,
    with_utsname: bool = True,
    cmdline_at: int | None = 0x2400000,
) -> bytearray:
    """A physical memory image of a running kernel ``k``."""
    buf = bytearray(size)
    if vmcoreinfo_at is not None:
        put(buf, vmcoreinfo_at, k.vmcoreinfo())
    if with_utsname:
        put(buf, k.uts_phys + k.uts_name_offset, k.utsname())
    if banner_at is not None:  # .rodata: NUL before, "\n\0" after
        put(buf, banner_at, b"\0" + k.banner() + b"\0")
        put(buf, banner_at + 0x10000, b"\x00\x00\x00\x00" + k.banner()[:-1] + b"\x07\x00")
    if cmdline_at is not None:
        put(buf, cmdline_at, f"BOOT_IMAGE=/boot/vmlinuz-{k.release} root=/dev/vda1 ro\0".encode())
    return buf


def plant_stale(buf: bytearray, offset: int, old: Kernel, copies: int = 5) -> None:
    """What a page cache holds: old log files with another kernel's banner and cmdline."""
    for i in range(copies):
        line = (
            f"Jan  1 00:00:0{i} host kernel: [    0.000000] ".encode()
            + old.banner()
            + f"Jan  1 00:00:0{i} host kernel: Command line: BOOT_IMAGE=(hd0,gpt2)"
            f"/vmlinuz-{old.release} root=/dev/mapper/rl-root ro\n".encode()
        )
        put(buf, offset + i * 8192, line)


def note(name: bytes, ntype: int, desc: bytes) -> bytes:
    pad = lambda b: b + b"\0" * (-len(b) % 4)  # noqa: E731
    return struct.pack("<III", len(name) + 1, len(desc), ntype) + pad(name + b"\0") + pad(desc)


def elf_core(
    memory: bytes,
    notes: bytes,
    phys_start: int = 0,
    xnum: bool = False,
    split_at: int | None = None,
) -> bytes:
    """An ELF64 x86_64 core: one PT_NOTE, PT_LOADs mapping ``memory`` at ``phys_start``."""
    loads = [(phys_start, memory)]
    if split_at:
        loads = [(phys_start, memory[:split_at]), (phys_start + split_at, memory[split_at:])]
    phnum = 1 + len(loads)
    data_at = 64 + 56 * phnum
    shoff = 0
    sh = b""
    if xnum:
        shoff = data_at
        sh = bytearray(64)
        struct.pack_into("<I", sh, 44, phnum)
        data_at += 64
    hdr = bytearray(b"\x7fELF\x02\x01\x01" + b"\0" * 9)
    hdr += struct.pack(
        "<HHIQQQIHHHHHH",
        4,
        62,
        1,
        0,
        64,
        shoff,
        0,
        64,
        56,
        0xFFFF if xnum else phnum,
        64,
        1 if xnum else 0,
        0,
    )
    ph = struct.pack("<IIQQQQQQ", 4, 0, data_at, 0, 0, len(notes), len(notes), 0)
    off = data_at + len(notes)
    off += -off % 4096
    for phys, chunk in loads:
        ph += struct.pack(
            "<IIQQQQQQ", 1, 7, off, START_KERNEL_MAP + phys, phys, len(chunk), len(chunk), 4096
        )
        off += len(chunk)
    out = bytearray(hdr + ph + bytes(sh) + notes)
    out += bytes(-len(out) % 4096)
    for _, chunk in loads:
        out += chunk
    return bytes(out)


def kdump_file(
    k: Kernel | None,
    header_release: str = "",
    block_size: int = 4096,
    header_version: int = 6,
    status: int = 1,
    machine: str = "x86_64",
) -> bytes:
    """A kdump-compressed file's header blocks (no page data, as for identification)."""
    h = bytearray(block_size)
    put(h, 0, b"KDUMP   ")
    struct.pack_into("<i", h, 8, header_version)
    for i, text in enumerate(
        ["Linux", "practice", header_release, k.version if k and header_release else "", machine]
    ):
        put(h, 12 + 65 * i, text.encode()[:64])
    struct.pack_into("<qq", h, 408, 1_700_000_000, 0)
    struct.pack_into("<Iiiii", h, 424, status, block_size, 1, 2, 131072)
    sub = bytearray(block_size)
    vmci = k.vmcoreinfo(crashtime=1_700_000_000) if k else b""
    struct.pack_into("<q", sub, 0, k.phys_base if k else 0)
    notes = note(b"VMCOREINFO", 0, vmci) if vmci else b""
    if vmci:
        desc_at = block_size + 104 + 12 + 12  # note header, "VMCOREINFO\0" padded to 12
        struct.pack_into("<qQ", sub, 32, desc_at, len(vmci))
        struct.pack_into("<qQ", sub, 48, block_size + 104, len(notes))
    put(sub, 104, notes)
    return bytes(h + sub) + bytes(block_size * 2)  # + two bitmap blocks


def flatten(data: bytes, record: int = 1000, reverse: bool = False) -> bytes:
    """Wrap ``data`` the way ``makedumpfile -F`` writes it; ``reverse`` writes records
    back to front (the reader must place them by their offsets)."""
    head = bytearray(4096)
    put(head, 0, b"makedumpfile\0\0\0\0")
    struct.pack_into(">qq", head, 16, 1, 1)
    chunks = [(o, data[o : o + record]) for o in range(0, len(data), record)]
    if reverse:
        chunks.reverse()
    out = bytearray(head)
    for o, c in chunks:
        out += struct.pack(">qq", o, len(c)) + c
    out += struct.pack(">qq", -1, 0)
    return bytes(out)
