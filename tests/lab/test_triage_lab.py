"""Issue 7 against the real lab: triage of a post-NMI dump and of a guest that really
hangs (null_blk, reference/lab.md), locally and on an "analysis host" over SSH; a wrong
vmlinux and a missing crash give clear messages in bounded time."""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from backends.lab import guest
from tests.conftest import LabHandle, require_lab
from tests.lab.helpers import address, hangdump

pytestmark = pytest.mark.lab

NMI_PANIC = "Kernel panic - not syncing: NMI: Not continuing"
NULLB1 = "/sys/kernel/config/nullb/nullb1"
#: the null_blk hang of reference/lab.md "A guest that really hangs"
HANG_SCRIPT = [
    "modprobe null_blk shared_tags=1 hw_queue_depth=1 nr_devices=1",
    "mkdir -p /sys/kernel/config && (mountpoint -q /sys/kernel/config || "
    "mount -t configfs none /sys/kernel/config)",
    f"mkdir {NULLB1}",
    f"echo 2 > {NULLB1}/irqmode && echo 1000000000000000 > {NULLB1}/completion_nsec",
    # powering nullb1 on starts its partition scan, which takes the only tag for good
    f"setsid sh -c 'echo 1 > {NULLB1}/power' </dev/null >/dev/null 2>&1 &",
    "echo 5 > /proc/sys/kernel/hung_task_timeout_secs",
    "echo -1 > /proc/sys/kernel/hung_task_warnings",
    "setsid dd if=/dev/nullb0 of=/dev/null bs=4k count=1 iflag=direct </dev/null >/dev/null 2>&1 &",
    "setsid dd if=/dev/nullb0 of=/dev/null bs=4k count=1 iflag=direct </dev/null >/dev/null 2>&1 &",
    "setsid dd if=/dev/zero of=/dev/nullb0 bs=4k count=1 conv=fsync </dev/null >/dev/null 2>&1 &",
]


@pytest.fixture(scope="module")
def status(lab: LabHandle) -> dict[str, Any]:
    st = lab.ensure("libvirt", "sshd")
    crash = st.get("crash") or os.environ.get("HANGDUMP_CRASH")
    if not crash or not Path(crash).is_file():
        require_lab("the lab's crash build (hangdump lab setup) or HANGDUMP_CRASH")
    st["crash"] = crash
    return st


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("triage")
    return {"HANGDUMP_CASE_ROOT": str(root / "cases"), "HANGDUMP_DATA_DIR": str(root / "data")}


def _sh(client: Any, command: str) -> str:
    _in, out, err = client.exec_command(command, timeout=30)
    text = out.read().decode() + err.read().decode()
    status = out.channel.recv_exit_status()
    assert status == 0, f"{command}: {status} {text}"
    return text


def _nmi_and_dump(info: dict[str, Any], dest: Path) -> Path:
    import libvirt

    start = len(guest.console_text(info))
    conn, dom = guest.domain(info)
    try:
        dom.injectNMI(0)
        guest.wait_console(info, NMI_PANIC, 30, start=start)
        time.sleep(0.5)  # let panic() finish printing into the log buffer
        dom.coreDumpWithFormat(
            str(dest),
            libvirt.VIR_DOMAIN_CORE_DUMP_FORMAT_KDUMP_ZLIB,
            libvirt.VIR_DUMP_MEMORY_ONLY,
        )
    finally:
        conn.close()
    return dest


@pytest.fixture(scope="module")
def nmi_dump(status: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    info = status["libvirt"]
    guest.restart(info)  # a known, healthy guest (other tests share it)
    try:
        yield _nmi_and_dump(info, tmp_path_factory.mktemp("nmi") / "nmi.kdump")
    finally:
        guest.restart(info)


@pytest.fixture(scope="module")
def hung_dump(status: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    info = status["libvirt"]
    guest.restart(info)
    try:
        client = guest.ssh_client(info)
        try:
            for command in HANG_SCRIPT:
                _sh(client, command)
        finally:
            client.close()
        # two rounds of hung-task reports (5 s timeout, checked every 5 s)
        guest.wait_console(info, r"INFO: task dd:\d+ blocked for more than 10 seconds", 90)
        yield _nmi_and_dump(info, tmp_path_factory.mktemp("hung") / "hung.kdump")
    finally:
        guest.restart(info)


def _triage(dump: Path, status: dict[str, Any], env: dict[str, str], *extra: str) -> dict[str, Any]:
    proc = hangdump(
        "triage",
        str(dump),
        "--vmlinux",
        status["vmlinux"],
        "--crash",
        status["crash"],
        "--json",
        *extra,
        env=env,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    data: dict[str, Any] = json.loads(proc.stdout)
    assert data["kernel_release"] == status["kernel_release"]
    return data


def _finding(data: dict[str, Any], kind: str) -> dict[str, Any]:
    found = [f for f in data["findings"] if f["kind"] == kind]
    assert found, [f["kind"] for f in data["findings"]]
    return found[0]


def test_post_nmi_dump_is_an_nmi_panic_with_its_backtrace(
    nmi_dump: Path, status: dict[str, Any], env: dict[str, str]
) -> None:
    data = _triage(nmi_dump, status, env)
    assert data["panic"] == NMI_PANIC
    nmi = _finding(data, "nmi_panic")
    evidence = "\n".join(nmi["evidence"])
    assert "Uhhuh. NMI received for unknown reason" in evidence
    assert "unknown_nmi_error" in evidence and " panic at " in evidence
    transcripts = list(Path(data["case"], "transcripts").glob("crash-*.log"))
    assert transcripts and "crash> foreach UN bt" in transcripts[0].read_text()


def _stuck(data: dict[str, Any]) -> dict[int, str]:
    return {t["pid"]: t["waits_in"] for t in _finding(data, "hung_task")["tasks"]}


def test_hung_guest_reports_hung_tasks_and_blocked_io(
    hung_dump: Path, status: dict[str, Any], env: dict[str, str]
) -> None:
    data = _triage(hung_dump, status, env)
    _finding(data, "nmi_panic")
    hung = _finding(data, "hung_task")
    dds = [t for t in hung["tasks"] if t["comm"] == "dd"]
    assert len(dds) == 3, hung
    assert all(t["waits_in"] == "blk_mq_get_tag" for t in dds)
    assert all("io_schedule" in t["stack"] for t in dds)
    assert any("blocked for more than" in e for e in hung["evidence"])
    assert any("io_schedule ← blk_mq_get_tag" in e for e in hung["evidence"])
    io = _finding(data, "blocked_io")
    assert "blk_mq_get_tag" in io["summary"]


def test_same_findings_with_crash_on_an_analysis_host_over_ssh(
    hung_dump: Path, status: dict[str, Any], env: dict[str, str]
) -> None:
    sshd = status["sshd"]
    local = _triage(hung_dump, status, env)
    remote = _triage(
        hung_dump,
        status,
        env,
        "--via",
        address(sshd),
        "--identity",
        sshd["key"],
        "--known-hosts",
        sshd["known_hosts"],
    )
    assert [f["kind"] for f in remote["findings"]] == [f["kind"] for f in local["findings"]]
    assert _stuck(remote) == _stuck(local)
    assert remote["panic"] == local["panic"]


def test_wrong_vmlinux_is_a_clear_message_in_bounded_time(
    nmi_dump: Path, status: dict[str, Any], env: dict[str, str], tmp_path: Path
) -> None:
    truncated = tmp_path / "vmlinux-truncated"
    with open(status["vmlinux"], "rb") as src, open(truncated, "wb") as dst:
        dst.write(src.read(64 << 20))
    no_debug = shutil.which("true") or "/bin/true"  # an ELF with no kernel and no debug info
    for wrong, words in ((truncated, "not a kernel ELF"), (no_debug, "no debug information")):
        t0 = time.monotonic()
        proc = hangdump(
            "triage",
            str(nmi_dump),
            "--vmlinux",
            str(wrong),
            "--crash",
            status["crash"],
            env=env,
            timeout=120,
        )
        assert time.monotonic() - t0 < 60
        assert proc.returncode == 1, proc.stdout
        assert words in proc.stderr
        # names what to get, from the dump's own identification
        assert f"linux-image-{status['kernel_release']}-dbg" in proc.stderr
        assert "Traceback" not in proc.stderr


def test_crash_not_installed_gives_install_hints(
    nmi_dump: Path, status: dict[str, Any], env: dict[str, str], tmp_path: Path
) -> None:
    bare = dict(env, PATH=str(tmp_path / "empty-bin"), HANGDUMP_LAB_DIR=str(tmp_path / "nolab"))
    bare["HANGDUMP_CRASH"] = ""  # empty means unset (the helper merges os.environ)
    proc = hangdump("triage", str(nmi_dump), "--vmlinux", status["vmlinux"], env=bare)
    assert proc.returncode == 1
    assert "crash utility is not installed" in proc.stderr
    assert "apt-get install crash" in proc.stderr
    assert "--via" in proc.stderr
