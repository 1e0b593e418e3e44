"""The *Memory dump* flow (libvirt): a memory-only dump on the host, fetched and verified."""

from __future__ import annotations

from pathlib import Path

from backends.cancel import CancelToken, Progress
from backends.capture.flow import Step
from backends.capture.vmflow import Downloader, VmFlow
from backends.cases import Case
from backends.hypervisors.base import Hypervisor
from backends.i18n import QT_TRANSLATE_NOOP, translate


class MemdumpFlow(VmFlow):
    title = QT_TRANSLATE_NOOP("Capture", "Memory dump")

    def __init__(
        self,
        hv: Hypervisor,
        case: Case,
        fmt: str = "kdump-zlib",
        dest: Path | None = None,
        keep_on_host: bool = False,
        downloader: Downloader | None = None,
    ) -> None:
        self.fmt = fmt
        self.dest = dest
        self.keep_on_host = keep_on_host
        super().__init__(hv, case, downloader)

    def steps(self) -> list[Step]:
        return [
            *self.opening_steps("dump"),
            Step(
                "dump",
                "work",
                translate("Capture", "Dump the memory"),
                work=self._dump,
                next=lambda: "collect",
                can_back=False,
            ),
            Step(
                "collect",
                "work",
                translate("Capture", "Fetch the dump"),
                work=self._collect,
                next=lambda: "done",
                can_back=False,
            ),
            Step("done", "final", translate("Capture", "Done"), can_back=False),
        ]

    def _preflight(self, progress: Progress, cancel: CancelToken) -> None:
        progress(0, 1, translate("Capture", "checking the VM and the host"))
        checks = self._base_checks()
        caps = self.hv.capabilities(self.vm)
        checks.append(
            self._capability(
                "memory_dump",
                caps.memory_dump,
                QT_TRANSLATE_NOOP("Capture", "The host can write a memory-only dump."),
                QT_TRANSLATE_NOOP("Capture", "This connection cannot take memory dumps."),
            )
        )
        checks.append(self._space("host_space", "host"))
        self.data["checks"] = checks
        progress(1, 1, translate("Capture", "preflight done"))

    def _dump(self, progress: Progress, cancel: CancelToken) -> None:
        target = self.audit_target()
        self.case.update(vm=target, capture="memdump")
        self.case.audit(
            "memory_dump", "intent", **target, format=self.fmt, confirmation=self.data["typed"]
        )
        try:
            file = self.hv.memory_dump(self.vm, self.fmt, progress, cancel)
        except Exception as exc:
            self.case.audit("memory_dump", "result", **target, ok=False, error=str(exc))
            raise
        self.data["remote_file"] = file
        self.case.audit(
            "memory_dump", "result", **target, ok=True, file=file.source, size=file.size
        )

    def _collect(self, progress: Progress, cancel: CancelToken) -> None:
        file = self.data["remote_file"]
        dest = self.dest or self.case.files
        dest.mkdir(parents=True, exist_ok=True)
        record = self._download(file, dest, progress, cancel)
        self.data["dump"] = record["dest"]
        if not self.keep_on_host:
            self.hv.delete_file(file)
            self.case.audit(
                "remove_host_dump", "result", **self.audit_target(), ok=True, file=file.source
            )
