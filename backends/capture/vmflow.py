"""What every capture flow shares: the target VM, the typed confirmation, the case."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from backends.cancel import CancelToken, Progress
from backends.capture.flow import Check, Flow, Step, check
from backends.cases import Case
from backends.errors import UserError
from backends.hypervisors.base import Hypervisor, PowerState, RemoteFile, VmInfo, find_vm
from backends.i18n import QT_TRANSLATE_NOOP, translate, translate_marked

#: ``downloader(file, dest_dir, progress, cancel)`` fetches and verifies one file and
#: returns its record (dest, size, sha256, remote_sha256, source). The window passes one
#: that goes through its transfer queue, so captures show up in the transfer panel.
Downloader = Callable[[RemoteFile, Path, Progress, CancelToken], dict[str, Any]]

#: A power state in words, for preflight messages.
POWER_TEXT = {
    PowerState.ON: QT_TRANSLATE_NOOP("Capture", "on"),
    PowerState.OFF: QT_TRANSLATE_NOOP("Capture", "off"),
    PowerState.SUSPENDED: QT_TRANSLATE_NOOP("Capture", "suspended"),
    PowerState.PAUSED: QT_TRANSLATE_NOOP("Capture", "paused"),
    PowerState.CRASHED: QT_TRANSLATE_NOOP("Capture", "crashed"),
    PowerState.UNKNOWN: QT_TRANSLATE_NOOP("Capture", "unknown"),
}


#: Where a capture is written, for the free-space check.
SPACE_WHERE = {
    "host": QT_TRANSLATE_NOOP("Capture", "host"),
    "datastore": QT_TRANSLATE_NOOP("Capture", "datastore"),
}


def power_text(state: PowerState) -> str:
    """``state`` in the user's language."""
    return translate_marked("Capture", POWER_TEXT.get(state, state.value))


class VmFlow(Flow):
    def __init__(self, hv: Hypervisor, case: Case, downloader: Downloader | None = None) -> None:
        self.hv = hv
        self.case = case
        self.downloader = downloader
        super().__init__()

    @property
    def vm(self) -> VmInfo:
        vm = self.data.get("vm")
        if not isinstance(vm, VmInfo):
            raise UserError(
                translate("Capture", "No VM is selected."),
                translate("Capture", "Choose the VM first."),
            )
        return vm

    def audit_target(self) -> dict[str, Any]:
        vm = self.vm
        return {
            "connection": self.hv.uri,
            "vm_name": vm.name,
            "vm_id": vm.id,
            "vm_ref": vm.ref,
            "host": vm.host,
        }

    def opening_steps(self, first_action: str) -> list[Step]:
        """Choose the VM, preflight, typed confirmation: how every capture begins.
        Subclasses provide ``_preflight``; ``first_action`` is the step after the yes."""
        return [
            Step(
                "select",
                "input",
                translate("Capture", "Choose the VM"),
                validate=self._select,
                next=lambda: "preflight",
            ),
            Step(
                "preflight",
                "work",
                translate("Capture", "Preflight"),
                work=self._preflight,
                next=self._after_preflight,
            ),
            Step(
                "confirm",
                "input",
                translate("Capture", "Confirm"),
                validate=self._confirm,
                next=lambda: first_action,
            ),
        ]

    def _preflight(self, progress: Progress, cancel: CancelToken) -> None:
        raise NotImplementedError

    def _after_preflight(self) -> str:
        """The step after a passed preflight: the typed confirmation, unless a flow
        found that nothing will change on the server (then no confirmation is asked)."""
        return self._after_checks("confirm")

    def _select(self, values: dict[str, Any]) -> None:
        vm = values.get("vm")
        if isinstance(vm, VmInfo):
            self.data["vm"] = vm
            return
        if not isinstance(vm, str) or not vm.strip():
            raise UserError(
                translate("Capture", "No VM was named."),
                translate("Capture", "Give the VM's name or id."),
            )
        self.data["vm"] = find_vm(self.hv.inventory(), vm)

    def _confirm(self, values: dict[str, Any]) -> None:
        typed = str(values.get("typed", ""))
        if typed != self.vm.name:
            raise UserError(
                translate(
                    "Capture", "The name you typed does not match the VM's name; nothing was done."
                ),
                translate("Capture", "Type {name} exactly to confirm.").format(
                    name=repr(self.vm.name)
                ),
            )
        self.data["typed"] = typed

    def _base_checks(self, need_running: bool = True) -> list[Check]:
        vm = self.hv.refresh(self.vm)
        self.data["vm"] = vm
        checks = [
            check(
                "unique_id",
                "ok",
                QT_TRANSLATE_NOOP("Capture", "Target: {name}, id {id}"),
                name=vm.name,
                id=vm.id,
            )
        ]
        running = vm.power_state in (PowerState.ON, PowerState.PAUSED, PowerState.CRASHED)
        shown = {"state": power_text(vm.power_state)}
        if running or not need_running:
            checks.append(
                check(
                    "powered_on",
                    "ok",
                    QT_TRANSLATE_NOOP("Capture", "The VM is {state}."),
                    shown=shown,
                    state=vm.power_state.value,
                )
            )
        else:
            checks.append(
                check(
                    "powered_on",
                    "fail",
                    QT_TRANSLATE_NOOP("Capture", "The VM is {state}; it must be running."),
                    shown=shown,
                    state=vm.power_state.value,
                )
            )
        return checks

    def _capability(self, key: str, supported: bool, ok: str, fallback: str) -> Check:
        """A check for one capability, with the adapter's reason when it is missing.
        ``ok`` and ``fallback`` are marked with ``QT_TRANSLATE_NOOP("Capture", ...)``."""
        if supported:
            return check(f"{key}_supported", "ok", ok)
        caps = self.hv.capabilities(self.vm)
        reason = caps.reasons.get(key)
        if reason is not None:  # the adapter's own words (translated where it wrote them)
            return Check(f"{key}_supported", "fail", reason)
        return check(f"{key}_supported", "fail", fallback)

    def _space(self, key: str, what: str) -> Check:
        """Free space where the capture is written, against the VM's memory size.
        ``what`` is ``host`` or ``datastore``."""
        need = self.vm.memory_mib * 1048576
        space = self.hv.free_space_for(self.vm)
        shown = {"what": translate_marked("Capture", SPACE_WHERE.get(what, what))}
        if space is None:
            return check(
                key,
                "warn",
                QT_TRANSLATE_NOOP("Capture", "The free space on the {what} is unknown."),
                blocking=False,
                shown=shown,
                what=what,
            )
        enough = space.free_bytes >= need
        return check(
            key,
            "ok" if enough else "fail",
            QT_TRANSLATE_NOOP(
                "Capture",
                "{free_gib:.1f} GiB free on {name} ({what}); the capture needs up to "
                "{need_gib:.1f} GiB.",
            )
            if enough
            else QT_TRANSLATE_NOOP(
                "Capture",
                "Only {free_gib:.1f} GiB free on {name} ({what}); the capture needs up to "
                "{need_gib:.1f} GiB.",
            ),
            shown=shown,
            what=what,
            name=space.name,
            free_gib=space.free_bytes / 2**30,
            need_gib=need / 2**30,
        )

    def _after_checks(self, then: str) -> str:
        failed = [c for c in self.data.get("checks", []) if c.status == "fail" and c.blocking]
        if failed:
            raise UserError(
                translate("Capture", "Cannot continue: {reasons}").format(
                    reasons=" ".join(c.message for c in failed)
                ),
                translate("Capture", "Fix what the preflight reports, then try again."),
            )
        return then

    def _download(
        self, file: RemoteFile, dest_dir: Path, progress: Progress, cancel: CancelToken
    ) -> dict[str, Any]:
        """Fetch ``file`` into ``dest_dir`` keeping its name; verified; recorded in the case."""
        if self.downloader is not None:
            got = self.downloader(file, dest_dir, progress, cancel)
        else:
            from backends.transfers.download import download

            source = self.hv.file_source(file)
            try:
                got = download(
                    source, dest_dir / file.name, progress=progress, cancel=cancel
                ).to_json()
            finally:
                source.close()
        result = _Got(
            int(got["size"]),
            str(got["sha256"]),
            got.get("remote_sha256"),
            str(got["source"]),
            str(got["dest"]),
        )
        if file.size and result.size != file.size:
            raise UserError(
                translate(
                    "Capture", "{name}: {size} bytes arrived, the host listed {listed}."
                ).format(name=file.name, size=result.size, listed=file.size),
                translate("Capture", "Download it again."),
            )
        record = {
            "name": file.name,
            "size": result.size,
            "sha256": result.sha256,
            "source": result.source,
            "remote_sha256": result.remote_sha256,
            "dest": result.dest,
            "kind": file.kind,
        }
        self.case.add_file(record)
        self.case.audit("download", "result", **self.audit_target(), ok=True, **record)
        return record


class _Got:
    """The fields of a finished download that a flow records."""

    def __init__(
        self, size: int, sha256: str, remote_sha256: str | None, source: str, dest: str
    ) -> None:
        self.size, self.sha256, self.remote_sha256 = size, sha256, remote_sha256
        self.source, self.dest = source, dest
