"""``hangdump nmi --connection URI --vm NAME_OR_ID --yes``: crash a hung guest on purpose."""

from __future__ import annotations

import argparse
from typing import Any

from backends.cli import emit
from backends.commands.capture_cmds import drive
from backends.commands.common import (
    access_from_args,
    add_case_option,
    add_connection_option,
    add_ssh_options,
    open_case,
    ssh_connector,
)
from backends.errors import UserError
from backends.i18n import translate


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "nmi", help=translate("Cli", "send an NMI (the guest panics; kdump writes a vmcore)")
    )
    add_connection_option(p)
    p.add_argument(
        "--vm", required=True, metavar="NAME_OR_ID", help=translate("Cli", "the VM (id preferred)")
    )
    p.add_argument(
        "--yes",
        action="store_true",
        help=translate("Cli", "confirm: the guest WILL crash (required; there is no other prompt)"),
    )
    p.add_argument(
        "--guest",
        metavar="USER@HOST[:PORT]",
        help=translate("Cli", "the guest's SSH address: watch it reboot and fetch its new vmcore"),
    )
    p.add_argument(
        "--no-fetch", action="store_true", help=translate("Cli", "with --guest: do not fetch")
    )
    p.add_argument(
        "--esxi",
        metavar="URI",
        help=translate(
            "Cli",
            "with vsphere://: esxi+ssh://root@host of the VM's host, used "
            "(vmdumper) when the server does not implement SendNMI",
        ),
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=600.0,
        help=translate("Cli", "seconds to wait for the guest to come back (default 600)"),
    )
    p.add_argument("--json", action="store_true", help=translate("Cli", "print one JSON document"))
    add_ssh_options(p)
    add_case_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from backends.capture.nmi import GuestAccess, NmiFlow
    from backends.hypervisors.connect import open_connection
    from backends.sshconn import SshTarget

    if not args.yes:
        raise UserError(
            translate(
                "Cli", "Refusing to send an NMI to {vm} without --yes: it crashes the guest."
            ).format(vm=args.vm),
            translate("Cli", "Check the target (hangdump inventory), then repeat with --yes."),
        )
    access = access_from_args(args)
    fallback = open_connection(args.esxi, access) if args.esxi else None
    if fallback is not None:
        access.extra["esxi_ssh"] = fallback
    hv = open_connection(args.connection, access)
    try:
        guest = None
        if args.guest:
            target = SshTarget.parse(args.guest)
            guest = GuestAccess(str(target), ssh_connector(target, args))
        case = open_case(args, f"nmi-{args.vm}")
        flow = NmiFlow(hv, case, guest=guest, fetch=not args.no_fetch, reboot_timeout=args.timeout)
        drive(flow, args.vm)
    finally:
        hv.close()
        if fallback is not None:
            fallback.close()
    vm = flow.vm
    result = {
        "vm": vm.to_json(),
        "method": flow.data.get("method"),
        "case": str(case.folder),
        "checks": [c.to_json() for c in flow.data["checks"]],
        "observations": flow.data.get("observations_english", []),
        "vmcore": flow.data.get("vmcore"),
    }
    text = [
        translate("Cli", "NMI sent to {vm} ({id}) via {method}.").format(
            vm=vm.name, id=vm.id, method=result["method"]
        ),
        *[f"  {o}" for o in flow.data.get("observations", [])],
    ]
    if result["vmcore"]:
        text.append(translate("Cli", "vmcore fetched: {path}").format(path=result["vmcore"]))
    text.append(translate("Cli", "case: {folder}").format(folder=case.folder))
    emit(args, result, "\n".join(text))
    return 0
