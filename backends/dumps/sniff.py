"""Tell a dump's format from its first bytes (and, for VMware, its name).

The ``format`` strings here are the values ``identify --json`` reports.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from backends.dumps import vmware
from backends.i18n import QT_TRANSLATE_NOOP, translate, translate_marked

ELF = "elf"
ELF_NOT_CORE = "elf-not-core"
KDUMP = "kdump"
KDUMP_FLATTENED = "kdump-flattened"
ELF_FLATTENED = "elf-flattened"
DISKDUMP = "diskdump"
LKCD = "lkcd"
VMSS = "vmware-vmss"
VMSN = "vmware-vmsn"
VMEM = "vmware-vmem"
QEMU_SAVEVM = "qemu-savevm"
LIBVIRT_SAVE = "libvirt-save"
SADUMP = "sadump"
XC_CORE = "xc-core"
RAW = "raw"
UNKNOWN = "unknown"
TRUNCATED = "truncated"
COMPRESSED = {
    b"\x1f\x8b": "gzip",
    b"\xfd7zXZ\x00": "xz",
    b"BZh": "bzip2",
    b"\x04\x22\x4d\x18": "lz4",
    b"\x28\xb5\x2f\xfd": "zstd",
}
LKCD_MAGICS = (0xA8190173618F23ED, 0xA8190173618F23CD)
XC_CORE_MAGICS = (0xF00FEBED, 0xF00FEBEE)
#: Bytes :func:`sniff` wants to see.
HEAD = 64


@dataclass(frozen=True)
class Sniffed:
    format: str
    message: str = ""  #: why the format cannot be read directly, if so


def sniff(head: bytes, name: str = "") -> Sniffed:
    """The format a file starting with ``head`` has (``name`` picks vmss vs vmsn)."""
    if not head:
        return Sniffed(TRUNCATED, translate("Dumps", "the file is empty"))
    if head[:4] == b"\x7fELF":
        if len(head) < 18:
            return Sniffed(TRUNCATED, translate("Dumps", "the ELF header is cut short"))
        (e_type,) = struct.unpack_from("<H" if head[5:6] != b"\x02" else ">H", head, 16)
        if e_type == 4:
            return Sniffed(ELF)
        return Sniffed(
            ELF_NOT_CORE,
            translate(
                "Dumps",
                "an ELF file but not a core dump (a vmlinux or a "
                "program?); identify reads dumps, not kernels",
            ),
        )
    if head[:8] == b"KDUMP   ":
        return Sniffed(KDUMP)
    if head[:8] == b"DISKDUMP":
        return Sniffed(DISKDUMP)
    if head[:16] == b"makedumpfile\0\0\0\0":
        return Sniffed(KDUMP_FLATTENED)
    if head[:8] == b"sadump\0\0":
        return Sniffed(
            SADUMP,
            translate("Dumps", "a Fujitsu sadump: open it with crash, which reads it directly"),
        )
    if head[:16] in (b"LibvirtQemudSave", b"LibvirtQemudPart"):
        return Sniffed(LIBVIRT_SAVE, translate_marked("Dumps", _SAVE_MESSAGE))
    if head[:4] == b"QEVM":
        return Sniffed(QEMU_SAVEVM, translate_marked("Dumps", _SAVE_MESSAGE))
    for magic, kind in COMPRESSED.items():
        if head.startswith(magic):
            return Sniffed(
                kind,
                translate(
                    "Dumps",
                    "the whole file is {compression}-compressed: decompress it first "
                    "(kdump-tools' KDUMP_COMPRESSION does this), then identify the "
                    "result",
                ).format(compression=kind),
            )
    if len(head) >= 8 and struct.unpack_from("<Q", head)[0] in LKCD_MAGICS:
        return Sniffed(LKCD, translate("Dumps", "a legacy LKCD dump"))
    if len(head) >= 4:
        (u32,) = struct.unpack_from("<I", head)
        if u32 in vmware.MAGICS:
            return Sniffed(VMSN if name.endswith("vmsn") else VMSS)
        if u32 in XC_CORE_MAGICS:
            return Sniffed(XC_CORE, translate("Dumps", "a Xen xc_core dump: open it with crash"))
    if name.endswith(".vmem"):
        return Sniffed(VMEM)
    return Sniffed(RAW)


_SAVE_MESSAGE = QT_TRANSLATE_NOOP(
    "Dumps",
    "a QEMU/libvirt saved state (migration stream), which crash cannot read; "
    "take the dump again with `virsh dump --memory-only` (ELF or kdump format)",
)
