"""``hangdump prepare --guest user@host[:port]``: the kdump readiness checklist.

Dry run by default. ``--fix`` prints the exact commands it would run;
``--fix --yes`` runs them as one transaction, re-checks and prints the new
checklist. ``--test-kdump --yes`` crashes the guest on purpose (after the host
name is typed or given with ``--confirm-host``) to prove a dump gets saved.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from backends.cli import emit
from backends.commands.common import (
    add_case_option,
    add_ssh_options,
    open_case,
    password_provider,
    ssh_connector,
)
from backends.errors import UserError
from backends.readiness import Checklist, SshRunner, apply, check
from backends.sshconn import SshTarget

MARK = {"ok": "[ ok ]", "warn": "[warn]", "fail": "[FAIL]", "unknown": "[ ?? ]"}


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "prepare",
        help="check (and fix) a guest's kdump readiness over SSH",
        description="Check over SSH that a guest will save a crash dump when it gets an NMI. "
        "Dry run by default; --fix shows the exact commands, --fix --yes runs them.",
    )
    p.add_argument("--guest", required=True, metavar="USER@HOST[:PORT]", help="the guest")
    p.add_argument("--fix", action="store_true", help="show (with --yes: apply) the fixes")
    p.add_argument("--yes", action="store_true", help="really apply / really crash")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.add_argument(
        "--test-kdump",
        action="store_true",
        help="CRASHES THE GUEST (sysrq c) to test that kdump saves a dump; needs --yes",
    )
    p.add_argument(
        "--confirm-host",
        metavar="HOST",
        help="with --test-kdump: the guest's host name, typed to confirm the crash",
    )
    p.add_argument(
        "--wait",
        type=float,
        default=300.0,
        metavar="SECONDS",
        help="with --test-kdump: how long to wait for the guest to come back",
    )
    add_ssh_options(p)
    add_case_option(p)
    p.set_defaults(func=_run)


def _runner(target: SshTarget, args: argparse.Namespace) -> SshRunner:
    client = ssh_connector(target, args)()
    return SshRunner(
        client,
        target.user,
        str(target),
        lambda: password_provider(target.user, target.host, target.port),
    )


def _run(args: argparse.Namespace) -> int:
    target = SshTarget.parse(args.guest)
    if args.test_kdump:
        return _test_kdump(target, args)
    runner = _runner(target, args)
    try:
        before = check(runner, str(target))
        if not (args.fix and args.yes):
            data = before.to_dict()
            if args.fix:
                data["would_run"] = _would_run(before)
            emit(args, data, render(before) + (_render_plan(before) if args.fix else ""))
            return 0
        result = apply(runner, before, progress=lambda c: _note(args, f"running: {c}"))
        after = check(runner, str(target), root_reads=True)
    finally:
        runner.client.close()
    data = after.to_dict()
    data["applied"] = [e.to_dict() for e in result.done]
    data["before"] = {it.id: it.status for it in before.items}
    text = render(after)
    if result.done:
        text += f"\nApplied {len(result.done)} command(s); the checklist above is re-read.\n"
    else:
        text += "\nNothing to change: every fix --fix applies is already in place.\n"
    if result.needs_reboot:
        text += "A change takes effect at the next reboot; HangDump does not reboot guests.\n"
    emit(args, data, text)
    return 0


def _note(args: argparse.Namespace, text: str) -> None:
    if not args.json:
        sys.stderr.write(text + "\n")


def render(cl: Checklist) -> str:
    """The checklist as text for a terminal."""
    lines = [f"Guest {cl.guest}: {cl.distro} ({cl.family})", ""]
    for it in cl.items:
        lines.append(f"{MARK[it.status]} {it.id}: {it.title}")
        lines.append(f"       {it.explanation}")
        for ev in it.evidence:
            out = (ev.stdout.strip() or ev.stderr.strip()).splitlines()
            shown = (
                out[0]
                if len(out) == 1
                else (f"{out[0]} ... ({len(out)} lines)" if out else "(no output)")
            )
            lines.append(f"       $ {ev.command}  -> {shown[:100]}")
        if it.fix and it.status != "ok":
            tag = " (optional, not applied by --fix)" if it.fix.optional else ""
            tag += " (needs a reboot)" if it.fix.needs_reboot else ""
            lines.append(f"       fix{tag}: {it.fix.summary}")
    c = cl.counts()
    lines += ["", f"{c['ok']} ok, {c['warn']} warn, {c['fail']} fail, {c['unknown']} unknown"]
    return "\n".join(lines) + "\n"


def _would_run(cl: Checklist) -> list[str]:
    from backends.readiness.apply import plan

    return [s.command for s in plan(cl)[0]]


def _render_plan(cl: Checklist) -> str:
    commands = _would_run(cl)
    if not commands:
        return "\nNothing to fix (optional advice aside).\n"
    body = "\n".join(f"  {c}" for c in commands)
    return (
        f"\n--fix would run these commands as root on {cl.guest}:\n{body}\n"
        "Run again with --fix --yes to apply them.\n"
    )


def _test_kdump(target: SshTarget, args: argparse.Namespace) -> int:
    from backends.readiness.kdumptest import test_kdump

    if not args.yes:
        raise UserError(
            f"--test-kdump crashes {target}; refusing without --yes.",
            "Add --yes (and --confirm-host HOST) only if the guest may be crashed now.",
        )
    typed = args.confirm_host
    if typed is None:
        if not sys.stdin.isatty():
            raise UserError(
                "--test-kdump needs the host name typed to confirm the crash.",
                f"Pass --confirm-host {target.host}.",
            )
        sys.stderr.write(
            f"This CRASHES {target} now. Type its host name ({target.host}) to go on: "
        )
        sys.stderr.flush()
        typed = sys.stdin.readline()
    case = open_case(args, f"test kdump {target.host}")
    outcome = test_kdump(
        lambda: _runner(target, args),
        str(target),
        target.host,
        typed,
        case,
        wait=args.wait,
        progress=lambda t: _note(args, t),
    )
    outcome.update(guest=str(target), case=str(case.folder))
    dumps = outcome["new_dumps"]
    if not dumps:
        raise UserError(
            f"{target} crashed and came back after {outcome['back_after_s']} s, but no new "
            "dump appeared in /var/crash.",
            f"Look at the guest's console and kdump log. Audit log: {case.audit_path}",
        )
    text = (
        f"{target} crashed and came back after {outcome['back_after_s']} s.\n"
        + f"New dump(s): {', '.join(dumps)}\n"
        + f"Audit log: {Path(case.audit_path)}\n"
    )
    emit(args, outcome, text)
    return 0
