"""``hangdump inventory --connection URI``: the VMs a connection can see."""

from __future__ import annotations

import argparse
import unicodedata
from typing import Any

from backends.cli import emit
from backends.commands.common import access_from_args, add_connection_option, add_ssh_options
from backends.i18n import translate


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "inventory", help=translate("Cli", "list the VMs of a connection")
    )
    add_connection_option(p)
    add_ssh_options(p)
    p.add_argument("--json", action="store_true", help=translate("Cli", "print one JSON document"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from backends.hypervisors.connect import open_connection

    hv = open_connection(args.connection, access_from_args(args))
    try:
        vms = hv.inventory()
    finally:
        hv.close()
    from backends.capture.vmflow import power_text

    rows = [v.to_json() for v in vms]
    name, state, memory = (
        translate("Cli", "NAME"),
        translate("Cli", "STATE"),
        translate("Cli", "MEMORY"),
    )
    states = [power_text(v.power_state) for v in vms]
    width = max([_width(v.name) for v in vms] + [_width(name)])
    state_width = max([_width(s) for s in states] + [_width(state), 9])
    lines = [
        f"{_pad(name, width)}  {_pad(state, state_width)} {_pad(memory, 9, right=True)}  "
        f"{'ID':<36}  " + translate("Cli", "HOST / GUEST OS")
    ]
    for v, s in zip(vms, states, strict=True):
        lines.append(
            f"{_pad(v.name, width)}  {_pad(s, state_width)} {v.memory_mib:>5} MiB  "
            f"{v.id:<36}  {v.host} / {v.guest_os}"
        )
    emit(args, rows, "\n".join(lines) if vms else translate("Cli", "no VMs"))
    return 0


def _width(text: str) -> int:
    """Columns ``text`` takes in a terminal (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int, right: bool = False) -> str:
    fill = " " * max(width - _width(text), 0)
    return fill + text if right else text + fill
