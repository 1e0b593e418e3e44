# STAND-IN support code for the HangDump lab's imitations of ESXi shell tools
# (vim-cmd, vmdumper, vm-support, esxcli). This is NOT VMware software: it keeps
# the imitated host's inventory in a JSON file and lets the stand-ins print what
# ESXi prints. Python 3 standard library only; run with the system /usr/bin/python3.
#
# Rules every stand-in follows:
# * every argument is data: no shell, no eval, no string-built command lines;
# * every invocation's argv is appended to a JSON-lines log first, so tests can
#   prove that arguments (spaces, quotes, $(...), newlines, Chinese) arrived intact;
# * the VM mapped to a libvirt domain gets a REAL NMI (virsh inject-nmi, run as
#   root through the lab sshd's forced-command relay key, see nmi-relay).
"""Inventory, argv log and NMI delivery shared by the ESXi stand-ins."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def inventory_path() -> Path:
    """$HANGDUMP_ESXI_INVENTORY, else ``../state/inventory.json`` beside the stand-ins."""
    env = os.environ.get("HANGDUMP_ESXI_INVENTORY")
    if env:
        return Path(env)
    return HERE.parent / "state" / "inventory.json"


def _load(path: Path) -> dict[str, Any]:
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError) as exc:
        sys.stderr.write(f"stand-in: cannot read the lab inventory {path}: {exc}\n")
        sys.exit(1)
    return data


@contextlib.contextmanager
def inventory(write: bool = False) -> Iterator[dict[str, Any]]:
    """The inventory under a lock; saved atomically on exit when ``write``."""
    path = inventory_path()
    with open(path.with_name(path.name + ".lock"), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX if write else fcntl.LOCK_SH)
        data = _load(path)
        yield data
        if write:
            tmp = path.with_name(path.name + ".tmp")
            with open(tmp, "w", encoding="utf-8") as fh:
                json.dump(data, fh, indent=1, ensure_ascii=False)
            os.replace(tmp, path)


def log_argv(tool: str) -> None:
    """Append this invocation's argv (exactly as received) to the argv log."""
    inv_path = inventory_path()
    log = Path(os.environ.get("HANGDUMP_ESXI_ARGV_LOG") or inv_path.with_name("argv.log"))
    entry = {"time": time.time(), "tool": tool, "argv": sys.argv[1:], "uid": os.getuid()}
    # ensure_ascii keeps the log one line per call even for undecodable bytes.
    line = json.dumps(entry, ensure_ascii=True) + "\n"
    with open(log, "a", encoding="ascii") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        fh.write(line)


def running(vm: dict[str, Any]) -> bool:
    return vm.get("power") == "on"


def find_vmid(inv: dict[str, Any], text: str) -> dict[str, Any] | None:
    for vm in inv["vms"]:
        if str(vm["vmid"]) == text:
            return vm
    return None


def find_wid(inv: dict[str, Any], text: str) -> dict[str, Any] | None:
    for vm in inv["vms"]:
        if running(vm) and str(vm["wid"]) == text:
            return vm
    return None


def find_vmx(inv: dict[str, Any], path: str) -> dict[str, Any] | None:
    """A VM by its .vmx path, by datastore UUID or by datastore name (both work on ESXi)."""
    for vm in inv["vms"]:
        if path in (vm["vmx"], vm["vmx_by_name"]):
            return vm
    return None


def send_nmi(inv: dict[str, Any], vm: dict[str, Any]) -> tuple[bool, str]:
    """Deliver an NMI to ``vm``; a real one through libvirt when the VM is mapped.

    Unmapped VMs only count the NMI (there is no guest behind them).
    Returns (ok, error text).
    """
    vm["nmi_count"] = int(vm.get("nmi_count", 0)) + 1
    domain = vm.get("libvirt_domain")
    if not domain:
        return True, ""
    relay = inv.get("nmi_relay") or {}
    if not relay:
        return False, "no NMI relay configured in the lab inventory"
    # The relay key is forced (in the lab sshd's authorized_keys for root) to run
    # nmi-relay, which accepts only the domain names sshd.start allowed.
    argv = [
        "ssh", "-F", "/dev/null", "-T",
        "-i", relay["key"],
        "-o", "IdentitiesOnly=yes",
        "-o", "BatchMode=yes",
        "-o", "StrictHostKeyChecking=yes",
        "-o", "UserKnownHostsFile=" + relay["known_hosts"],
        "-o", "GlobalKnownHostsFile=/dev/null",
        "-p", str(relay["port"]),
        f"{relay['user']}@{relay['host']}",
        domain,
    ]
    try:
        proc = subprocess.run(argv, capture_output=True, timeout=60, check=False, text=True)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return False, str(exc)
    if proc.returncode != 0:
        return False, (proc.stderr or proc.stdout).strip()
    return True, ""
