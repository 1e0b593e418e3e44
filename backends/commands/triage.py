"""``hangdump triage DUMP``: run crash's first-look commands and print what went wrong."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from backends.cli import emit
from backends.commands.common import TerminalProgress, open_case
from backends.commands.crash import add_crash_options, resolve
from backends.i18n import translate


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "triage",
        help=translate(
            "Cli", "automatic first look at a dump: panic, hung tasks, lockups, RCU, OOM, I/O"
        ),
        description=translate(
            "Cli",
            "Run crash in batch (sys, log, bt -a, ps, foreach UN bt, runq, kmem, "
            "dev) and explain the findings in plain language.",
        ),
    )
    add_crash_options(p)
    p.add_argument("--json", action="store_true", help=translate("Cli", "print one JSON document"))
    p.add_argument(
        "--timeout",
        type=float,
        default=300.0,
        metavar="SECONDS",
        help=translate("Cli", "how long crash may take to open the dump (default 300)"),
    )
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from backends.crash.session import CrashSession
    from backends.triage.engine import triage

    dump, vmlinux, client = resolve(args)
    case = open_case(args, f"triage {Path(dump).name}")
    case.audit("triage", "intent", dump=dump, vmlinux=vmlinux, via=args.via)
    if not args.json and sys.stderr.isatty():
        sys.stderr.write(
            translate("Cli", "Opening the dump in crash (this takes a while for big dumps)...")
            + "\n"
        )
    session = CrashSession.open(
        dump,
        vmlinux,
        crash=args.crash,
        ssh_client=client,
        transcript_dir=case.transcripts,
        startup_timeout=args.timeout,
    )
    with session:
        report = triage(session, TerminalProgress())
    data = report.to_json()
    data["case"] = str(case.folder)
    (case.folder / "triage.json").write_text(json.dumps(data, indent=2, ensure_ascii=False))
    case.audit("triage", "result", kinds=[f.kind for f in report.findings], panic=report.panic)
    emit(
        args,
        data,
        report.to_text()
        + "\n"
        + translate("Cli", "Case: {folder}").format(folder=case.folder)
        + "\n",
    )
    return 0
