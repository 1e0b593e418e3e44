"""DumpInfo: what ``identify`` found, and its JSON form (DESIGN's contract)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any

from backends.dumps.distro import Distro
from backends.i18n import translate


@dataclass
class DumpInfo:
    """The identity of one dump file.

    ``source`` is one of DESIGN's values: vmcoreinfo, kdump-header, vmx-hint,
    vmcoreinfo-scan, banner-scan, utsname-scan, cmdline-scan (None when unknown).
    """

    path: str
    format: str
    size: int = 0
    kernel_release: str | None = None
    source: str | None = None
    kernel_version: str | None = None  #: ``uname -v`` / the banner's tail
    machine: str | None = None
    build_id: str | None = None
    kernel_offset: int | None = None
    phys_base: int | None = None
    pagesize: int | None = None
    crashtime: int | None = None
    distro: Distro | None = None
    local_vmlinux: str | None = None
    vmem: str | None = None
    message: str = ""
    fields_from: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    candidates: list[str] = field(default_factory=list)
    scan: dict[str, Any] | None = None

    def set(self, name: str, value: Any, origin: str) -> None:
        """Set a field once, remembering where it came from; first source wins."""
        if value is None or value == "" or getattr(self, name) is not None:
            return
        setattr(self, name, value)
        self.fields_from[name] = origin

    def to_json(self) -> dict[str, Any]:
        d = self.distro
        return {
            "format": self.format,
            "kernel_release": self.kernel_release,
            "source": self.source,
            "build_id": self.build_id,
            "kernel_offset": _hex(self.kernel_offset),
            "distro": d.name if d else None,
            "debuginfo": {
                "package": d.package if d else None,
                "vmlinux_path": d.vmlinux_path if d else None,
                "urls": list(d.urls) if d else [],
                "packages": list(d.packages) if d else [],
                "package_version": d.package_version if d else None,
                "debuginfod": list(d.debuginfod) if d else [],
                "notes": list(d.notes) if d else [],
                "local_vmlinux": self.local_vmlinux,
            },
            "path": self.path,
            "size": self.size,
            "kernel_version": self.kernel_version,
            "machine": self.machine,
            "phys_base": _hex(self.phys_base),
            "pagesize": self.pagesize,
            "crashtime": self.crashtime,
            "distro_label": d.label if d else None,
            "vmem": self.vmem,
            "fields_from": dict(self.fields_from),
            "message": self.message,
            "warnings": list(self.warnings),
            "candidates": list(self.candidates),
            "scan": self.scan,
        }

    def to_text(self) -> str:
        """The human summary ``hangdump identify`` prints."""
        rows = [
            (translate("Dumps", "format"), self.format),
            (
                translate("Dumps", "kernel release"),
                self.kernel_release or translate("Dumps", "unknown"),
            ),
        ]
        if self.source:
            rows.append((translate("Dumps", "found in"), self.source))
        for label, value in (
            (translate("Dumps", "version"), self.kernel_version),
            ("build-id", self.build_id),
            (translate("Dumps", "KASLR offset"), _hex(self.kernel_offset)),
            ("phys_base", _hex(self.phys_base)),
            (translate("Dumps", "page size"), self.pagesize),
            (translate("Dumps", "crash time"), self.crashtime),
            (translate("Dumps", "memory file"), self.vmem),
        ):
            if value is not None:
                rows.append((label, str(value)))
        if self.distro and self.distro.name != "unknown":
            rows += [
                (translate("Dumps", "distribution"), self.distro.label),
                (translate("Dumps", "debuginfo"), self.distro.package or "?"),
                (translate("Dumps", "vmlinux path"), self.distro.vmlinux_path or "?"),
            ]
            rows += [(translate("Dumps", "download"), u) for u in self.distro.urls]
            rows += [(translate("Dumps", "note"), n) for n in self.distro.notes]
        if self.local_vmlinux:
            rows.append((translate("Dumps", "local vmlinux"), self.local_vmlinux))
        if self.message:
            rows.append((translate("Dumps", "message"), self.message))
        rows += [(translate("Dumps", "warning"), w) for w in self.warnings]
        width = max(_columns(k) for k, _ in rows)
        return "\n".join(f"{k}:{' ' * (width - _columns(k))} {v}" for k, v in rows)


def _columns(text: str) -> int:
    """Terminal columns of ``text``: CJK (wide) characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _hex(value: int | None) -> str | None:
    return None if value is None else f"{value:#x}"
