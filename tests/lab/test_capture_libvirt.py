"""Issue 3 against the real lab: inventory, NMI, memory dump and the kdump path
through libvirt-python (qemu:///system) and through virsh over SSH."""

from __future__ import annotations

import contextlib
import json
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from backends.lab import guest
from tests.conftest import LabHandle
from tests.lab.helpers import address, crash_batch, hangdump, ssh_options, task_lines

pytestmark = pytest.mark.lab

NMI_PANIC = "Kernel panic - not syncing: NMI: Not continuing"


@pytest.fixture(scope="module")
def status(lab: LabHandle) -> dict[str, Any]:
    return lab.ensure("libvirt")


@pytest.fixture
def practice(status: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The practice guest, healthy before the test and restored after it."""
    info = status["libvirt"]
    if NMI_PANIC in guest.console_text(info):
        guest.restart(info)
    yield info
    if NMI_PANIC in guest.console_text(info):
        guest.restart(info)


@pytest.fixture
def cases(tmp_path: Path) -> dict[str, str]:
    return {
        "HANGDUMP_CASE_ROOT": str(tmp_path / "cases"),
        "HANGDUMP_DATA_DIR": str(tmp_path / "data"),
    }


def test_inventory_lists_the_practice_guest(practice: dict[str, Any]) -> None:
    proc = hangdump("inventory", "--connection", "qemu:///system", "--json")
    assert proc.returncode == 0, proc.stderr
    vms = {v["name"]: v for v in json.loads(proc.stdout)}
    mine = vms[practice["guest"]]
    assert mine["id"] == practice["uuid"]
    assert mine["power_state"] == "on"
    assert mine["memory_mib"] == 512
    assert {"name", "id", "power_state", "guest_os", "host", "memory_mib", "path"} <= mine.keys()


def test_nmi_without_yes_refuses_and_changes_nothing(
    practice: dict[str, Any], cases: dict[str, str]
) -> None:
    before = len(guest.console_text(practice))
    proc = hangdump("nmi", "-c", "qemu:///system", "--vm", practice["uuid"], env=cases)
    assert proc.returncode == 1
    assert "without --yes" in proc.stderr and "hint:" in proc.stderr
    time.sleep(1.0)
    assert "NMI received" not in guest.console_text(practice)[before:]
    assert not Path(cases["HANGDUMP_CASE_ROOT"]).exists()  # no case, no audit: nothing done


def test_nmi_through_libvirt_python_panics_the_guest(
    practice: dict[str, Any], cases: dict[str, str]
) -> None:
    proc = hangdump(
        "nmi", "-c", "qemu:///system", "--vm", practice["uuid"], "--yes", "--json", env=cases
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["method"] == "injectNMI"
    guest.wait_console(practice, re.escape(NMI_PANIC), 30)
    audit = [json.loads(x) for x in (Path(out["case"]) / "audit.jsonl").read_text().splitlines()]
    assert [(r["action"], r["phase"]) for r in audit][:2] == [
        ("send_nmi", "intent"),
        ("send_nmi", "result"),
    ]
    assert audit[0]["vm_id"] == practice["uuid"] and audit[1]["ok"] is True


def test_memdump_opens_in_crash_with_the_right_release(
    practice: dict[str, Any], status: dict[str, Any], cases: dict[str, str], tmp_path: Path
) -> None:
    proc = hangdump(
        "memdump",
        "-c",
        "qemu:///system",
        "--vm",
        practice["guest"],
        "--dest",
        str(tmp_path / "dumps"),
        "--json",
        env=cases,
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    dump = Path(out["dump"])
    rec = out["file"][0]
    assert dump.stat().st_size == rec["size"] and len(rec["sha256"]) == 64
    assert not Path(rec["source"]).exists(), "the host copy is removed after verification"
    text = crash_batch(dump)
    assert re.search(rf"RELEASE: {re.escape(status['kernel_release'])}\s", text), text[-3000:]
    assert len(task_lines(text)) > 1, text[-3000:]


def test_vm_not_found_is_a_clear_error() -> None:
    proc = hangdump("nmi", "-c", "qemu:///system", "--vm", "no-such-vm-here", "--yes")
    assert proc.returncode == 1
    assert "No VM named or with id 'no-such-vm-here'" in proc.stderr
    assert "hangdump inventory" in proc.stderr


def test_powered_off_vm_is_refused(status: dict[str, Any], cases: dict[str, str]) -> None:
    import libvirt

    xml = (
        "<domain type='qemu'><name>hangdump-test-off</name><memory unit='MiB'>64</memory>"
        "<os><type arch='x86_64'>hvm</type></os></domain>"
    )
    conn = libvirt.open("qemu:///system")
    dom = conn.defineXML(xml)
    try:
        proc = hangdump(
            "nmi", "-c", "qemu:///system", "--vm", "hangdump-test-off", "--yes", env=cases
        )
        assert proc.returncode == 1
        assert "is off" in proc.stderr and "needs a running VM" in proc.stderr, proc.stderr
    finally:
        dom.undefine()
        conn.close()


def test_kdump_guest_nmi_ends_with_the_vmcore_in_the_case(
    lab: LabHandle, cases: dict[str, str]
) -> None:
    status = lab.ensure("kdump_guest")
    info = status["kdump_guest"]
    t0 = time.monotonic()
    proc = hangdump(
        "nmi",
        "-c",
        "qemu:///system",
        "--vm",
        info["uuid"],
        "--yes",
        "--guest",
        address(info["ssh"]),
        *ssh_options(info["ssh"]),
        "--timeout",
        "300",
        "--json",
        env=cases,
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    vmcore = Path(out["vmcore"])
    print(
        f"\nNMI -> vmcore fetched into the case: {time.monotonic() - t0:.1f} s, "
        f"{vmcore.stat().st_size / 2**20:.1f} MiB"
    )
    assert vmcore.parent == Path(out["case"]) / "files"
    from backends.dumps.identify import identify

    info_dump = identify(vmcore)
    assert info_dump.kernel_release == status["kernel_release"]
    case = json.loads((Path(out["case"]) / "case.json").read_text())
    assert case["files"][0]["sha256"] == case["files"][0]["remote_sha256"]


# -- virsh over SSH (the host's own virsh, through the lab's OpenSSH) -------------------

HOSTILE = [
    "sp ace",
    "quo'te",
    'dq"uote',
    "$(touch hd-pwned-virsh)",
    "semi;colon",
    "back`tick`",
]


@pytest.fixture(scope="module")
def virsh_lab(lab: LabHandle) -> Iterator[dict[str, Any]]:
    import libvirt

    status = lab.ensure("libvirt", "sshd")
    conn = libvirt.open("qemu:///system")
    for name in HOSTILE:  # left over by an interrupted run
        with contextlib.suppress(libvirt.libvirtError):
            conn.lookupByName(name).undefine()
    from xml.sax.saxutils import escape

    defined = []
    try:
        for i, name in enumerate(HOSTILE):
            xml = (
                f"<domain type='qemu'><name>{escape(name)}</name>"
                f"<memory unit='MiB'>{64 + i}</memory>"
                "<os><type arch='x86_64'>hvm</type></os></domain>"
            )
            defined.append(conn.defineXML(xml))
        yield status
    finally:
        for dom in defined:
            dom.undefine()
        conn.close()


def _virsh_uri(sshd: dict[str, Any]) -> str:
    return f"virsh+ssh://{sshd['user']}@{sshd['host']}:{sshd['port']}"


def test_virsh_over_ssh_inventory_and_hostile_names(virsh_lab: dict[str, Any]) -> None:
    sshd = virsh_lab["sshd"]
    proc = hangdump("inventory", "-c", _virsh_uri(sshd), *ssh_options(sshd), "--json")
    assert proc.returncode == 0, proc.stderr
    vms = {v["name"]: v for v in json.loads(proc.stdout)}
    assert vms[virsh_lab["libvirt"]["guest"]]["id"] == virsh_lab["libvirt"]["uuid"]
    for i, name in enumerate(HOSTILE):
        assert vms[name]["power_state"] == "off" and vms[name]["memory_mib"] == 64 + i
        proc = hangdump("nmi", "-c", _virsh_uri(sshd), *ssh_options(sshd), "--vm", name, "--yes")
        assert proc.returncode == 1 and "running" in proc.stderr, proc.stderr
    # libvirt forbids '/' in names: the command would run in the SSH user's home
    assert not (Path.home() / "hd-pwned-virsh").exists()
    assert not Path("hd-pwned-virsh").exists()


def test_virsh_over_ssh_nmi_panics_the_guest(
    virsh_lab: dict[str, Any], cases: dict[str, str]
) -> None:
    sshd, info = virsh_lab["sshd"], virsh_lab["libvirt"]
    if NMI_PANIC in guest.console_text(info):
        guest.restart(info)
    try:
        proc = hangdump(
            "nmi",
            "-c",
            _virsh_uri(sshd),
            *ssh_options(sshd),
            "--vm",
            info["guest"],
            "--yes",
            "--json",
            env=cases,
        )
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout)["method"] == "virsh inject-nmi"
        guest.wait_console(info, re.escape(NMI_PANIC), 30)
    finally:
        guest.restart(info)


def test_unknown_ssh_host_key_is_refused_with_its_fingerprint(
    virsh_lab: dict[str, Any], tmp_path: Path
) -> None:
    sshd = virsh_lab["sshd"]
    env = {"HANGDUMP_DATA_DIR": str(tmp_path / "data"), "HOME": str(tmp_path)}
    proc = hangdump("inventory", "-c", _virsh_uri(sshd), "--identity", sshd["key"], env=env)
    assert proc.returncode == 1
    assert "is not known yet" in proc.stderr and "SHA256:" in proc.stderr
    fp = re.search(r"(SHA256:\S+?)\.", proc.stderr)
    assert fp is not None
    ok = hangdump(
        "inventory",
        "-c",
        _virsh_uri(sshd),
        "--identity",
        sshd["key"],
        "--accept-host-key",
        fp.group(1),
        env=env,
    )
    assert ok.returncode == 0, ok.stderr
    # now a changed key must be a hard stop
    kh = tmp_path / "data" / "known_hosts"
    line = kh.read_text().split()
    fake = "AAAAC3NzaC1lZDI1NTE5AAAAIHN0YW5kLWluIGtleSBmb3IgdGVzdHMgb25seSEhISE="
    kh.write_text(f"{line[0]} ssh-ed25519 {fake}\n")
    bad = hangdump("inventory", "-c", _virsh_uri(sshd), "--identity", sshd["key"], env=env)
    assert bad.returncode == 1 and "has CHANGED" in bad.stderr, bad.stderr
