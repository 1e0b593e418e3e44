"""libvirtd and virtlogd without systemd, for ``qemu:///system``.

A libvirtd that already answers (a desktop with systemd, a developer's own
daemon) is used as it is and left running at ``lab down``; only daemons the lab
started itself are stopped.
"""

from __future__ import annotations

import contextlib
import grp
import os
import stat
import subprocess
from pathlib import Path
from typing import Any

from backends.errors import LabError
from backends.i18n import translate
from backends.lab.control import Context
from backends.lab.process import pid_alive, run, stop_pid, wait_for

URI = "qemu:///system"
SOCKET = Path("/run/libvirt/libvirt-sock")


def answers() -> bool:
    """True when ``virsh -c qemu:///system version`` gets an answer."""
    try:
        proc = subprocess.run(
            ["virsh", "-c", URI, "version"], capture_output=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return proc.returncode == 0


def fix_kvm_permissions() -> None:
    """Give /dev/kvm to group kvm, mode 0660, as udev would.

    Without udev the node is root-only; libvirt then finds its QEMU capability
    cache stale on every lookup and each guest start costs ~45 s instead of <1 s.
    """
    kvm = Path("/dev/kvm")
    if not kvm.exists() or os.geteuid() != 0:
        return
    with contextlib.suppress(KeyError, OSError):
        gid = grp.getgrnam("kvm").gr_gid
        st = kvm.stat()
        if st.st_gid != gid or stat.S_IMODE(st.st_mode) != 0o660:
            os.chown(kvm, 0, gid)
            os.chmod(kvm, 0o660)


def _pid_from(path: Path) -> int:
    try:
        return int(path.read_text().strip())
    except (OSError, ValueError):
        return 0


def start(ctx: Context) -> dict[str, Any]:
    fix_kvm_permissions()
    if answers():
        return {"uri": URI, "started": []}
    if os.geteuid() != 0:
        raise LabError(
            translate("Lab", "libvirtd is not running and only root can start it."),
            translate("Lab", "Start it (`sudo systemctl start libvirtd`) or run the lab as root."),
        )
    started: list[int] = []
    log_pid = Path("/run/virtlogd.pid")
    if not pid_alive(_pid_from(log_pid)):
        run(["virtlogd", "-d"], what=translate("Lab", "Starting virtlogd"))
        started.append(_pid_from(log_pid))
    run(
        ["libvirtd", "-d"],
        what=translate("Lab", "Starting libvirtd"),
        hint=translate("Lab", "Install libvirt-daemon-system (the README's set-up command does)."),
    )
    started.append(_pid_from(Path("/run/libvirtd.pid")))
    # The first connection after an install probes QEMU for 8-12 s.
    what = translate("Lab", "libvirtd answering on qemu:///system")
    wait_for(answers, timeout=90, what=what, step=0.5)
    return {"uri": URI, "started": [p for p in started if p > 0]}


def alive(info: dict[str, Any]) -> bool:
    pids = info.get("started") or []
    if pids:
        return all(pid_alive(p) for p in pids)
    return answers()


def stop(info: dict[str, Any]) -> None:
    for pid in reversed(info.get("started") or []):
        stop_pid(pid, timeout=10)
