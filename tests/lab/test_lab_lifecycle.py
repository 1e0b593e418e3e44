"""`hangdump lab up|status|down` from a shell: the whole lab, then nothing left behind."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import LabHandle

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.lab, pytest.mark.lab_lifecycle]


def hangdump(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gui.launch", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        env=dict(os.environ),
    )


def _processes() -> str:
    return subprocess.run(
        ["ps", "-eo", "pid,args"], capture_output=True, text=True, check=True
    ).stdout


def test_up_status_down_from_a_shell(lab: LabHandle) -> None:
    up = hangdump("lab", "up", "--json")
    assert up.returncode == 0, up.stderr
    status = json.loads(up.stdout)
    assert status["running"] is True
    for key in ("libvirt", "kdump_guest"):
        g = status[key]
        assert {"uri", "guest", "console_log", "ssh"} <= g.keys()
        assert {"user", "host", "port", "key", "known_hosts"} <= g["ssh"].keys()
        assert g["ssh"]["host"] == "127.0.0.1"
    assert {
        "url",
        "user",
        "password_file",
        "cert_pem",
        "cert_sha256",
        "datacenter",
        "nmi_vm",
    } <= status["vsphere"].keys()
    assert {"host", "port", "user", "key", "known_hosts", "esxi_user"} <= status["sshd"].keys()
    assert {"vmlinux", "crash", "kernel_release"} <= status.keys()
    secret = Path(status["vsphere"]["password_file"]).read_text().strip()
    assert len(secret) >= 16 and secret not in up.stdout  # trust material yes, secrets no
    assert oct(Path(status["vsphere"]["password_file"]).stat().st_mode & 0o777) == "0o600"

    again = hangdump("lab", "up", "--json")  # idempotent: same servers, same ports
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["vsphere"]["url"] == status["vsphere"]["url"]

    st = hangdump("lab", "status", "--json")
    assert st.returncode == 0 and json.loads(st.stdout) == json.loads(again.stdout)

    down = hangdump("lab", "down")
    assert down.returncode == 0, down.stderr
    lab.started.clear()  # nothing left for the session fixture to stop

    after = hangdump("lab", "status", "--json")
    assert json.loads(after.stdout) == {"running": False}
    from backends.lab.paths import lab_root

    root = str(lab_root())
    left = [
        line
        for line in _processes().splitlines()
        if root in line or "hangdump-practice" in line or "hangdump-kdump" in line
    ]
    assert left == [], f"left running after lab down: {left}"
    from backends.lab import libvirtd

    if libvirtd.answers():
        # A libvirtd the lab did not start stays up; the guests must be gone from it.
        domains = subprocess.run(
            ["virsh", "-c", libvirtd.URI, "list", "--all", "--name"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        assert "hangdump-practice" not in domains and "hangdump-kdump" not in domains
    else:
        # The lab started libvirtd itself and stopped it: no daemon and no domain left.
        daemons = [
            line
            for line in _processes().splitlines()[1:]
            if Path(line.split()[1]).name in ("libvirtd", "virtlogd")
        ]
        assert daemons == [], f"daemons left running after lab down: {daemons}"
        for conf in (Path("/etc/libvirt/qemu"), Path("/run/libvirt/qemu")):
            assert not list(conf.glob("hangdump-*.xml")), f"domain definitions left in {conf}"
