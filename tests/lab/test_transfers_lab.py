"""Issue 5 against the lab's OpenSSH server and the simulator's /folder: verified
downloads, and the faults a field link produces (dropped connections, a killed
application, a full disk, a file that grows while it is fetched)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from backends.lab.control import Lab
from tests.conftest import LabHandle
from tests.lab.helpers import ROOT, hangdump

pytestmark = pytest.mark.lab

SIZE = 256 << 20  # the default run; `-m deep` uses 1 GiB
DEEP_SIZE = 1 << 30


def _make(path: Path, size: int) -> str:
    h = hashlib.sha256()
    block = os.urandom(1 << 20)
    with open(path, "wb") as fh:
        for i in range(size >> 20):
            chunk = hashlib.sha256(i.to_bytes(8, "little")).digest() + block[32:]
            fh.write(chunk)
            h.update(chunk)
    return h.hexdigest()


@pytest.fixture(scope="module")
def sshd(lab: LabHandle) -> dict[str, Any]:
    return lab.ensure("sshd")["sshd"]


@pytest.fixture(scope="module")
def remote_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    folder = tmp_path_factory.mktemp("remote")
    path = folder / "vmcore"
    digest = _make(path, SIZE)
    yield path, digest


def _url(sshd: dict[str, Any], path: Path) -> str:
    return f"sftp://{sshd['user']}@{sshd['host']}:{sshd['port']}{path}"


def _opts(sshd: dict[str, Any]) -> list[str]:
    return ["--identity", sshd["key"], "--known-hosts", sshd["known_hosts"]]


def _sshd_children(sshd: dict[str, Any]) -> list[int]:
    main = int(Lab()._read()["sshd"]["_pid"])
    out = subprocess.run(["pgrep", "-P", str(main)], capture_output=True, text=True).stdout
    return [int(x) for x in out.split()]


def test_sftp_download_is_verified_against_the_servers_sha256(
    sshd: dict[str, Any], remote_file: tuple[Path, str], tmp_path: Path
) -> None:
    src, digest = remote_file
    proc = hangdump("fetch", _url(sshd, src), str(tmp_path / "vmcore"), *_opts(sshd), "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["size"] == SIZE and out["sha256"] == digest == out["remote_sha256"]
    assert out["resumed_from"] == 0
    assert {"dest", "size", "sha256", "resumed_from"} <= out.keys()


@pytest.mark.parametrize("path", ["openssh", "paramiko"])
def test_dropped_connections_resume_and_still_verify(
    sshd: dict[str, Any], remote_file: tuple[Path, str], tmp_path: Path, path: str
) -> None:
    """The SSH connections serving the download are killed three times (both data paths:
    OpenSSH's client, and paramiko alone)."""
    src, digest = remote_file
    dest = tmp_path / "vmcore"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gui.launch",
            "fetch",
            _url(sshd, src),
            str(dest),
            *_opts(sshd),
            "--json",
            "--limit-rate",
            "60",  # a field link's pace, so the kills land mid-transfer
            *(["--no-openssh"] if path == "paramiko" else []),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    part = dest.with_name("vmcore.part")
    kills = 0
    deadline = time.monotonic() + 300
    last = -1
    while proc.poll() is None and kills < 3 and time.monotonic() < deadline:
        size = _written(part)
        if size > last + SIZE // 6:  # a little progress between kills
            last = size
            children = _sshd_children(sshd)
            if children:
                for pid in children:
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(pid, signal.SIGKILL)
                kills += 1
        time.sleep(0.05)
    stdout, stderr = proc.communicate(timeout=600)
    assert kills == 3, f"killed only {kills} times (transfer too fast?)"
    assert proc.returncode == 0, stderr
    out = json.loads(stdout)
    assert out["sha256"] == digest == out["remote_sha256"]
    assert out["reconnects"] >= 3


def _written(part: Path) -> int:
    meta = part.with_name(part.name + ".json")
    try:
        spans = json.loads(meta.read_text()).get("spans") or []
        return sum(d - a for a, _b, d in spans)
    except (OSError, ValueError):
        return 0


def test_killed_application_resumes_from_the_part_file(
    sshd: dict[str, Any], remote_file: tuple[Path, str], tmp_path: Path
) -> None:
    src, digest = remote_file
    dest = tmp_path / "vmcore"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gui.launch",
            "fetch",
            _url(sshd, src),
            str(dest),
            *_opts(sshd),
            "--limit-rate",
            "60",
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    part = dest.with_name("vmcore.part")
    deadline = time.monotonic() + 120
    while _written(part) < SIZE // 4 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.kill()  # SIGKILL: no cleanup at all, as when a laptop's battery dies
    proc.wait()
    assert part.exists() and not dest.exists()
    again = hangdump("fetch", _url(sshd, src), str(dest), *_opts(sshd), "--json")
    assert again.returncode == 0, again.stderr
    out = json.loads(again.stdout)
    assert out["resumed_from"] > 0, "the second run started over"
    assert out["sha256"] == digest == out["remote_sha256"]


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mnt = tmp_path / "small"
    mnt.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=160m", "tmpfs", str(mnt)], check=True)
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_disk_full_is_a_clear_error_and_keeps_the_part(
    sshd: dict[str, Any], remote_file: tuple[Path, str], small_disk: Path
) -> None:
    src, _digest = remote_file
    # 1) not enough room before starting: refused up front
    proc = hangdump("fetch", _url(sshd, src), str(small_disk / "vmcore"), *_opts(sshd))
    assert proc.returncode == 1
    assert "Not enough space" in proc.stderr and "hint:" in proc.stderr
    # 2) the disk fills up while downloading: the error says so and the .part stays
    small = src.with_name("smaller")
    with open(src, "rb") as fh, open(small, "wb") as out:
        out.write(fh.read(128 << 20))
    dest = small_disk / "smaller"
    filler_done = threading.Event()

    def fill() -> None:
        part = dest.with_name("smaller.part")
        while _written(part) < (16 << 20):
            time.sleep(0.01)
        with open(small_disk / "filler", "wb") as fh, contextlib.suppress(OSError):
            fh.write(b"\0" * (100 << 20))
        filler_done.set()

    t = threading.Thread(target=fill, daemon=True)
    t.start()
    proc = hangdump("fetch", _url(sshd, small), str(dest), *_opts(sshd), "--limit-rate", "40")
    t.join(60)
    assert filler_done.is_set()
    assert proc.returncode == 1, proc.stderr
    assert "Not enough space" in proc.stderr and "partial download was kept" in proc.stderr
    assert dest.with_name("smaller.part").exists() and not dest.exists()


def test_a_file_that_grows_during_the_download_is_refused(
    sshd: dict[str, Any], tmp_path: Path
) -> None:
    src = tmp_path / "growing"
    _make(src, 128 << 20)
    dest = tmp_path / "copy"
    stop = threading.Event()

    def grow() -> None:
        part = dest.with_name("copy.part")
        while _written(part) < (8 << 20) and not stop.is_set():
            time.sleep(0.01)
        with open(src, "ab") as fh:  # kdump still writing: the vmcore grows
            fh.write(os.urandom(1 << 20))

    t = threading.Thread(target=grow, daemon=True)
    t.start()
    proc = hangdump("fetch", _url(sshd, src), str(dest), *_opts(sshd), "--limit-rate", "40")
    stop.set()
    t.join(30)
    assert proc.returncode == 1
    assert "changed during the download" in proc.stderr
    assert not dest.exists()


@pytest.mark.deep
def test_one_gib_over_sftp(sshd: dict[str, Any], tmp_path: Path) -> None:
    src = tmp_path / "big"
    digest = _make(src, DEEP_SIZE)
    proc = hangdump("fetch", _url(sshd, src), str(tmp_path / "copy"), *_opts(sshd), "--json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["sha256"] == digest
