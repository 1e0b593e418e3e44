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

        return cli_main(args)
    from gui.app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
