"""The hypervisor interface: what capture flows, the CLI and the window may use.

Explicit methods only; no adapter hands out its SDK objects.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from backends.cancel import NEVER, CancelToken, Progress, no_progress
from backends.errors import UserError
from backends.i18n import translate

if TYPE_CHECKING:
    from backends.transfers.sources import Source


class PowerState(str, enum.Enum):
    ON = "on"
    OFF = "off"
    SUSPENDED = "suspended"
    PAUSED = "paused"
    CRASHED = "crashed"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class VmInfo:
    """One VM as the inventory shows it. ``id`` is unique and stable:
    the vSphere instance UUID or the libvirt domain UUID."""

    name: str
    id: str
    power_state: PowerState
    guest_os: str = ""
    host: str = ""
    memory_mib: int = 0
    path: str = ""  #: inventory path, e.g. ``DC0/host/DC0_H0/DC0_H0_VM0``
    ref: str = ""  #: the hypervisor's own handle (moref, domain name, ESXi vmid)
    snapshot_count: int = 0
    config_file: str = ""  #: the .vmx datastore path (vSphere/ESXi)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["power_state"] = self.power_state.value
        return data


@dataclass(frozen=True)
class Capabilities:
    nmi: bool
    nmi_methods: tuple[str, ...] = ()  #: in the order they are tried
    memory_snapshot: bool = False
    memory_dump: bool = False
    #: a suspended VM's .vmss + .vmem can be listed (:meth:`Hypervisor.suspend_files`)
    suspend_files: bool = False
    live_updates: bool = False
    reasons: dict[str, str] = field(default_factory=dict)  #: capability -> why not


@dataclass(frozen=True)
class NmiResult:
    method: str  #: e.g. ``SendNMI``, ``vm-support CGI``, ``vmdumper``, ``injectNMI``
    detail: str = ""


@dataclass(frozen=True)
class RemoteFile:
    """A file on the hypervisor side, addressable by the transfer engine."""

    name: str  #: base name to keep on download (``.vmsn``/``.vmem`` pairs must match)
    size: int
    source: str  #: ``sftp://user@host:port/path``, ``[ds] dir/file`` or a local path
    kind: str = ""  #: ``snapshotData``, ``snapshotMemory``, ``suspend``, ``memoryDump``...


@dataclass(frozen=True)
class Snapshot:
    id: str  #: the hypervisor's id (moref, ESXi snapshot id)
    name: str
    files: tuple[RemoteFile, ...]


@dataclass(frozen=True)
class DatastoreSpace:
    name: str
    free_bytes: int
    capacity_bytes: int


class Hypervisor(Protocol):
    """A connection to one hypervisor or management server."""

    uri: str
    kind: str  #: ``vsphere``, ``esxi+ssh``, ``libvirt``, ``virsh+ssh``

    def inventory(
        self, progress: Progress = no_progress, cancel: CancelToken = NEVER
    ) -> list[VmInfo]: ...

    def capabilities(self, vm: VmInfo) -> Capabilities: ...

    def send_nmi(
        self, vm: VmInfo, progress: Progress = no_progress, cancel: CancelToken = NEVER
    ) -> NmiResult: ...

    def create_memory_snapshot(
        self,
        vm: VmInfo,
        name: str,
        description: str,
        progress: Progress = no_progress,
        cancel: CancelToken = NEVER,
    ) -> Snapshot: ...

    def remove_snapshot(
        self,
        vm: VmInfo,
        snapshot: Snapshot,
        progress: Progress = no_progress,
        cancel: CancelToken = NEVER,
    ) -> None: ...

    def memory_dump(
        self, vm: VmInfo, fmt: str, progress: Progress = no_progress, cancel: CancelToken = NEVER
    ) -> RemoteFile: ...

    def suspend_files(self, vm: VmInfo) -> list[RemoteFile]:
        """The checkpoint (``.vmss``, kind ``suspend``) and memory (``.vmem``, kind
        ``suspendMemory``) a suspended VM left on its datastore; empty if none is listed.
        Reading them changes nothing on the server."""
        ...

    def free_space_for(self, vm: VmInfo) -> DatastoreSpace | None: ...

    def file_source(self, file: RemoteFile) -> Source:
        """A transfer source that reads ``file`` at any offset (SFTP, HTTPS, local)."""
        ...

    def delete_file(self, file: RemoteFile) -> None:
        """Remove a file HangDump created on the host (a memory dump), after it was verified."""
        ...

    def refresh(self, vm: VmInfo) -> VmInfo: ...

    def close(self) -> None: ...


#: Called with the updated VM when a live update arrives.
VmListener = Callable[[VmInfo], None]


def find_vm(vms: list[VmInfo], name_or_id: str) -> VmInfo:
    """The one VM whose id (preferred) or name is ``name_or_id``.

    A name shared by several VMs is refused: destructive actions target a unique id.
    """
    key = name_or_id.strip()
    by_id = [v for v in vms if v.id.lower() == key.lower() or v.ref == key]
    if len(by_id) == 1:
        return by_id[0]
    by_name = [v for v in vms if v.name == key]
    if len(by_name) == 1:
        return by_name[0]
    if len(by_name) > 1:
        ids = ", ".join(f"{v.id} ({v.path or v.host})" for v in by_name)
        raise UserError(
            translate("Hypervisors", "Several VMs are named {name}: {ids}.").format(
                name=repr(key), ids=ids
            ),
            translate("Hypervisors", "Name the VM by its id (see `hangdump inventory`)."),
        )
    raise UserError(
        translate("Hypervisors", "No VM named or with id {name} on this connection.").format(
            name=repr(key)
        ),
        translate(
            "Hypervisors", "Check the name with `hangdump inventory` (names are case-sensitive)."
        ),
    )
