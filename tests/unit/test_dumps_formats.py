"""identify() on synthetic files of every format (layouts: reference/dumps-and-crash.md)."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest

from backends.cli import main as cli_main
from backends.dumps import identify
from backends.dumps.sniff import sniff
from backends.errors import UserError
from tests import dumpgen, vmware_gen
from tests.dumpgen import Kernel

MIB = 1 << 20
DESIGN_KEYS = {
    "format",
    "kernel_release",
    "source",
    "build_id",
    "kernel_offset",
    "distro",
    "debuginfo",
}


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


@pytest.fixture
def k() -> Kernel:
    return Kernel()


def test_elf_core_with_vmcoreinfo_note(tmp_path: Path, k: Kernel) -> None:
    mem = bytes(dumpgen.raw_memory(64 * MIB, k, vmcoreinfo_at=None, banner_at=None))
    notes = dumpgen.note(b"CORE", 1, b"\0" * 336) + dumpgen.note(
        b"VMCOREINFO", 0, k.vmcoreinfo(crashtime=17)
    )
    info = identify(write(tmp_path, "vmcore", dumpgen.elf_core(mem, notes, split_at=32 * MIB)))
    assert (info.format, info.kernel_release, info.source) == ("elf", k.release, "vmcoreinfo")
    assert info.build_id == k.build_id
    assert (info.kernel_offset, info.phys_base) == (k.kernel_offset, k.phys_base)
    assert (info.pagesize, info.crashtime, info.machine) == (4096, 17, "x86_64")
    # uname -v read from init_uts_ns in the dumped RAM, through the second PT_LOAD
    assert info.kernel_version == k.version
    assert info.fields_from["kernel_release"] == "VMCOREINFO note OSRELEASE"
    assert info.distro is not None and info.distro.name == "debian"
    assert info.distro.package_version == "6.1.192-3"
    j = info.to_json()
    assert j.keys() >= DESIGN_KEYS
    assert j["kernel_offset"] == "0x2a000000"
    assert j["debuginfo"]["package"] == f"linux-image-{k.release}-dbg"
    assert j["debuginfo"]["vmlinux_path"] == f"/usr/lib/debug/boot/vmlinux-{k.release}"
    json.dumps(j)


def test_elf_pn_xnum(tmp_path: Path, k: Kernel) -> None:
    notes = dumpgen.note(b"VMCOREINFO", 0, k.vmcoreinfo())
    data = dumpgen.elf_core(bytes(4 * MIB), notes, xnum=True)
    assert struct.unpack_from("<H", data, 56)[0] == 0xFFFF
    info = identify(write(tmp_path, "x.core", data))
    assert info.kernel_release == k.release and info.source == "vmcoreinfo"


def test_elf_without_vmcoreinfo_scans_memory(tmp_path: Path, k: Kernel) -> None:
    mem = bytes(dumpgen.raw_memory(48 * MIB, k))
    data = dumpgen.elf_core(mem, dumpgen.note(b"CORE", 1, b"\0" * 336))
    info = identify(write(tmp_path, "novmci.core", data))
    assert info.kernel_release == k.release
    assert info.source == "vmcoreinfo-scan"  # the in-RAM block, verified through PT_LOADs
    assert info.build_id == k.build_id
    assert any("no VMCOREINFO note" in w for w in info.warnings)


def test_kdump_prefers_vmcoreinfo_and_reads_sub_header(tmp_path: Path, k: Kernel) -> None:
    info = identify(write(tmp_path, "dump.kdump", dumpgen.kdump_file(k, k.release)))
    assert (info.format, info.kernel_release, info.source) == ("kdump", k.release, "vmcoreinfo")
    assert info.fields_from["kernel_release"] == "VMCOREINFO (kdump sub-header) OSRELEASE"
    assert info.kernel_version == k.version  # utsname.version from the header
    assert info.crashtime == 1_700_000_000 and info.phys_base == k.phys_base


def test_kdump_qemu_style_empty_release(tmp_path: Path, k: Kernel) -> None:
    info = identify(write(tmp_path, "qemu.kdump", dumpgen.kdump_file(k, header_release="")))
    assert info.kernel_release == k.release and info.source == "vmcoreinfo"


def test_kdump_header_only(tmp_path: Path) -> None:
    old = Kernel(release="5.14.0-503.22.1.el9_5.x86_64", version="#1 SMP PREEMPT_DYNAMIC")
    info = identify(
        write(tmp_path, "v2", dumpgen.kdump_file(None, old.release, header_version=2, status=2))
    )
    assert (info.kernel_release, info.source) == (old.release, "kdump-header")
    assert any("make lzo" in w for w in info.warnings)
    assert info.distro is not None and info.distro.name == "rhel"


@pytest.mark.parametrize("reverse", [False, True])
def test_flattened_kdump(tmp_path: Path, k: Kernel, reverse: bool) -> None:
    flat = dumpgen.flatten(dumpgen.kdump_file(k), record=777, reverse=reverse)
    info = identify(write(tmp_path, "dump.flat", flat))
    assert (info.format, info.kernel_release, info.source) == (
        "kdump-flattened",
        k.release,
        "vmcoreinfo",
    )
    assert any("makedumpfile -R" in w for w in info.warnings)


def test_flattened_elf(tmp_path: Path, k: Kernel) -> None:
    core = dumpgen.elf_core(bytes(MIB), dumpgen.note(b"VMCOREINFO", 0, k.vmcoreinfo()))
    info = identify(write(tmp_path, "elf.flat", dumpgen.flatten(core, record=4096)))
    assert (info.format, info.kernel_release) == ("elf-flattened", k.release)


def test_diskdump_header(tmp_path: Path) -> None:
    data = bytearray(dumpgen.kdump_file(None, "2.6.18-8.el5"))
    data[:8] = b"DISKDUMP"
    info = identify(write(tmp_path, "old", bytes(data)))
    assert (info.format, info.kernel_release, info.source) == (
        "diskdump",
        "2.6.18-8.el5",
        "kdump-header",
    )


@pytest.mark.parametrize(
    ("head", "fmt", "words"),
    [
        (b"QEVM\0\0\0\3" + bytes(64), "qemu-savevm", "--memory-only"),
        (b"LibvirtQemudSave" + bytes(64), "libvirt-save", "--memory-only"),
        (b"sadump\0\0" + bytes(64), "sadump", "crash"),
        (b"\x1f\x8b\x08\0" + bytes(64), "gzip", "decompress"),
        (b"\xfd7zXZ\0" + bytes(64), "xz", "decompress"),
        (b"BZh91AY" + bytes(64), "bzip2", "decompress"),
        (b"\x04\x22\x4d\x18" + bytes(64), "lz4", "decompress"),
        (struct.pack("<Q", 0xA8190173618F23ED) + bytes(64), "lkcd", "LKCD"),
        (struct.pack("<I", 0xF00FEBED) + bytes(64), "xc-core", "Xen"),
    ],
)
def test_formats_explained(tmp_path: Path, head: bytes, fmt: str, words: str) -> None:
    info = identify(write(tmp_path, "f", head))
    assert info.format == fmt and words in info.message and info.kernel_release is None


def test_both_vmware_magic_sets() -> None:
    for magic in (0xBED2BED2, 0xBED3BED3, 0xBED0BED0, 0xBAD1BAD1, 0xBAD2BAD2, 0xBED2BED0):
        assert sniff(struct.pack("<I", magic) + bytes(8), "x.vmsn").format == "vmware-vmsn"
    assert sniff(bytes.fromhex("D0BED2BE") + bytes(8), "a.vmss").format == "vmware-vmss"


def test_vmss_with_vmem_beside(tmp_path: Path, k: Kernel) -> None:
    # two regions with a hole, as for guests > 3 GiB: phys 0..16M, then 32M..80M
    mem = dumpgen.raw_memory(80 * MIB, k)
    vmem = bytes(mem[: 16 * MIB]) + bytes(mem[32 * MIB : 80 * MIB])
    regions = [(0, 0, 4096), (4096, 8192, 12288)]
    write(tmp_path, "guest-Snapshot1.vmsn", vmware_gen.checkpoint(regions))
    write(tmp_path, "guest-Snapshot1.vmem", vmem)
    (tmp_path / "guest.vmx").write_text(vmware_gen.vmx("5.10.0-8-amd64"))
    info = identify(tmp_path / "guest-Snapshot1.vmsn")
    assert info.format == "vmware-vmsn" and info.vmem == str(tmp_path / "guest-Snapshot1.vmem")
    assert (info.kernel_release, info.source) == (k.release, "vmcoreinfo-scan")
    assert "verified" in info.fields_from["kernel_release"]  # init_uts_ns found via regions
    assert any("stale" in w and "5.10.0-8-amd64" in w for w in info.warnings)
    # opening the .vmem itself finds the checkpoint for the region map
    direct = identify(tmp_path / "guest-Snapshot1.vmem")
    assert (direct.format, direct.kernel_release) == ("vmware-vmem", k.release)


def test_vmss_renamed_pair_and_vmx_hint(tmp_path: Path) -> None:
    write(tmp_path, "vm.vmss", vmware_gen.checkpoint())
    write(tmp_path, "vm-renamed.vmem", bytes(MIB))
    (tmp_path / "vm.vmx").write_text(vmware_gen.vmx("5.14.0-503.22.1.el9_5.x86_64"))
    info = identify(tmp_path / "vm.vmss")
    assert "vm.vmem" in info.message and "missing" in info.message
    assert (info.kernel_release, info.source) == ("5.14.0-503.22.1.el9_5.x86_64", "vmx-hint")


def test_vmss_memory_inside(tmp_path: Path, k: Kernel) -> None:
    mem = bytes(dumpgen.raw_memory(48 * MIB, k))
    info = identify(write(tmp_path, "esx.vmss", vmware_gen.checkpoint(memory=mem)))
    assert (info.kernel_release, info.source, info.vmem) == (k.release, "vmcoreinfo-scan", None)
    compressed = vmware_gen.checkpoint(memory=bytes(4096), compressed=True)
    info = identify(write(tmp_path, "c.vmss", compressed))
    assert any("compressed" in w for w in info.warnings)


def test_cli_json_and_text(tmp_path: Path, k: Kernel, capsys: pytest.CaptureFixture[str]) -> None:
    p = write(tmp_path, "d.kdump", dumpgen.kdump_file(k))
    assert cli_main(["identify", str(p), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc.keys() >= DESIGN_KEYS and doc["kernel_release"] == k.release
    assert doc["debuginfo"]["urls"] and doc["source"] == "vmcoreinfo"
    assert cli_main(["identify", str(p)]) == 0
    out = capsys.readouterr().out
    assert f"kernel release: {k.release}" in out and "linux-image-" in out
    assert cli_main(["identify", str(tmp_path / "missing")]) == 1
    assert "Cannot read" in capsys.readouterr().err


def test_unreadable_and_directory(tmp_path: Path) -> None:
    with pytest.raises(UserError):
        identify(tmp_path)
    with pytest.raises(UserError):
        identify(tmp_path / "nope")


def test_empty_and_truncated(tmp_path: Path, k: Kernel) -> None:
    assert identify(write(tmp_path, "e", b"")).format == "truncated"
    cut = dumpgen.kdump_file(k)[:300]
    info = identify(write(tmp_path, "cut", cut))
    assert info.format == "truncated" and "464" in info.message
