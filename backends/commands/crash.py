"""``hangdump crash DUMP``: an interactive crash session in this terminal (or over SSH)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from backends.commands.common import add_case_option, add_ssh_options, open_case, ssh_connector
from backends.i18n import translate


def add_crash_options(p: argparse.ArgumentParser) -> None:
    """Options shared by ``crash`` and ``triage``: vmlinux, crash program, analysis host."""
    p.add_argument(
        "dump", help=translate("Cli", "the dump (a path on the analysis host with --via)")
    )
    p.add_argument(
        "--vmlinux",
        metavar="PATH",
        help=translate(
            "Cli", "the debug vmlinux (default: where the dump's debuginfo package installs it)"
        ),
    )
    p.add_argument(
        "--crash",
        metavar="PATH",
        help=translate(
            "Cli", "the crash program (default: HANGDUMP_CRASH, the newest of PATH and the lab's)"
        ),
    )
    p.add_argument(
        "--via",
        metavar="USER@HOST[:PORT]",
        help=translate(
            "Cli", "run crash on this Linux analysis host over SSH (paths are paths there)"
        ),
    )
    add_ssh_options(p)
    add_case_option(p)


def resolve(args: argparse.Namespace) -> tuple[str, str, Any]:
    """(dump, vmlinux, ssh client or None) from the arguments."""
    from backends.crash.locate import default_vmlinux

    dump = args.dump if args.via else str(Path(args.dump).resolve())
    vmlinux = args.vmlinux or default_vmlinux(dump, remote=bool(args.via))
    client = None
    if args.via:
        from backends.sshconn import SshTarget

        client = ssh_connector(SshTarget.parse(args.via), args)()
    return dump, vmlinux, client


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "crash",
        help=translate("Cli", "open a dump in crash, interactively"),
        description=translate(
            "Cli",
            "Start crash on a dump and its debug vmlinux in this terminal, "
            "locally or on a Linux analysis host (--via). The session is recorded in the case.",
        ),
    )
    add_crash_options(p)
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from backends.crash.interact import run_interactive
    from backends.crash.locate import find_crash
    from backends.crash.session import _open_transcript, crash_argv, kaslr_option

    dump, vmlinux, client = resolve(args)
    program = (args.crash or "crash") if client else find_crash(args.crash)
    argv = crash_argv(
        program, vmlinux, dump, None if client else kaslr_option(dump), interactive=True
    )
    if not sys.stdin.isatty():
        argv[1:1] = ["--no_scroll"]  # no pager waiting for keys that never come
    case = open_case(args, f"crash {Path(dump).name}")
    where = f"{args.via}" if args.via else ""
    case.audit("crash", "info", dump=dump, vmlinux=vmlinux, via=args.via)
    transcript = _open_transcript(case.transcripts, argv, where)
    return run_interactive(argv, dump, vmlinux, ssh_client=client, transcript=transcript)
