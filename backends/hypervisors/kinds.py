"""What a hypervisor family does not do, said once for all its adapters."""

from __future__ import annotations

from backends.cancel import NEVER, CancelToken, Progress, no_progress
from backends.errors import UserError
from backends.hypervisors.base import RemoteFile, Snapshot, VmInfo
from backends.i18n import translate


class LibvirtFamily:
    """libvirt hosts capture memory with a memory-only dump, never a snapshot."""

    def create_memory_snapshot(
        self,
        vm: VmInfo,
        name: str,
        description: str,
        progress: Progress = no_progress,
        cancel: CancelToken = NEVER,
    ) -> Snapshot:
        raise UserError(
            translate("Hypervisors", "Memory snapshots are a VMware capture."),
            translate(
                "Hypervisors", "On libvirt hosts, take a memory dump instead (hangdump memdump)."
            ),
        )

    def suspend_files(self, vm: VmInfo) -> list[RemoteFile]:
        raise UserError(
            translate(
                "Hypervisors",
                "A suspended libvirt guest's memory is not kept as .vmss/.vmem files.",
            ),
            translate(
                "Hypervisors", "Resume the guest, then take a memory dump (hangdump memdump)."
            ),
        )

    def remove_snapshot(
        self,
        vm: VmInfo,
        snapshot: Snapshot,
        progress: Progress = no_progress,
        cancel: CancelToken = NEVER,
    ) -> None:
        raise UserError(
            translate("Hypervisors", "HangDump takes no libvirt snapshots, so it removes none."),
            translate("Hypervisors", "Manage libvirt snapshots with virsh snapshot-delete."),
        )


class VmwareFamily:
    """VMware captures memory with a snapshot; its files go only with the snapshot."""

    def memory_dump(
        self,
        vm: VmInfo,
        fmt: str = "",
        progress: Progress = no_progress,
        cancel: CancelToken = NEVER,
    ) -> RemoteFile:
        raise UserError(
            translate("Hypervisors", "VMware has no memory-only dump."),
            translate("Hypervisors", "Take a memory snapshot instead (hangdump snapshot)."),
        )

    def delete_file(self, file: RemoteFile) -> None:
        raise UserError(
            translate(
                "Hypervisors", "HangDump removes snapshot files only by removing the snapshot."
            ),
            translate("Hypervisors", "Use --remove-after."),
        )
