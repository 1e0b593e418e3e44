"""The Linux bundle, built and run as a user would: no Python, a path with spaces and 中文.

installer/linux/build.sh builds (or takes from its cache, keyed by the sources and the
installed packages) the one-folder bundle, its .tar.gz and its .deb. The tarball is
extracted under ``.../hd test/安装 目录/`` and its ``hangdump`` runs with an environment
built from scratch whose PATH holds no Python: ``--version``, ``selftest`` and
``identify`` on a real memory dump of the lab's practice guest.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tarfile
import time
from pathlib import Path
from typing import Any

import pytest

from backends import __version__
from tests.conftest import LabHandle, require_lab

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "installer" / "linux" / "build.sh"
PY = ROOT / ".venv" / "bin" / "python"

pytestmark = pytest.mark.bundle


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Run build.sh (cached); its JSON summary plus the wall time."""
    if shutil.which("dpkg-deb") is None or shutil.which("ldd") is None:
        require_lab("dpkg-deb and ldd are needed to build the Linux bundle")
    probe = subprocess.run([str(PY), "-c", "import PyInstaller"], capture_output=True, check=False)
    if probe.returncode != 0:
        require_lab("PyInstaller is not installed: .venv/bin/pip install -e '.[bundle]'")
    out = tmp_path_factory.mktemp("bundle-out")
    t0 = time.monotonic()
    proc = subprocess.run(
        ["bash", str(BUILD), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    summary: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    summary["wall"] = time.monotonic() - t0
    print(f"build: {summary}")
    return summary


@pytest.fixture(scope="module")
def installed(build: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tarball extracted under a path with spaces and Chinese characters."""
    dest = tmp_path_factory.mktemp("install") / "hd test" / "安装 目录"
    dest.mkdir(parents=True)
    with tarfile.open(build["tarball"]) as tar:
        tar.extractall(dest, filter="tar")
    exe = dest / f"hangdump-{__version__}" / "hangdump"
    assert exe.is_file() and os.access(exe, os.X_OK)
    return exe


@pytest.fixture(scope="module")
def bare_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """An environment from scratch: PATH is a folder with crash and ldd only, no Python."""
    tools = tmp_path_factory.mktemp("only tools")
    for tool in ("crash", "ldd"):
        found = shutil.which(tool)
        if found:
            (tools / tool).symlink_to(found)
    env = {
        "PATH": str(tools),
        "HOME": str(Path.home()),  # the lab's cached crash build lives under ~/.cache
        "LANG": "C.UTF-8",
        "HANGDUMP_DATA_DIR": str(tmp_path_factory.mktemp("data")),
    }
    for python in ("python", "python3", "python3.11"):
        assert shutil.which(python, path=env["PATH"]) is None
    return env


def run(exe: Path, *args: str, env: dict[str, str], timeout: float = 600) -> Any:
    return subprocess.run(
        [str(exe), *args],
        env=env,
        cwd="/",  # nothing of the checkout on sys.path by accident
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_the_deb_declares_qt_dependencies_and_installs_under_opt(build: dict[str, Any]) -> None:
    info = subprocess.run(
        ["dpkg-deb", "-f", build["deb"], "Depends", "Package", "Version"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for dep in ("libc6 (>=", "libxcb-cursor0", "libegl1", "libxkbcommon-x11-0", "libxcb-icccm4"):
        assert dep in info
    assert f"Version: {__version__}" in info
    listing = subprocess.run(
        ["dpkg-deb", "-c", build["deb"]], capture_output=True, text=True, check=True
    ).stdout
    assert "./usr/bin/hangdump -> /opt/hangdump/hangdump" in listing
    assert "./opt/hangdump/hangdump\n" in listing
    assert "./usr/share/applications/hangdump.desktop" in listing
    assert listing.splitlines()[0].startswith("drwxr-xr-x root/root")


def test_version_without_python(installed: Path, bare_env: dict[str, str]) -> None:
    t0 = time.monotonic()
    proc = run(installed, "--version", env=bare_env)
    elapsed = time.monotonic() - t0
    print(f"cold-ish start of --version: {elapsed:.2f} s")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"hangdump {__version__}"


def test_selftest_without_python(installed: Path, bare_env: dict[str, str]) -> None:
    proc = run(installed, "selftest", "--json", env=bare_env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    report = json.loads(proc.stdout)
    checks = {c["id"]: c for c in report["checks"]}
    print("\n".join(f"{c['status']:4} {c['id']}: {c['summary']}" for c in report["checks"]))
    assert report["frozen"] is True and report["usable"] is True
    assert Path(report["executable"]) == installed
    # Everything comes from the install folder, never from the checkout.
    assert checks["resources"]["details"]["root"].startswith(str(installed.parent))
    for cid in ("import_backends", "import_gui", "i18n_hangdump", "i18n_qt", "window"):
        assert checks[cid]["status"] == "ok", checks[cid]
    assert checks["import_backends"]["details"]["modules"] > 50
    for cid in ("paramiko", "pyvmomi", "keyring"):
        assert checks[cid]["status"] in ("ok", "warn"), checks[cid]
    # The human checklist is the default output.
    text = run(installed, "selftest", "--no-window", env=bare_env)
    assert text.returncode == 0 and "this installation is usable" in text.stdout


def test_selftest_fails_when_a_translation_is_missing(
    installed: Path, bare_env: dict[str, str], tmp_path: Path
) -> None:
    """The self-test can fail: a copy of the bundle without our .qm is reported broken."""
    broken = tmp_path / "破损 copy"
    shutil.copytree(installed.parent, broken, symlinks=True)
    qm = broken / "_internal" / "resources" / "i18n" / "hangdump_zh_CN.qm"
    qm.unlink()
    proc = run(broken / "hangdump", "selftest", env=bare_env)
    assert proc.returncode == 1
    assert "[FAIL] resources" in proc.stdout and "NOT usable" in proc.stdout


@pytest.mark.lab
def test_identify_a_lab_dump_without_python(
    lab: LabHandle, installed: Path, bare_env: dict[str, str], tmp_path: Path
) -> None:
    """A kdump-compressed memory-only dump of the practice guest, identified by the bundle."""
    try:
        import libvirt
    except ImportError:
        require_lab("libvirt-python is not installed in .venv")
    from backends.lab import guest

    status = lab.ensure("libvirt")
    dump = tmp_path / "guest memory.kdump"
    for attempt in range(6):  # other tests may be rebooting the shared guest
        conn, dom = guest.domain(lab.ensure("libvirt")["libvirt"])
        try:
            dom.coreDumpWithFormat(
                str(dump),
                libvirt.VIR_DOMAIN_CORE_DUMP_FORMAT_KDUMP_ZLIB,
                libvirt.VIR_DUMP_MEMORY_ONLY,
            )
            break
        except libvirt.libvirtError:
            if attempt == 5:
                raise
            time.sleep(10)
        finally:
            conn.close()
    proc = run(installed, "identify", "--json", str(dump), env=bare_env)
    assert proc.returncode == 0, proc.stderr
    info = json.loads(proc.stdout)
    assert info["kernel_release"] == status["kernel_release"]
    assert info["format"].startswith("kdump")
