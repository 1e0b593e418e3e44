"""``hangdump memdump`` and ``hangdump snapshot``: memory captures, fetched and verified."""

from __future__ import annotations

import argparse
import shlex
from pathlib import Path
from typing import Any

from backends.cli import emit
from backends.commands.common import (
    TerminalProgress,
    access_from_args,
    add_case_option,
    add_connection_option,
    add_ssh_options,
    open_case,
)
from backends.i18n import translate


def register_memdump(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "memdump",
        help=translate("Cli", "libvirt memory-only dump of a VM, downloaded and verified"),
    )
    add_connection_option(p)
    p.add_argument("--vm", required=True, metavar="NAME_OR_ID")
    p.add_argument(
        "--dest",
        type=Path,
        metavar="DIR",
        help=translate("Cli", "folder (default: the case's files)"),
    )
    p.add_argument(
        "--format",
        default="kdump-zlib",
        choices=["kdump-zlib", "elf"],
        help=translate("Cli", "kdump-zlib (small, default) or elf"),
    )
    p.add_argument(
        "--keep-on-host",
        action="store_true",
        help=translate("Cli", "leave the dump file on the host after the verified download"),
    )
    p.add_argument("--json", action="store_true")
    add_ssh_options(p)
    add_case_option(p)
    p.set_defaults(func=run_memdump)


def register_snapshot(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "snapshot",
        help=translate(
            "Cli",
            "VMware snapshot with memory; .vmsn/.vmem downloaded and verified (a suspended "
            "VM: its .vmss/.vmem are copied, no snapshot is taken and it stays suspended)",
        ),
    )
    add_connection_option(p)
    p.add_argument("--vm", required=True, metavar="NAME_OR_ID")
    p.add_argument(
        "--dest",
        type=Path,
        metavar="DIR",
        help=translate("Cli", "folder (default: the case's files)"),
    )
    p.add_argument(
        "--remove-after",
        action="store_true",
        help=translate(
            "Cli", "remove the snapshot once every file is verified (no effect on a suspended VM)"
        ),
    )
    p.add_argument("--name", help=translate("Cli", "snapshot name (default: hangdump-<time>)"))
    p.add_argument("--json", action="store_true")
    add_ssh_options(p)
    add_case_option(p)
    p.set_defaults(func=run_snapshot)


def drive(flow: Any, vm: str) -> None:
    """Run a capture flow to its end; on the command line, --yes or the command itself
    stands for the typed confirmation (where the flow asks for one)."""
    progress = TerminalProgress()
    flow.submit(vm=vm)
    flow.run(progress)
    if flow.current == "confirm":
        flow.submit(typed=flow.vm.name)
    while not flow.finished and flow.step.kind == "work":
        flow.run(progress)


def _capture(args: argparse.Namespace, what: str, make_flow: Any) -> tuple[Any, Any]:
    """Open the connection and the case, run ``make_flow(hv, case)`` to its end."""
    from backends.hypervisors.connect import open_connection

    hv = open_connection(args.connection, access_from_args(args))
    try:
        case = open_case(args, f"{what}-{args.vm}")
        flow = make_flow(hv, case)
        drive(flow, args.vm)
    finally:
        hv.close()
    return flow, case


def run_memdump(args: argparse.Namespace) -> int:
    from backends.capture.memdump import MemdumpFlow

    flow, case = _capture(
        args,
        "memdump",
        lambda hv, case: MemdumpFlow(
            hv, case, fmt=args.format, dest=args.dest, keep_on_host=args.keep_on_host
        ),
    )
    result = {
        "vm": flow.vm.to_json(),
        "dump": flow.data.get("dump"),
        "case": str(case.folder),
        "checks": [c.to_json() for c in flow.data["checks"]],
        "file": case.info().get("files", [])[-1:],
    }
    text = translate("Cli", "memory dump of {vm}: {dump}").format(
        vm=flow.vm.name, dump=result["dump"]
    )
    text += "\n" + translate("Cli", "case: {folder}").format(folder=case.folder)
    emit(args, result, text)
    return 0


def run_snapshot(args: argparse.Namespace) -> int:
    from backends.capture.snapshot import SnapshotFlow

    flow, case = _capture(
        args,
        "snapshot",
        lambda hv, case: SnapshotFlow(
            hv, case, dest=args.dest, remove_after=args.remove_after, name=args.name
        ),
    )
    files = flow.data.get("files", [])
    snap = flow.data.get("snapshot")
    result = {
        "vm": flow.vm.to_json(),
        "snapshot": snap.id if snap else None,  # None: the VM was suspended
        "suspended": flow.suspended,
        "files": files,
        "removed": bool(flow.data.get("removed")),
        "case": str(case.folder),
        "checks": [c.to_json() for c in flow.data["checks"]],
    }
    if flow.suspended:
        lines = [
            translate(
                "Cli", "{vm} is suspended: its files were copied, no snapshot was taken:"
            ).format(vm=flow.vm.name)
        ]
    else:
        lines = [
            translate("Cli", "snapshot {name} of {vm}:").format(name=snap.name, vm=flow.vm.name)
        ]
    lines += [
        "  "
        + translate("Cli", "{dest} {size} bytes sha256 {sha256}").format(
            dest=f["dest"], size=f["size"], sha256=f["sha256"]
        )
        for f in files
    ]
    if flow.suspended:
        lines.append(translate("Cli", "the VM stays suspended; nothing changed on the host"))
    else:
        lines.append(
            translate("Cli", "snapshot removed after verification")
            if result["removed"]
            else translate("Cli", "snapshot kept on the host (use --remove-after to remove it)")
        )
    checkpoint = next(
        (f["dest"] for f in files if str(f["dest"]).endswith((".vmsn", ".vmss"))), None
    )
    if checkpoint:
        lines.append(
            translate("Cli", "next: hangdump identify {path}").format(path=shlex.quote(checkpoint))
        )
    emit(args, result, "\n".join(lines))
    return 0
