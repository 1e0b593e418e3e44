"""vCenter and ESXi through pyvmomi (imported here only).

TLS is verified by the system or pinned to a certificate the user accepted
(:mod:`~backends.hypervisors.vsphere_login`). The inventory is read with one
PropertyCollector retrieval over a ContainerView, never per-VM attribute reads.
"""

from __future__ import annotations

import contextlib
import threading
import urllib.parse
from collections.abc import Iterable
from typing import Any

from backends.cancel import NEVER, CancelToken, Progress, no_progress
from backends.errors import UserError
from backends.hypervisors import vsphere_cgi, vsphere_files, vsphere_login, vsphere_props
from backends.hypervisors.base import (
    Capabilities,
    DatastoreSpace,
    NmiResult,
    PowerState,
    RemoteFile,
    Snapshot,
    VmInfo,
    VmListener,
)
from backends.hypervisors.kinds import VmwareFamily
from backends.hypervisors.uri import ConnectionSpec
from backends.hypervisors.vsphere_cgi_http import CgiRefused
from backends.i18n import translate
from backends.trust import tls

POWER = {
    "poweredOn": PowerState.ON,
    "poweredOff": PowerState.OFF,
    "suspended": PowerState.SUSPENDED,
}
VM_PROPS = [
    "name",
    "config.instanceUuid",
    "runtime.powerState",
    "config.guestFullName",
    "runtime.host",
    "config.hardware.memoryMB",
    "parent",
    "snapshot",
    "config.files.vmPathName",
    "resourcePool",
]
ENTITY_PROPS = ["name", "parent"]


def _pyvmomi() -> tuple[Any, Any]:
    try:
        from pyVim import connect
        from pyVmomi import vim, vmodl
    except ImportError as exc:
        raise UserError(
            translate(
                "vSphere", "pyvmomi is not installed, so vSphere connections are unavailable."
            ),
            translate("vSphere", "Reinstall HangDump with all its parts."),
        ) from exc
    return connect, (vim, vmodl)


class VsphereHypervisor(VmwareFamily):
    kind = "vsphere"

    def __init__(self, spec: ConnectionSpec, access: Any) -> None:
        self.connect_mod, (self.vim, self.vmodl) = _pyvmomi()
        self.spec = spec
        self.uri = spec.uri
        self.access = access
        self._listeners: list[VmListener] = []
        self._watch_stop = threading.Event()
        self._watch_thread: threading.Thread | None = None
        self.pinned = self._trust()
        password = access.password(spec.user, spec.host, spec.port)
        if not password:
            raise UserError(
                translate("vSphere", "A password is needed for {user} on {host}.").format(
                    user=spec.user, host=spec.host
                ),
                translate(
                    "vSphere",
                    "Save it in the connection profile (OS keyring) or set "
                    "HANGDUMP_PASSWORD for scripts.",
                ),
            )
        self.si = self._login(password)
        self.content = self.si.RetrieveContent()
        self._entities: dict[str, tuple[str, str, str]] = {}  # moref -> (type, name, parent)
        self._file_vm: dict[str, VmInfo] = {}  # datastore path -> the VM it belongs to

    # -- connection --------------------------------------------------------------
    def _trust(self) -> tls.ServerCert | None:
        return vsphere_login.trust(self.spec, self.access)

    def _login(self, password: str) -> Any:
        return vsphere_login.login(self.connect_mod, self.vim, self.spec, self.pinned, password)

    @property
    def cookie(self) -> str:
        """The SOAP session cookie, for datastore ``/folder`` downloads."""
        raw = str(self.si._stub.cookie or "")
        return raw.split(";", 1)[0].strip()

    # -- property collector ------------------------------------------------------
    def _retrieve(self, types: Iterable[tuple[Any, list[str]]], root: Any = None) -> list[Any]:
        """One ContainerView + RetrievePropertiesEx (with paging) for several types."""
        return vsphere_props.retrieve(self.content, self.vim, self.vmodl, types, root)

    _props = staticmethod(vsphere_props.props)

    def _load_entities(self) -> None:
        vim = self.vim
        kinds = [vim.Folder, vim.Datacenter, vim.ComputeResource, vim.HostSystem, vim.ResourcePool]
        self._entities = {}
        for obj in self._retrieve([(k, ENTITY_PROPS) for k in kinds]):
            p = self._props(obj)
            parent = p.get("parent")
            self._entities[obj.obj._moId] = (
                type(obj.obj).__name__,
                str(p.get("name", "")),
                parent._moId if parent is not None else "",
            )

    def _path_of(self, moid: str) -> list[tuple[str, str]]:
        """[(type, name)] from the datacenter down to ``moid`` (root folder left out)."""
        chain: list[tuple[str, str]] = []
        seen = set()
        while moid and moid in self._entities and moid not in seen:
            seen.add(moid)
            kind, name, parent = self._entities[moid]
            chain.append((kind, name))
            moid = parent
        chain.reverse()
        return chain[1:] if chain and chain[0][0].endswith("Folder") else chain

    def _datacenter_of(self, moid: str) -> str:
        """The datacenter's full inventory path (folders included), for ``dcPath``."""
        chain = self._path_of(moid)
        names = []
        for kind, name in chain:
            names.append(name)
            if kind.endswith("Datacenter"):
                return "/".join(names)
        return names[0] if names else "ha-datacenter"

    def _vm_info(self, moid: str, p: dict[str, Any]) -> VmInfo:
        host_ref = p.get("runtime.host")
        host_id = host_ref._moId if host_ref is not None else ""
        host_name = self._entities.get(host_id, ("", "", ""))[1]
        # datacenter / cluster / host: folders and a standalone host's own
        # ComputeResource (named like the host) are left out
        skip = ("Folder", "vim.ComputeResource")
        host_path = [n for k, n in self._path_of(host_id) if not k.endswith(skip)]
        snap = p.get("snapshot")
        count = _count_snapshots(snap.rootSnapshotList) if snap is not None else 0
        name = str(p.get("name", moid))
        return VmInfo(
            name=name,
            id=str(p.get("config.instanceUuid") or moid),
            power_state=POWER.get(str(p.get("runtime.powerState")), PowerState.UNKNOWN),
            guest_os=str(p.get("config.guestFullName") or ""),
            host=host_name,
            memory_mib=int(p.get("config.hardware.memoryMB") or 0),
            path="/".join([*(host_path or []), name]) if host_path else name,
            ref=moid,
            snapshot_count=count,
            config_file=str(p.get("config.files.vmPathName") or ""),
        )

    # -- the interface -------------------------------------------------------------
    def inventory(
        self, progress: Progress = no_progress, cancel: CancelToken = NEVER
    ) -> list[VmInfo]:
        progress(0, 2, translate("vSphere", "reading the inventory"))
        self._load_entities()
        cancel.check()
        objs = self._retrieve([(self.vim.VirtualMachine, VM_PROPS)])
        progress(1, 2, translate("vSphere", "{count} VMs").format(count=len(objs)))
        out = [self._vm_info(o.obj._moId, self._props(o)) for o in objs]
        progress(2, 2, translate("vSphere", "inventory read"))
        return sorted(out, key=lambda v: (v.path, v.name))

    def _vm(self, vm: VmInfo) -> Any:
        return self.vim.VirtualMachine(vm.ref, self.si._stub)

    def refresh(self, vm: VmInfo) -> VmInfo:
        vmodl = self.vmodl
        if not self._entities:
            self._load_entities()
        pc = self.content.propertyCollector
        spec = vmodl.query.PropertyCollector.FilterSpec(
            objectSet=[vmodl.query.PropertyCollector.ObjectSpec(obj=self._vm(vm))],
            propSet=[
                vmodl.query.PropertyCollector.PropertySpec(
                    type=self.vim.VirtualMachine, pathSet=VM_PROPS
                )
            ],
        )
        try:
            res = pc.RetrievePropertiesEx([spec], vmodl.query.PropertyCollector.RetrieveOptions())
        except vmodl.fault.ManagedObjectNotFound as exc:
            raise _vm_gone(vm) from exc
        if res is None or not res.objects:
            raise _vm_gone(vm)
        return self._vm_info(vm.ref, self._props(res.objects[0]))

    def capabilities(self, vm: VmInfo) -> Capabilities:
        methods = ["SendNMI", vsphere_cgi.METHOD]
        if self.access.extra.get("esxi_ssh"):
            methods.append("ESXi shell (vmdumper)")
        return Capabilities(
            nmi=True,
            nmi_methods=tuple(methods),
            memory_snapshot=True,
            memory_dump=False,
            suspend_files=True,
            live_updates=True,
            reasons={"memory_dump": translate("vSphere", "VMware uses a memory snapshot instead.")},
        )

    def send_nmi(
        self, vm: VmInfo, progress: Progress = no_progress, cancel: CancelToken = NEVER
    ) -> NmiResult:
        """SendNMI; where the server lacks it, the host's vm-support CGI, then the
        ESXi shell over SSH if one is configured (``access.extra["esxi_ssh"]``)."""
        vim, vmodl = self.vim, self.vmodl
        try:
            self._vm(vm).SendNMI()
            return NmiResult(
                "SendNMI", translate("vSphere", "VirtualMachine.SendNMI (vSphere API)")
            )
        except vim.fault.InvalidPowerState as exc:
            raise UserError(
                translate("vSphere", "{vm} is not powered on; an NMI needs a running VM.").format(
                    vm=vm.name
                ),
                translate("vSphere", "Check the VM's state."),
            ) from exc
        except vim.fault.NoPermission as exc:
            raise UserError(
                translate("vSphere", "{user} may not send an NMI to {vm}.").format(
                    user=self.spec.user, vm=vm.name
                ),
                translate(
                    "vSphere", "It needs the privilege VirtualMachine.Interact.GuestControl."
                ),
            ) from exc
        except (
            vmodl.fault.MethodNotFound,
            vmodl.fault.NotSupported,
            vmodl.fault.NotImplemented,
        ) as exc:
            tried = [
                translate(
                    "vSphere", "SendNMI: this server does not implement it ({fault})."
                ).format(fault=type(exc).__name__)
            ]
        hints = []
        cgi = vsphere_cgi.VmSupportCgi(
            self.content, vim, vmodl, (self.spec.host, self.spec.port), self.pinned, self.spec.user
        )
        timeout = float(self.access.extra.get("vm_support_timeout") or vsphere_cgi.DEFAULT_TIMEOUT)
        try:  # CgiOutcomeUnknown goes up: the NMI may still come, so no second method
            result = cgi.send_nmi(self._vm(vm), vm.name, timeout, progress, cancel)
        except CgiRefused as err:  # nothing reached vm-support
            tried.append(translate("vSphere", "vm-support CGI: {error}").format(error=err.message))
            hints.append(err.hint)
        else:
            detail = translate("vSphere", "SendNMI unavailable; {detail}")
            return NmiResult(result.method, detail.format(detail=result.detail))
        fallback = self.access.extra.get("esxi_ssh")
        if fallback is not None:
            try:
                result = fallback.send_nmi(vm)
            except UserError as err:
                tried.append(translate("vSphere", "ESXi shell: {error}").format(error=err.message))
            else:
                detail = translate(
                    "vSphere", "SendNMI and the vm-support CGI unavailable; {detail}"
                )
                return NmiResult(result.method, detail.format(detail=result.detail))
        hints.append(
            translate(
                "vSphere",
                "Otherwise add SSH access to the ESXi host (esxi+ssh://root@host) so HangDump "
                "can use vmdumper, or run `vm-support -a HungVM:Send_NMI_To_Guest --vm={vmx}` "
                "there.",
            ).format(vmx=_vmfs_or_config(vm.config_file))
        )
        raise UserError(
            translate("vSphere", "No NMI was sent to {vm}. Tried: {tried}").format(
                vm=vm.name, tried=" ".join(tried)
            ),
            " ".join(h for h in hints if h),
        )

    # -- tasks -----------------------------------------------------------------
    def _wait(self, task: Any, what: str, progress: Progress, cancel: CancelToken) -> Any:
        return vsphere_files.wait_task(self.vim, task, what, progress, cancel)

    def create_memory_snapshot(
        self,
        vm: VmInfo,
        name: str,
        description: str,
        progress: Progress = no_progress,
        cancel: CancelToken = NEVER,
    ) -> Snapshot:
        vmodl = self.vmodl
        obj = self._vm(vm)
        try:
            task = obj.CreateSnapshotEx_Task(name=name, description=description, memory=True)
        except (vmodl.fault.MethodNotFound, AttributeError, vmodl.fault.NotSupported):
            task = obj.CreateSnapshot_Task(
                name=name, description=description, memory=True, quiesce=False
            )
        snap = self._wait(task, translate("vSphere", "memory snapshot"), progress, cancel)
        files = vsphere_files.snapshot_files(self._layout(vm), snap._moId)
        return Snapshot(snap._moId, name, tuple(files))

    def _layout(self, vm: VmInfo) -> Any:
        return vsphere_files.layout_ex(self.content, self.vim, self.vmodl, self._vm(vm))

    def suspend_files(self, vm: VmInfo) -> list[RemoteFile]:
        """The ``.vmss`` + ``.vmem`` of a suspended VM, from ``layoutEx`` (file types
        ``suspend`` / ``suspendMemory``), checkpoint first."""
        return vsphere_files.suspend_files(self._layout(vm))

    def remove_snapshot(
        self,
        vm: VmInfo,
        snapshot: Snapshot,
        progress: Progress = no_progress,
        cancel: CancelToken = NEVER,
    ) -> None:
        snap = self.vim.vm.Snapshot(snapshot.id, self.si._stub)
        task = snap.RemoveSnapshot_Task(removeChildren=False, consolidate=True)
        self._wait(task, translate("vSphere", "removing the snapshot"), progress, cancel)

    def free_space_for(self, vm: VmInfo) -> DatastoreSpace | None:
        if not vm.config_file:
            return None
        ds_name, _ = vsphere_files.split_datastore_path(vm.config_file)
        datastores = self._retrieve([(self.vim.Datastore, ["summary"])])
        return vsphere_files.datastore_space(datastores, ds_name)

    def folder_url(self, datastore_path: str, vm: VmInfo | None = None) -> str:
        ds, rel = vsphere_files.split_datastore_path(datastore_path)
        if not self._entities:
            self._load_entities()
        dc = self.access.extra.get("datacenter")
        if not dc:
            dcs = [m for m, (k, _n, _p) in self._entities.items() if k.endswith("Datacenter")]
            if vm is not None and vm.ref:
                dc = self._datacenter_for_vm(vm) or ""
            if not dc and len(dcs) == 1:
                dc = self._datacenter_of(dcs[0])
            if not dc:
                raise UserError(
                    translate("vSphere", "Several datacenters: which one holds this datastore?"),
                    translate("vSphere", "Name the VM, or give the datacenter."),
                )
        query = urllib.parse.urlencode({"dcPath": dc, "dsName": ds})
        port = f":{self.spec.port}" if self.spec.port != 443 else ""
        return f"https://{self.spec.host}{port}/folder/{urllib.parse.quote(rel)}?{query}"

    def _datacenter_for_vm(self, vm: VmInfo) -> str | None:
        host = vm.path.split("/", 1)[0] if vm.path else ""
        for moid, (kind, name, _p) in self._entities.items():
            if kind.endswith("Datacenter") and name == host:
                return self._datacenter_of(moid)
        return None

    def file_source(self, file: RemoteFile, vm: VmInfo | None = None) -> Any:
        from backends.transfers.sources import HttpsSource

        return HttpsSource(
            self.folder_url(file.source, vm),
            {"Cookie": self.cookie},
            self.pinned,
            display=file.source,
        )

    # -- live updates ------------------------------------------------------------------
    def watch(self, listener: VmListener) -> None:
        """Power-state changes through WaitForUpdatesEx, on a background thread."""
        self._listeners.append(listener)
        if self._watch_thread is not None:
            return
        self._watch_thread = threading.Thread(
            target=self._watch_loop, name="vsphere-watch", daemon=True
        )
        self._watch_thread.start()

    def _watch_loop(self) -> None:
        def changed(moid: str, properties: dict[str, Any]) -> None:
            info = self._vm_info(moid, properties)
            for cb in list(self._listeners):
                with contextlib.suppress(Exception):
                    cb(info)

        vsphere_props.follow(
            self.content,
            self.vim,
            self.vmodl,
            self.vim.VirtualMachine,
            VM_PROPS,
            self._watch_stop,
            changed,
        )

    def close(self) -> None:
        self._watch_stop.set()
        with contextlib.suppress(Exception):
            self.connect_mod.Disconnect(self.si)


def _vm_gone(vm: VmInfo) -> UserError:
    return UserError(
        translate("vSphere", "{name} ({id}) no longer exists.").format(name=vm.name, id=vm.id),
        translate("vSphere", "Refresh the inventory."),
    )


def _count_snapshots(trees: Any) -> int:
    return sum(1 + _count_snapshots(t.childSnapshotList) for t in (trees or []))


def _vmfs_or_config(config_file: str) -> str:
    with contextlib.suppress(UserError):
        return vsphere_cgi.vmfs_path(config_file)
    return config_file


def open_hypervisor(spec: ConnectionSpec, access: Any) -> VsphereHypervisor:
    """Entry point for :func:`backends.hypervisors.connect.open_connection`."""
    return VsphereHypervisor(spec, access)
