"""``hangdump lab setup|up|down|status``: the local practice lab."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from backends.cli import emit


def _progress(done: int, total: int, text: str) -> None:
    if sys.stderr.isatty() or total:
        sys.stderr.write(f"[{done}/{total}] {text}\n" if total else f"{text}\n")


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "lab", help="the local lab: practice guests, vCenter simulator, OpenSSH"
    )
    lab_sub = p.add_subparsers(dest="lab_command", metavar="ACTION", required=True)
    s = lab_sub.add_parser("setup", help="prepare the cached assets (kernel, crash, simulator...)")
    s.add_argument(
        "--only",
        action="append",
        choices=["kernel", "initramfs", "crash", "simulator"],
        help="prepare only these steps (repeatable)",
    )
    s.set_defaults(func=_setup)
    for name, helptext, func in (
        ("up", "start every lab server in the background (idempotent)", _up),
        ("down", "stop every lab server and remove the lab's guests", _down),
        ("status", "describe what is running", _status),
    ):
        q = lab_sub.add_parser(name, help=helptext)
        q.add_argument("--json", action="store_true", help="print one JSON document")
        q.set_defaults(func=func)


def _setup(args: argparse.Namespace) -> int:
    from backends.lab import assets

    only = tuple(args.only) if args.only else assets.STEPS
    a = assets.setup(_progress, only=only)
    print(f"lab assets ready: kernel {a.kernel_release} ({a.kernel_version}), crash {a.crash}")
    return 0


def _describe(status: dict[str, Any]) -> str:
    if not status.get("running"):
        return "lab: not running"
    lines = ["lab: running"]
    for key in ("libvirt", "kdump_guest"):
        g = status.get(key)
        if g:
            ssh = g.get("ssh", {})
            lines.append(
                f"  {key}: domain {g.get('guest')} on {g.get('uri')}, "
                f"ssh {ssh.get('user')}@{ssh.get('host')}:{ssh.get('port')}"
            )
    if v := status.get("vsphere"):
        lines.append(
            f"  vsphere: {v.get('url')} user {v.get('user')} "
            f"(certificate SHA-256 {v.get('cert_sha256')})"
        )
    if s := status.get("sshd"):
        lines.append(
            f"  sshd: {s.get('user')}@{s.get('host')}:{s.get('port')} "
            f"(ESXi stand-ins as {s.get('esxi_user')})"
        )
    if status.get("kernel_release"):
        lines.append(f"  guest kernel {status['kernel_release']}, crash {status.get('crash')}")
    return "\n".join(lines)


def _up(args: argparse.Namespace) -> int:
    from backends.lab.control import Lab

    lab = Lab()
    lab.up(_progress)
    status = lab.status()
    emit(args, status, _describe(status))
    return 0


def _down(args: argparse.Namespace) -> int:
    from backends.lab.control import Lab

    Lab().down()
    emit(args, {"running": False}, "lab: stopped")
    return 0


def _status(args: argparse.Namespace) -> int:
    from backends.lab.control import Lab

    status = Lab().status()
    emit(args, status, _describe(status))
    return 0
