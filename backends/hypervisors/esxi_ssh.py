"""An ESXi host's own shell over SSH: ``vim-cmd``, ``vmdumper``, ``esxcli``, ``vm-support``.

For hosts without vCenter, and as the fallback when ``SendNMI`` is not
implemented. Every argument is passed as data (each one shell-quoted), and the
tools' output is parsed knowing that VM names may hold spaces, quotes and even
newlines, since ESXi prints them raw.
"""

from __future__ import annotations

import contextlib
import re
import stat as statmod
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from backends.cancel import NEVER, CancelToken, Progress, no_progress
from backends.errors import UserError
from backends.hypervisors.base import (
    Capabilities,
    DatastoreSpace,
    NmiResult,
    PowerState,
    RemoteFile,
    Snapshot,
    VmInfo,
)
from backends.hypervisors.kinds import VmwareFamily
from backends.hypervisors.uri import ConnectionSpec
from backends.i18n import translate
from backends.sshconn import run

_ROW = re.compile(
    r"^(\d+)\s{2,}(.*?)\s+\[([^\]]+)\] (.+?\.vmx)\s+(\S+)\s+(vmx-\d+)\s*(.*)$", re.DOTALL
)
_ROW_START = re.compile(r"^\d+\s{2,}")
_FIELD = re.compile(r"^   ([A-Za-z ]+): ?(.*)$")


@dataclass(frozen=True)
class EsxiVm:
    vmid: str
    name: str
    datastore: str
    rel_path: str  #: the .vmx path inside its datastore
    guest_os: str


@dataclass(frozen=True)
class RunningVm:
    world_id: str
    uuid: str
    config_file: str  #: /vmfs/volumes/<volume>/<rel path>

    @property
    def rel_path(self) -> str:
        return rel_of_vmfs(self.config_file)


def rel_of_vmfs(path: str) -> str:
    """``/vmfs/volumes/<volume>/dir/x.vmx`` -> ``dir/x.vmx``."""
    parts = path.split("/", 4)
    return parts[4] if len(parts) == 5 and path.startswith("/vmfs/volumes/") else path


def rel_of_datastore_path(path: str) -> tuple[str, str]:
    """``[ds] dir/x.vmx`` -> ``('ds', 'dir/x.vmx')``."""
    if path.startswith("[") and "] " in path:
        ds, rel = path[1:].split("] ", 1)
        return ds, rel
    return "", rel_of_vmfs(path)


def parse_getallvms(text: str) -> list[EsxiVm]:
    """``vim-cmd vmsvc/getallvms``; a name with a newline continues on the next line."""
    records: list[str] = []
    for line in text.splitlines()[1:]:  # the header
        if _ROW_START.match(line) or not records:
            records.append(line)
        else:
            records[-1] += "\n" + line
    out = []
    for rec in records:
        m = _ROW.match(rec)
        if m:
            out.append(EsxiVm(m.group(1), m.group(2).rstrip(), m.group(3), m.group(4), m.group(5)))
    return out


def parse_process_list(text: str) -> list[RunningVm]:
    """``esxcli vm process list``: blocks separated by blank lines."""
    out = []
    for block in re.split(r"\n\s*\n", text.strip("\n")):
        fields: dict[str, str] = {}
        current = None
        for line in block.splitlines():
            m = _FIELD.match(line)
            if m:
                current = m.group(1)
                fields[current] = m.group(2)
            elif current is not None:
                fields[current] += "\n" + line  # a value that held a newline
        if "World ID" in fields and "Config File" in fields:
            out.append(
                RunningVm(
                    fields["World ID"].strip(),
                    fields.get("UUID", "").strip(),
                    fields["Config File"],
                )
            )
    return out


def parse_vmdumper_list(text: str) -> list[RunningVm]:
    """``vmdumper -l``: ``wid=N pid=... cfgFile="..." uuid="..." displayName="..." ...``."""
    out = []
    for m in re.finditer(
        r'^wid=(\d+) pid=\S+ cfgFile="(.*?)" uuid="([^"]*)" displayName=',
        text,
        re.MULTILINE | re.DOTALL,
    ):
        out.append(RunningVm(m.group(1), m.group(3), m.group(2)))
    return out


class EsxiShellHypervisor(VmwareFamily):
    kind = "esxi+ssh"

    def __init__(self, spec: ConnectionSpec, connect: Callable[[], Any]) -> None:
        self.spec = spec
        self.uri = spec.uri
        self._connect = connect
        self._client = connect()
        probe = self._run(["vim-cmd", "vmsvc/getallvms"])
        if probe.status == 127 or "not found" in probe.stderr:
            raise UserError(
                translate("EsxiShell", "{host} has no vim-cmd: it is not an ESXi shell.").format(
                    host=spec.host
                ),
                translate(
                    "EsxiShell", "Use esxi+ssh:// only for ESXi hosts (enable SSH on the host)."
                ),
            )
        self.hostname = self._run(["hostname"]).stdout.strip() or spec.host
        self._vms: dict[str, EsxiVm] = {}

    def _run(self, argv: list[str], timeout: float = 120.0) -> Any:
        try:
            return run(self._client, argv, timeout=timeout, env_c=False)
        except (OSError, EOFError):
            self._client = self._connect()
            return run(self._client, argv, timeout=timeout, env_c=False)

    def _checked(self, argv: list[str], what: str, timeout: float = 120.0) -> Any:
        res = self._run(argv, timeout)
        if res.status != 0:
            msg = (res.stderr or res.stdout).strip().splitlines()
            raise UserError(
                translate("EsxiShell", "{command} failed on {host}: {message}").format(
                    command=what,
                    host=self.spec.host,
                    message=msg[-1] if msg else translate("EsxiShell", "no message"),
                ),
                translate("EsxiShell", "Check the VM on the host (vim-cmd vmsvc/getallvms)."),
            )
        return res

    # -- inventory -------------------------------------------------------------
    def _running(self) -> list[RunningVm]:
        res = self._run(["esxcli", "vm", "process", "list"])
        if res.status == 0:
            return parse_process_list(res.stdout)
        return parse_vmdumper_list(self._checked(["vmdumper", "-l"], "vmdumper -l").stdout)

    def inventory(
        self, progress: Progress = no_progress, cancel: CancelToken = NEVER
    ) -> list[VmInfo]:
        vms = parse_getallvms(self._checked(["vim-cmd", "vmsvc/getallvms"], "getallvms").stdout)
        running = {r.rel_path: r for r in self._running()}
        out = []
        for i, vm in enumerate(vms):
            cancel.check()
            self._vms[vm.vmid] = vm
            state = PowerState.ON if vm.rel_path in running else self._power(vm.vmid)
            out.append(self._info(vm, state))
            progress(i + 1, len(vms), translate("EsxiShell", "reading VMs"))
        return out

    def _power(self, vmid: str) -> PowerState:
        res = self._run(["vim-cmd", "vmsvc/power.getstate", vmid])
        text = res.stdout.lower()
        if "powered on" in text:
            return PowerState.ON
        if "suspended" in text:
            return PowerState.SUSPENDED
        if "powered off" in text:
            return PowerState.OFF
        return PowerState.UNKNOWN

    def _info(self, vm: EsxiVm, state: PowerState) -> VmInfo:
        return VmInfo(
            name=vm.name,
            id=f"esxi:{self.hostname}:{vm.vmid}",
            power_state=state,
            guest_os=vm.guest_os,
            host=self.hostname,
            path=f"{self.hostname}/{vm.name}",
            ref=vm.vmid,
            config_file=f"[{vm.datastore}] {vm.rel_path}",
        )

    def refresh(self, vm: VmInfo) -> VmInfo:
        for fresh in self.inventory():
            if fresh.ref == vm.ref or (vm.config_file and fresh.config_file == vm.config_file):
                return fresh
        raise UserError(
            translate("EsxiShell", "{vm} is no longer registered on {host}.").format(
                vm=vm.name, host=self.spec.host
            ),
            translate("EsxiShell", "Refresh the inventory."),
        )

    def capabilities(self, vm: VmInfo) -> Capabilities:
        return Capabilities(
            nmi=True,
            nmi_methods=("vmdumper", "vm-support"),
            memory_snapshot=True,
            memory_dump=False,
            suspend_files=False,
            reasons={
                "memory_dump": translate("EsxiShell", "VMware uses a memory snapshot instead."),
                "suspend_files": _suspend_api_only(),
            },
        )

    # -- NMI -----------------------------------------------------------------------
    def send_nmi(
        self, vm: VmInfo, progress: Progress = no_progress, cancel: CancelToken = NEVER
    ) -> NmiResult:
        """``vmdumper <wid> nmi`` for the VM's running world; ``vm-support`` if that fails.

        ``vm`` may come from a vCenter (its config file names the datastore) or from
        this host: it is matched by the .vmx path inside its datastore.
        """
        _ds, rel = rel_of_datastore_path(vm.config_file)
        world = next((r for r in self._running() if r.rel_path == rel), None)
        if world is None:
            raise UserError(
                translate("EsxiShell", "{vm} is not running on {host} (no VM world).").format(
                    vm=vm.name, host=self.spec.host
                ),
                translate(
                    "EsxiShell", "An NMI needs a running VM; check it with esxcli vm process list."
                ),
            )
        res = self._run(["vmdumper", world.world_id, "nmi"])
        if res.status == 0:
            return NmiResult("vmdumper", f"vmdumper {world.world_id} nmi on {self.spec.host}")
        res2 = self._run(
            ["vm-support", "-a", "HungVM:Send_NMI_To_Guest", f"--vm={world.config_file}"],
            timeout=600,
        )
        if res2.status == 0:
            return NmiResult("vm-support", "vm-support -a HungVM:Send_NMI_To_Guest")
        msg = (res.stderr or res.stdout or res2.stderr).strip()
        raise UserError(
            translate("EsxiShell", "The NMI to {vm} failed on {host}: {message}").format(
                vm=vm.name, host=self.spec.host, message=msg
            ),
            translate(
                "EsxiShell", "Try `vm-support -a HungVM:Send_NMI_To_Guest --vm=<vmx>` on the host."
            ),
        )

    # -- snapshots ---------------------------------------------------------------------
    def _vm_for(self, vm: VmInfo) -> EsxiVm:
        if not self._vms:
            self.inventory()
        found = self._vms.get(vm.ref)
        if found is None:
            raise UserError(
                translate("EsxiShell", "{vm} is not registered on {host}.").format(
                    vm=vm.name, host=self.spec.host
                ),
                translate("EsxiShell", "Refresh the inventory."),
            )
        return found

    def _folder(self, vm: EsxiVm) -> str:
        return f"/vmfs/volumes/{vm.datastore}/{vm.rel_path.rsplit('/', 1)[0]}"

    def create_memory_snapshot(
        self,
        vm: VmInfo,
        name: str,
        description: str,
        progress: Progress = no_progress,
        cancel: CancelToken = NEVER,
    ) -> Snapshot:
        evm = self._vm_for(vm)
        progress(0, 1, translate("EsxiShell", "taking the snapshot (vim-cmd)"))
        self._checked(
            ["vim-cmd", "vmsvc/snapshot.create", evm.vmid, name, description, "1", "0"],
            "snapshot.create",
            timeout=3600,
        )
        tree = self._checked(["vim-cmd", "vmsvc/snapshot.get", evm.vmid], "snapshot.get").stdout
        ids = re.findall(r"--Snapshot Name\s*:\s*(.*)\n.*?--Snapshot Id\s*:\s*(\d+)", tree)
        sid = next((i for n, i in reversed(ids) if n.strip() == name), "")
        progress(1, 1, translate("EsxiShell", "snapshot taken"))
        return Snapshot(sid, name, tuple(self._snapshot_files(evm)))

    def _snapshot_files(self, vm: EsxiVm) -> list[RemoteFile]:
        folder = self._folder(vm)
        client = self._connect()
        try:
            with client.open_sftp() as sftp:
                entries = sftp.listdir_attr(folder)
        except OSError as exc:
            raise UserError(
                translate(
                    "EsxiShell", "The VM folder {folder} cannot be listed on {host}: {error}."
                ).format(folder=folder, host=self.spec.host, error=exc),
                translate("EsxiShell", "Check the datastore path and your rights."),
            ) from exc
        finally:
            with contextlib.suppress(Exception):
                client.close()
        vmsn = [
            e for e in entries if e.filename.endswith(".vmsn") and statmod.S_ISREG(e.st_mode or 0)
        ]
        if not vmsn:
            raise UserError(
                translate("EsxiShell", "No .vmsn file appeared in {folder}.").format(folder=folder),
                translate(
                    "EsxiShell", "Check the snapshot on the host (vim-cmd vmsvc/snapshot.get)."
                ),
            )
        newest = max(vmsn, key=lambda e: e.st_mtime or 0)
        stem = newest.filename[:-5]
        files = []
        port = f":{self.spec.port}" if self.spec.port != 22 else ""
        for e in entries:
            if e.filename in (f"{stem}.vmsn", f"{stem}.vmem"):
                files.append(
                    RemoteFile(
                        e.filename,
                        int(e.st_size or 0),
                        f"sftp://{self.spec.user}@{self.spec.host}{port}{folder}/{e.filename}",
                        kind="snapshotData" if e.filename.endswith(".vmsn") else "snapshotMemory",
                    )
                )
        return sorted(files, key=lambda f: f.name)

    def remove_snapshot(
        self,
        vm: VmInfo,
        snapshot: Snapshot,
        progress: Progress = no_progress,
        cancel: CancelToken = NEVER,
    ) -> None:
        evm = self._vm_for(vm)
        if not snapshot.id:
            raise UserError(
                translate("EsxiShell", "The snapshot's id is unknown, so it was not removed."),
                translate("EsxiShell", "Remove it in the host client after checking it."),
            )
        self._checked(
            ["vim-cmd", "vmsvc/snapshot.remove", evm.vmid, snapshot.id, "0"],
            "snapshot.remove",
            timeout=3600,
        )

    def suspend_files(self, vm: VmInfo) -> list[RemoteFile]:
        """Not over the ESXi shell: see :func:`_suspend_api_only`."""
        raise UserError(
            _suspend_api_only(),
            translate(
                "EsxiShell",
                "Connect to the host or its vCenter over HTTPS (vsphere://user@host) to copy "
                "the .vmss and .vmem of a suspended VM.",
            ),
        )

    def free_space_for(self, vm: VmInfo) -> DatastoreSpace | None:
        return None

    def file_source(self, file: RemoteFile) -> Any:
        from backends.transfers.resolve import parse_sftp
        from backends.transfers.sources import SftpSource

        _target, path = parse_sftp(file.source)
        return SftpSource(self._connect, path, display=file.source)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._client.close()


def _suspend_api_only() -> str:
    # vim-cmd names no suspend files (vmsvc/get.filelayout has no suspend entry); a
    # folder listing would be a guess (a stale .vmss from a failed resume, a separate
    # suspend directory), and the .vmx's checkpoint.vmState is not imitated by the lab's
    # stand-ins, so it could not be tested. layoutEx names the files exactly.
    return translate(
        "EsxiShell",
        "Copying a suspended VM's .vmss and .vmem needs the vSphere API; the ESXi shell "
        "connection cannot list them reliably.",
    )


def open_hypervisor(spec: ConnectionSpec, access: Any) -> EsxiShellHypervisor:
    """Entry point for :func:`backends.hypervisors.connect.open_connection`."""
    from backends.hypervisors.connect import ssh_target

    return EsxiShellHypervisor(spec, access.ssh(ssh_target(spec)))
