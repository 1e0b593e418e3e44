"""Parse VMCOREINFO text (``KEY=VALUE`` lines) into the facts HangDump reports.

The kernel writes the block in ``kernel/vmcore_info.c``: ``OSRELEASE``,
``BUILD-ID`` (40 hex digits, Linux >= 5.9), ``PAGESIZE``, ``SYMBOL(x)=hex``,
``NUMBER(phys_base)=`` in *decimal*, ``KERNELOFFSET=`` in hex *without* ``0x``,
and ``CRASHTIME=`` only on the panic path.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_RELEASE_RE = re.compile(r"[0-9][0-9A-Za-z._+~-]{0,63}")
_HEX_RE = re.compile(r"(?:0x)?[0-9a-fA-F]{1,16}")
#: The ELF note name of VMCOREINFO (Xen hypervisors use VMCOREINFO_XEN).
NOTE_NAME = b"VMCOREINFO"


@dataclass
class VmcoreInfo:
    """The useful parts of one VMCOREINFO block; None where absent or malformed."""

    entries: dict[str, str] = field(default_factory=dict)
    osrelease: str | None = None
    build_id: str | None = None
    kernel_offset: int | None = None
    phys_base: int | None = None
    pagesize: int | None = None
    crashtime: int | None = None

    def symbol(self, name: str) -> int | None:
        """The address ``SYMBOL(name)=`` gives, or None."""
        return _hex(self.entries.get(f"SYMBOL({name})"))

    def offset(self, name: str) -> int | None:
        """A decimal ``OFFSET(name)=`` value, or None."""
        return _dec(self.entries.get(f"OFFSET({name})"))

    @property
    def complete(self) -> bool:
        """True when this looks like a real block, not a stray ``OSRELEASE=`` string."""
        return self.osrelease is not None and (
            self.pagesize is not None or any(k.startswith("SYMBOL(") for k in self.entries)
        )


def parse(data: bytes, limit: int = 1 << 16) -> VmcoreInfo:
    """Parse a VMCOREINFO block; stops at the first NUL or after ``limit`` bytes."""
    end = data.find(b"\0", 0, limit)
    text = data[: end if end >= 0 else limit].decode("latin-1")
    info = VmcoreInfo()
    for line in text.split("\n"):
        key, sep, value = line.partition("=")
        if not sep or not key or len(key) > 128 or key in info.entries:
            continue
        info.entries[key] = value.strip()
    e = info.entries
    rel = e.get("OSRELEASE", "")
    if _RELEASE_RE.fullmatch(rel):
        info.osrelease = rel
    bid = e.get("BUILD-ID", "").lower()
    if 8 <= len(bid) <= 128 and len(bid) % 2 == 0 and re.fullmatch(r"[0-9a-f]+", bid):
        info.build_id = bid
    info.kernel_offset = _hex(e.get("KERNELOFFSET"))
    info.phys_base = _dec(e.get("NUMBER(phys_base)"))
    info.pagesize = _dec(e.get("PAGESIZE"))
    info.crashtime = _dec(e.get("CRASHTIME"))
    return info


def _hex(value: str | None) -> int | None:
    if value is None or not _HEX_RE.fullmatch(value):
        return None
    return int(value, 16)


def _dec(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(value, 10)
    except ValueError:
        # Some producers print phys_base in hex; accept an explicit 0x form.
        return _hex(value) if value.lower().startswith("0x") else None
