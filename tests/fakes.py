"""Small fakes for unit tests of plumbing. They imitate the Hypervisor interface only;
every behaviour that matters is also tested against the real lab."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
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


class FakeHypervisor:
    """An in-memory hypervisor that records what was asked of it."""

    uri = "fake:///"
    kind = "fake"

    def __init__(
        self,
        vms: list[VmInfo],
        nmi_error: Exception | None = None,
        suspended: dict[str, list[RemoteFile]] | None = None,
    ) -> None:
        self.vms = {v.id: v for v in vms}
        self.calls: list[tuple[str, str]] = []
        self.nmi_error = nmi_error
        #: vm id -> the .vmss/.vmem the "datastore" lists for that suspended VM
        self.suspended = suspended or {}

    def inventory(
        self, progress: Progress = no_progress, cancel: CancelToken = NEVER
    ) -> list[VmInfo]:
        return list(self.vms.values())

    def capabilities(self, vm: VmInfo) -> Capabilities:
        return Capabilities(
            nmi=True,
            nmi_methods=("fake",),
            memory_snapshot=True,
            memory_dump=True,
            suspend_files=True,
        )

    def send_nmi(
        self, vm: VmInfo, progress: Progress = no_progress, cancel: CancelToken = NEVER
    ) -> NmiResult:
        self.calls.append(("send_nmi", vm.id))
        if self.nmi_error:
            raise self.nmi_error
        return NmiResult("fake")

    def create_memory_snapshot(
        self,
        vm: VmInfo,
        name: str,
        description: str,
        progress: Progress = no_progress,
        cancel: CancelToken = NEVER,
    ) -> Snapshot:
        self.calls.append(("snapshot", vm.id))
        return Snapshot("snap-1", name, (RemoteFile("a.vmsn", 1, "/x/a.vmsn"),))

    def remove_snapshot(
        self,
        vm: VmInfo,
        snapshot: Snapshot,
        progress: Progress = no_progress,
        cancel: CancelToken = NEVER,
    ) -> None:
        self.calls.append(("remove_snapshot", snapshot.id))

    def memory_dump(
        self, vm: VmInfo, fmt: str, progress: Progress = no_progress, cancel: CancelToken = NEVER
    ) -> RemoteFile:
        self.calls.append(("memory_dump", vm.id))
        return RemoteFile("dump", 1, "/x/dump")

    def suspend_files(self, vm: VmInfo) -> list[RemoteFile]:
        self.calls.append(("suspend_files", vm.id))
        return list(self.suspended.get(vm.id, []))

    def free_space_for(self, vm: VmInfo) -> DatastoreSpace | None:
        return None

    def refresh(self, vm: VmInfo) -> VmInfo:
        if vm.id not in self.vms:
            raise UserError("gone")
        return self.vms[vm.id]

    def close(self) -> None:
        pass


class FakeDownloader:
    """A capture flow's downloader: writes ``file.size`` bytes under the kept name and
    answers as the transfer queue does. ``on_file(file)`` runs after each file."""

    def __init__(self, on_file: Callable[[RemoteFile], None] | None = None) -> None:
        self.got: list[str] = []
        self.on_file = on_file

    def __call__(
        self, file: RemoteFile, dest_dir: Path, progress: Progress, cancel: CancelToken
    ) -> dict[str, Any]:
        data = bytes([len(self.got) + 1]) * file.size
        dest = dest_dir / file.name
        dest.write_bytes(data)
        self.got.append(file.name)
        if self.on_file:
            self.on_file(file)
        return {
            "dest": str(dest),
            "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
            "remote_sha256": None,
            "source": file.source,
        }


def vm(name: str, vid: str, state: PowerState = PowerState.ON) -> VmInfo:
    return VmInfo(name=name, id=vid, power_state=state, memory_mib=512)


__all__ = ["FakeDownloader", "FakeHypervisor", "replace", "vm"]
