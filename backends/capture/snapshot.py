"""The *Memory snapshot* flow (VMware): snapshot with memory, fetch .vmsn/.vmss + .vmem
with their names kept, verify, and only then (if asked) remove the snapshot.

A suspended VM takes no snapshot: its memory is already in ``<vm>.vmss`` + ``.vmem``,
which the flow copies and verifies the same way, without a typed confirmation (nothing
changes on the server, see :mod:`backends.capture.suspended`) and without resuming it."""

from __future__ import annotations

import time
from pathlib import Path

from backends.cancel import CancelToken, Progress
from backends.capture.flow import Step, check
from backends.capture.suspended import local_space_check, suspended_check
from backends.capture.vmflow import Downloader, VmFlow, power_text
from backends.cases import Case
from backends.errors import UserError
from backends.hypervisors.base import Hypervisor, PowerState, RemoteFile, Snapshot
from backends.i18n import QT_TRANSLATE_NOOP, translate


class SnapshotFlow(VmFlow):
    title = QT_TRANSLATE_NOOP("Capture", "Memory snapshot")

    def __init__(
        self,
        hv: Hypervisor,
        case: Case,
        dest: Path | None = None,
        remove_after: bool = False,
        name: str | None = None,
        downloader: Downloader | None = None,
    ) -> None:
        self.dest = dest
        self.remove_after = remove_after
        self.snapshot_name = name or f"hangdump-{time.strftime('%Y%m%d-%H%M%S')}"
        super().__init__(hv, case, downloader)

    def steps(self) -> list[Step]:
        return [
            *self.opening_steps("snapshot"),
            Step(
                "snapshot",
                "work",
                translate("Capture", "Take the snapshot"),
                work=self._snapshot,
                next=lambda: "collect",
                can_back=False,
            ),
            Step(
                "collect",
                "work",
                translate("Capture", "Fetch the files"),
                work=self._collect,
                next=lambda: "remove" if self.remove_after else "done",
                can_back=False,
            ),
            Step(
                "remove",
                "work",
                translate("Capture", "Remove the snapshot"),
                work=self._remove,
                next=lambda: "done",
                can_back=False,
            ),
            Step(
                "copy_suspended",
                "work",
                translate("Capture", "Copy the suspended VM's files"),
                work=self._copy_suspended,
                next=lambda: "done",
                can_back=False,
            ),
            Step("done", "final", translate("Capture", "Done"), can_back=False),
        ]

    @property
    def suspended(self) -> bool:
        """The preflight found the VM suspended: its files are copied, no snapshot."""
        return bool(self.data.get("suspended"))

    def _after_preflight(self) -> str:
        return self._after_checks("copy_suspended" if self.suspended else "confirm")

    def _preflight(self, progress: Progress, cancel: CancelToken) -> None:
        progress(0, 1, translate("Capture", "checking the VM and its datastore"))
        self.data["vm"] = self.hv.refresh(self.vm)
        self.data["suspended"] = self.vm.power_state == PowerState.SUSPENDED
        if self.suspended:
            self._preflight_suspended()
            progress(1, 1, translate("Capture", "preflight done"))
            return
        checks = self._base_checks()
        vm = self.vm
        caps = self.hv.capabilities(vm)
        checks.append(
            self._capability(
                "memory_snapshot",
                caps.memory_snapshot,
                QT_TRANSLATE_NOOP(
                    "Capture", "The VM can take a snapshot that includes its memory."
                ),
                QT_TRANSLATE_NOOP("Capture", "This VM cannot take memory snapshots."),
            )
        )
        checks.append(self._space("datastore_space", "datastore"))
        if vm.snapshot_count:
            checks.append(
                check(
                    "existing_snapshots",
                    "warn",
                    QT_TRANSLATE_NOOP(
                        "Capture",
                        "The VM already has {count} snapshot(s); HangDump "
                        "adds one and removes only its own.",
                    ),
                    blocking=False,
                    count=vm.snapshot_count,
                )
            )
        self.data["checks"] = checks
        progress(1, 1, translate("Capture", "preflight done"))

    def _preflight_suspended(self) -> None:
        checks = self._base_checks(need_running=False)
        caps = self.hv.capabilities(self.vm)
        files: list[RemoteFile] = []
        if not caps.suspend_files:
            checks.append(
                self._capability(
                    "suspend_files",
                    False,
                    "",
                    QT_TRANSLATE_NOOP(
                        "Capture", "This connection cannot list a suspended VM's files."
                    ),
                )
            )
        else:
            files = self.hv.suspend_files(self.vm)
            checks.append(suspended_check(self.vm, files))
            checks.append(local_space_check(self.dest or self.case.files, files))
        self.data["checks"] = checks
        self.data["suspend_files"] = files

    def _copy_suspended(self, progress: Progress, cancel: CancelToken) -> None:
        """Copy the .vmss + .vmem as they are; the VM is never resumed."""
        vm = self.hv.refresh(self.vm)
        if vm.power_state != PowerState.SUSPENDED:
            raise UserError(
                translate(
                    "Capture", "{vm} is no longer suspended (it is {state}); nothing was copied."
                ).format(vm=vm.name, state=power_text(vm.power_state)),
                translate("Capture", "Start the capture again: it takes a snapshot then."),
            )
        files = self.hv.suspend_files(vm)  # listed again: the preflight may be old
        pair = suspended_check(vm, files)
        if pair.status == "fail":
            raise UserError(pair.message, translate("Capture", "Check the VM's folder."))
        target = self.audit_target()
        self.case.update(vm=target, capture="suspended_vm_files")
        self.case.audit(
            "copy_suspended_files",
            "intent",
            **target,
            files=[f.source for f in files],
            snapshot=False,
            power_change=False,
        )
        dest = self.dest or self.case.files
        dest.mkdir(parents=True, exist_ok=True)
        records = []
        try:
            for i, f in enumerate(files):
                progress(i, len(files), translate("Capture", "fetching {name}").format(name=f.name))
                records.append(self._download(f, dest, progress, cancel))
            after = self.hv.refresh(vm).power_state
        except Exception as exc:
            self.case.audit("copy_suspended_files", "result", **target, ok=False, error=str(exc))
            raise
        still = after == PowerState.SUSPENDED
        self.case.audit(
            "copy_suspended_files",
            "result",
            **target,
            ok=still,
            still_suspended=still,
            power_state=after.value,
            files=[r["dest"] for r in records],
        )
        self.data.update(files=records, verified=True, still_suspended=still)
        if not still:
            raise UserError(
                translate(
                    "Capture",
                    "{vm} was {state} when the copy ended: it was resumed or powered off "
                    "meanwhile, so the copied files may not belong together.",
                ).format(vm=vm.name, state=power_text(after)),
                translate(
                    "Capture", "Take a memory snapshot now, or suspend the VM and copy again."
                ),
            )

    def _snapshot(self, progress: Progress, cancel: CancelToken) -> None:
        target = self.audit_target()
        self.case.update(vm=target, capture="memory_snapshot")
        self.case.audit(
            "create_snapshot",
            "intent",
            **target,
            snapshot_name=self.snapshot_name,
            memory=True,
            quiesce=False,
            confirmation=self.data["typed"],
        )
        try:
            snap = self.hv.create_memory_snapshot(
                self.vm,
                self.snapshot_name,
                "Memory snapshot taken by HangDump to analyse a hung guest",
                progress,
                cancel,
            )
        except Exception as exc:
            self.case.audit("create_snapshot", "result", **target, ok=False, error=str(exc))
            raise
        self.data["snapshot"] = snap
        self.case.audit(
            "create_snapshot",
            "result",
            **target,
            ok=True,
            snapshot_id=snap.id,
            files=[f.source for f in snap.files],
        )
        kinds = {f.name.rsplit(".", 1)[-1].lower() for f in snap.files}
        if not kinds & {"vmsn", "vmss"}:
            raise UserError(
                translate("Capture", "The snapshot has no .vmsn/.vmss file."),
                translate("Capture", "Check the VM's files on the datastore."),
            )

    def _collect(self, progress: Progress, cancel: CancelToken) -> None:
        snap: Snapshot = self.data["snapshot"]
        dest = self.dest or self.case.files
        dest.mkdir(parents=True, exist_ok=True)
        names = [f.name for f in snap.files]
        stems = {
            n.rsplit(".", 1)[0] for n in names if n.lower().endswith((".vmsn", ".vmss", ".vmem"))
        }
        if len(stems) > 1:
            raise UserError(
                translate(
                    "Capture", "The snapshot's files do not share one base name: {names}."
                ).format(names=names),
                translate(
                    "Capture", "crash pairs X.vmsn with X.vmem; rename them to match by hand."
                ),
            )
        records = []
        for i, f in enumerate(snap.files):
            progress(
                i, len(snap.files), translate("Capture", "fetching {name}").format(name=f.name)
            )
            records.append(self._download(f, dest, progress, cancel))
        self.data["files"] = records
        self.data["verified"] = True

    def _remove(self, progress: Progress, cancel: CancelToken) -> None:
        if not self.data.get("verified"):
            raise UserError(
                translate("Capture", "The snapshot was kept: its files were not all verified."),
                translate("Capture", "Fetch the files again, then remove the snapshot."),
            )
        snap: Snapshot = self.data["snapshot"]
        target = self.audit_target()
        self.case.audit(
            "remove_snapshot",
            "intent",
            **target,
            snapshot_id=snap.id,
            remove_children=False,
            consolidate=True,
        )
        try:
            self.hv.remove_snapshot(self.vm, snap, progress, cancel)
        except Exception as exc:
            self.case.audit("remove_snapshot", "result", **target, ok=False, error=str(exc))
            raise
        self.case.audit("remove_snapshot", "result", **target, ok=True, snapshot_id=snap.id)
        self.data["removed"] = True
