"""VMware checkpoint files (.vmss suspend state, .vmsn snapshot state).

Layout as crash's vmware_vmss.c reads it: a 12-byte header (magic, version,
group count), 80-byte group descriptors ``{name[64], u64 position, u64 size}``,
and per group a tag stream. A tag is a u16: bits 0-5 value size (63 = block,
62 = compressed block), bits 6-7 the number of u32 indices, bits 8-15 the name
length. No kernel release is stored; the RAM is in the file's ``Memory`` block
or in the ``.vmem`` beside it, and the ``.vmx`` may carry VMware Tools'
``kernelVersion`` hint.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass, field
from pathlib import Path

from backends.dumps.source import Extent, Source
from backends.i18n import translate

#: crash's magics plus volatility3's extra 0xbed2bed0; 0xbed0bed0 is a 32-bit checkpoint.
MAGICS = {
    0xBED2BED2: "vmss",
    0xBED3BED3: "vmss-partial",
    0xBED0BED0: "vmss-32bit",
    0xBAD1BAD1: "vmss-restored",
    0xBAD2BAD2: "vmss-norestore",
    0xBED2BED0: "vmss",
}
OLD_32BIT = 0xBED0BED0
GROUP_SIZE = 80
MAX_GROUPS = 4096
PAGE_SHIFT = 12
MAX_TAGS = 1 << 16


class VmssError(Exception):
    def __init__(self, message: str, truncated: bool = False) -> None:
        super().__init__(message)
        self.truncated = truncated


@dataclass
class Vmss:
    """What HangDump needs from a checkpoint file."""

    magic: int
    version: int
    groups: dict[str, tuple[int, int]]
    memory_in_file: bool = False
    memory_compressed: bool = False
    mem_offset: int = 0
    mem_size: int = 0
    regions: list[tuple[int, int, int]] = field(default_factory=list)  # pagenum, ppn, pages
    num_vcpus: int | None = None
    warnings: list[str] = field(default_factory=list)

    def extents(self, mem_size: int) -> list[Extent]:
        """Physical extents of the memory (in the file or the .vmem) as crash maps them."""
        base = self.mem_offset if self.memory_in_file else 0
        if not self.regions:
            return [Extent(0, mem_size, base)]
        return [
            Extent(ppn << PAGE_SHIFT, pages << PAGE_SHIFT, base + (pagenum << PAGE_SHIFT))
            for pagenum, ppn, pages in self.regions
        ]


def parse(src: Source) -> Vmss:
    """Parse the header, groups and the memory/cpu tags; raises :class:`VmssError`."""
    head = src.read_at(0, 12)
    if len(head) < 12:
        raise VmssError(translate("Dumps", "the checkpoint header is cut short"), truncated=True)
    magic, version, ngroups = struct.unpack("<III", head)
    if magic not in MAGICS:
        raise VmssError(
            translate("Dumps", "unknown checkpoint magic {magic:#x}").format(magic=magic)
        )
    if ngroups > MAX_GROUPS:
        raise VmssError(translate("Dumps", "{count} groups is implausible").format(count=ngroups))
    table = src.read_at(12, ngroups * GROUP_SIZE)
    if len(table) < ngroups * GROUP_SIZE:
        raise VmssError(translate("Dumps", "the group table is cut short"), truncated=True)
    groups = {}
    for i in range(ngroups):
        raw_name, pos, size = struct.unpack_from("<64sQQ", table, i * GROUP_SIZE)
        groups[raw_name.split(b"\0", 1)[0].decode("latin-1")] = (pos, size)
    v = Vmss(magic, version, groups)
    if magic == OLD_32BIT:
        v.warnings.append(
            translate(
                "Dumps",
                "a 32-bit checkpoint: crash cannot read it "
                "(vmw: Not implemented for 32-bit VMSS file)",
            )
        )
        return v
    for name in ("memory", "cpu"):
        if name in groups:
            _walk_tags(src, v, name, groups[name][0])
    return v


def _walk_tags(src: Source, v: Vmss, group: str, pos: int) -> None:
    regions: dict[int, list[int]] = {}
    for _ in range(MAX_TAGS):
        raw = src.read_at(pos, 2)
        if len(raw) < 2:
            v.warnings.append(
                translate("Dumps", "the '{group}' group ends without its end tag").format(
                    group=group
                )
            )
            break
        (tag,) = struct.unpack("<H", raw)
        if tag == 0:
            break
        namelen, nindx, valsize = tag >> 8, (tag >> 6) & 3, tag & 0x3F
        name = src.read_at(pos + 2, namelen).decode("latin-1")
        idx_raw = src.read_at(pos + 2 + namelen, 4 * nindx)
        if len(name) < namelen or len(idx_raw) < 4 * nindx:
            v.warnings.append(
                translate("Dumps", "the '{group}' group is cut short").format(group=group)
            )
            break
        idx = list(struct.unpack(f"<{nindx}i", idx_raw))
        pos += 2 + namelen + 4 * nindx
        if valsize in (62, 63):  # a block: nbytes, nbytes in memory, padding size, data
            blk = src.read_at(pos, 18)
            if len(blk) < 18:
                v.warnings.append(
                    translate("Dumps", "block '{name}' is cut short").format(name=name)
                )
                break
            nbytes, inmem, pad = struct.unpack("<QQH", blk)
            data_at = pos + 18 + pad
            if group == "memory" and name == "Memory":
                v.memory_in_file, v.memory_compressed = True, valsize == 62
                v.mem_offset, v.mem_size = data_at, inmem
            pos = data_at + nbytes
            continue
        value = src.read_at(pos, valsize)
        pos += valsize
        if len(value) < valsize:
            v.warnings.append(translate("Dumps", "item '{name}' is cut short").format(name=name))
            break
        num = int.from_bytes(value[:8], "little")
        if group == "cpu" and name == "cpu:numVCPUs":
            v.num_vcpus = num
        elif group == "memory" and name in ("regionPageNum", "regionPPN", "regionSize") and idx:
            regions.setdefault(idx[0], [0, 0, 0])[
                ("regionPageNum", "regionPPN", "regionSize").index(name)
            ] = num
    if regions:
        v.regions = [(r[0], r[1], r[2]) for r in (regions[k] for k in sorted(regions))]


def companion_vmem(path: Path) -> Path | None:
    """crash's pairing rule: the name must end in ``vmss`` or ``vmsn`` (lower case);
    those four letters become ``vmem``, same folder, same stem."""
    name = path.name
    if len(name) < 4 or name[-4:] not in ("vmss", "vmsn"):
        return None
    return path.with_name(name[:-4] + "vmem")


def checkpoint_for_vmem(path: Path) -> Path | None:
    """The reverse direction (volatility3's): ``X.vmem`` -> ``X.vmss`` or ``X.vmsn``."""
    if not path.name.endswith(".vmem"):
        return None
    for ext in ("vmss", "vmsn"):
        cand = path.with_name(path.name[:-4] + ext)
        if cand.is_file():
            return cand
    return None


_KERNEL_RE = re.compile(r"kernelVersion=(?:'|\|27)([^'|\"\s]{1,128})")


def vmx_kernel_hint(folder: Path, stem: str) -> tuple[str, Path] | None:
    """VMware Tools' ``kernelVersion`` from the ``.vmx`` beside the checkpoint.

    ESX names snapshots ``<vm>-Snapshot<N>.vmsn`` next to ``<vm>.vmx``; so the
    same stem is tried first, then the only ``.vmx`` in the folder.
    """
    same = folder / f"{stem}.vmx"
    candidates = [same] if same.is_file() else sorted(folder.glob("*.vmx"))
    if len(candidates) != 1:
        return None
    try:
        text = candidates[0].read_text(encoding="utf-8", errors="replace")[: 1 << 20]
    except OSError:
        return None
    m = _KERNEL_RE.search(text)
    return (m.group(1), candidates[0]) if m else None
