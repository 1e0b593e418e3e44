"""qemu+ssh:// through HangDump's own SSH connection, against the lab's OpenSSH and
libvirt: HOME is an empty folder, so ~/.ssh/known_hosts cannot be what makes it work."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import stat
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import LabHandle, require_lab
from tests.lab.helpers import hangdump, ssh_options

pytestmark = pytest.mark.lab

HELPERS = ("virt-ssh-helper", "socat", "nc")


@pytest.fixture(scope="module")
def status(lab: LabHandle) -> dict[str, Any]:
    return lab.ensure("libvirt", "sshd")


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """An empty HOME and data folder; TMPDIR of its own, to see what is left behind."""
    for d in ("home", "data", "tmp", "cases"):
        (tmp_path / d).mkdir()
    return {
        "HOME": str(tmp_path / "home"),
        "HANGDUMP_DATA_DIR": str(tmp_path / "data"),
        "HANGDUMP_CASE_ROOT": str(tmp_path / "cases"),
        "TMPDIR": str(tmp_path / "tmp"),
    }


def _uri(sshd: dict[str, Any]) -> str:
    return f"qemu+ssh://{sshd['user']}@{sshd['host']}:{sshd['port']}/system"


def _helper_pids() -> set[int]:
    """Processes that carry libvirt's RPC on the host (here: this machine)."""
    pids = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        name = os.path.basename(argv[0].decode(errors="replace"))
        if name in HELPERS and (name == "virt-ssh-helper" or b"libvirt" in b" ".join(argv)):
            pids.add(int(entry.name))
    return pids


def _assert_nothing_left(env: dict[str, str], before: set[int]) -> None:
    assert list(Path(env["TMPDIR"]).iterdir()) == [], "the tunnel's socket folder is removed"
    deadline = time.monotonic() + 10
    while (left := _helper_pids() - before) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not left, f"helper processes left on the host: {left}"


@pytest.fixture
def no_leftovers(env: dict[str, str]) -> Iterator[None]:
    before = _helper_pids()
    yield
    _assert_nothing_left(env, before)


def _fingerprint(known_hosts: str) -> str:
    blob = base64.b64decode(Path(known_hosts).read_text().split()[2])
    return "SHA256:" + base64.b64encode(hashlib.sha256(blob).digest()).decode().rstrip("=")


def test_inventory_over_our_ssh_connection(
    status: dict[str, Any], env: dict[str, str], no_leftovers: None
) -> None:
    sshd, practice = status["sshd"], status["libvirt"]
    t0 = time.monotonic()
    proc = hangdump("inventory", "-c", _uri(sshd), *ssh_options(sshd), "--json", env=env)
    tunnel_s = time.monotonic() - t0
    assert proc.returncode == 0, proc.stderr
    vms = {v["name"]: v for v in json.loads(proc.stdout)}
    mine = vms[practice["guest"]]
    assert mine["id"] == practice["uuid"]
    assert mine["power_state"] in ("on", "crashed", "paused")
    assert mine["memory_mib"] == 512
    t0 = time.monotonic()
    local = hangdump("inventory", "-c", "qemu:///system", "--json", env=env)
    local_s = time.monotonic() - t0
    assert local.returncode == 0, local.stderr
    assert {v["id"] for v in json.loads(local.stdout)} == {v["id"] for v in vms.values()}
    print(f"\ninventory: qemu+ssh (tunnel) {tunnel_s:.2f} s, qemu:///system {local_s:.2f} s")


def test_unknown_host_key_stops_with_its_fingerprint(
    status: dict[str, Any], env: dict[str, str], no_leftovers: None
) -> None:
    sshd = status["sshd"]
    proc = hangdump("inventory", "-c", _uri(sshd), "--identity", sshd["key"], env=env)
    assert proc.returncode == 1, proc.stdout
    assert "is not known yet" in proc.stderr, proc.stderr
    assert _fingerprint(sshd["known_hosts"]) in proc.stderr
    assert not (Path(env["HANGDUMP_DATA_DIR"]) / "known_hosts").exists()


def test_memdump_over_qemu_ssh_arrives_verified(
    status: dict[str, Any], env: dict[str, str], tmp_path: Path, no_leftovers: None
) -> None:
    from backends.dumps.identify import identify

    sshd, practice = status["sshd"], status["libvirt"]
    t0 = time.monotonic()
    proc = hangdump(
        "memdump",
        "-c",
        _uri(sshd),
        *ssh_options(sshd),
        "--vm",
        practice["guest"],
        "--dest",
        str(tmp_path / "dumps"),
        "--json",
        env=env,
    )
    elapsed = time.monotonic() - t0
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    dump = Path(out["dump"])
    rec = out["file"][0]
    assert rec["source"].startswith(f"sftp://{sshd['user']}@{sshd['host']}:{sshd['port']}/")
    assert dump.stat().st_size == rec["size"] and len(rec["sha256"]) == 64
    assert hashlib.sha256(dump.read_bytes()).hexdigest() == rec["sha256"]
    host_copy = Path(rec["source"].split(str(sshd["port"]), 1)[1])
    assert not host_copy.exists(), "the host copy is removed after verification"
    assert identify(dump).kernel_release == status["kernel_release"]
    print(f"\nmemdump over qemu+ssh: {elapsed:.1f} s, {rec['size'] / 2**20:.1f} MiB")


def _client(sshd: dict[str, Any]) -> Any:
    from backends.sshconn import SshTarget, connect

    target = SshTarget(sshd["host"], sshd["user"], int(sshd["port"]))
    return connect(target, identity=Path(sshd["key"]), known_hosts=[Path(sshd["known_hosts"])])


def test_the_connection_lives_and_ends_with_the_hypervisor(status: dict[str, Any]) -> None:
    """While open, libvirt's bytes go through a helper under the lab's sshd; close()
    ends the helper, the threads, the SSH connection and the folder."""
    from backends.hypervisors.connect import Access, open_connection

    sshd = status["sshd"]
    before = _helper_pids()
    opened: list[Any] = []

    def connector(_target: Any) -> Any:
        def open_client() -> Any:
            opened.append(_client(sshd))
            return opened[-1]

        return open_client

    hv: Any = open_connection(_uri(sshd), Access(ssh=connector))
    tunnel = hv._tunnel
    transport = opened[0].get_transport()
    try:
        assert stat.S_IMODE(tunnel.folder.stat().st_mode) == 0o700
        assert hv.uri == _uri(sshd)
        assert status["libvirt"]["uuid"] in {v.id for v in hv.inventory()}
        assert _helper_pids() - before, "no helper runs under sshd: libvirt did not use it"
        assert len(opened) == 1, "one SSH connection serves the probe and the tunnel"
        _events_arrive(hv, status["libvirt"])
    finally:
        hv.close()
    assert not tunnel.folder.exists()
    assert not transport.is_active()
    assert not [t for t in threading.enumerate() if t.name.startswith("libvirt-tunnel")]
    deadline = time.monotonic() + 10
    while (left := _helper_pids() - before) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not left


def _events_arrive(hv: Any, practice: dict[str, Any]) -> None:
    """Live updates (libvirt's domain events) come through the tunnel too."""
    import libvirt

    seen: list[str] = []
    changed = threading.Event()

    def listener(vm: Any) -> None:
        if vm.id == practice["uuid"]:
            seen.append(vm.power_state.value)
            changed.set()

    hv.watch(listener)
    local = libvirt.open("qemu:///system")
    dom = local.lookupByUUIDString(practice["uuid"])
    if dom.info()[0] != libvirt.VIR_DOMAIN_RUNNING:
        local.close()
        pytest.fail("the practice guest is not running")
    try:
        dom.suspend()
        assert changed.wait(10), "no lifecycle event over the tunnel"
    finally:
        dom.resume()
        local.close()
    assert "paused" in seen, seen


@pytest.mark.parametrize("name", ["socat", "nc"])
def test_older_hosts_without_virt_ssh_helper(status: dict[str, Any], name: str) -> None:
    """RHEL 7 has no virt-ssh-helper: socat or nc on the daemon's socket does the job."""
    from backends.hypervisors.libvirt_api import LibvirtHypervisor
    from backends.hypervisors.libvirt_tunnel import PROBE, LibvirtTunnel, choose_helper
    from backends.hypervisors.uri import parse
    from backends.sshconn import run

    if shutil.which(name) is None:  # installed by installer/debian/bootstrap.sh
        require_lab(f"{name} is not installed on the lab host")
    sshd = status["sshd"]
    client = _client(sshd)
    probe = run(client, ["sh", "-c", PROBE]).stdout
    only = "".join(line for line in probe.splitlines(keepends=True) if line.startswith(name))
    helper = choose_helper(only, "/system")
    assert helper is not None and helper.name == name
    before = _helper_pids()
    tunnel = LibvirtTunnel(client, helper, "/system", "lab")
    hv = LibvirtHypervisor(parse(_uri(sshd)), tunnel=tunnel)
    try:
        assert status["libvirt"]["uuid"] in {v.id for v in hv.inventory()}
    finally:
        hv.close()
    assert not tunnel.folder.exists()
    deadline = time.monotonic() + 10
    while (left := _helper_pids() - before) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not left, f"{name} left running"


def test_a_failing_helper_is_reported_in_its_own_words(status: dict[str, Any]) -> None:
    """libvirt itself only sees the connection end; the user sees why."""
    from backends.errors import UserError
    from backends.hypervisors.libvirt_api import LibvirtHypervisor
    from backends.hypervisors.libvirt_tunnel import HelperCommand, LibvirtTunnel
    from backends.hypervisors.uri import parse

    if shutil.which("socat") is None:
        require_lab("socat is not installed on the lab host")
    sshd = status["sshd"]
    helper = HelperCommand("socat", ("socat", "-", "UNIX-CONNECT:/nonexistent/libvirt-sock"))
    tunnel = LibvirtTunnel(_client(sshd), helper, "/system", "lab")
    try:
        with pytest.raises(UserError) as err:
            LibvirtHypervisor(parse(_uri(sshd)), tunnel=tunnel)
    finally:
        tunnel.close()
    assert "socat said" in err.value.message and "No such file" in err.value.message
    assert _uri(sshd) in err.value.message, "the user's URI, not the private socket"
    assert "libvirtd" in err.value.hint
