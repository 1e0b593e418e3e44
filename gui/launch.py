"""Entry point of the ``hangdump`` console script.

No Qt at module level: a subcommand is handed to :func:`backends.cli.main`, so
every subcommand works where Qt cannot load. Only without a subcommand (or with
window options) is PySide6 imported and the window opened.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

WINDOW_OPTIONS = ("--lab", "--lang")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and not any(a.split("=")[0] in WINDOW_OPTIONS for a in args):
        from backends.cli import main as cli_main

        _translate_command_line()
        return cli_main(args)
    from gui.app import run

    return run(args)


def _translate_command_line() -> None:
    """Chinese backend messages for a Chinese locale, when Qt can load at all."""
    import os

    locale = (
        os.environ.get("LANGUAGE")
        or os.environ.get("LC_ALL")
        or os.environ.get("LC_MESSAGES")
        or os.environ.get("LANG")
        or ""
    )
    if not locale.lower().startswith("zh"):
        return
    try:
        from gui.i18n import install_for_command_line
    except ImportError:  # no Qt here: English it is
        return
    install_for_command_line()


if __name__ == "__main__":
    sys.exit(main())
