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
from backends.i18n import translate
from backends.readiness import Checklist, SshRunner, apply, check
from backends.sshconn import SshTarget

MARK = {"ok": "[ ok ]", "warn": "[warn]", "fail": "[FAIL]", "unknown": "[ ?? ]"}


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "prepare",
        help=translate("Cli", "check (and fix) a guest's kdump readiness over SSH"),
        description=translate(
            "Cli",
            "Check over SSH that a guest will save a crash dump when it gets an NMI. "
            "Dry run by default; --fix shows the exact commands, --fix --yes runs them.",
        ),
    )
    p.add_argument(
        "--guest", required=True, metavar="USER@HOST[:PORT]", help=translate("Cli", "the guest")
    )
    p.add_argument(
        "--fix", action="store_true", help=translate("Cli", "show (with --yes: apply) the fixes")
    )
    p.add_argument(
        "--yes", action="store_true", help=translate("Cli", "really apply / really crash")
    )
    p.add_argument("--json", action="store_true", help=translate("Cli", "print one JSON document"))
    p.add_argument(
        "--test-kdump",
        action="store_true",
        help=translate(
            "Cli", "CRASHES THE GUEST (sysrq c) to test that kdump saves a dump; needs --yes"
        ),
    )
    p.add_argument(
        "--confirm-host",
        metavar="HOST",
        help=translate(
            "Cli", "with --test-kdump: the guest's host name, typed to confirm the crash"
        ),
    )
    p.add_argument(
        "--wait",
        type=float,
        default=300.0,
        metavar="SECONDS",
        help=translate("Cli", "with --test-kdump: how long to wait for the guest to come back"),
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
        result = apply(
            runner,
            before,
            progress=lambda c: _note(
                args, translate("Cli", "running: {command}").format(command=c)
            ),
        )
        after = check(runner, str(target), root_reads=True)
    finally:
        runner.client.close()
    data = after.to_dict()
    data["applied"] = [e.to_dict() for e in result.done]
    data["before"] = {it.id: it.status for it in before.items}
    text = render(after)
    if result.done:
        text += (
            "\n"
            + translate(
                "Cli", "Applied {count} command(s); the checklist above is re-read."
            ).format(count=len(result.done))
            + "\n"
        )
    else:
        text += (
            "\n"
            + translate("Cli", "Nothing to change: every fix --fix applies is already in place.")
            + "\n"
        )
    if result.needs_reboot:
        text += (
            translate(
                "Cli", "A change takes effect at the next reboot; HangDump does not reboot guests."
            )
            + "\n"
        )
    emit(args, data, text)
    return 0


def _note(args: argparse.Namespace, text: str) -> None:
    if not args.json:
        sys.stderr.write(text + "\n")


def render(cl: Checklist) -> str:
    """The checklist as text for a terminal."""
    lines = [
        translate("Cli", "Guest {guest}: {distro} ({family})").format(
            guest=cl.guest, distro=cl.distro, family=cl.family
        ),
        "",
    ]
    for it in cl.items:
        lines.append(f"{MARK[it.status]} {it.id}: {it.title}")
        lines.append(f"       {it.explanation}")
        for ev in it.evidence:
            out = (ev.stdout.strip() or ev.stderr.strip()).splitlines()
            shown = (
                out[0]
                if len(out) == 1
                else (
                    translate("Cli", "{first} ... ({count} lines)").format(
                        first=out[0], count=len(out)
                    )
                    if out
                    else translate("Cli", "(no output)")
                )
            )
            lines.append(f"       $ {ev.command}  -> {shown[:100]}")
        if it.fix and it.status != "ok":
            tag = translate("Cli", " (optional, not applied by --fix)") if it.fix.optional else ""
            tag += translate("Cli", " (needs a reboot)") if it.fix.needs_reboot else ""
            lines.append(
                "       "
                + translate("Cli", "fix{tags}: {summary}").format(tags=tag, summary=it.fix.summary)
            )
    c = cl.counts()
    lines += [
        "",
        translate("Cli", "{ok} ok, {warn} warn, {fail} fail, {unknown} unknown").format(
            ok=c["ok"], warn=c["warn"], fail=c["fail"], unknown=c["unknown"]
        ),
    ]
    return "\n".join(lines) + "\n"


def _would_run(cl: Checklist) -> list[str]:
    from backends.readiness.apply import plan

    return [s.command for s in plan(cl)[0]]


def _render_plan(cl: Checklist) -> str:
    commands = _would_run(cl)
    if not commands:
        return "\n" + translate("Cli", "Nothing to fix (optional advice aside).") + "\n"
    body = "\n".join(f"  {c}" for c in commands)
    head = translate("Cli", "--fix would run these commands as root on {guest}:").format(
        guest=cl.guest
    )
    tail = translate("Cli", "Run again with --fix --yes to apply them.")
    return f"\n{head}\n{body}\n{tail}\n"


def _test_kdump(target: SshTarget, args: argparse.Namespace) -> int:
    from backends.readiness.kdumptest import test_kdump

    if not args.yes:
        raise UserError(
            translate("Cli", "--test-kdump crashes {target}; refusing without --yes.").format(
                target=target
            ),
            translate(
                "Cli", "Add --yes (and --confirm-host HOST) only if the guest may be crashed now."
            ),
        )
    typed = args.confirm_host
    if typed is None:
        if not sys.stdin.isatty():
            raise UserError(
                translate("Cli", "--test-kdump needs the host name typed to confirm the crash."),
                translate("Cli", "Pass --confirm-host {host}.").format(host=target.host),
            )
        sys.stderr.write(
            translate(
                "Cli", "This CRASHES {target} now. Type its host name ({host}) to go on: "
            ).format(target=target, host=target.host)
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
            translate(
                "Cli",
                "{target} crashed and came back after {seconds} s, but no new "
                "dump appeared in /var/crash.",
            ).format(target=target, seconds=outcome["back_after_s"]),
            translate("Cli", "Look at the guest's console and kdump log. Audit log: {path}").format(
                path=case.audit_path
            ),
        )
    text = (
        translate("Cli", "{target} crashed and came back after {seconds} s.").format(
            target=target, seconds=outcome["back_after_s"]
        )
        + "\n"
        + translate("Cli", "New dump(s): {dumps}").format(dumps=", ".join(dumps))
        + "\n"
        + translate("Cli", "Audit log: {path}").format(path=Path(case.audit_path))
        + "\n"
    )
    emit(args, outcome, text)
    return 0
