"""Watching a guest over SSH around an NMI: boot id, coming back, its newest vmcore."""

from __future__ import annotations

import contextlib
import stat as statmod
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from backends.cancel import CancelToken, Progress
from backends.errors import UserError
from backends.i18n import translate

VMCORE_NAMES = ("vmcore", "dump.")
NOT_VMCORE = ("vmcore-dmesg", "vmcore-incomplete", ".incomplete", "dmesg.")


@dataclass(frozen=True)
class RemoteVmcore:
    path: str
    size: int
    mtime: float


def boot_id(connect: Callable[[], Any]) -> str | None:
    """The guest's ``/proc/sys/kernel/random/boot_id``; None when SSH does not answer."""
    try:
        client = connect()
    except UserError:
        return None
    try:
        with client.open_sftp() as sftp, sftp.open("/proc/sys/kernel/random/boot_id") as fh:
            return str(fh.read(64).decode().strip())
    except (OSError, EOFError):
        return None
    finally:
        with contextlib.suppress(Exception):
            client.close()


def wait_for_reboot(
    connect: Callable[[], Any],
    old_boot_id: str | None,
    timeout: float,
    progress: Progress,
    cancel: CancelToken,
) -> str:
    """Poll SSH until the guest answers with a new boot id (it rebooted after kdump)."""
    t0 = time.monotonic()
    while True:
        cancel.check()
        elapsed = time.monotonic() - t0
        current = boot_id(connect)
        if current is not None and current != old_boot_id:
            return current
        if elapsed > timeout:
            raise UserError(
                translate(
                    "Capture", "The guest did not come back over SSH within {timeout:.0f} s."
                ).format(timeout=timeout),
                translate(
                    "Capture",
                    "kdump may still be writing a large dump: look at the VM console, wait, then "
                    "fetch /var/crash/<newest>/vmcore with `hangdump fetch`.",
                ),
            )
        text = (
            translate("Capture", "waiting for the guest to reboot (down)")
            if current is None
            else translate("Capture", "waiting for the guest to reboot (still the old boot)")
        )
        progress(int(elapsed), int(timeout), text)
        cancel.wait(2.0)


def newest_vmcore(
    connect: Callable[[], Any], since: float, root: str = "/var/crash"
) -> RemoteVmcore | None:
    """The newest vmcore-like file under ``root/*/`` modified at or after ``since``."""
    client = connect()
    try:
        with client.open_sftp() as sftp:
            found: list[RemoteVmcore] = []
            try:
                entries = sftp.listdir_attr(root)
            except FileNotFoundError:
                return None
            for d in entries:
                if not statmod.S_ISDIR(d.st_mode or 0):
                    continue
                folder = f"{root.rstrip('/')}/{d.filename}"
                with contextlib.suppress(OSError):
                    for f in sftp.listdir_attr(folder):
                        name = f.filename
                        if not name.startswith(VMCORE_NAMES) or any(x in name for x in NOT_VMCORE):
                            continue
                        if not statmod.S_ISREG(f.st_mode or 0):
                            continue
                        mtime = float(f.st_mtime or 0)
                        if mtime + 120 >= since:  # guest clocks drift; allow two minutes
                            found.append(
                                RemoteVmcore(f"{folder}/{name}", int(f.st_size or 0), mtime)
                            )
    finally:
        with contextlib.suppress(Exception):
            client.close()
    return max(found, key=lambda v: v.mtime) if found else None
