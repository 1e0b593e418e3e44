"""identify on real dumps of the lab's practice guest, and a real debuginfod lookup.

The guest's kernel release, version and build-id come from the lab status. The
VMware pair is made by tests/vmware_gen.py (an imitation of VMware's checkpoint
format) around the guest's real memory.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from backends.dumps import elf, identify
from backends.dumps.source import FileSource
from tests import vmware_gen
from tests.conftest import LabHandle, require_lab
from tests.lab.helpers import ROOT, hangdump

pytestmark = pytest.mark.lab


@pytest.fixture(scope="module")
def status(lab: LabHandle) -> dict[str, Any]:
    return lab.ensure("libvirt")


@pytest.fixture(scope="module")
def dumps(
    lab: LabHandle, status: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    """Memory-only dumps of the running practice guest (it keeps running afterwards).

    Other lab tests may be rebooting the shared guest at this moment; a dump of a
    domain that is not running is retried after the guest is back.
    """
    import libvirt

    from backends.lab import guest

    out = tmp_path_factory.mktemp("identify")
    paths = {}
    for fmt, flag in (
        ("elf", libvirt.VIR_DOMAIN_CORE_DUMP_FORMAT_RAW),
        ("kdump-zlib", libvirt.VIR_DOMAIN_CORE_DUMP_FORMAT_KDUMP_ZLIB),
    ):
        paths[fmt] = out / f"{fmt}.dump"
        for attempt in range(6):
            conn, dom = guest.domain(lab.ensure("libvirt")["libvirt"])
            try:
                dom.coreDumpWithFormat(str(paths[fmt]), flag, libvirt.VIR_DUMP_MEMORY_ONLY)
                break
            except libvirt.libvirtError:
                if attempt == 5:
                    raise
                time.sleep(10)
            finally:
                conn.close()
    paths["raw"] = out / "memory.raw"
    cut_raw(paths["elf"], paths["raw"])
    return paths


def cut_raw(core: Path, raw: Path) -> None:
    """A raw physical image from an ELF core: each PT_LOAD at its physical address."""
    with open(core, "rb") as src, open(raw, "wb") as dst:
        e = elf.parse(FileSource(src.fileno(), os.fstat(src.fileno()).st_size))
        for ext in e.loads():
            src.seek(ext.file_offset)
            dst.seek(ext.phys)
            left = ext.size
            while left:
                chunk = src.read(min(left, 16 << 20))
                dst.write(chunk)
                left -= len(chunk)


def check(info: Any, status: dict[str, Any], fmt: str, source: str) -> None:
    assert (info.format, info.kernel_release, info.source) == (
        fmt,
        status["kernel_release"],
        source,
    ), info.to_json()
    if status.get("build_id"):
        assert info.build_id == status["build_id"]
    assert info.distro is not None and info.distro.name == "debian"
    assert info.distro.package == f"linux-image-{status['kernel_release']}-dbg"


def test_elf_memory_only(dumps: dict[str, Path], status: dict[str, Any]) -> None:
    info = identify(dumps["elf"])
    check(info, status, "elf", "vmcoreinfo")
    assert info.fields_from["kernel_release"] == "VMCOREINFO note OSRELEASE"
    # uname -v from the live init_uts_ns gives Debian's exact package version
    assert info.kernel_version and f"Debian {status['kernel_version']}" in info.kernel_version
    assert info.distro is not None and info.distro.package_version == status["kernel_version"]
    assert info.kernel_offset is not None and info.phys_base is not None


def test_kdump_zlib_flattened(dumps: dict[str, Path], status: dict[str, Any]) -> None:
    info = identify(dumps["kdump-zlib"])
    check(info, status, "kdump-flattened", "vmcoreinfo")
    assert info.fields_from["kernel_release"] == "VMCOREINFO (kdump sub-header) OSRELEASE"


def test_raw_image_cut_from_the_elf(dumps: dict[str, Path], status: dict[str, Any]) -> None:
    info = identify(dumps["raw"])
    check(info, status, "raw", "vmcoreinfo-scan")
    assert info.fields_from["kernel_release"] == "memory scan (verified against init_uts_ns)"
    assert info.kernel_offset == identify(dumps["elf"]).kernel_offset


def test_vmware_pair_around_real_memory(
    dumps: dict[str, Path], status: dict[str, Any], tmp_path: Path
) -> None:
    vmem = tmp_path / "practice-Snapshot1.vmem"
    os.link(dumps["raw"], vmem) if vmem.parent.stat().st_dev == dumps[
        "raw"
    ].stat().st_dev else shutil.copyfile(dumps["raw"], vmem)
    pages = vmem.stat().st_size >> 12
    (tmp_path / "practice-Snapshot1.vmsn").write_bytes(vmware_gen.checkpoint([(0, 0, pages)]))
    info = identify(tmp_path / "practice-Snapshot1.vmsn")
    check(info, status, "vmware-vmsn", "vmcoreinfo-scan")
    assert info.vmem == str(vmem)


def test_lab_crash_opens_the_vmware_pair(
    dumps: dict[str, Path], status: dict[str, Any], tmp_path: Path
) -> None:
    """The seed's method: `crash X.vmsn vmlinux` with X.vmem beside it, KASLR derived by
    crash from the vCPU registers (taken from QEMU's own notes in the ELF dump)."""
    from tests.lab.helpers import crash_batch, task_lines

    vmem = tmp_path / "practice-Snapshot1.vmem"
    shutil.copyfile(dumps["raw"], vmem)
    cpus = vmware_gen.qemu_cpu_states(dumps["elf"])
    assert cpus and all(c.cr3 and c.idtr for c in cpus)
    vmsn = tmp_path / "practice-Snapshot1.vmsn"
    vmsn.write_bytes(vmware_gen.checkpoint([(0, 0, vmem.stat().st_size >> 12)], cpus=cpus))
    out = crash_batch(vmsn)
    assert f"RELEASE: {status['kernel_release']}" in out, out[-3000:]
    assert len(task_lines(out)) > 1, out[-3000:]


def test_cli_json(dumps: dict[str, Path], status: dict[str, Any]) -> None:
    proc = hangdump("identify", str(dumps["kdump-zlib"]), "--json")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["kernel_release"] == status["kernel_release"] and doc["source"] == "vmcoreinfo"
    assert doc["debuginfo"]["vmlinux_path"] == (
        f"/usr/lib/debug/boot/vmlinux-{status['kernel_release']}"
    )


CLIENT = textwrap.dedent("""
    import json, subprocess, sys, time
    from pathlib import Path
    sys.path.insert(0, {root!r})
    from backends.dumps.debuginfod import DebuginfodClient
    from backends.errors import UserError
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    server = subprocess.Popen(["debuginfod", "-p", "{port}", "-d", {db!r}, "-F", "-L", {src!r}],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        client = DebuginfodClient(["http://127.0.0.1:{port}"], cache=Path({cache!r}))
        deadline, last = time.monotonic() + 300, ""
        while time.monotonic() < deadline:  # 404 until debuginfod has scanned the folder
            try:
                path = client.fetch({build_id!r})
                print(json.dumps({{"path": str(path), "size": path.stat().st_size}}))
                break
            except UserError as exc:
                last = exc.message
                time.sleep(1)
        else:
            print(json.dumps({{"error": last}}))
    finally:
        server.terminate()
        server.wait(30)
""")


def test_debuginfod_serves_the_lab_vmlinux(status: dict[str, Any], tmp_path: Path) -> None:
    """Debian's real debuginfod in a private network namespace (it listens on every
    interface and has no listen-address option); the client runs in the same one."""
    if not shutil.which("debuginfod") or not shutil.which("unshare"):
        require_lab("debuginfod (apt-get install debuginfod) and unshare")
    vmlinux, build_id = Path(status["vmlinux"]), status.get("build_id")
    assert build_id, "the lab status has no build_id"
    src = tmp_path / "src"
    src.mkdir()
    (src / vmlinux.name).symlink_to(vmlinux)
    script = CLIENT.format(
        root=str(ROOT),
        port=8002,
        db=str(tmp_path / "db.sqlite"),
        src=str(src),
        cache=str(tmp_path / "cache"),
        build_id=build_id,
    )
    proc = subprocess.run(
        ["unshare", "-n", "--", sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert "path" in result, result
    got = Path(result["path"])
    assert got.stat().st_size == vmlinux.stat().st_size
    assert elf.build_id_of(got) == build_id
