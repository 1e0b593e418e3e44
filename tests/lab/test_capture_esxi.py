"""Issue 3 through an ESXi shell over SSH (the lab's stand-ins for vim-cmd, vmdumper,
esxcli, vm-support -- declared imitations that deliver a real NMI to the practice guest)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from backends.lab import guest
from backends.lab.esxi_inventory import PWNED_MARKERS, VMS
from tests.conftest import LabHandle
from tests.lab.helpers import hangdump

pytestmark = pytest.mark.lab

NMI_PANIC = "Kernel panic - not syncing: NMI: Not continuing"


@pytest.fixture(scope="module")
def status(lab: LabHandle) -> dict[str, Any]:
    return lab.ensure("libvirt", "sshd")


def _uri(status: dict[str, Any]) -> str:
    s = status["sshd"]
    return f"esxi+ssh://{s['esxi_user']}@{s['host']}:{s['port']}"


def _opts(status: dict[str, Any]) -> list[str]:
    s = status["sshd"]
    return ["--identity", s["key"], "--known-hosts", s["known_hosts"]]


def _argv_log(status: dict[str, Any]) -> list[list[str]]:
    inv = json.loads(Path(status["sshd"]["esxi_inventory"]).read_text())
    log = Path(inv.get("argv_log") or Path(status["sshd"]["esxi_inventory"]).with_name("argv.log"))
    entries = [json.loads(x) for x in log.read_text().splitlines() if x.strip()]
    return [[e["tool"], *e["argv"]] for e in entries]


def test_inventory_keeps_every_hostile_name_intact(status: dict[str, Any], tmp_path: Path) -> None:
    proc = hangdump(
        "inventory",
        "-c",
        _uri(status),
        *_opts(status),
        "--json",
        env={"HANGDUMP_DATA_DIR": str(tmp_path)},
    )
    assert proc.returncode == 0, proc.stderr
    vms = {v["name"]: v for v in json.loads(proc.stdout)}
    assert set(vms) == {name for name, *_ in VMS}
    for name, power, guest_os, _note in VMS:
        assert vms[name]["power_state"] == power, name
        assert vms[name]["guest_os"] == guest_os
        assert vms[name]["config_file"] == f"[datastore1] {name}/{name}.vmx"
    for marker in PWNED_MARKERS:
        assert not Path(marker).exists()


def test_password_login_like_a_real_esxi_host(status: dict[str, Any], tmp_path: Path) -> None:
    """ESXi shells are mostly reached with root's password: --ssh-password, no key."""
    s = status["sshd"]
    password = Path(s["esxi_password_file"]).read_text().strip()
    env = {"HANGDUMP_DATA_DIR": str(tmp_path), "HANGDUMP_SSH_KEY": ""}
    argv = ["inventory", "-c", _uri(status), "--known-hosts", s["known_hosts"], "--json"]
    without = hangdump(*argv, env={**env, "HANGDUMP_PASSWORD": password})
    assert without.returncode == 1  # no key, and no password asked for
    assert f"no SSH key or password to log in as {s['esxi_user']}" in without.stderr
    ok = hangdump(*argv, "--ssh-password", env={**env, "HANGDUMP_PASSWORD": password})
    assert ok.returncode == 0, ok.stderr
    assert {v["name"] for v in json.loads(ok.stdout)} == {name for name, *_ in VMS}
    wrong = hangdump(*argv, "--ssh-password", env={**env, "HANGDUMP_PASSWORD": password + "x"})
    assert wrong.returncode == 1
    assert f"SSH login as {s['esxi_user']} on {s['host']}:{s['port']} was refused" in wrong.stderr
    assert password not in wrong.stderr + wrong.stdout + ok.stderr


def test_nmi_through_vmdumper_panics_the_practice_guest(
    status: dict[str, Any], tmp_path: Path
) -> None:
    info = status["libvirt"]
    if NMI_PANIC in guest.console_text(info):
        guest.restart(info)
    try:
        proc = hangdump(
            "nmi",
            "-c",
            _uri(status),
            *_opts(status),
            "--vm",
            "practice-guest",
            "--yes",
            "--json",
            env={"HANGDUMP_DATA_DIR": str(tmp_path), "HANGDUMP_CASE_ROOT": str(tmp_path / "c")},
        )
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout)["method"] == "vmdumper"
        guest.wait_console(info, re.escape(NMI_PANIC), 60)
    finally:
        guest.restart(info)


@pytest.mark.parametrize(
    "name", [n for n, power, *_ in VMS if power == "on" and n != "practice-guest"]
)
def test_nmi_to_hostile_names_reaches_the_right_world(
    status: dict[str, Any], tmp_path: Path, name: str
) -> None:
    inv = json.loads(Path(status["sshd"]["esxi_inventory"]).read_text())
    wid = str(next(v["wid"] for v in inv["vms"] if v["name"] == name))
    proc = hangdump(
        "nmi",
        "-c",
        _uri(status),
        *_opts(status),
        "--vm",
        name,
        "--yes",
        "--json",
        env={"HANGDUMP_DATA_DIR": str(tmp_path), "HANGDUMP_CASE_ROOT": str(tmp_path / "c")},
    )
    assert proc.returncode == 0, proc.stderr
    assert ["vmdumper", wid, "nmi"] in _argv_log(status)
    for marker in PWNED_MARKERS:
        assert not Path(marker).exists()


def test_powered_off_vm_is_refused(status: dict[str, Any], tmp_path: Path) -> None:
    proc = hangdump(
        "nmi",
        "-c",
        _uri(status),
        *_opts(status),
        "--vm",
        "rhel7-archive",
        "--yes",
        env={"HANGDUMP_DATA_DIR": str(tmp_path), "HANGDUMP_CASE_ROOT": str(tmp_path / "c")},
    )
    assert proc.returncode == 1
    assert "is off" in proc.stderr


def test_wrong_key_is_refused(status: dict[str, Any], tmp_path: Path) -> None:
    import subprocess

    key = tmp_path / "other_key"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key)], check=True)
    proc = hangdump(
        "inventory",
        "-c",
        _uri(status),
        "--identity",
        str(key),
        "--known-hosts",
        status["sshd"]["known_hosts"],
        env={"HANGDUMP_DATA_DIR": str(tmp_path)},
    )
    assert proc.returncode == 1
    assert "was refused" in proc.stderr
