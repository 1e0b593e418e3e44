"""The *Send NMI* flow: preflight, typed confirmation, NMI, watch, collect the vmcore."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from backends.cancel import CancelToken, Progress
from backends.capture.flow import Check, Step, check
from backends.capture.guestwatch import boot_id, newest_vmcore, wait_for_reboot
from backends.capture.vmflow import VmFlow, power_text
from backends.cases import Case
from backends.errors import UserError
from backends.hypervisors.base import Hypervisor, PowerState
from backends.i18n import QT_TRANSLATE_NOOP, translate, translate_marked


@dataclass
class GuestAccess:
    """How to reach the guest over SSH (for watching it and fetching its vmcore)."""

    address: str  #: user@host:port, for messages and the audit log
    connect: Callable[[], Any]  #: opens a verified paramiko client


class NmiFlow(VmFlow):
    title = QT_TRANSLATE_NOOP("Capture", "Send NMI")

    def __init__(
        self,
        hv: Hypervisor,
        case: Case,
        guest: GuestAccess | None = None,
        fetch: bool = True,
        reboot_timeout: float = 600.0,
    ) -> None:
        self.guest = guest
        self.fetch = fetch
        self.reboot_timeout = reboot_timeout
        super().__init__(hv, case)

    def steps(self) -> list[Step]:
        return [
            *self.opening_steps("send"),
            Step(
                "send",
                "work",
                translate("Capture", "Send the NMI"),
                work=self._send,
                next=lambda: "watch",
                can_back=False,
            ),
            Step(
                "watch",
                "work",
                translate("Capture", "Watch the guest"),
                work=self._watch,
                next=lambda: "collect" if self.guest and self.fetch else "done",
                can_back=False,
            ),
            Step(
                "collect",
                "work",
                translate("Capture", "Fetch the vmcore"),
                work=self._collect,
                next=lambda: "done",
                can_back=False,
            ),
            Step("done", "final", translate("Capture", "Done"), can_back=False),
        ]

    def _preflight(self, progress: Progress, cancel: CancelToken) -> None:
        progress(0, 2, translate("Capture", "checking the VM"))
        checks = self._base_checks()
        vm = self.vm
        if vm.power_state != PowerState.ON:
            checks[-1] = check(
                "powered_on",
                "fail",
                QT_TRANSLATE_NOOP("Capture", "The VM is {state}; an NMI needs a running VM."),
                shown={"state": power_text(vm.power_state)},
                state=vm.power_state.value,
            )
        caps = self.hv.capabilities(vm)
        if caps.nmi:
            checks.append(
                check(
                    "nmi_supported",
                    "ok",
                    QT_TRANSLATE_NOOP("Capture", "NMI can be sent ({methods})."),
                    shown={"methods": translate("Capture", ", then ").join(caps.nmi_methods)},
                    methods=", then ".join(caps.nmi_methods),
                )
            )
        else:
            reason = caps.reasons.get("nmi")
            checks.append(
                Check("nmi_supported", "fail", reason)
                if reason is not None  # the adapter's own words
                else check(
                    "nmi_supported",
                    "fail",
                    QT_TRANSLATE_NOOP("Capture", "This connection cannot send an NMI."),
                )
            )
        if self.guest is not None:
            progress(1, 2, translate("Capture", "reading the guest's boot id"))
            bid = boot_id(self.guest.connect)
            self.data["boot_id"] = bid
            checks.append(
                check(
                    "guest_ssh",
                    "ok" if bid else "warn",
                    QT_TRANSLATE_NOOP("Capture", "The guest answers over SSH ({address}).")
                    if bid
                    else QT_TRANSLATE_NOOP(
                        "Capture",
                        "The guest does not answer over SSH ({address}); "
                        "its vmcore will have to be fetched by hand.",
                    ),
                    blocking=False,
                    address=self.guest.address,
                )
            )
        self.data["checks"] = checks
        progress(2, 2, translate("Capture", "preflight done"))

    def _send(self, progress: Progress, cancel: CancelToken) -> None:
        target = self.audit_target()
        self.case.update(vm=target, capture="nmi")
        self.case.audit("send_nmi", "intent", **target, confirmation=self.data["typed"])
        self.data["nmi_time"] = time.time()
        progress(0, 1, translate("Capture", "sending the NMI"))
        try:
            result = self.hv.send_nmi(self.vm, progress, cancel)
        except Exception as exc:
            self.case.audit("send_nmi", "result", **target, ok=False, error=str(exc))
            raise
        self.data["method"] = result.method
        self.case.audit(
            "send_nmi", "result", **target, ok=True, method=result.method, detail=result.detail
        )
        progress(1, 1, translate("Capture", "NMI sent ({method})").format(method=result.method))

    def _watch(self, progress: Progress, cancel: CancelToken) -> None:
        # what the user reads (translated), and the same in English for the audit log
        observations: list[str] = []
        english: list[str] = []
        cancel.wait(1.0)
        vm = self.hv.refresh(self.vm)
        text = QT_TRANSLATE_NOOP("Capture", "power state after the NMI: {state}")
        observations.append(
            translate_marked("Capture", text).format(state=power_text(vm.power_state))
        )
        english.append(text.format(state=vm.power_state.value))
        if self.guest is not None:
            new_id = wait_for_reboot(
                self.guest.connect, self.data.get("boot_id"), self.reboot_timeout, progress, cancel
            )
            text = QT_TRANSLATE_NOOP("Capture", "the guest rebooted (new boot id {boot_id})")
            observations.append(translate_marked("Capture", text).format(boot_id=new_id))
            english.append(text.format(boot_id=new_id))
        self.data["observations"] = observations
        self.data["observations_english"] = english
        self.case.audit("watch_guest", "info", **self.audit_target(), observations=english)

    def _collect(self, progress: Progress, cancel: CancelToken) -> None:
        if self.guest is None:
            return
        from backends.transfers.download import download
        from backends.transfers.sources import SftpSource

        core = newest_vmcore(self.guest.connect, self.data.get("nmi_time", 0.0))
        if core is None:
            raise UserError(
                translate("Capture", "The guest came back but no new vmcore is under /var/crash."),
                translate(
                    "Capture",
                    "Check kdump on the guest (`hangdump prepare`), and its console for errors.",
                ),
            )
        folder = core.path.rsplit("/", 2)[-2]
        dest = self.case.files / f"{folder}-{Path(core.path).name}"
        source = SftpSource(
            self.guest.connect, core.path, display=f"sftp://{self.guest.address}{core.path}"
        )
        try:
            result = download(source, dest, progress=progress, cancel=cancel)
        finally:
            source.close()
        record = {
            "name": dest.name,
            "size": result.size,
            "sha256": result.sha256,
            "source": result.source,
            "remote_sha256": result.remote_sha256,
        }
        self.case.add_file(record)
        self.case.audit("fetch_vmcore", "result", **self.audit_target(), ok=True, **record)
        self.data["vmcore"] = str(dest)
