"""``hangdump identify DUMP``: format, kernel release, build-id, KASLR offset, debuginfo."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from backends.cli import emit
from backends.i18n import translate


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "identify",
        help=translate("Cli", "identify a dump's kernel and the debuginfo it needs"),
        description=translate(
            "Cli",
            "Read a dump's headers (or scan its memory) for the kernel release, "
            "build-id and KASLR offset, and say which debuginfo package matches.",
        ),
    )
    p.add_argument(
        "dump", type=Path, help=translate("Cli", "the dump: vmcore, kdump, .vmss/.vmsn/.vmem, raw")
    )
    p.add_argument("--json", action="store_true", help=translate("Cli", "print one JSON document"))
    p.add_argument(
        "--vmlinux-store",
        type=Path,
        metavar="DIR",
        help=translate("Cli", "a local symbol store to look the matching vmlinux up in"),
    )
    p.set_defaults(func=_run)


class _StderrProgress:
    """Progress lines on stderr, at most a few per second, only for long scans."""

    def __init__(self) -> None:
        self.last = 0.0
        self.shown = False

    def __call__(self, done: int, total: int, text: str) -> None:
        now = time.monotonic()
        if now - self.last < 0.5:
            return
        self.last = now
        pct = f"{100 * done // total:3d}% " if total else ""
        end = "\r" if sys.stderr.isatty() else "\n"
        sys.stderr.write(f"{pct}{text}{end}")
        self.shown = True

    def finish(self) -> None:
        if self.shown and sys.stderr.isatty():
            sys.stderr.write("\n")


def _run(args: argparse.Namespace) -> int:
    from backends.dumps import identify

    progress = _StderrProgress()
    progress.last = time.monotonic()  # nothing for the first half second (header paths)
    info = identify(args.dump, progress, store=args.vmlinux_store)
    progress.finish()
    emit(args, info.to_json(), info.to_text())
    return 0
