"""The lab's real Linux guests: SSH, a real NMI panic, hypervisor dumps, in-guest kdump.

Everything here runs against the lab's libvirt + QEMU (TCG) guests booted from
Debian's cloud kernel; the kernel release comes from the lab status, never from
the test.
"""

from __future__ import annotations

import re
import struct
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from backends.lab import assets, guest
from tests.conftest import LabHandle, require_lab

pytestmark = pytest.mark.lab

NMI_LINE = "Uhhuh. NMI received"
NMI_PANIC = "Kernel panic - not syncing: NMI: Not continuing"


def _ssh_run(info: dict[str, Any], command: str) -> str:
    client = guest.ssh_client(info)
    try:
        _, out, err = client.exec_command(command, timeout=30)
        text = out.read().decode()
        assert out.channel.recv_exit_status() == 0, err.read().decode()
        return text
    finally:
        client.close()


# -- a tiny VMCOREINFO reader (ELF PT_NOTE or kdump-compressed sub-header) --------


def vmcoreinfo(path: Path) -> dict[str, str]:
    """KEY=VALUE pairs of a dump's VMCOREINFO."""
    with open(path, "rb") as fh:
        head = fh.read(8)
        if head[:4] == b"\x7fELF":
            raw = _elf_vmcoreinfo(fh)
        elif head == b"KDUMP   ":
            fh.seek(428)
            (block_size,) = struct.unpack("<I", fh.read(4))
            fh.seek(block_size + 32)  # kdump_sub_header.offset_vmcoreinfo / size_vmcoreinfo
            offset, size = struct.unpack("<QQ", fh.read(16))
            fh.seek(offset)
            raw = fh.read(size)
        else:
            raise AssertionError(f"{path.name}: unexpected dump signature {head!r}")
    pairs = (line.partition("=") for line in raw.decode(errors="replace").splitlines())
    return {k: v for k, sep, v in pairs if sep}


def _elf_vmcoreinfo(fh: Any) -> bytes:
    fh.seek(32)
    (phoff,) = struct.unpack("<Q", fh.read(8))
    fh.seek(54)
    phentsize, phnum = struct.unpack("<HH", fh.read(4))
    for i in range(phnum):
        fh.seek(phoff + i * phentsize)
        p_type, _, p_offset, _, _, p_filesz = struct.unpack("<IIQQQQ", fh.read(40))
        if p_type != 4:  # PT_NOTE
            continue
        fh.seek(p_offset)
        notes = fh.read(p_filesz)
        pos = 0
        while pos + 12 <= len(notes):
            namesz, descsz, _ = struct.unpack_from("<III", notes, pos)
            name = notes[pos + 12 : pos + 12 + namesz].rstrip(b"\0")
            desc_at = pos + 12 + ((namesz + 3) & ~3)
            if name == b"VMCOREINFO":
                return notes[desc_at : desc_at + descsz]
            pos = desc_at + ((descsz + 3) & ~3)
    raise AssertionError("no VMCOREINFO note in the ELF dump")


# -- the practice guest ------------------------------------------------------------


@pytest.fixture(scope="module")
def practice(lab: LabHandle) -> dict[str, Any]:
    status = lab.ensure("libvirt")
    info = dict(status["libvirt"])
    info["kernel_release"] = status["kernel_release"]
    return info


def test_practice_guest_ssh_sysctls_and_sftp(practice: dict[str, Any]) -> None:
    out = _ssh_run(
        practice,
        "cat /proc/sys/kernel/unknown_nmi_panic /proc/sys/kernel/panic_on_unrecovered_nmi;"
        " uname -r",
    ).split()
    assert out == ["1", "1", practice["kernel_release"]]
    client = guest.ssh_client(practice)
    try:
        sftp = client.open_sftp()
        st = sftp.stat("/etc/os-release")
        assert st.st_size and st.st_size > 0
        with sftp.open("/etc/os-release") as fh:
            assert "ID=hangdump-practice" in fh.read().decode()
        sftp.close()
    finally:
        client.close()


@pytest.fixture(scope="module")
def panicked(
    practice: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Any]]:
    """NMI the practice guest, take memory-only dumps; boot it again afterwards."""
    import libvirt

    out = tmp_path_factory.mktemp("memdump")
    conn, dom = guest.domain(practice)
    try:
        t0 = time.monotonic()
        dom.injectNMI(0)
        guest.wait_console(practice, re.escape(NMI_PANIC), 30)
        nmi_to_panic = time.monotonic() - t0
        print(f"\nNMI -> panic on the console: {nmi_to_panic:.2f} s")
        dumps: dict[str, Path] = {}
        for fmt, flag in (
            ("kdump-zlib", libvirt.VIR_DOMAIN_CORE_DUMP_FORMAT_KDUMP_ZLIB),
            ("elf", libvirt.VIR_DOMAIN_CORE_DUMP_FORMAT_RAW),
        ):
            path = out / f"{fmt}.dump"
            t0 = time.monotonic()
            dom.coreDumpWithFormat(str(path), flag, libvirt.VIR_DUMP_MEMORY_ONLY)
            took = time.monotonic() - t0
            print(f"memory-only dump {fmt}: {took:.1f} s, {path.stat().st_size / 2**20:.0f} MiB")
            dumps[fmt] = path
    finally:
        conn.close()
    yield {"dumps": dumps, "console": guest.console_text(practice)}
    guest.restart(practice)  # later tests get a healthy guest


def test_nmi_panics_the_practice_guest(panicked: dict[str, Any]) -> None:
    console = panicked["console"]
    assert NMI_LINE in console
    assert NMI_PANIC in console


def test_memory_only_dumps_have_the_expected_formats(
    panicked: dict[str, Any], practice: dict[str, Any]
) -> None:
    zlib, elf = panicked["dumps"]["kdump-zlib"], panicked["dumps"]["elf"]
    # QEMU's kdump-zlib output is makedumpfile's *flattened* format.
    assert zlib.read_bytes()[:16] == b"makedumpfile" + b"\0" * 4
    assert elf.read_bytes()[:4] == b"\x7fELF"
    assert vmcoreinfo(elf)["OSRELEASE"] == practice["kernel_release"]


@pytest.mark.parametrize("fmt", ["kdump-zlib", "elf"])
def test_crash_opens_the_memory_only_dumps(
    panicked: dict[str, Any], practice: dict[str, Any], fmt: str
) -> None:
    from backends.errors import LabError

    a = assets.load()
    try:
        crash = a.require("crash")
    except LabError as exc:
        require_lab(str(exc))
    t0 = time.monotonic()
    proc = subprocess.run(
        [crash, "-s", a.require("vmlinux"), str(panicked["dumps"][fmt])],
        input="sys\nps\nquit\n",
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    print(f"\ncrash on {fmt}: {time.monotonic() - t0:.1f} s")
    out = proc.stdout
    assert re.search(rf"RELEASE: {re.escape(practice['kernel_release'])}\s", out), out[-2000:]
    assert re.search(r"PANIC: .*NMI: Not continuing", out), out[-2000:]
    tasks = [line for line in out.splitlines() if re.match(r"^\s*>?\s*\d+\s+\d+\s+\d+\s+", line)]
    assert len(tasks) > 1, out[-2000:]


# -- the kdump guest ---------------------------------------------------------------


@pytest.fixture(scope="module")
def kdump_guest(lab: LabHandle) -> dict[str, Any]:
    status = lab.ensure("kdump_guest")
    info = dict(status["kdump_guest"])
    info["kernel_release"] = status["kernel_release"]
    return info


def test_kdump_guest_saves_a_vmcore_after_nmi(kdump_guest: dict[str, Any], tmp_path: Path) -> None:
    ready = _ssh_run(
        kdump_guest,
        "cat /sys/kernel/kexec_crash_loaded; grep -c 'Crash kernel' /proc/iomem;"
        " grep -c ' /var/crash ' /proc/mounts",
    ).split()
    assert ready == ["1", "1", "1"], ready

    start = len(guest.console_text(kdump_guest))
    conn, dom = guest.domain(kdump_guest)
    try:
        t0 = time.monotonic()
        dom.injectNMI(0)
    finally:
        conn.close()
    saved = guest.wait_console(kdump_guest, r"HANGDUMP-KDUMP-SAVED \S+ \S+", 300, start=start)
    t_saved = time.monotonic() - t0
    _, dump_dir, how = saved.split()
    after = guest.console_text(kdump_guest).index(saved, start)
    guest.wait_console(kdump_guest, r"HANGDUMP-GUEST-READY \S+", 120, start=after)
    t_ready = time.monotonic() - t0
    client = guest.ssh_client(kdump_guest)
    t_ssh = time.monotonic() - t0
    try:
        sftp = client.open_sftp()
        remote = f"/var/crash/{dump_dir}/vmcore"
        local = tmp_path / "vmcore"
        t1 = time.monotonic()
        sftp.get(remote, str(local))
        t_fetch = time.monotonic() - t1
        names = sftp.listdir(f"/var/crash/{dump_dir}")
        sftp.close()
    finally:
        client.close()
    print(
        f"\nkdump: NMI -> saved ({how}) {t_saved:.1f} s, -> ready marker {t_ready:.1f} s,"
        f" -> SSH {t_ssh:.1f} s; vmcore {local.stat().st_size / 2**20:.1f} MiB fetched"
        f" in {t_fetch:.1f} s; files {names}"
    )
    assert vmcoreinfo(local)["OSRELEASE"] == kdump_guest["kernel_release"]
