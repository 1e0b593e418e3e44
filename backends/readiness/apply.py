"""Applying fixes as one transaction: check every precondition, apply, undo on failure.

Preconditions come first (root via sudo, every program present, every directory
that will be written actually writable), so the usual failures -- no sudo
rights, a read-only /etc, a missing tool -- stop before anything changed. If a
step still fails, the steps already applied are undone in reverse order where
they can be (package installs cannot), and the error says what was undone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from backends.errors import UserError
from backends.i18n import translate
from backends.readiness.checks import Checklist, Evidence, Step, sentences
from backends.readiness.runner import Runner

WRITE_PROBE = 'f=$(mktemp "$0/.hangdump-probe-XXXXXX") && rm -f "$f"'


@dataclass
class Applied:
    """What a run of the fixes did."""

    done: list[Evidence] = field(default_factory=list)
    needs_reboot: bool = False


def plan(checklist: Checklist) -> tuple[list[Step], list[str], bool]:
    """The steps of every applicable fix (each command once), directories written, reboot."""
    steps: list[Step] = []
    seen: set[tuple[str, ...]] = set()
    writes: list[str] = []
    reboot = False
    for _item, fix in checklist.fixes():
        reboot |= fix.needs_reboot
        for d in fix.writes:
            if d not in writes:
                writes.append(d)
        for step in fix.steps:
            if step.argv not in seen:
                seen.add(step.argv)
                steps.append(step)
    return steps, writes, reboot


def _short(ev: Evidence) -> str:
    text = (ev.stderr.strip() or ev.stdout.strip()).splitlines()
    return (
        text[-1]
        if text
        else translate("Readiness", "exit status {status}").format(status=ev.status)
    )


def preflight(runner: Runner, steps: list[Step], writes: list[str], guest: str) -> None:
    """Raise a UserError, before anything changes, if a step cannot work."""
    runner.become_root()
    for prog in sorted({s.argv[0] for s in steps} - {"sh", "env"}):
        ev = runner.run(("sh", "-c", 'command -v "$0"', prog), root=True)
        if not ev.ok:
            raise UserError(
                translate(
                    "Readiness", "{program} is not installed on {guest}; nothing was changed."
                ).format(program=prog, guest=guest),
                translate(
                    "Readiness", "Install it (or its package) on the guest, then run the fix again."
                ),
            )
    for d in writes:
        ev = runner.run(("sh", "-c", WRITE_PROBE, d), root=True)
        if not ev.ok:
            if "read-only" in (ev.stderr + ev.stdout).lower():
                raise UserError(
                    translate(
                        "Readiness", "{dir} on {guest} is read-only ({error}); nothing was changed."
                    ).format(dir=d, guest=guest, error=_short(ev)),
                    translate(
                        "Readiness",
                        "Remount it read-write (or fix its permissions) and run the fix again.",
                    ),
                )
            raise UserError(
                translate(
                    "Readiness", "{dir} on {guest} is not writable ({error}); nothing was changed."
                ).format(dir=d, guest=guest, error=_short(ev)),
                translate("Readiness", "Check the permissions and free space of that directory."),
            )


def apply(
    runner: Runner,
    checklist: Checklist,
    progress: Callable[[str], None] = lambda _text: None,
) -> Applied:
    """Apply every non-optional fix of ``checklist``; all or (as far as possible) nothing."""
    steps, writes, reboot = plan(checklist)
    result = Applied(needs_reboot=reboot)
    if not steps:
        return result
    preflight(runner, steps, writes, checklist.guest)
    done: list[Step] = []
    for step in steps:
        progress(step.command)
        ev = runner.run(step.argv, root=True, timeout=900.0)
        result.done.append(ev)
        if not ev.ok:
            undone, stuck = _undo(runner, done)
            msg = translate("Readiness", "`{command}` failed on {guest}: {error}.").format(
                command=step.command, guest=checklist.guest, error=_short(ev)
            )
            if undone:
                msg = sentences(
                    msg,
                    translate("Readiness", "Undid {count} earlier step(s).").format(count=undone),
                )
            if stuck:
                msg = sentences(
                    msg,
                    translate("Readiness", "Could not undo: {commands}.").format(
                        commands="; ".join(stuck)
                    ),
                )
            raise UserError(
                msg, translate("Readiness", "Fix the cause on the guest and run the fix again.")
            )
        done.append(step)
    return result


def _undo(runner: Runner, done: list[Step]) -> tuple[int, list[str]]:
    undone, stuck = 0, []
    for step in reversed(done):
        if step.undo is None:
            stuck.append(step.command)
            continue
        ev = runner.run(step.undo, root=True)
        if ev.ok:
            undone += 1
        else:
            stuck.append(step.command)
    return undone, stuck
