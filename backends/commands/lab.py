"""``hangdump lab setup|up|down|status``: the local practice lab."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from backends.cli import emit
from backends.i18n import translate


def _progress(done: int, total: int, text: str) -> None:
    if sys.stderr.isatty() or total:
        sys.stderr.write(f"[{done}/{total}] {text}\n" if total else f"{text}\n")


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "lab", help=translate("Cli", "the local lab: practice guests, vCenter simulator, OpenSSH")
    )
    lab_sub = p.add_subparsers(dest="lab_command", metavar="ACTION", required=True)
    s = lab_sub.add_parser(
        "setup", help=translate("Cli", "prepare the cached assets (kernel, crash, simulator...)")
    )
    s.add_argument(
        "--only",
        action="append",
        choices=["kernel", "initramfs", "crash", "simulator"],
        help=translate("Cli", "prepare only these steps (repeatable)"),
    )
    s.set_defaults(func=_setup)
    for name, helptext, func in (
        ("up", translate("Cli", "start every lab server in the background (idempotent)"), _up),
        ("down", translate("Cli", "stop every lab server and remove the lab's guests"), _down),
        ("status", translate("Cli", "describe what is running"), _status),
    ):
        q = lab_sub.add_parser(name, help=helptext)
        q.add_argument(
            "--json", action="store_true", help=translate("Cli", "print one JSON document")
        )
        q.set_defaults(func=func)


def _setup(args: argparse.Namespace) -> int:
    from backends.lab import assets

    only = tuple(args.only) if args.only else assets.STEPS
    a = assets.setup(_progress, only=only)
    print(
        translate("Cli", "lab assets ready: kernel {release} ({version}), crash {crash}").format(
            release=a.kernel_release, version=a.kernel_version, crash=a.crash
        )
    )
    return 0


def _describe(status: dict[str, Any]) -> str:
    if not status.get("running"):
        return translate("Cli", "lab: not running")
    lines = [translate("Cli", "lab: running")]
    for key in ("libvirt", "kdump_guest"):
        g = status.get(key)
        if g:
            ssh = g.get("ssh", {})
            lines.append(
                "  "
                + translate(
                    "Cli", "{key}: domain {guest} on {uri}, ssh {user}@{host}:{port}"
                ).format(
                    key=key,
                    guest=g.get("guest"),
                    uri=g.get("uri"),
                    user=ssh.get("user"),
                    host=ssh.get("host"),
                    port=ssh.get("port"),
                )
            )
    if v := status.get("vsphere"):
        lines.append(
            "  "
            + translate("Cli", "vsphere: {url} user {user} (certificate SHA-256 {sha256})").format(
                url=v.get("url"), user=v.get("user"), sha256=v.get("cert_sha256")
            )
        )
    if s := status.get("sshd"):
        lines.append(
            "  "
            + translate("Cli", "sshd: {user}@{host}:{port} (ESXi stand-ins as {esxi_user})").format(
                user=s.get("user"),
                host=s.get("host"),
                port=s.get("port"),
                esxi_user=s.get("esxi_user"),
            )
        )
    if status.get("kernel_release"):
        lines.append(
            "  "
            + translate("Cli", "guest kernel {release}, crash {crash}").format(
                release=status["kernel_release"], crash=status.get("crash")
            )
        )
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
    emit(args, {"running": False}, translate("Cli", "lab: stopped"))
    return 0


def _status(args: argparse.Namespace) -> int:
    from backends.lab.control import Lab

    status = Lab().status()
    emit(args, status, _describe(status))
    return 0
