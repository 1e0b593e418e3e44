"""The raw-memory scan: the running kernel wins over stale strings of other kernels."""

from __future__ import annotations

from pathlib import Path

import pytest

from backends.cancel import CancelToken
from backends.dumps import identify
from backends.errors import Cancelled
from tests import dumpgen
from tests.dumpgen import Kernel

MIB = 1 << 20
OLD = Kernel(
    release="5.14.0-362.8.1.el9_3.x86_64",
    version="#1 SMP PREEMPT_DYNAMIC Tue Oct 3 11:12:36 EDT 2023",
    build_id="cc" * 20,
    uts_vaddr=dumpgen.START_KERNEL_MAP + 0x1F00000,
    phys_base=0x100000,
)
OLDER = Kernel(release="5.10.0-8-amd64", version="#1 SMP Debian 5.10.46-4 (2021-08-03)")


def image(tmp_path: Path, buf: bytearray, name: str = "mem.raw") -> Path:
    p = tmp_path / name
    p.write_bytes(bytes(buf))
    return p


def test_running_kernel_beats_stale_vmcoreinfo_banners_and_cmdlines(tmp_path: Path) -> None:
    k = Kernel()
    buf = dumpgen.raw_memory(64 * MIB, k, vmcoreinfo_at=40 * MIB)
    # Earlier in the file than anything of the running kernel: a stale VMCOREINFO of the
    # previous boot (its init_uts_ns address now holds other data), its .rodata banner
    # in freed RAM, and page-cache copies of old logs with banners and BOOT_IMAGE=.
    dumpgen.put(buf, 0x10000, OLD.vmcoreinfo())
    dumpgen.put(buf, 0x20000, b"\0" + OLD.banner() + b"\0")
    dumpgen.plant_stale(buf, 0x100000, OLD, copies=8)
    dumpgen.plant_stale(buf, 0x200000, OLDER, copies=8)
    info = identify(image(tmp_path, buf))
    assert (info.format, info.kernel_release, info.source) == ("raw", k.release, "vmcoreinfo-scan")
    assert info.fields_from["kernel_release"] == "memory scan (verified against init_uts_ns)"
    assert info.build_id == k.build_id and info.kernel_offset == k.kernel_offset
    assert info.kernel_version == k.version
    assert info.scan is not None and info.scan["stopped_early"]
    assert any(OLD.release in c for c in info.candidates)


def test_without_vmcoreinfo_utsname_and_banner_beat_log_copies(tmp_path: Path) -> None:
    k = Kernel()
    buf = dumpgen.raw_memory(64 * MIB, k, vmcoreinfo_at=None, cmdline_at=None)
    dumpgen.plant_stale(buf, 0x100000, OLD, copies=30)
    dumpgen.plant_stale(buf, 0x400000, OLDER, copies=30)
    dumpgen.put(buf, 0x20000, b"\0" + OLD.banner() + b"\0")  # old .rodata in freed RAM
    info = identify(image(tmp_path, buf))
    assert info.kernel_release == k.release
    assert info.source == "utsname-scan"
    assert info.scan is not None and info.scan["passes"] == 2
    assert any("other kernels" in w for w in info.warnings)
    assert info.distro is not None and info.distro.package_version == "6.1.192-3"


def test_cmdline_only(tmp_path: Path) -> None:
    buf = bytearray(8 * MIB)
    dumpgen.put(buf, 5 * MIB, b"BOOT_IMAGE=(hd0,gpt2)/vmlinuz-5.14.0-503.22.1.el9_5.x86_64 ro\0")
    info = identify(image(tmp_path, buf))
    assert (info.kernel_release, info.source) == ("5.14.0-503.22.1.el9_5.x86_64", "cmdline-scan")


def test_banner_format_string_and_osrelease_percent_are_rejected(tmp_path: Path) -> None:
    buf = bytearray(4 * MIB)
    dumpgen.put(buf, 4096, b"\0OSRELEASE=%s\nPAGESIZE=%ld\n\0Linux version %s (%s@%s) (%s) %s\n\0")
    info = identify(image(tmp_path, buf))
    assert info.format == "unknown" and info.kernel_release is None
    assert "BOOT_IMAGE" in info.message


def test_anchor_across_segment_boundary(tmp_path: Path) -> None:
    from backends.dumps import scan

    k = Kernel()
    buf = dumpgen.raw_memory(48 * MIB, k, vmcoreinfo_at=scan.SEGMENT - 20)
    info = identify(image(tmp_path, buf))
    assert info.source == "vmcoreinfo-scan" and info.scan is not None
    assert info.scan["stopped_early"]


def test_progress_and_cancel(tmp_path: Path) -> None:
    p = image(tmp_path, bytearray(40 * MIB))
    seen: list[tuple[int, int]] = []
    identify(p, lambda done, total, text: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1] == 40 * MIB  # the last pass reached the end
    token = CancelToken()

    def cancel_soon(done: int, total: int, text: str) -> None:
        token.cancel()

    with pytest.raises(Cancelled):
        identify(p, cancel_soon, token)
