"""libvirt hosts without libvirt-python: ``LC_ALL=C virsh`` run over SSH.

For Windows laptops (no libvirt-python wheels) and RHV/oVirt hosts. Domains are
addressed by UUID in every command, and every argument is shell-quoted, so no VM
name ever reaches the remote shell as code.
"""

from __future__ import annotations

import contextlib
import re
import threading
import time
from collections.abc import Callable
from typing import Any

from backends.cancel import NEVER, CancelToken, Progress, no_progress
from backends.errors import UserError
from backends.hypervisors.base import (
    Capabilities,
    DatastoreSpace,
    NmiResult,
    PowerState,
    RemoteFile,
    VmInfo,
)
from backends.hypervisors.kinds import LibvirtFamily
from backends.hypervisors.uri import ConnectionSpec
from backends.i18n import translate
from backends.sshconn import run

LIBVIRT_URI = "qemu:///system"
DUMP_DIR = "/var/lib/libvirt/qemu/dump"
STATES = {
    "running": PowerState.ON,
    "idle": PowerState.ON,
    "in shutdown": PowerState.ON,
    "paused": PowerState.PAUSED,
    "shut off": PowerState.OFF,
    "crashed": PowerState.CRASHED,
    "pmsuspended": PowerState.SUSPENDED,
}
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def parse_dominfo(text: str) -> dict[str, str]:
    """``virsh dominfo`` as a dict (keys as printed, e.g. ``Max memory``)."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if sep:
            out.setdefault(key.strip(), value.strip())
    return out


def parse_jobinfo(text: str) -> tuple[int, int]:
    """(processed, total) bytes from ``virsh domjobinfo``; zeros when unknown."""
    info = parse_dominfo(text)

    def num(key: str) -> int:
        m = re.match(r"([\d.]+)\s*(\w+)", info.get(key, ""))
        if not m:
            return 0
        scale = {"B": 1, "KiB": 1024, "MiB": 1 << 20, "GiB": 1 << 30, "TiB": 1 << 40}
        return int(float(m.group(1)) * scale.get(m.group(2), 1))

    return (
        num("Memory processed") or num("Data processed"),
        num("Memory total") or num("Data total"),
    )


class VirshSshHypervisor(LibvirtFamily):
    kind = "virsh+ssh"

    def __init__(self, spec: ConnectionSpec, connect: Callable[[], Any]) -> None:
        """``connect()`` opens a verified paramiko client to the host (see sshconn)."""
        self.spec = spec
        self.uri = spec.uri
        self._connect = connect
        self._client = connect()
        self._lock = threading.Lock()
        probe = self._virsh(["version"], check=False)
        if probe.status == 127 or "not found" in probe.stderr:
            raise UserError(
                translate("Libvirt", "virsh is not installed on {host}.").format(host=spec.host),
                translate(
                    "Libvirt", "Install libvirt-clients (Debian/Ubuntu) or libvirt-client (RHEL)."
                ),
            )
        if probe.status != 0:
            raise self._error(
                probe.stderr,
                translate("Libvirt", "virsh on {host} cannot reach libvirt").format(host=spec.host),
            )
        self.hostname = self._run(["hostname"]).stdout.strip() or spec.host

    # -- plumbing ----------------------------------------------------------------
    def _run(self, argv: list[str], timeout: float = 120.0, check: bool = False) -> Any:
        with self._lock:
            try:
                return run(self._client, argv, timeout=timeout)
            except (OSError, EOFError):
                self._client = self._connect()  # the session dropped: one fresh try
                return run(self._client, argv, timeout=timeout)

    def _virsh(self, args: list[str], timeout: float = 120.0, check: bool = True) -> Any:
        res = self._run(["virsh", "-c", LIBVIRT_URI, *args], timeout=timeout)
        if check and res.status != 0:
            raise self._error(
                res.stderr or res.stdout,
                translate("Libvirt", "virsh {command} failed").format(command=args[0]),
            )
        return res

    def _error(self, text: str, intro: str) -> UserError:
        msg = " ".join(text.strip().splitlines()[-2:])
        lower = msg.lower()
        message = translate("Libvirt", "{intro}: {message}").format(
            intro=intro, message=msg or translate("Libvirt", "no message")
        )
        if "authentication" in lower or "access denied" in lower or "sasl" in lower:
            return UserError(
                message,
                translate(
                    "Libvirt",
                    "libvirt refused read-write access. On RHV/oVirt hosts libvirt is "
                    "protected by SASL (VDSM's account): run as a user allowed to use "
                    "it, or ask the host's administrator.",
                ),
            )
        if "failed to get domain" in lower or "domain not found" in lower:
            return UserError(
                message, translate("Libvirt", "Refresh the inventory: the VM is gone.")
            )
        if "not running" in lower:
            return UserError(message, translate("Libvirt", "Check that the VM is running."))
        return UserError(
            message,
            translate("Libvirt", "Run virsh on {host} to see more.").format(host=self.spec.host),
        )

    # -- inventory -----------------------------------------------------------------
    def _info(self, uuid: str) -> VmInfo:
        d = parse_dominfo(self._virsh(["dominfo", uuid]).stdout)
        mem = re.match(r"(\d+)", d.get("Max memory", "0"))
        name = d.get("Name", uuid)
        snaps = self._virsh(["snapshot-list", uuid, "--name"], check=False)
        count = len([x for x in snaps.stdout.splitlines() if x.strip()]) if snaps.status == 0 else 0
        return VmInfo(
            name=name,
            id=d.get("UUID", uuid),
            power_state=STATES.get(d.get("State", ""), PowerState.UNKNOWN),
            guest_os=d.get("OS Type", ""),
            host=self.hostname,
            memory_mib=(int(mem.group(1)) // 1024) if mem else 0,
            path=f"{self.hostname}/{name}",
            ref=d.get("UUID", uuid),
            snapshot_count=count,
        )

    def inventory(
        self, progress: Progress = no_progress, cancel: CancelToken = NEVER
    ) -> list[VmInfo]:
        uuids = [
            u.strip()
            for u in self._virsh(["list", "--all", "--uuid"]).stdout.splitlines()
            if _UUID.match(u.strip())
        ]
        out = []
        for i, uuid in enumerate(uuids):
            cancel.check()
            out.append(self._info(uuid))
            progress(i + 1, len(uuids), translate("Libvirt", "reading domains"))
        return sorted(out, key=lambda v: v.name)

    def refresh(self, vm: VmInfo) -> VmInfo:
        return self._info(vm.id)

    def capabilities(self, vm: VmInfo) -> Capabilities:
        return Capabilities(
            nmi=True,
            nmi_methods=("virsh inject-nmi",),
            memory_snapshot=False,
            memory_dump=True,
            reasons={
                "memory_snapshot": translate("Libvirt", "libvirt hosts use a memory-only dump.")
            },
        )

    # -- actions ---------------------------------------------------------------------
    def send_nmi(
        self, vm: VmInfo, progress: Progress = no_progress, cancel: CancelToken = NEVER
    ) -> NmiResult:
        self._virsh(["inject-nmi", vm.id])
        return NmiResult("virsh inject-nmi", f"over SSH on {self.spec.host}")

    def memory_dump(
        self,
        vm: VmInfo,
        fmt: str = "kdump-zlib",
        progress: Progress = no_progress,
        cancel: CancelToken = NEVER,
        folder: str = DUMP_DIR,
    ) -> RemoteFile:
        if fmt not in ("kdump-zlib", "elf", "kdump-lzo", "kdump-snappy"):
            raise UserError(
                translate("Libvirt", "Unknown dump format {format}.").format(format=repr(fmt)),
                translate("Libvirt", "Use kdump-zlib or elf."),
            )
        stamp = time.strftime("%Y%m%d-%H%M%S")
        safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in vm.name)
        path = f"{folder.rstrip('/')}/{safe}-{stamp}{'.elf' if fmt == 'elf' else '.kdump'}"
        result: list[Any] = []

        def work() -> None:
            result.append(
                self._run(
                    [
                        "virsh",
                        "-c",
                        LIBVIRT_URI,
                        "dump",
                        "--memory-only",
                        "--format",
                        fmt,
                        vm.id,
                        path,
                    ],
                    timeout=6 * 3600,
                )
            )

        t = threading.Thread(target=work, name="virsh-dump", daemon=True)
        t.start()
        side = self._connect()  # a second session for progress and abort
        try:
            while t.is_alive():
                t.join(1.0)
                if cancel.cancelled:
                    run(side, ["virsh", "-c", LIBVIRT_URI, "domjobabort", vm.id])
                    t.join(60)
                    cancel.check()
                with contextlib.suppress(UserError, OSError):
                    info = run(side, ["virsh", "-c", LIBVIRT_URI, "domjobinfo", vm.id])
                    done, total = parse_jobinfo(info.stdout)
                    progress(
                        done,
                        total or vm.memory_mib * 1048576,
                        translate("Libvirt", "dumping {vm} memory").format(vm=vm.name),
                    )
        finally:
            with contextlib.suppress(Exception):
                side.close()
        res = result[0] if result else None
        if res is None or res.status != 0:
            raise self._error(
                res.stderr if res else translate("Libvirt", "no answer"),
                translate("Libvirt", "The memory dump of {vm} failed").format(vm=vm.name),
            )
        size_res = self._run(["stat", "-c", "%s", path])
        size = int(size_res.stdout.strip() or 0) if size_res.status == 0 else 0
        port = f":{self.spec.port}" if self.spec.port != 22 else ""
        return RemoteFile(
            path.rsplit("/", 1)[-1],
            size,
            f"sftp://{self.spec.user}@{self.spec.host}{port}{path}",
            kind="memoryDump",
        )

    def free_space_for(self, vm: VmInfo) -> DatastoreSpace | None:
        res = self._run(["df", "-Pk", DUMP_DIR])
        lines = res.stdout.strip().splitlines()
        if res.status != 0 or len(lines) < 2:
            return None
        fields = lines[-1].split()
        try:
            return DatastoreSpace(DUMP_DIR, int(fields[3]) * 1024, int(fields[1]) * 1024)
        except (IndexError, ValueError):
            return None

    def file_source(self, file: RemoteFile) -> Any:
        from backends.transfers.resolve import parse_sftp
        from backends.transfers.sources import SftpSource

        _target, path = parse_sftp(file.source)
        return SftpSource(self._connect, path, display=file.source)

    def delete_file(self, file: RemoteFile) -> None:
        from backends.transfers.resolve import parse_sftp

        _target, path = parse_sftp(file.source)
        res = self._run(["rm", "-f", "--", path])
        if res.status != 0:
            raise UserError(
                translate("Libvirt", "Cannot remove {path} on {host}: {error}").format(
                    path=path, host=self.spec.host, error=res.stderr.strip()
                ),
                translate("Libvirt", "Remove it by hand on the host."),
            )

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._client.close()


def open_hypervisor(spec: ConnectionSpec, access: Any) -> VirshSshHypervisor:
    """Entry point for :func:`backends.hypervisors.connect.open_connection`."""
    from backends.hypervisors.connect import ssh_target

    return VirshSshHypervisor(spec, access.ssh(ssh_target(spec)))
