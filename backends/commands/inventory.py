"""``hangdump inventory --connection URI``: the VMs a connection can see."""

from __future__ import annotations

import argparse
from typing import Any

from backends.cli import emit
from backends.commands.common import access_from_args, add_connection_option, add_ssh_options


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser("inventory", help="list the VMs of a connection")
    add_connection_option(p)
    add_ssh_options(p)
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from backends.hypervisors.connect import open_connection

    hv = open_connection(args.connection, access_from_args(args))
    try:
        vms = hv.inventory()
    finally:
        hv.close()
    rows = [v.to_json() for v in vms]
    width = max([len(v.name) for v in vms] + [4])
    lines = [f"{'NAME':<{width}}  {'STATE':<9} {'MEMORY':>9}  {'ID':<36}  HOST / GUEST OS"]
    for v in vms:
        lines.append(
            f"{v.name:<{width}}  {v.power_state.value:<9} {v.memory_mib:>5} MiB  "
            f"{v.id:<36}  {v.host} / {v.guest_os}"
        )
    emit(args, rows, "\n".join(lines) if vms else "no VMs")
    return 0
