"""Run the first-look commands in a crash session and build the triage report."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from backends.cancel import NEVER, CancelToken, Progress, no_progress
from backends.crash.session import CommandTimeout, CrashSession
from backends.i18n import translate
from backends.triage import findings as F

#: The first-look batch (reference, section 7). The log is bounded: the tail holds
#: the panic and the latest watchdog reports, and a multi-MB log would only slow us.
LOG_TAIL = 3000
COMMANDS = (
    "sys",
    f"log | tail -n {LOG_TAIL}",
    "bt -a",
    "ps -S",
    "ps -m",
    "foreach UN bt",
    "runq -t",
    "kmem -i",
    "dev -d",
)


@dataclass
class TriageReport:
    """What triage found; :meth:`to_json` is DESIGN's ``triage --json`` shape (plus extras)."""

    kernel_release: str | None
    panic: str | None
    findings: list[F.Finding]
    summary: str
    outputs: dict[str, str] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "kernel_release": self.kernel_release,
            "panic": self.panic,
            "findings": [f.to_json() for f in self.findings],
            "summary": self.summary,
            "timings": {k: round(v, 3) for k, v in self.timings.items()},
            "errors": self.errors,
        }

    def to_text(self) -> str:
        lines = [
            translate("Triage", "Kernel:  {release}").format(
                release=self.kernel_release or translate("Triage", "unknown")
            ),
            translate("Triage", "Panic:   {panic}").format(
                panic=self.panic or translate("Triage", "(none)")
            ),
            "",
            self.summary,
        ]
        for f in self.findings:
            lines += ["", f"[{f.kind}] {f.summary}"]
            lines += [f"    {e}" for e in f.evidence]
        for e in self.errors:
            lines += ["", translate("Triage", "note: {error}").format(error=e)]
        return "\n".join(lines) + "\n"


def report_from_outputs(outputs: dict[str, str], errors: list[str] | None = None) -> TriageReport:
    """The report for already captured command outputs (recorded data, tests)."""
    sysinfo, found = F.build(outputs)
    panic = sysinfo.get("PANIC") or None
    return TriageReport(
        kernel_release=sysinfo.get("RELEASE"),
        panic=panic,
        findings=found,
        summary=F.plain_summary(panic or "", found),
        outputs=dict(outputs),
        errors=list(errors or []),
    )


def run_commands(
    session: CrashSession,
    commands: tuple[str, ...] = COMMANDS,
    progress: Progress = no_progress,
    cancel: CancelToken = NEVER,
    on_output: Callable[[str, str], None] | None = None,
    timeout: float = 180.0,
) -> tuple[dict[str, str], dict[str, float], list[str]]:
    """Each command's output (a timed-out command keeps its partial output)."""
    outputs: dict[str, str] = {}
    timings: dict[str, float] = {}
    errors: list[str] = []
    for n, cmd in enumerate(commands):
        cancel.check()
        progress(n, len(commands), cmd)
        t0 = time.monotonic()
        try:
            outputs[cmd] = session.run(cmd, timeout=timeout, cancel=cancel)
        except CommandTimeout as exc:
            outputs[cmd] = exc.partial
            errors.append(exc.message)
            if not exc.recovered:
                break
        timings[cmd] = time.monotonic() - t0
        if on_output is not None:
            on_output(cmd, outputs.get(cmd, ""))
    progress(len(commands), len(commands), translate("Triage", "done"))
    return outputs, timings, errors


def triage(
    session: CrashSession,
    progress: Progress = no_progress,
    cancel: CancelToken = NEVER,
) -> TriageReport:
    """Run the first-look batch in ``session`` and interpret it."""
    outputs, timings, errors = run_commands(session, progress=progress, cancel=cancel)
    report = report_from_outputs(outputs, errors)
    report.timings = timings
    return report


def transcript_text(outputs: dict[str, str], header: str) -> str:
    """Outputs in the ``crash> CMD`` transcript form that :func:`parse.split_transcript` reads."""
    parts = [f"# {line}" for line in header.splitlines()]
    for cmd, out in outputs.items():
        parts.append(f"crash> {cmd}")
        parts.append(out.rstrip("\n"))
    return "\n".join(parts) + "\n"
