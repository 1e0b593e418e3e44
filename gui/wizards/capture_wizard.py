"""Send NMI, Memory snapshot and Memory dump: one Qt wizard over each capture flow.

The flows (``backends.capture``) hold every decision and the audit log; this
module picks the flow, its wording and how to summarize the result.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget, QWizard

from backends.cases import Case
from backends.hypervisors.base import Hypervisor, VmInfo
from gui.jobs import JobRunner
from gui.wizards.capture_pages import ConfirmPage, PreflightPage, ResultPage, RunPage


class CaptureWizard(QWizard):
    def __init__(
        self,
        flow: Any,
        jobs: JobRunner,
        title: str,
        warning: str,
        action: str,
        summarize: Callable[[Any], list[str]],
        ask_before: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("captureWizard")
        self.setWindowTitle(title)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.flow = flow
        self.preflight = PreflightPage(flow, jobs)
        self.confirm = ConfirmPage(flow, warning, action)
        self.run_page = RunPage(flow, jobs, ask_before)
        self.result = ResultPage(flow, summarize)
        self._ids: dict[str, int] = {}
        for page in (self.preflight, self.confirm, self.run_page, self.result):
            self._ids[page.objectName()] = self.addPage(page)
        self.setMinimumSize(640, 480)

    def nextId(self) -> int:
        # A flow that found nothing to change on the server (a suspended VM's files are
        # only copied) goes from the preflight straight to work: no typed confirmation.
        if self.currentPage() is self.preflight and self.flow.current not in (
            "preflight",
            "confirm",
        ):
            return self._ids["runPage"]
        return super().nextId()


def _checks(flow: Any) -> list[str]:
    return [f"[{c.status}] {c.message}" for c in flow.data.get("checks", [])]


def nmi_wizard(
    hv: Hypervisor,
    vm: VmInfo,
    case: Case,
    jobs: JobRunner,
    guest: Any = None,
    parent: QWidget | None = None,
) -> CaptureWizard:
    from backends.capture.nmi import NmiFlow

    flow = NmiFlow(hv, case, guest=guest, fetch=guest is not None)
    flow.submit(vm=vm)

    def summarize(f: Any) -> list[str]:
        lines = [
            QCoreApplication.translate("CaptureWizard", "NMI sent to {0} via {1}.").format(
                f.vm.name, f.data.get("method", "?")
            )
        ]
        lines += f.data.get("observations", [])
        if f.data.get("vmcore"):
            lines.append(
                QCoreApplication.translate(
                    "CaptureWizard", "vmcore fetched and verified: {0}"
                ).format(f.data["vmcore"])
            )
        elif guest is None:
            lines.append(
                QCoreApplication.translate(
                    "CaptureWizard",
                    "No guest SSH address was given: fetch the vmcore from /var/crash "
                    "once the guest is back (Fetch a file...).",
                )
            )
        return lines

    return CaptureWizard(
        flow,
        jobs,
        QCoreApplication.translate("CaptureWizard", "Send NMI to {0}").format(vm.name),
        QCoreApplication.translate(
            "CaptureWizard",
            "An NMI makes the guest's kernel panic: the VM CRASHES on purpose, kdump writes a "
            "vmcore and the guest reboots. Everything running in it stops. Do this only on the "
            "hung VM you mean.",
        ),
        QCoreApplication.translate("CaptureWizard", "Send NMI"),
        summarize,
        parent=parent,
    )


def _files_summary(f: Any) -> list[str]:
    lines = []
    for rec in f.data.get("files", []):
        lines.append(
            QCoreApplication.translate("CaptureWizard", "{0}: {1} bytes, SHA-256 {2}").format(
                rec["name"], rec["size"], rec["sha256"]
            )
        )
    return lines


def snapshot_wizard(
    hv: Hypervisor,
    vm: VmInfo,
    case: Case,
    jobs: JobRunner,
    parent: QWidget | None = None,
    downloader: Any = None,
) -> CaptureWizard:
    from backends.capture.snapshot import SnapshotFlow

    # remove_after: the flow then stops before "remove", where the page asks
    flow = SnapshotFlow(hv, case, remove_after=True, downloader=downloader)
    flow.submit(vm=vm)

    def summarize(f: Any) -> list[str]:
        if f.suspended:
            lines = [
                QCoreApplication.translate(
                    "CaptureWizard",
                    "{0} is suspended: its .vmss and .vmem were copied and verified. No "
                    "snapshot was taken and the VM stays suspended.",
                ).format(f.vm.name)
            ]
            return lines + _files_summary(f)
        snap = f.data.get("snapshot")
        lines = [
            QCoreApplication.translate("CaptureWizard", "Snapshot {0} of {1}.").format(
                snap.name if snap else "?", f.vm.name
            )
        ]
        lines += _files_summary(f)
        lines.append(
            QCoreApplication.translate(
                "CaptureWizard", "The snapshot was removed after its files were verified."
            )
            if f.data.get("removed")
            else QCoreApplication.translate("CaptureWizard", "The snapshot was kept on the host.")
        )
        return lines

    return CaptureWizard(
        flow,
        jobs,
        QCoreApplication.translate("CaptureWizard", "Memory snapshot of {0}").format(vm.name),
        QCoreApplication.translate(
            "CaptureWizard",
            "HangDump takes a snapshot that includes the VM's memory, then copies the "
            ".vmsn/.vmss and .vmem files here and verifies them. The VM keeps running "
            "(it pauses briefly while the memory is written). A suspended VM needs no "
            "snapshot: its .vmss and .vmem are copied as they are.",
        ),
        QCoreApplication.translate("CaptureWizard", "Take snapshot"),
        summarize,
        ask_before={
            "remove": QCoreApplication.translate(
                "CaptureWizard",
                "Every file arrived and was verified. Remove the snapshot from the VM now? "
                "(A kept snapshot grows and slows the VM down.)",
            )
        },
        parent=parent,
    )


def memdump_wizard(
    hv: Hypervisor,
    vm: VmInfo,
    case: Case,
    jobs: JobRunner,
    parent: QWidget | None = None,
    downloader: Any = None,
) -> CaptureWizard:
    from backends.capture.memdump import MemdumpFlow

    flow = MemdumpFlow(hv, case, downloader=downloader)
    flow.submit(vm=vm)

    def summarize(f: Any) -> list[str]:
        lines = [
            QCoreApplication.translate("CaptureWizard", "Memory dump of {0}: {1}").format(
                f.vm.name, f.data.get("dump", "?")
            )
        ]
        recs = f.case.info().get("files", [])
        lines += [
            QCoreApplication.translate("CaptureWizard", "{0}: {1} bytes, SHA-256 {2}").format(
                r["name"], r["size"], r["sha256"]
            )
            for r in recs[-1:]
        ]
        return lines

    return CaptureWizard(
        flow,
        jobs,
        QCoreApplication.translate("CaptureWizard", "Memory dump of {0}").format(vm.name),
        QCoreApplication.translate(
            "CaptureWizard",
            "libvirt writes the VM's memory to a file on the host (the VM pauses while it "
            "does); HangDump copies it here, verifies it, then deletes it from the host.",
        ),
        QCoreApplication.translate("CaptureWizard", "Dump memory"),
        summarize,
        parent=parent,
    )
