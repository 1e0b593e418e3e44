"""The lab's own crash build: 8.0.6 from Debian trixie's sources plus our fix.

The key test dumps the practice guest while it is healthy (no NMI, no panic):
stock crash 8.0.6 cannot open such a dump of the cloud kernel (``invalid size
request: 0 type: "stack contents"``); the lab build must.
"""

from __future__ import annotations

import re
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from backends.errors import LabError
from backends.lab import assets, crashbuild, guest
from tests.conftest import LabHandle, require_lab

# -- the apt plumbing, on recorded inputs (no lab needed) --------------------------

DEB822 = """\
Types: deb
# a comment between fields
URIs: http://mirror.example/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://mirror.example/debian-security
Suites: bookworm-security
Components: main

Enabled: no
Types: deb
URIs: http://disabled.example/debian
Suites: bookworm
"""

ONE_LINE = """\
# deb http://commented.example/debian bookworm main
deb [arch=amd64 signed-by=/etc/apt/keyrings/site.gpg] https://site.example/debian bookworm main
deb http://security.example/debian-security bookworm-security main
"""

SHOWSRC = """\
Package: crash
Version: 8.0.6-1
Checksums-Sha256:
 097c6c94ded7e24db4af58de24744bd28276d6f5bae0828bc6b6a02664c4282a 41189968 crash_8.0.6.orig.tar.gz
 d397f7001b2728f79b66edd4dd675a6d7d0fc7b1b4007d9971cf454277276cc1 153312 crash_8.0.6-1.debian.tar.xz
Directory: pool/main/c/crash
"""


def test_deb822_picks_the_release_entry_not_security_nor_disabled() -> None:
    assert crashbuild.deb822_entries(DEB822, "bookworm") == [
        ("http://mirror.example/debian", "/usr/share/keyrings/debian-archive-keyring.gpg")
    ]
    assert crashbuild.deb822_entries(DEB822, "trixie") == []


def test_one_line_sources_with_options() -> None:
    assert crashbuild.one_line_entries(ONE_LINE, "bookworm") == [
        ("https://site.example/debian", "/etc/apt/keyrings/site.gpg")
    ]


def test_system_mirror_reads_a_sources_tree(tmp_path: Path) -> None:
    (tmp_path / "sources.list.d").mkdir()
    (tmp_path / "sources.list.d" / "debian.sources").write_text(DEB822)
    mirror = crashbuild.system_mirror(tmp_path)
    assert mirror.uri == "http://mirror.example/debian"
    with pytest.raises(LabError, match="No http"):
        crashbuild.system_mirror(tmp_path / "empty")


def test_showsrc_record_names_the_orig_tarball_and_its_sha256() -> None:
    found = crashbuild.parse_orig(SHOWSRC)
    assert found == crashbuild.SourceTarball(
        "8.0.6-1",
        "crash_8.0.6.orig.tar.gz",
        41189968,
        "097c6c94ded7e24db4af58de24744bd28276d6f5bae0828bc6b6a02664c4282a",
    )
    assert crashbuild.parse_orig("Package: crash\nVersion: 1-1\n") is None


# -- the built binary against the real practice guest -------------------------------


@pytest.fixture(scope="module")
def lab_crash(lab: LabHandle) -> str:
    try:
        return assets.load().require("crash")
    except LabError as exc:
        require_lab(str(exc))
        raise


@pytest.mark.lab
def test_lab_crash_is_the_trixie_version(lab_crash: str) -> None:
    out = subprocess.run(
        [lab_crash, "--version"], capture_output=True, text=True, timeout=60, check=True
    ).stdout
    assert re.search(rf"^crash\S* {re.escape(crashbuild.VERSION)}$", out, re.M), out
    assert Path(lab_crash).parent.name == f"{crashbuild.VERSION}-hd{crashbuild.FIX_REVISION}"


@pytest.fixture(scope="module")
def healthy_dump(
    lab: LabHandle, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Any]]:
    """A memory-only ELF dump of the practice guest while it runs normally."""
    import libvirt

    status = lab.ensure("libvirt")
    info = dict(status["libvirt"])
    if "Kernel panic" in guest.console_text(info):
        guest.restart(info)  # an earlier test panicked it; this test needs it healthy
    assert "Kernel panic" not in guest.console_text(info)
    path = tmp_path_factory.mktemp("healthy") / "practice.elf"
    conn, dom = guest.domain(info)
    try:
        t0 = time.monotonic()
        dom.coreDumpWithFormat(
            str(path), libvirt.VIR_DOMAIN_CORE_DUMP_FORMAT_RAW, libvirt.VIR_DUMP_MEMORY_ONLY
        )
        print(f"\nmemory-only ELF dump of the healthy guest: {time.monotonic() - t0:.1f} s")
        assert dom.isActive()
    finally:
        conn.close()
    yield {"dump": path, "vmlinux": status["vmlinux"], "release": status["kernel_release"]}
    path.unlink(missing_ok=True)  # ~540 MB


@pytest.mark.lab
def test_crash_opens_a_dump_of_a_guest_that_has_not_panicked(
    lab_crash: str, healthy_dump: dict[str, Any]
) -> None:
    t0 = time.monotonic()
    proc = subprocess.run(
        [lab_crash, "-s", healthy_dump["vmlinux"], str(healthy_dump["dump"])],
        input="sys\nps\nbt -a\nquit\n",
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    print(f"\ncrash -s with sys, ps, bt -a: {time.monotonic() - t0:.1f} s")
    out, both = proc.stdout, proc.stdout + proc.stderr
    assert "invalid size request" not in both, both[-3000:]
    assert proc.returncode == 0, both[-3000:]
    assert re.search(rf"RELEASE: {re.escape(healthy_dump['release'])}\s", out), out[-3000:]
    assert re.search(r'PANIC: ""', out), out[-3000:]  # really a guest that did not panic
    tasks = [line for line in out.splitlines() if re.match(r"^\s*>?\s*\d+\s+\d+\s+\d+\s+", line)]
    assert len(tasks) > 1, out[-3000:]
    assert any(t.split()[-1] == "init" for t in tasks), out[-3000:]
    # bt -a: every CPU's active task with at least one resolved frame
    assert re.search(r"^PID: 0\s+TASK: ", out, re.M), out[-3000:]
    assert re.search(r"^ #0 \[[0-9a-f]+\] \w+ at [0-9a-f]+", out, re.M), out[-3000:]
