"""The imitated ESXi host's inventory, read and written by the stand-ins in resources/lab/esxi.

One VM is mapped to the practice guest (its NMI is real, through libvirt), one
is powered off, and the rest carry hostile names -- spaces, quotes, ``$(...)``,
``;``, a backtick, a newline, Chinese -- so that every layer between HangDump
and the host has to pass names as data. Names that would run a command if a
shell ever interpreted them create a file under /tmp: tests assert those files
never appear (:data:`PWNED_MARKERS`).
"""

from __future__ import annotations

import hashlib
import json
import re
import shlex
from pathlib import Path
from typing import Any

DATASTORE = "datastore1"
HOSTNAME = "hangdump-esxi"
PRACTICE_VM = "practice-guest"

#: (name, power state, guest id, annotation)
VMS: tuple[tuple[str, str, str, str], ...] = (
    (PRACTICE_VM, "on", "debian12_64Guest", "HangDump lab: the practice guest (real NMI)"),
    ("rhel7-archive", "off", "rhel7_64Guest", "powered off"),
    ("web server 01", "on", "ubuntu64Guest", ""),
    ('it\'s a "quoted" vm', "on", "otherLinux64Guest", ""),
    ("$(touch /tmp/pwned)", "on", "otherLinux64Guest", ""),
    ("db01; rm -rf x", "on", "otherLinux64Guest", ""),
    ("`touch /tmp/pwned-backtick`", "on", "otherLinux64Guest", ""),
    ("first line\ntouch /tmp/pwned-newline", "on", "otherLinux64Guest", ""),
    ("数据库服务器-生产", "on", "centos7_64Guest", ""),
)

#: Files a shell-interpreted hostile name would create.
PWNED_MARKERS = ("/tmp/pwned", "/tmp/pwned-backtick", "/tmp/pwned-newline")

_DOMAIN_RE = re.compile(r"^[A-Za-z0-9_.+-]+$")


def _hex(seed: str, n: int) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[: 2 * n]


def bios_uuid(name: str) -> str:
    """A VMware-style BIOS UUID, ``56 4d xx xx xx xx xx xx-xx xx xx xx xx xx xx xx``."""
    h = "564d" + _hex("uuid:" + name, 14)
    pairs = [h[i : i + 2] for i in range(0, 32, 2)]
    return " ".join(pairs[:8]) + "-" + " ".join(pairs[8:])


def datastore_uuid(name: str) -> str:
    """A VMFS volume UUID (``8-8-4-12`` hex digits), stable for a datastore name."""
    h = _hex("ds:" + name, 16)
    return f"{h[:8]}-{h[8:16]}-{h[16:20]}-{h[20:32]}"


def vms(domain: str) -> list[dict[str, Any]]:
    """The inventory's VM records; ``domain`` is the practice guest's libvirt name."""
    ds_uuid = datastore_uuid(DATASTORE)
    out: list[dict[str, Any]] = []
    for i, (name, power, guest, note) in enumerate(VMS):
        wid = 2101442 + 1037 * i
        out.append(
            {
                "vmid": i + 1,
                "wid": wid,
                "cartel_id": wid - 1,
                "name": name,
                # ESXi names the folder and the .vmx after the VM, keeping odd characters.
                "vmx": f"/vmfs/volumes/{ds_uuid}/{name}/{name}.vmx",
                "vmx_by_name": f"/vmfs/volumes/{DATASTORE}/{name}/{name}.vmx",
                "file": f"[{DATASTORE}] {name}/{name}.vmx",
                "guest_os": guest,
                "version": "vmx-19",
                "annotation": note,
                "power": power,
                "uuid": bios_uuid(name),
                "libvirt_domain": domain if name == PRACTICE_VM else None,
                "snapshots": [],
                "current_snapshot": None,
                "next_snapshot_id": 1,
                "nmi_count": 0,
            }
        )
    return out


def write(
    path: Path, *, domain: str, argv_log: Path, support_dir: Path, relay: dict[str, Any]
) -> None:
    """Write a fresh inventory to ``path``."""
    data = {
        "comment": "STAND-IN state of an imitated ESXi host (HangDump lab), not VMware data",
        "hostname": HOSTNAME,
        "datastores": [{"name": DATASTORE, "uuid": datastore_uuid(DATASTORE)}],
        "argv_log": str(argv_log),
        "support_dir": str(support_dir),
        "nmi_relay": relay,
        "vms": vms(domain),
    }
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False))


def relay_authorized_line(relay: Path, domain: str, public_key: str) -> str:
    """The authorized_keys line that lets the relay key do one thing: NMI ``domain``."""
    if not _DOMAIN_RE.match(domain):
        raise ValueError(f"unexpected libvirt domain name {domain!r}")
    command = shlex.join(["/usr/bin/python3", str(relay), domain])
    if '"' in command:
        raise ValueError(f"unexpected character in the relay path {relay}")
    return f'restrict,from="127.0.0.1",command="{command}" {public_key}'
