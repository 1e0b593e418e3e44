"""The lab's OpenSSH server: pinned host keys, SFTP, virsh over SSH, and the ESXi stand-ins.

Real sshd on 127.0.0.1, real paramiko and OpenSSH clients. The ESXi tools behind
``esxi_user`` are declared imitations (resources/lab/esxi); the NMI they send to
the VM mapped to the practice guest is real and panics it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shlex
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import paramiko
import pytest

from tests.conftest import LabHandle

pytestmark = pytest.mark.lab

NMI_PANIC = r"Kernel panic - not syncing: NMI: Not continuing"


@pytest.fixture(scope="module")
def status(lab: LabHandle) -> dict[str, Any]:
    return lab.ensure("sshd")


@pytest.fixture(scope="module")
def sshd(status: dict[str, Any]) -> dict[str, Any]:
    info: dict[str, Any] = status["sshd"]
    return info


def connect(info: dict[str, Any], user: str, known_hosts: str | None = None) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(known_hosts or info["known_hosts"])
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        info["host"],
        port=info["port"],
        username=user,
        key_filename=info["key"],
        look_for_keys=False,
        allow_agent=False,
        timeout=20,
    )
    return client


@pytest.fixture(scope="module")
def esxi(sshd: dict[str, Any]) -> Iterator[paramiko.SSHClient]:
    client = connect(sshd, sshd["esxi_user"])
    yield client
    client.close()


def run(client: paramiko.SSHClient, command: str) -> tuple[int, str, str]:
    _, stdout, stderr = client.exec_command(command, timeout=120)
    out = stdout.read().decode()
    err = stderr.read().decode()
    return stdout.channel.recv_exit_status(), out, err


def inventory(info: dict[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(Path(info["esxi_inventory"]).read_text())
    return data


def argv_log(info: dict[str, Any]) -> list[dict[str, Any]]:
    text = Path(inventory(info)["argv_log"]).read_text()
    return [json.loads(line) for line in text.splitlines() if line.strip()]


# -- trust and transport ------------------------------------------------------


def test_public_info_is_the_contract(sshd: dict[str, Any]) -> None:
    assert set(sshd) == {
        "host",
        "port",
        "user",
        "key",
        "known_hosts",
        "esxi_user",
        "esxi_password_file",
        "esxi_inventory",
    }
    assert sshd["host"] == "127.0.0.1"
    secret = Path(sshd["esxi_password_file"])
    assert secret.stat().st_mode & 0o777 == 0o600
    assert len(secret.read_text().strip()) >= 16
    assert secret.read_text().strip() not in repr(sshd)  # a path to it, never the password
    line = Path(sshd["known_hosts"]).read_text().strip()
    assert line.startswith(f"[127.0.0.1]:{sshd['port']} ssh-ed25519 ")


def test_paramiko_connects_with_the_pinned_host_key(sshd: dict[str, Any]) -> None:
    client = connect(sshd, sshd["user"])
    try:
        rc, out, _ = run(client, "id -un")
    finally:
        client.close()
    assert (rc, out.strip()) == (0, sshd["user"])


def test_unknown_host_key_is_rejected(sshd: dict[str, Any], tmp_path: Path) -> None:
    empty = tmp_path / "known_hosts"
    empty.write_text("")
    with pytest.raises(paramiko.SSHException, match="not found in known_hosts"):
        connect(sshd, sshd["user"], str(empty))


def test_changed_host_key_is_refused(sshd: dict[str, Any], tmp_path: Path) -> None:
    other = paramiko.Ed25519Key.from_private_key_file(sshd["key"])  # any other ed25519 key
    wrong = tmp_path / "known_hosts"
    wrong.write_text(f"[127.0.0.1]:{sshd['port']} ssh-ed25519 {other.get_base64()}\n")
    with pytest.raises(paramiko.BadHostKeyException):
        connect(sshd, sshd["user"], str(wrong))


def test_sftp_download_is_byte_exact(sshd: dict[str, Any], tmp_path: Path) -> None:
    src, dst = tmp_path / "src.bin", tmp_path / "dst.bin"
    digest = hashlib.sha256()
    with open(src, "wb") as fh:
        for _ in range(64):
            block = os.urandom(1 << 20)
            digest.update(block)
            fh.write(block)
    client = connect(sshd, sshd["user"])
    try:
        sftp = client.open_sftp()
        sftp.get(str(src), str(dst))
        sftp.close()
    finally:
        client.close()
    assert dst.stat().st_size == 64 << 20
    assert hashlib.sha256(dst.read_bytes()).hexdigest() == digest.hexdigest()


def test_openssh_client_runs_virsh_on_the_host(lab: LabHandle) -> None:
    status = lab.ensure("sshd", "libvirt")
    info = status["sshd"]
    proc = subprocess.run(
        [
            "ssh",
            "-F",
            "/dev/null",
            "-o",
            f"UserKnownHostsFile={info['known_hosts']}",
            "-o",
            "StrictHostKeyChecking=yes",
            "-o",
            "BatchMode=yes",
            "-i",
            info["key"],
            "-p",
            str(info["port"]),
            f"{info['user']}@127.0.0.1",
            "LC_ALL=C virsh -c qemu:///system list --all --name",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert status["libvirt"]["guest"] in proc.stdout.split()


# -- the ESXi shell stand-ins -------------------------------------------------


def test_vmdumper_lists_running_vms_like_esxi(
    sshd: dict[str, Any], esxi: paramiko.SSHClient
) -> None:
    rc, out, _ = run(esxi, "vmdumper -l")
    assert rc == 0
    vms = inventory(sshd)["vms"]
    expected = "".join(
        f'wid={vm["wid"]} pid=-1 cfgFile="{vm["vmx"]}" uuid="{vm["uuid"]}" '
        f'displayName="{vm["name"]}" vmxCartelID={vm["cartel_id"]}\n'
        for vm in vms
        if vm["power"] == "on"
    )
    assert out == expected
    assert "rhel7-archive" not in out  # powered off: no world, not listed
    first = out.splitlines()[0]
    assert re.fullmatch(
        r'wid=\d+ pid=-1 cfgFile="/vmfs/volumes/[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{12}'
        r'/practice-guest/practice-guest\.vmx" uuid="56 4d( [0-9a-f]{2}){6}-[0-9a-f]{2}'
        r'( [0-9a-f]{2}){7}" displayName="practice-guest" vmxCartelID=\d+',
        first,
    )


def test_vim_cmd_getallvms_prints_the_esxi_table(
    sshd: dict[str, Any], esxi: paramiko.SSHClient
) -> None:
    rc, out, _ = run(esxi, "vim-cmd vmsvc/getallvms")
    assert rc == 0
    lines = out.split("\n")
    assert re.fullmatch(r"Vmid +Name +File +Guest OS +Version +Annotation", lines[0])
    name_col, file_col = lines[0].index("Name"), lines[0].index("File")
    for vm in inventory(sshd)["vms"]:
        if "\n" in vm["name"]:
            continue  # ESXi prints such a name raw over two lines, as we do
        row = next(line for line in lines if line.startswith(f"{vm['vmid']} "))
        assert row[name_col:].startswith(vm["name"] + " ")
        assert row[file_col:].startswith(f"[datastore1] {vm['name']}/{vm['name']}.vmx ")
        assert f"   {vm['guest_os']}" in row and "   vmx-19   " in row
    rc, out, _ = run(esxi, "vim-cmd vmsvc/power.getstate 2")
    assert (rc, out) == (0, "Retrieved runtime info\nPowered off\n")
    rc, out, _ = run(esxi, "vim-cmd vmsvc/power.getstate 1")
    assert (rc, out) == (0, "Retrieved runtime info\nPowered on\n")
    rc, out, _ = run(esxi, "vim-cmd vmsvc/power.getstate 99")
    assert rc != 0 and out == 'Unable to find a VM corresponding to "99"\n'


def test_esxcli_vm_process_list_blocks(sshd: dict[str, Any], esxi: paramiko.SSHClient) -> None:
    rc, out, _ = run(esxi, "esxcli vm process list")
    assert rc == 0
    blocks = [
        f"{vm['name']}\n   World ID: {vm['wid']}\n   Process ID: 0\n"
        f"   VMX Cartel ID: {vm['cartel_id']}\n   UUID: {vm['uuid']}\n"
        f"   Display Name: {vm['name']}\n   Config File: {vm['vmx']}\n"
        for vm in inventory(sshd)["vms"]
        if vm["power"] == "on"
    ]
    assert out == "\n".join(blocks)


def test_snapshot_tree_uses_esxi_layout(esxi: paramiko.SSHClient) -> None:
    vmid = 2  # the powered-off VM: no other test takes snapshots of it
    _, out, _ = run(esxi, f"vim-cmd vmsvc/snapshot.get {vmid}")
    for old in re.findall(r"Snapshot Id        : (\d+)", out):  # left by an earlier run
        run(esxi, f"vim-cmd vmsvc/snapshot.remove {vmid} {old}")
    for name in ("base", "child"):
        rc, out, _ = run(esxi, f"vim-cmd vmsvc/snapshot.create {vmid} {name} 'desc {name}' 1 0")
        assert (rc, out) == (0, "Create Snapshot:\n")
    rc, out, _ = run(esxi, f"vim-cmd vmsvc/snapshot.get {vmid}")
    assert rc == 0
    assert re.fullmatch(
        r"Get Snapshot:\n\|-ROOT\n--Snapshot Name        : base\n--Snapshot Id        : (\d+)\n"
        r"--Snapshot Desciption  : desc base\n--Snapshot Created On  : \d+/\d+/\d{4} \d+:\d+:\d+\n"
        r"--Snapshot State       : powered off\n--\|-CHILD\n----Snapshot Name        : child\n"
        r"----Snapshot Id        : (\d+)\n----Snapshot Desciption  : desc child\n"
        r"----Snapshot Created On  : .+\n----Snapshot State       : powered off\n",
        out,
    )
    base_id = re.search(r"Snapshot Id        : (\d+)", out)
    assert base_id
    rc, out, _ = run(esxi, f"vim-cmd vmsvc/snapshot.remove {vmid} {base_id.group(1)}")
    assert rc == 0 and out.startswith("Remove Snapshot:\n|-ROOT\n--Snapshot Name        : child\n")


def test_hostile_names_arrive_intact_and_run_nothing(
    sshd: dict[str, Any], esxi: paramiko.SSHClient
) -> None:
    from backends.lab.esxi_inventory import PWNED_MARKERS

    for marker in PWNED_MARKERS:
        Path(marker).unlink(missing_ok=True)
    inv = inventory(sshd)
    hostile = [vm for vm in inv["vms"] if vm["vmid"] >= 3]
    assert len(hostile) >= 7
    sent: list[list[str]] = []
    for vm in hostile:
        tag = uuid.uuid4().hex
        create = [
            "vim-cmd",
            "vmsvc/snapshot.create",
            str(vm["vmid"]),
            vm["name"],
            f"{tag} {vm['name']}",
            "0",
            "0",
        ]
        nmi = ["vm-support", "-a", "HungVM:Send_NMI_To_Guest", f"--vm={vm['vmx']}"]
        for argv in (create, nmi):
            rc, out, err = run(esxi, " ".join(shlex.quote(a) for a in argv))
            assert rc == 0, (argv, out, err)
            sent.append(argv)
        rc, out, _ = run(esxi, f"vim-cmd vmsvc/snapshot.get {vm['vmid']}")
        assert f"Snapshot Name        : {vm['name']}\n" in out
        assert f"Snapshot Desciption  : {tag} {vm['name']}\n" in out
    received = [[e["tool"], *e["argv"]] for e in argv_log(sshd)]
    for argv in sent:
        assert argv in received, f"argument vector changed on the way: {argv!r}"
    for marker in PWNED_MARKERS:
        assert not Path(marker).exists(), f"a hostile name ran a command: {marker}"
    canary = Path(inventory(sshd)["support_dir"]).parents[1] / "scratch" / "x" / "canary"
    assert canary.exists(), "a hostile name ran `rm -rf x`"
    counts = {vm["vmid"]: vm["nmi_count"] for vm in inventory(sshd)["vms"]}
    assert all(counts[vm["vmid"]] >= 1 for vm in hostile)


def test_unknown_world_id_fails_like_esxi(esxi: paramiko.SSHClient) -> None:
    rc, out, err = run(esxi, "vmdumper 12345 nmi")
    assert rc == 1 and out == "" and "12345" in err


# -- a real NMI through the stand-ins ---------------------------------------


@pytest.mark.parametrize("tool", ["vmdumper", "vm-support"])
def test_standin_nmi_panics_the_practice_guest(lab: LabHandle, tool: str) -> None:
    from backends.lab import guest

    status = lab.ensure("sshd", "libvirt")
    info, vm_info = status["sshd"], status["libvirt"]
    practice = next(vm for vm in inventory(info)["vms"] if vm["libvirt_domain"])
    assert practice["libvirt_domain"] == vm_info["guest"]
    command = (
        f"vmdumper {practice['wid']} nmi"
        if tool == "vmdumper"
        else shlex.join(
            ["vm-support", "-a", "HungVM:Send_NMI_To_Guest", f"--vm={practice['vmx_by_name']}"]
        )
    )
    console = guest.console_text(vm_info)
    if guest.READY not in console or "Kernel panic" in console:
        guest.restart(vm_info)  # an earlier test left it booting or panicked
    offset = len(guest.console_text(vm_info))
    client = connect(info, info["esxi_user"])
    try:
        rc, _, err = run(client, command)
        assert rc == 0, err
        panic = guest.wait_console(vm_info, NMI_PANIC, timeout=60, start=offset)
        assert panic == "Kernel panic - not syncing: NMI: Not continuing"
    finally:
        client.close()
        guest.restart(vm_info)  # the next test gets a healthy guest


# -- lifecycle ------------------------------------------------------------------


def test_stop_leaves_no_process_and_no_esxi_folder(lab: LabHandle) -> None:
    """A second, private sshd with a session open: stop() ends both and cleans up."""
    import shutil

    from backends.lab import paths, sshd
    from backends.lab.assets import Assets
    from backends.lab.control import Context
    from backends.lab.process import pid_alive, port_open

    lab.ensure("sshd")  # the shared one keeps running meanwhile
    run_dir = paths.lab_root() / f"test-sshd-{uuid.uuid4().hex[:8]}"
    try:
        info = sshd.start(Context(name="sshd", run_dir=run_dir, assets=Assets()))
        assert sshd.alive(info)
        client = connect(info, info["esxi_user"])
        client.exec_command("sleep 300")  # a live session below sshd
        below = sshd._descendants(info["_pid"])
        assert below, "the open session should show up as sshd's children"
        sshd.stop(info)
        client.close()
        assert not sshd.alive(info)
        assert not port_open(info["port"])
        assert [p for p in [info["_pid"], *below] if pid_alive(p)] == []
        assert not Path(info["_esxi_dir"]).exists()
    finally:
        shutil.rmtree(run_dir, ignore_errors=True)
