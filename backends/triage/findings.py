"""Findings from the first-look outputs: what happened, in plain language, with evidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from backends.i18n import translate
from backends.triage import parse
from backends.triage import patterns as P

KINDS = (
    "nmi_panic",
    "soft_lockup",
    "hard_lockup",
    "hung_task",
    "rcu_stall",
    "oom",
    "blocked_io",
    "lock_wait",
    "panic_other",
)
#: A task in D state this long is "hung" even when the log says nothing (the
#: kernel's own hung_task_timeout_secs default is 120 s; a shorter one in the log wins).
HUNG_DEFAULT_SECONDS = 120.0
EVIDENCE_LINES = 40


@dataclass
class Finding:
    kind: str
    summary: str
    evidence: list[str] = field(default_factory=list)
    tasks: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {"kind": self.kind, "summary": self.summary, "evidence": self.evidence}
        if self.tasks:
            d["tasks"] = self.tasks
        return d


def _log_lines(log: str) -> list[str]:
    return [parse.strip_timestamp(x.rstrip()) for x in log.splitlines() if x.strip()]


def _context(lines: list[str], i: int, limit: int = 25) -> list[str]:
    """A message and the call trace that follows it (up to ``</TASK>`` or ``limit``)."""
    out = [lines[i]]
    for line in lines[i + 1 : i + 1 + limit]:
        out.append(line)
        if line.strip() in ("</TASK>", "</IRQ>") or line.startswith("---[ end"):
            break
    return out


def _last_per_key(lines: list[str], rx: Any, key: str) -> dict[str, tuple[int, Any]]:
    found: dict[str, tuple[int, Any]] = {}
    for i, line in enumerate(lines):
        m = rx.search(line)
        if m:
            found[m[key]] = (i, m)
    return found


def waits_in(frames: list[str]) -> str:
    """The first frame below the scheduler: what the task waits for."""
    for fn in frames:
        base = fn.split(".")[0]
        if base not in P.SCHEDULER:
            return fn
    return frames[-1] if frames else "?"


def wait_path(frames: list[str], depth: int = 5) -> str:
    """``io_schedule ← blk_mq_get_tag ← ...``: the stack from the wait outwards."""
    kept = [f for f in frames if f not in ("__schedule", "schedule")]
    return " ← ".join(kept[:depth])


def _task_record(
    stack: parse.Stack | None, ps: parse.PsTask | None, pid: int, comm: str
) -> dict[str, Any]:
    frames = stack.frames if stack else []
    return {
        "pid": pid,
        "comm": comm,
        "state": ps.state if ps else "UN",
        "blocked_seconds": round(ps.idle_seconds, 3) if ps else None,
        "waits_in": waits_in(frames) if frames else None,
        "stack": frames,
    }


def _clauses(parts: list[str]) -> str:
    """Clauses of one sentence joined the way the language joins them ("; ")."""
    return translate("Triage", "; ").join(parts)


def _task_line(t: dict[str, Any]) -> str:
    secs = (
        translate("Triage", ", not run for {seconds:.1f} s").format(seconds=t["blocked_seconds"])
        if t["blocked_seconds"] is not None
        else ""
    )
    where = wait_path(t["stack"]) if t["stack"] else translate("Triage", "stack not available")
    return f"{t['comm']}:{t['pid']} [{t['state']}{secs}]: {where}"


def build(outputs: dict[str, str]) -> tuple[dict[str, str], list[Finding]]:
    """(``sys`` fields, findings) from {command: output} of the first-look commands."""
    sysinfo = parse.parse_sys(outputs.get("sys", ""))
    log = _log_lines(next((v for k, v in outputs.items() if k.startswith("log")), ""))
    ps = parse.parse_ps_m(outputs.get("ps -m", ""))
    ps_by_pid = {t.pid: t for t in ps}
    un_stacks = {s.pid: s for s in parse.parse_bt(outputs.get("foreach UN bt", ""))}
    active = parse.parse_bt(outputs.get("bt -a", ""))
    disks = parse.parse_dev_d(outputs.get("dev -d", ""))
    panic = sysinfo.get("PANIC", "")
    findings: list[Finding] = []

    findings += _panic_findings(panic, log, active)
    findings += _log_findings(log, active, panic)
    hung = _hung_tasks(log, ps, ps_by_pid, un_stacks, panic)
    if hung:
        findings.append(hung)
    findings += _io_and_locks(log, ps, ps_by_pid, un_stacks, disks)
    return sysinfo, _merge(findings)


def _panic_stack(active: list[parse.Stack]) -> parse.Stack | None:
    for s in active:
        if any(f in ("panic", "crash_kexec", "__crash_kexec", "nmi_panic") for f in s.frames):
            return s
    return active[0] if active else None


def _panic_findings(panic: str, log: list[str], active: list[parse.Stack]) -> list[Finding]:
    if not panic:
        return []
    kind = next((k for rx, k in P.PANIC_KINDS if rx.search(panic)), "panic_other")
    stack = _panic_stack(active)
    evidence = [f'PANIC: "{panic}"']
    nmi = [x for x in log if P.NMI_UNKNOWN.search(x) or P.NMI_OTHER.search(x)]
    if kind == "nmi_panic":
        evidence += nmi[-3:]
        m = P.NMI_UNKNOWN.search(nmi[-1]) if nmi else None
        if m:
            summary = translate(
                "Triage",
                "The kernel panicked on purpose after an NMI (reason {reason} on CPU {cpu}: an NMI "
                "nobody claimed, as the hypervisor sends it), because unknown_nmi_panic / "
                "panic_on_unrecovered_nmi is set. That is how a dump is taken from a hung guest: "
                "the other findings say why it hung.",
            ).format(reason=m["reason"], cpu=m["cpu"])
        else:
            summary = translate(
                "Triage",
                "The kernel panicked on purpose after an NMI, because unknown_nmi_panic / "
                "panic_on_unrecovered_nmi is set. That is how a dump is taken from a hung guest: "
                "the other findings say why it hung.",
            )
    elif kind == "panic_other":
        summary = translate("Triage", "The kernel panicked: {panic}.").format(panic=panic)
        idx = [i for i, x in enumerate(log) if panic[:40] in x]
        if idx:
            start = max(0, idx[-1] - 15)
            evidence += log[start : idx[-1] + 1]
    else:
        names = {
            "hard_lockup": translate("Triage", "hard lockup"),
            "soft_lockup": translate("Triage", "soft lockup"),
            "hung_task": translate("Triage", "hung task"),
            "rcu_stall": translate("Triage", "rcu stall"),
            "oom": translate("Triage", "oom"),
        }
        summary = translate("Triage", "The kernel panicked because of a {kind}: {panic}.").format(
            kind=names.get(kind, kind.replace("_", " ")), panic=panic
        )
    if stack is not None:
        evidence += stack.frame_lines()
    return [Finding(kind, summary, evidence[:EVIDENCE_LINES])]


def _log_findings(log: list[str], active: list[parse.Stack], panic: str) -> list[Finding]:
    out: list[Finding] = []
    soft = _last_per_key(log, P.SOFT, "cpu")
    if soft:
        ev: list[str] = []
        parts = []
        for _cpu, (i, m) in sorted(soft.items()):
            parts.append(
                translate("Triage", "CPU {cpu} ran {task} for {seconds} s without yielding").format(
                    cpu=m["cpu"], task=f"{m['comm']}:{m['pid']}", seconds=m["secs"]
                )
            )
            ev += _context(log, i)
        out.append(
            Finding(
                "soft_lockup",
                translate(
                    "Triage",
                    "Soft lockup: {details}. Code looping in the kernel with "
                    "preemption off starves everything else on that CPU.",
                ).format(details=_clauses(parts)),
                ev[:EVIDENCE_LINES],
            )
        )
    hard = _last_per_key(log, P.HARD, "cpu")
    if hard:
        ev = []
        for _cpu, (i, _m) in sorted(hard.items()):
            ev += _context(log, i)
        cpus = ", ".join(sorted(hard))
        out.append(
            Finding(
                "hard_lockup",
                translate(
                    "Triage",
                    "Hard lockup on CPU {cpus}: interrupts stayed off so long that the NMI "
                    "watchdog fired (a spinning lock or a stuck device driver is typical).",
                ).format(cpus=cpus),
                ev[:EVIDENCE_LINES],
            )
        )
    rcu = [i for i, x in enumerate(log) if P.RCU.search(x) and "INFO:" in x]
    if rcu:
        ev = []
        for i in rcu[-2:]:
            ev += _context(log, i, 15)
        out.append(
            Finding(
                "rcu_stall",
                translate(
                    "Triage",
                    "RCU stall reported {count} time(s): a CPU or task did not pass a "
                    "quiescent state for a long time (often a CPU stuck with interrupts or "
                    "preemption off, or a starved RCU kthread).",
                ).format(count=len(rcu)),
                ev[:EVIDENCE_LINES],
            )
        )
    ooms = [i for i, x in enumerate(log) if P.OOM.search(x)]
    kills = [x for x in log if P.OOM_KILL.search(x)]
    if ooms or kills:
        who = [P.OOM.search(log[i]) for i in ooms]
        killed = [P.OOM_KILL.search(x) for x in kills]
        names = ", ".join(f"{m['comm']}:{m['pid']}" for m in killed if m)
        invoker = who[-1]["comm"] if who and who[-1] else None
        if invoker and names:
            oom = translate(
                "Triage",
                "Memory ran out: the OOM killer ran {count} time(s) (invoked by {invoker}) "
                "and killed {killed}.",
            )
        elif invoker:
            oom = translate(
                "Triage",
                "Memory ran out: the OOM killer ran {count} time(s) (invoked by {invoker}).",
            )
        elif names:
            oom = translate(
                "Triage", "Memory ran out: the OOM killer ran {count} time(s) and killed {killed}."
            )
        else:
            oom = translate("Triage", "Memory ran out: the OOM killer ran {count} time(s).")
        out.append(
            Finding(
                "oom",
                oom.format(count=len(ooms), invoker=invoker, killed=names),
                ([log[i] for i in ooms[-3:]] + kills[-5:])[:EVIDENCE_LINES],
            )
        )
    return out


def _hung_threshold(log: list[str]) -> float:
    secs = [int(m["secs"]) for m in (P.HUNG.search(x) for x in log) if m]
    return float(min(secs)) if secs else HUNG_DEFAULT_SECONDS


def _hung_tasks(
    log: list[str],
    ps: list[parse.PsTask],
    ps_by_pid: dict[int, parse.PsTask],
    un_stacks: dict[int, parse.Stack],
    panic: str,
) -> Finding | None:
    reported = _last_per_key(log, P.HUNG, "pid")
    threshold = _hung_threshold(log)
    pids = {int(p) for p in reported}
    pids |= {t.pid for t in ps if t.state == "UN" and t.idle_seconds >= threshold}
    if not pids:
        return None
    tasks = []
    for pid in sorted(pids):
        pst = ps_by_pid.get(pid)
        comm = pst.comm if pst else reported[str(pid)][1]["comm"]
        tasks.append(_task_record(un_stacks.get(pid), pst, pid, comm))
    groups: dict[str, list[str]] = {}
    unknown = translate("Triage", "an unknown place")
    for t in tasks:
        groups.setdefault(t["waits_in"] or unknown, []).append(f"{t['comm']}:{t['pid']}")
    waiting = translate("Triage", "{tasks} waiting in {function}")
    where = _clauses([waiting.format(tasks=", ".join(v), function=k) for k, v in groups.items()])
    longest = max(
        [int(m["secs"]) for _i, m in reported.values()]
        + [int(t["blocked_seconds"] or 0) for t in tasks]
    )
    evidence = [log[i] for i, _m in sorted(reported.values(), key=lambda x: x[0])]
    evidence += [_task_line(t) for t in tasks]
    return Finding(
        "hung_task",
        translate(
            "Triage",
            "{count} task(s) stuck in uninterruptible sleep (D state) for up to {seconds} s: "
            "{where}.",
        ).format(count=len(tasks), seconds=longest, where=where),
        evidence[:EVIDENCE_LINES],
        tasks,
    )


def _io_and_locks(
    log: list[str],
    ps: list[parse.PsTask],
    ps_by_pid: dict[int, parse.PsTask],
    un_stacks: dict[int, parse.Stack],
    disks: list[parse.Disk],
) -> list[Finding]:
    out: list[Finding] = []
    io_tasks, lock_tasks = [], []
    for pid, s in sorted(un_stacks.items()):
        rec = _task_record(s, ps_by_pid.get(pid), pid, s.comm)
        if any(P.LOCK_WAIT.match(f.split(".")[0]) for f in s.frames):
            lock_tasks.append(rec)
        elif any(P.IO_WAIT.match(f.split(".")[0]) for f in s.frames):
            io_tasks.append(rec)
    busy = [d for d in disks if d.total]
    io_errors = [x for x in log if P.IO_ERROR.search(x)]
    if io_tasks or busy or io_errors:
        parts = []
        if io_tasks:
            counts: dict[str, int] = {}
            for t in io_tasks:
                counts[t["waits_in"]] = counts.get(t["waits_in"], 0) + 1
            parts.append(
                translate("Triage", "{count} task(s) wait for block I/O ({functions})").format(
                    count=len(io_tasks), functions=", ".join(f"{k}: {v}" for k, v in counts.items())
                )
            )
        if busy:
            disk = translate("Triage", "{disk} {total} (read {read}, write {write})")
            parts.append(
                translate("Triage", "requests in flight: {disks}").format(
                    disks=", ".join(
                        disk.format(disk=d.name, total=d.total, read=d.read, write=d.write)
                        for d in busy
                    )
                )
            )
        if io_errors:
            parts.append(
                translate("Triage", "{count} I/O error message(s) in the log").format(
                    count=len(io_errors)
                )
            )
        evidence = [_task_line(t) for t in io_tasks]
        in_flight = translate(
            "Triage", "dev -d: {disk} in flight {total} (read {read}, write {write})"
        )
        evidence += [
            in_flight.format(disk=d.name, total=d.total, read=d.read, write=d.write) for d in busy
        ]
        evidence += io_errors[-5:]
        out.append(
            Finding(
                "blocked_io",
                translate(
                    "Triage",
                    "I/O is stuck: {details}. The storage below these tasks "
                    "(disk, controller, path or the hypervisor's datastore) stopped completing "
                    "requests.",
                ).format(details=_clauses(parts)),
                evidence[:EVIDENCE_LINES],
                io_tasks,
            )
        )
    blockers = list(_last_per_key(log, P.BLOCKER, "pid").values())
    if lock_tasks or blockers:
        waits = translate("Triage", "{task} waits for a {lock} held by {owner}")
        owners = [
            waits.format(
                task=f"{m['comm']}:{m['pid']}", lock=m["lock"], owner=f"{m['owner']}:{m['opid']}"
            )
            for _i, m in blockers
        ]
        locks: dict[str, int] = {}
        for t in lock_tasks:
            locks[t["waits_in"]] = locks.get(t["waits_in"], 0) + 1
        count = len(lock_tasks) or len(blockers)
        summary = (
            translate("Triage", "{count} task(s) wait for a sleeping lock ({functions})")
            if locks
            else translate("Triage", "{count} task(s) wait for a sleeping lock")
        ).format(count=count, functions=", ".join(f"{k}: {v}" for k, v in locks.items()))
        summary = (
            translate("Triage", "{summary}; owners: {owners}.").format(
                summary=summary, owners=_clauses(owners)
            )
            if owners
            else translate(
                "Triage",
                "{summary}; the owner is not in the log (look at the owner's stack with "
                "`struct mutex <addr>` / `bt <owner pid>`).",
            ).format(summary=summary)
        )
        evidence = [log[i] for i, _m in blockers] + [_task_line(t) for t in lock_tasks]
        out.append(Finding("lock_wait", summary, evidence[:EVIDENCE_LINES], lock_tasks))
    return out


def _merge(findings: list[Finding]) -> list[Finding]:
    """One finding per kind (a panic of kind X and log messages of kind X merge)."""
    by_kind: dict[str, Finding] = {}
    order: list[str] = []
    for f in findings:
        if f.kind in by_kind:
            old = by_kind[f.kind]
            old.summary += " " + f.summary
            old.evidence = (old.evidence + f.evidence)[:EVIDENCE_LINES]
            old.tasks += f.tasks
        else:
            by_kind[f.kind] = f
            order.append(f.kind)
    return [by_kind[k] for k in order]


def plain_summary(panic: str, findings: list[Finding]) -> str:
    """One paragraph for people who do not read crash output."""
    if not findings:
        if panic:
            return translate(
                "Triage",
                "No panic, lockup, hung task, RCU stall or OOM was found. "
                "The kernel panicked: {panic}.",
            ).format(panic=panic)
        return translate(
            "Triage",
            "No panic, lockup, hung task, RCU stall or OOM was found. "
            "The dump looks like a healthy system.",
        )
    return " ".join(f.summary for f in findings)
