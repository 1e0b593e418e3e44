"""The lab's two libvirt guests: the practice guest and the in-guest kdump guest.

One component module serves two names (see ``control.COMPONENTS``):
``libvirt`` -> domain ``hangdump-practice``, ``kdump_guest`` -> ``hangdump-kdump``.
Both are persistent domains under ``qemu:///system``, booted directly from the
lab's Debian cloud kernel and busybox initramfs under TCG, reachable by SSH on a
loopback port that QEMU's user-mode network forwards to the guest.
"""

from __future__ import annotations

import contextlib
import re
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from backends.errors import LabError
from backends.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from backends.lab import guest_ssh
from backends.lab.control import Context
from backends.lab.domain_xml import GuestSpec, domain_xml
from backends.lab.process import free_port, run

if TYPE_CHECKING:
    import libvirt
    import paramiko

URI = "qemu:///system"
DOMAINS = {"libvirt": "hangdump-practice", "kdump_guest": "hangdump-kdump"}
READY = "HANGDUMP-GUEST-READY"
BASE_CMDLINE = "console=ttyS0,115200 panic=0"
KDUMP_CMDLINE = BASE_CMDLINE + " crashkernel=128M"
DISK_LABEL = "hdcrash"
DISK_BYTES = 1 << 30
BOOT_TIMEOUT = 120.0  # measured 3.6-8 s; TCG on a busy 2-core machine can be much slower
HINT_LOG = QT_TRANSLATE_NOOP("Lab", "Look at the guest's console log: {log}")


def _connect() -> libvirt.virConnect:
    try:
        import libvirt
    except ImportError as exc:
        raise LabError(
            translate("Lab", "libvirt-python is not installed."),
            translate(
                "Lab", "Install the project with the libvirt extra: pip install -e '.[libvirt]'."
            ),
        ) from exc
    # libvirt prints every error (e.g. a lookup of a domain that is not there) to
    # stderr by default; errors reach us as exceptions, so silence that printer.
    libvirt.registerErrorHandler(_quiet, None)
    try:
        return libvirt.open(URI)
    except libvirt.libvirtError as exc:
        raise LabError(
            translate("Lab", "Cannot connect to {uri}: {error}").format(uri=URI, error=exc),
            translate("Lab", "Start the lab's libvirtd first."),
        ) from exc


def _quiet(_ctx: object, _err: object) -> None:
    """libvirt error handler that prints nothing."""


def _lookup(conn: libvirt.virConnect, name: str) -> libvirt.virDomain | None:
    import libvirt

    try:
        return conn.lookupByName(name)
    except libvirt.libvirtError:
        return None


def _remove(conn: libvirt.virConnect, name: str) -> None:
    """Destroy and undefine the domain ``name`` if it exists."""
    import libvirt

    dom = _lookup(conn, name)
    if dom is None:
        return
    with contextlib.suppress(libvirt.libvirtError):
        if dom.isActive():
            dom.destroy()
    with contextlib.suppress(libvirt.libvirtError):
        dom.undefine()


def make_dump_disk(path: Path) -> None:
    """A 1 GiB sparse file holding an empty ext4 filesystem labelled ``hdcrash``.

    ext4 is built into the cloud kernel, so both the normal and the capture kernel
    mount it without modules.
    """
    path.unlink(missing_ok=True)
    with open(path, "wb") as fh:
        fh.truncate(DISK_BYTES)
    run(
        ["mkfs.ext4", "-q", "-F", "-L", DISK_LABEL, "-E", "lazy_itable_init=1", str(path)],
        what=translate("Lab", "Making the kdump guest's dump disk"),
        hint=translate("Lab", "Install e2fsprogs."),
    )


def start(ctx: Context) -> dict[str, Any]:
    """Define and boot the guest named by ``ctx.name``; return once SSH works."""
    name = DOMAINS[ctx.name]
    kdump = ctx.name == "kdump_guest"
    a = ctx.assets
    folder = ctx.dir()
    port = free_port()
    known_hosts = folder / "known_hosts"
    guest_ssh.write_known_hosts(known_hosts, port, a.require("guest_host_key_pub"))
    disk = folder / "crash.img" if kdump else None
    if disk is not None:
        make_dump_disk(disk)
    spec = GuestSpec(
        name=name,
        kernel=Path(a.require("vmlinuz")),
        initrd=Path(a.require("kdump_initramfs" if kdump else "initramfs")),
        cmdline=KDUMP_CMDLINE if kdump else BASE_CMDLINE,
        console_log=folder / "console.log",
        ssh_port=port,
        disk=disk,
    )
    conn = _connect()
    try:
        import libvirt

        _remove(conn, name)  # a stale domain of ours from an earlier run
        try:
            dom = conn.defineXML(domain_xml(spec))
            dom.create()
        except libvirt.libvirtError as exc:
            raise LabError(
                translate("Lab", "Starting the guest {name} failed: {error}").format(
                    name=name, error=exc
                ),
                translate("Lab", "Check libvirtd's log and that qemu-system-x86 is installed."),
            ) from exc
        info: dict[str, Any] = {
            "uri": URI,
            "guest": name,
            "uuid": dom.UUIDString(),
            "console_log": str(spec.console_log),
            "ssh": {
                "user": "root",
                "host": "127.0.0.1",
                "port": port,
                "key": a.require("guest_key"),
                "known_hosts": str(known_hosts),
            },
            "kernel_release": a.kernel_release,
            "_disk": str(disk) if disk else "",
        }
    finally:
        conn.close()
    ctx.progress(0, 0, translate("Lab", "booting {name}").format(name=name))
    try:
        _wait_ready(info, 0)
    except LabError:
        with contextlib.suppress(Exception):
            stop(info)
        raise
    return info


def _wait_ready(info: dict[str, Any], start_at: int) -> None:
    wait_console(info, rf"{READY} \S+", BOOT_TIMEOUT, start=start_at)
    what = translate("Lab", "Guest {name}").format(name=info["guest"])
    guest_ssh.wait_ssh(info["ssh"], BOOT_TIMEOUT, what).close()


def alive(info: dict[str, Any]) -> bool:
    """The domain exists and is running."""
    import libvirt

    try:
        conn = _connect()
    except LabError:
        return False
    try:
        return bool(conn.lookupByUUIDString(info["uuid"]).isActive())
    except (libvirt.libvirtError, KeyError):
        return False
    finally:
        conn.close()


def stop(info: dict[str, Any]) -> None:
    """Destroy and undefine the domain (QEMU exits) and remove its dump disk."""
    conn = _connect()
    try:
        _remove(conn, info["guest"])
    finally:
        conn.close()
    if info.get("_disk"):
        Path(info["_disk"]).unlink(missing_ok=True)


def public(info: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in info.items() if not k.startswith("_")}


def console_text(info: dict[str, Any]) -> str:
    """Everything the guest printed on its serial console since QEMU started."""
    try:
        return Path(info["console_log"]).read_bytes().decode(errors="replace")
    except FileNotFoundError:
        return ""


def wait_console(info: dict[str, Any], pattern: str, timeout: float, start: int = 0) -> str:
    """Wait until ``pattern`` (a regex) appears in the console after offset ``start``.

    Returns the matched text. ``start`` lets a caller wait for a *new* marker:
    pass ``len(console_text(info))`` taken before the action.
    """
    rx = re.compile(pattern)
    deadline = time.monotonic() + timeout
    while True:
        m = rx.search(console_text(info), start)
        if m:
            return m.group(0)
        if time.monotonic() > deadline:
            tail = console_text(info)[-600:]
            raise LabError(
                translate(
                    "Lab",
                    "{guest}: {pattern} did not appear on the console within "
                    "{timeout:.0f} s. Last output: {tail}",
                ).format(
                    guest=info["guest"], pattern=repr(pattern), timeout=timeout, tail=repr(tail)
                ),
                translate_marked("Lab", HINT_LOG).format(log=info["console_log"]),
            )
        time.sleep(0.05)


def restart(info: dict[str, Any]) -> None:
    """Power the guest off hard and boot it again; return once SSH works."""
    import libvirt

    conn = _connect()
    try:
        dom = conn.lookupByUUIDString(info["uuid"])
        if dom.isActive():
            dom.destroy()
        dom.create()
    except libvirt.libvirtError as exc:
        raise LabError(
            translate("Lab", "Restarting the guest {name} failed: {error}").format(
                name=info["guest"], error=exc
            ),
            translate("Lab", "Run `hangdump lab down` and start the lab again."),
        ) from exc
    finally:
        conn.close()
    _wait_ready(info, 0)  # a new QEMU overwrote the console log


def ssh_client(info: dict[str, Any]) -> paramiko.SSHClient:
    """A paramiko client logged in as root, the host key verified against the pin."""
    return guest_ssh.connect(info["ssh"])


def domain(info: dict[str, Any]) -> tuple[libvirt.virConnect, libvirt.virDomain]:
    """An open connection and the guest's domain (close the connection when done)."""
    conn = _connect()
    try:
        return conn, conn.lookupByUUIDString(info["uuid"])
    except Exception:
        conn.close()
        raise
