"""``hangdump report CASE_DIR [--zip]``: the case's HTML report, and a zip for a ticket."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from backends.cli import emit
from backends.i18n import translate


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "report",
        help=translate("Cli", "write a case's HTML report (and a zip to attach to a ticket)"),
    )
    p.add_argument("case", type=Path, metavar="CASE_DIR", help=translate("Cli", "the case folder"))
    p.add_argument("--zip", action="store_true", help=translate("Cli", "also write CASE_DIR.zip"))
    p.add_argument(
        "--zip-dest", type=Path, metavar="FILE", help=translate("Cli", "where to write the zip")
    )
    p.add_argument(
        "--include-dumps",
        action="store_true",
        help=translate("Cli", "put large dumps in the zip too"),
    )
    p.add_argument("--json", action="store_true", help=translate("Cli", "print one JSON document"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from backends import report
    from backends.cases import Case

    case = Case.open(args.case)
    html = report.write_report(case)
    result: dict[str, Any] = {"report": str(html), "zip": None}
    if args.zip or args.zip_dest:
        result["zip"] = str(report.export_zip(case, args.zip_dest, args.include_dumps))
    text = translate("Cli", "report: {path}").format(path=html)
    if result["zip"]:
        text += "\n" + translate("Cli", "zip: {path}").format(path=result["zip"])
    emit(args, result, text)
    return 0
