"""``hangdump fetch SOURCE DEST``: one resumable, verified download."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from backends.cli import emit
from backends.commands.common import (
    TerminalProgress,
    add_case_option,
    add_ssh_options,
    open_case,
    ssh_connector,
)
from backends.i18n import translate


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "fetch",
        help=translate(
            "Cli", "resumable, verified download (sftp://, datastore path, https://, local)"
        ),
    )
    p.add_argument(
        "source",
        help=translate("Cli", "sftp://user@host[:port]/path, '[datastore] dir/file', a path"),
    )
    p.add_argument("dest", type=Path, help=translate("Cli", "destination file or folder"))
    p.add_argument(
        "--connection",
        metavar="URI",
        help=translate("Cli", "vsphere://user@host for a datastore path (session and certificate)"),
    )
    p.add_argument(
        "--overwrite", action="store_true", help=translate("Cli", "replace an existing file")
    )
    p.add_argument(
        "--no-openssh",
        action="store_true",
        help=translate("Cli", "move the data with paramiko even when an OpenSSH client is there"),
    )
    p.add_argument(
        "--limit-rate",
        type=float,
        metavar="MB/S",
        help=translate("Cli", "cap the speed (megabytes per second), to spare a customer's link"),
    )
    p.add_argument("--json", action="store_true", help=translate("Cli", "print one JSON document"))
    add_ssh_options(p)
    add_case_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from backends.transfers.download import download
    from backends.transfers.openssh import route_for
    from backends.transfers.resolve import dest_for, source_for

    source = source_for(
        args.source,
        ssh_connect=lambda t: ssh_connector(t, args),
        ssh_route=None
        if args.no_openssh
        else lambda t: route_for(t, args.identity, args.known_hosts),
    )
    dest = dest_for(args.source, args.dest)
    if args.case:
        case = open_case(args, "fetch")
        if not args.dest.is_absolute() and str(args.dest) in (".", ""):
            dest = case.files / dest.name
    else:
        case = None
    try:
        result = download(
            source,
            dest,
            overwrite=args.overwrite,
            progress=TerminalProgress(),
            limit=args.limit_rate * 1e6 if args.limit_rate else None,
        )
    finally:
        source.close()
    if case is not None:
        case.add_file(
            {
                "name": Path(result.dest).name,
                "size": result.size,
                "sha256": result.sha256,
                "source": result.source,
                "remote_sha256": result.remote_sha256,
            }
        )
    check = (
        translate("Cli", "matches the source's")
        if result.remote_sha256
        else translate("Cli", "computed here")
    )
    text = translate("Cli", "{dest}: {size} bytes, SHA-256 {sha256} ({check})").format(
        dest=result.dest, size=result.size, sha256=result.sha256, check=check
    )
    if result.resumed_from:
        text += translate("Cli", ", resumed from byte {offset}").format(offset=result.resumed_from)
    emit(args, result.to_json(), text)
    return 0
