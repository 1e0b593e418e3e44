"""hangdump prepare against the lab's real guests over SSH (real kernels, real sysctls)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from backends.sshconn import run as ssh_run

pytestmark = pytest.mark.lab

NMI = ("unknown_nmi_panic", "panic_on_unrecovered_nmi")
HD_FILE = "/etc/sysctl.d/90-hangdump-nmi.conf"


def _ssh_args(ssh: dict[str, Any], user: str | None = None, key: str | None = None) -> list[str]:
    return [
        "--guest",
        f"{user or ssh['user']}@{ssh['host']}:{ssh['port']}",
        "--identity",
        key or ssh["key"],
        "--known-hosts",
        ssh["known_hosts"],
    ]


def prepare(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gui.launch", "prepare", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def prepare_json(*args: str) -> dict[str, Any]:
    proc = prepare(*args, "--json")
    assert proc.returncode == 0, proc.stderr
    data: dict[str, Any] = json.loads(proc.stdout)
    return data


def statuses(data: dict[str, Any]) -> dict[str, str]:
    return {it["id"]: it["status"] for it in data["items"]}


def sh(info: dict[str, Any], script: str) -> str:
    from backends.lab import guest

    client = guest.ssh_client(info)
    try:
        res = ssh_run(client, ["sh", "-c", script])
    finally:
        client.close()
    assert res.status == 0, (script, res.stderr)
    return res.stdout


def _usable(info: dict[str, Any]) -> dict[str, Any]:
    """The guest, rebooted if another test left it panicked (SSH does not answer)."""
    from backends.lab import guest

    try:
        sh(info, "true")
    except Exception:
        guest.restart(info)
    return info


@pytest.fixture
def practice(lab: Any) -> Any:
    info = _usable(lab.ensure("libvirt")["libvirt"])
    yield info
    # Undo what these tests change; reboot only if that fails.
    try:
        sh(
            info,
            f"umount /etc/sysctl.d 2>/dev/null; rm -f {HD_FILE}; "
            "sed -i '/^hdtest:/d' /etc/passwd; rm -rf /home/hdtest; "
            "echo 1 > /proc/sys/kernel/unknown_nmi_panic; "
            "echo 1 > /proc/sys/kernel/panic_on_unrecovered_nmi",
        )
    except Exception:
        from backends.lab import guest

        guest.restart(info)


@pytest.fixture
def kdump_guest(lab: Any) -> Any:
    return _usable(lab.ensure("kdump_guest")["kdump_guest"])


def _break_nmi(info: dict[str, Any]) -> None:
    sh(
        info,
        f"rm -f {HD_FILE}; sysctl -w kernel.unknown_nmi_panic=0 "
        "kernel.panic_on_unrecovered_nmi=0 >/dev/null",
    )


def test_fix_sets_persists_and_is_idempotent(practice: dict[str, Any]) -> None:
    ssh = practice["ssh"]
    _break_nmi(practice)
    before = prepare_json(*_ssh_args(ssh))
    s = statuses(before)
    assert s["unknown_nmi_panic"] == s["panic_on_unrecovered_nmi"] == "fail"
    assert s["sysctl_persisted"] == "fail"
    ev = next(i for i in before["items"] if i["id"] == "unknown_nmi_panic")["evidence"][0]
    assert ev["command"] == "cat /proc/sys/kernel/unknown_nmi_panic" and ev["output"] == "0"
    # the practice guest boots without crashkernel=: really not reserved, not loaded
    assert s["crashkernel_reserved"] == s["kexec_crash_loaded"] == "fail"
    assert s["kexec_tools"] == s["kdump_service"] == "unknown"

    dry = prepare(*_ssh_args(ssh), "--fix")
    assert dry.returncode == 0, dry.stderr
    assert "sysctl -w kernel.unknown_nmi_panic=1" in dry.stdout
    assert sh(practice, "cat /proc/sys/kernel/unknown_nmi_panic").strip() == "0"  # dry run

    fixed = prepare_json(*_ssh_args(ssh), "--fix", "--yes")
    s = statuses(fixed)
    assert s["unknown_nmi_panic"] == s["panic_on_unrecovered_nmi"] == s["sysctl_persisted"] == "ok"
    assert len(fixed["applied"]) == 3
    assert sh(
        practice, "cat /proc/sys/kernel/unknown_nmi_panic /proc/sys/kernel/panic_on_unrecovered_nmi"
    ).split() == ["1", "1"]
    content = sh(practice, f"cat {HD_FILE}")
    assert "kernel.unknown_nmi_panic = 1" in content
    assert "kernel.panic_on_unrecovered_nmi = 1" in content
    # the file really is what the guest applies at boot: sysctl -p reads it back
    assert "kernel.unknown_nmi_panic = 1" in sh(practice, f"sysctl -p {HD_FILE}")

    again = prepare_json(*_ssh_args(ssh), "--fix", "--yes")
    assert again["applied"] == []
    assert statuses(again) == s
    assert sh(practice, f"cat {HD_FILE}") == content


def test_kdump_guest_crash_kernel_reserved_and_loaded(kdump_guest: dict[str, Any]) -> None:
    s = statuses(prepare_json(*_ssh_args(kdump_guest["ssh"])))
    assert s["crashkernel_reserved"] == "ok"
    assert s["kexec_crash_loaded"] == "ok"
    assert s["dump_target_space"] == "ok"  # /var/crash is the dump disk


def test_unreachable_guest(practice: dict[str, Any]) -> None:
    from backends.lab.process import free_port

    ssh = dict(practice["ssh"], port=free_port())
    proc = prepare(*_ssh_args(ssh))
    assert proc.returncode == 1
    assert "Cannot connect to SSH on 127.0.0.1" in proc.stderr


def test_wrong_key_is_refused(practice: dict[str, Any], tmp_path: Path) -> None:
    other = tmp_path / "other_key"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(other)], check=True)
    proc = prepare(*_ssh_args(practice["ssh"], key=str(other)))
    assert proc.returncode == 1
    assert "login as root" in proc.stderr and "refused" in proc.stderr


def test_read_only_sysctl_dir_changes_nothing(practice: dict[str, Any]) -> None:
    _break_nmi(practice)
    sh(practice, "mount -t tmpfs -o ro tmpfs /etc/sysctl.d")
    proc = prepare(*_ssh_args(practice["ssh"]), "--fix", "--yes")
    assert proc.returncode == 1
    assert "/etc/sysctl.d" in proc.stderr and "read-only" in proc.stderr
    assert "nothing was changed" in proc.stderr
    assert sh(
        practice, "cat /proc/sys/kernel/unknown_nmi_panic /proc/sys/kernel/panic_on_unrecovered_nmi"
    ).split() == ["0", "0"]
    sh(practice, "umount /etc/sysctl.d")
    assert (
        sh(practice, f"ls -a /etc/sysctl.d; test ! -e {HD_FILE} && echo absent").split()[-1]
        == "absent"
    )


def test_user_without_sudo(practice: dict[str, Any]) -> None:
    # busybox has no adduser here: a passwd line, a home and the lab's client key do it
    sh(
        practice,
        "grep -q '^hdtest:' /etc/passwd || "
        "echo 'hdtest:x:1000:1000::/home/hdtest:/bin/sh' >> /etc/passwd; "
        "mkdir -p /home/hdtest/.ssh; cp /root/.ssh/authorized_keys /home/hdtest/.ssh/; "
        "chown -R 1000:1000 /home/hdtest; chmod 700 /home/hdtest/.ssh; "
        "chmod 600 /home/hdtest/.ssh/authorized_keys",
    )
    _break_nmi(practice)
    args = _ssh_args(practice["ssh"], user="hdtest")
    look = prepare_json(*args)  # reading needs no root
    assert statuses(look)["unknown_nmi_panic"] == "fail"
    proc = prepare(*args, "--fix", "--yes")
    assert proc.returncode == 1
    assert "sudo is not installed" in proc.stderr and "hdtest is not root" in proc.stderr
    assert sh(practice, "cat /proc/sys/kernel/unknown_nmi_panic").strip() == "0"
    assert sh(practice, f"test ! -e {HD_FILE} && echo absent").strip() == "absent"


def test_test_kdump_refusals(practice: dict[str, Any], tmp_path: Path) -> None:
    args = _ssh_args(practice["ssh"])
    proc = prepare(*args, "--test-kdump")
    assert proc.returncode == 1 and "refusing without --yes" in proc.stderr
    proc = prepare(
        *args,
        "--test-kdump",
        "--yes",
        "--confirm-host",
        "wrong-host",
        "--case",
        str(tmp_path / "case"),
    )
    assert proc.returncode == 1 and "not the guest's host" in proc.stderr
    proc = prepare(
        *args,
        "--test-kdump",
        "--yes",
        "--confirm-host",
        "127.0.0.1",
        "--case",
        str(tmp_path / "case"),
    )
    assert proc.returncode == 1 and "No capture kernel is loaded" in proc.stderr
    assert sh(practice, "echo alive").strip() == "alive"  # nothing was crashed


def test_test_kdump_crashes_and_a_dump_appears(kdump_guest: dict[str, Any], tmp_path: Path) -> None:
    from backends.cases import Case

    case_dir = tmp_path / "case"
    proc = prepare(
        *_ssh_args(kdump_guest["ssh"]),
        "--test-kdump",
        "--yes",
        "--confirm-host",
        "127.0.0.1",
        "--case",
        str(case_dir),
        "--json",
        "--wait",
        "240",
        timeout=400,
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["crashed"] and out["new_dumps"]
    records = Case(case_dir).audit_records()
    assert [r["phase"] for r in records] == ["intent", "result"]
    assert records[1]["new_dumps"] == out["new_dumps"]
    assert "vmcore" in sh(kdump_guest, f"ls {out['new_dumps'][0]}")
