"""The ``hangdump`` command line (every window action is also a subcommand).

Human text by default, one JSON document with ``--json``. Exit status: 0 done,
1 a user-facing error (message and hint on stderr), 2 bad usage, 130 cancelled.
Each subcommand lives in ``backends/commands/<name>.py`` with ``register(sub)``
adding its parser, whose ``func(args) -> int`` runs it.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys
import threading
from collections.abc import Sequence
from typing import Any

from backends import __version__
from backends.errors import Cancelled, UserError
from backends.i18n import translate

#: Subcommand modules under backends.commands, in help order.
COMMANDS = (
    "lab",
    "inventory",
    "nmi",
    "snapshot",
    "memdump",
    "fetch",
    "identify",
    "triage",
    "crash",
    "prepare",
    "report",
    "selftest",
)

EXIT_OK, EXIT_USER, EXIT_USAGE, EXIT_CANCELLED = 0, 1, 2, 130

log = logging.getLogger("hangdump")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hangdump",
        description=translate(
            "Cli",
            "Get a crash dump out of a hung Linux VM and open it in crash. "
            "Without a subcommand, opens the window.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"hangdump {__version__}")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help=translate("Cli", "log debug details")
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"backends.commands.{name}").register(sub)
    return parser


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    """Print ``data`` as JSON with ``--json``, else the human ``text``."""
    if getattr(args, "json", False):
        json.dump(data, sys.stdout, indent=2, ensure_ascii=False, default=str)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(text if text.endswith("\n") or not text else text + "\n")


def _thread_exception(args: threading.ExceptHookArgs) -> None:
    """Library threads (paramiko's prefetch) die when a connection drops; the download
    recovers, so their tracebacks go to the debug log, not onto the user's terminal."""
    log.debug(
        "exception in thread %s: %r", args.thread.name if args.thread else "?", args.exc_value
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    threading.excepthook = _thread_exception
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return int(args.func(args))
    except UserError as exc:
        sys.stderr.write(f"hangdump: {exc.message}\n")
        if exc.hint:
            sys.stderr.write(translate("Cli", "hint: {hint}").format(hint=exc.hint) + "\n")
        return EXIT_USER
    except (Cancelled, KeyboardInterrupt):
        sys.stderr.write("hangdump: " + translate("Cli", "cancelled") + "\n")
        return EXIT_CANCELLED


if __name__ == "__main__":
    sys.exit(main())
