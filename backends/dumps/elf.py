"""ELF cores and vmlinux files: program headers, notes, build-id.

Handles ELF32/ELF64 in either byte order, and ``PN_XNUM`` (QEMU writes 0xFFFF
in ``e_phnum`` when a guest has more segments, and the real count in section
header 0's ``sh_info``).
"""

from __future__ import annotations

import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from backends.dumps.source import Extent, FileSource, Source
from backends.i18n import translate

ET_CORE = 4
PT_LOAD, PT_NOTE = 1, 4
PN_XNUM = 0xFFFF
NT_GNU_BUILD_ID = 3
#: Caps that keep a corrupt header from making us read gigabytes of "notes".
MAX_PHNUM = 1 << 20
MAX_NOTES_BYTES = 64 << 20
MACHINES = {3: "i386", 62: "x86_64", 183: "aarch64", 21: "ppc64", 22: "s390x", 243: "riscv64"}


class ElfError(Exception):
    """The file is not a usable ELF file; ``truncated`` when it ends too early."""

    def __init__(self, message: str, truncated: bool = False) -> None:
        super().__init__(message)
        self.truncated = truncated


@dataclass(frozen=True)
class Segment:
    p_type: int
    offset: int
    vaddr: int
    paddr: int
    filesz: int
    memsz: int


@dataclass(frozen=True)
class Note:
    name: bytes
    type: int
    desc: bytes


@dataclass
class ElfFile:
    """The parsed ELF header and program headers of a file."""

    is64: bool
    endian: str  #: struct prefix, "<" or ">"
    e_type: int
    machine: str
    segments: list[Segment]

    def loads(self) -> list[Extent]:
        """PT_LOAD segments as physical extents (raw memory behind the core)."""
        return [
            Extent(phys=s.paddr, size=s.filesz, file_offset=s.offset)
            for s in self.segments
            if s.p_type == PT_LOAD and s.filesz
        ]


def parse(src: Source) -> ElfFile:
    """Read the ELF header and program headers; raises :class:`ElfError`."""
    ident = src.read_at(0, 64)
    if ident[:4] != b"\x7fELF":
        raise ElfError(translate("Dumps", "no ELF magic"))
    if len(ident) < 52:
        raise ElfError(
            translate("Dumps", "the ELF header is cut short at {size} bytes").format(
                size=len(ident)
            ),
            truncated=True,
        )
    if ident[4] not in (1, 2) or ident[5] not in (1, 2):
        raise ElfError(
            translate("Dumps", "invalid ELF class {elf_class} or data encoding {encoding}").format(
                elf_class=ident[4], encoding=ident[5]
            )
        )
    is64 = ident[4] == 2
    en = "<" if ident[5] == 1 else ">"
    if is64 and len(ident) < 64:
        raise ElfError(
            translate("Dumps", "the ELF64 header is cut short at {size} bytes").format(
                size=len(ident)
            ),
            truncated=True,
        )
    e_type, e_machine = struct.unpack_from(en + "HH", ident, 16)
    if is64:
        phoff, shoff = struct.unpack_from(en + "QQ", ident, 32)
        phentsize, phnum, shentsize = struct.unpack_from(en + "HHH", ident, 54)
        want, fmt = 56, en + "IIQQQQQQ"
    else:
        phoff, shoff = struct.unpack_from(en + "II", ident, 28)
        phentsize, phnum, shentsize = struct.unpack_from(en + "HHH", ident, 42)
        want, fmt = 32, en + "IIIIIIII"
    if phnum == PN_XNUM:
        phnum = _xnum(src, en, is64, shoff, shentsize)
    if phnum and phentsize < want:
        raise ElfError(
            translate("Dumps", "program header entries of {size} bytes are too small").format(
                size=phentsize
            )
        )
    if phnum > MAX_PHNUM:
        raise ElfError(
            translate("Dumps", "{count} program headers is implausible").format(count=phnum)
        )
    table = src.read_at(phoff, phentsize * phnum)
    if len(table) < phentsize * phnum:
        raise ElfError(
            translate(
                "Dumps", "the program header table ({count} entries at {offset}) is cut short"
            ).format(count=phnum, offset=phoff),
            truncated=True,
        )
    segments = []
    for i in range(phnum):
        f = struct.unpack_from(fmt, table, i * phentsize)
        if is64:  # type, flags, offset, vaddr, paddr, filesz, memsz, align
            segments.append(Segment(f[0], f[2], f[3], f[4], f[5], f[6]))
        else:  # type, offset, vaddr, paddr, filesz, memsz, flags, align
            segments.append(Segment(f[0], f[1], f[2], f[3], f[4], f[5]))
    return ElfFile(is64, en, e_type, MACHINES.get(e_machine, f"machine-{e_machine}"), segments)


def _xnum(src: Source, en: str, is64: bool, shoff: int, shentsize: int) -> int:
    sh0 = src.read_at(shoff, 64 if is64 else 40)
    if shoff == 0 or len(sh0) < (48 if is64 else 32):
        raise ElfError(
            translate("Dumps", "PN_XNUM is set but section header 0 is missing"), truncated=True
        )
    return int(struct.unpack_from(en + "I", sh0, 44 if is64 else 28)[0])


def iter_notes(blob: bytes, endian: str = "<") -> Iterator[Note]:
    """The notes of one PT_NOTE segment; stops quietly at a malformed entry."""
    pos = 0
    while pos + 12 <= len(blob):
        namesz, descsz, ntype = struct.unpack_from(endian + "III", blob, pos)
        name_at = pos + 12
        desc_at = name_at + ((namesz + 3) & ~3)
        end = desc_at + ((descsz + 3) & ~3)
        if desc_at + descsz > len(blob):
            return
        yield Note(
            blob[name_at : name_at + namesz].rstrip(b"\0"), ntype, blob[desc_at : desc_at + descsz]
        )
        pos = end


def notes(src: Source, elf: ElfFile) -> Iterator[Note]:
    """Every note in every PT_NOTE segment of ``elf``."""
    budget = MAX_NOTES_BYTES
    for s in elf.segments:
        if s.p_type != PT_NOTE or s.filesz <= 0:
            continue
        size = min(s.filesz, budget)
        budget -= size
        yield from iter_notes(src.read_at(s.offset, size), elf.endian)


def build_id_of(path: Path) -> str | None:
    """The GNU build-id (hex) of an ELF file such as a vmlinux, or None.

    A vmlinux keeps it in a PT_NOTE segment; a separated ``.debug`` file may only
    have the ``.note.gnu.build-id`` section, so sections are the fallback.
    """
    with open(path, "rb") as fh:
        src = FileSource(fh.fileno(), os.fstat(fh.fileno()).st_size)
        try:
            elf = parse(src)
        except ElfError:
            return None
        for note in notes(src, elf):
            if note.name == b"GNU" and note.type == NT_GNU_BUILD_ID:
                return note.desc.hex()
        return _build_id_from_sections(src, elf)


def _build_id_from_sections(src: Source, elf: ElfFile) -> str | None:
    hdr = src.read_at(0, 64)
    en = elf.endian
    if elf.is64:
        (shoff,) = struct.unpack_from(en + "Q", hdr, 40)
        shentsize, shnum = struct.unpack_from(en + "HH", hdr, 58)
        fmt = en + "IIQQQQ"
    else:
        (shoff,) = struct.unpack_from(en + "I", hdr, 32)
        shentsize, shnum = struct.unpack_from(en + "HH", hdr, 46)
        fmt = en + "IIIIII"
    if not shoff or shnum > 65535 or shentsize < struct.calcsize(fmt):
        return None
    table = src.read_at(shoff, shentsize * shnum)
    for i in range(len(table) // shentsize):
        _, sh_type, _, _, off, size = struct.unpack_from(fmt, table, i * shentsize)
        if sh_type == 7 and size < (1 << 16):  # SHT_NOTE
            for note in iter_notes(src.read_at(off, size), en):
                if note.name == b"GNU" and note.type == NT_GNU_BUILD_ID:
                    return note.desc.hex()
    return None
