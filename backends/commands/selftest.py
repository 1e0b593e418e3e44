"""``hangdump selftest``: a checklist saying whether this installation is usable."""

from __future__ import annotations

import argparse
from typing import Any

from backends.cli import emit
from backends.i18n import translate


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "selftest",
        help=translate(
            "Cli", "check that this installation works (modules, translations, window, crash)"
        ),
        description=translate(
            "Cli",
            "Import every module, load the translations, open and close the window "
            "offscreen, and look for crash. Exit status 0 when the installation is usable "
            "(warnings, such as a missing crash, leave it usable), 1 when a check failed.",
        ),
    )
    p.add_argument("--json", action="store_true", help=translate("Cli", "print one JSON document"))
    p.add_argument(
        "--crash",
        metavar="PATH",
        help=translate("Cli", "the crash program to check (default: HANGDUMP_CRASH, PATH)"),
    )
    p.add_argument(
        "--no-window",
        action="store_true",
        help=translate("Cli", "skip the Qt checks (translations, window)"),
    )
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from backends import selftest

    report = selftest.run(crash=args.crash, window=not args.no_window)
    emit(args, report.to_json(), report.to_text())
    return 0 if report.usable else 1
