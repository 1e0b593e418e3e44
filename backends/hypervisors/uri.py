"""Connection URIs (DESIGN.md): which adapter, which user, host and port.

``vsphere://user@host[:port]``, ``esxi+ssh://user@host[:port]``, ``qemu:///system``,
``qemu+ssh://user@host[:port]/system``, ``virsh+ssh://user@host[:port]``,
``test:///default``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

from backends.errors import UserError
from backends.i18n import translate

KINDS = {
    "vsphere": "vsphere",
    "esxi+ssh": "esxi+ssh",
    "qemu": "libvirt",
    "qemu+ssh": "libvirt",
    "test": "libvirt",
    "virsh+ssh": "virsh+ssh",
}
DEFAULT_PORTS = {"vsphere": 443, "esxi+ssh": 22, "qemu+ssh": 22, "virsh+ssh": 22}

_URI = re.compile(
    r"^(?P<scheme>[a-z+]+)://(?:(?P<user>[^/\s]+)@)?(?P<host>\[[^\]]+\]|[^:/\s@]*)"
    r"(?::(?P<port>\d+))?(?P<path>/[^\s?]*)?(?:\?(?P<query>\S*))?$"
)


@dataclass(frozen=True)
class ConnectionSpec:
    uri: str
    scheme: str
    kind: str  #: adapter: ``vsphere``, ``esxi+ssh``, ``libvirt``, ``virsh+ssh``
    user: str
    host: str
    port: int
    path: str  #: libvirt's ``/system``; empty elsewhere

    @property
    def remote(self) -> bool:
        return bool(self.host)

    @property
    def libvirt_uri(self) -> str:
        """The libvirt URI this connection stands for (``qemu:///system``,
        ``qemu+ssh://u@h:p/system``). For ``qemu+ssh`` libvirt itself is handed a
        ``qemu+unix://`` socket of :mod:`backends.hypervisors.libvirt_tunnel`; this
        form is what messages show."""
        if self.scheme in ("qemu", "test"):
            return f"{self.scheme}://{self.path or '/system'}"
        path = self.path or "/system"
        return f"qemu+ssh://{self.user}@{self.host}:{self.port}{path}"

    def display(self) -> str:
        """The URI without anything secret (there never is a password in it)."""
        return self.uri


def parse(uri: str) -> ConnectionSpec:
    text = uri.strip()
    m = _URI.match(text)
    if not m or m["scheme"] not in KINDS:
        raise UserError(
            translate("Hypervisors", "{uri} is not a connection HangDump knows.").format(
                uri=repr(uri)
            ),
            translate(
                "Hypervisors",
                "Use vsphere://user@host, esxi+ssh://root@host, qemu:///system, "
                "qemu+ssh://user@host/system, virsh+ssh://user@host or test:///default.",
            ),
        )
    if m["query"] and "password" in m["query"].lower():
        raise UserError(
            translate("Hypervisors", "Passwords do not belong in a connection address."),
            translate("Hypervisors", "Remove it; HangDump asks for it or reads the OS keyring."),
        )
    scheme = m["scheme"]
    host = (m["host"] or "").strip("[]")
    if scheme not in ("qemu", "test") and not host:
        raise UserError(
            translate("Hypervisors", "{uri} names no host.").format(uri=repr(uri)),
            translate("Hypervisors", "Write it as scheme://user@host."),
        )
    port = int(m["port"]) if m["port"] else DEFAULT_PORTS.get(scheme, 0)
    if m["port"] and not 0 < port < 65536:
        raise UserError(
            translate("Hypervisors", "Port {port} in {uri} is out of range.").format(
                port=port, uri=repr(uri)
            ),
            translate("Hypervisors", "Use 1-65535."),
        )
    user = unquote(m["user"] or "") or ("root" if scheme == "esxi+ssh" else "")
    if scheme in ("vsphere",) and not user:
        raise UserError(
            translate("Hypervisors", "{uri} names no user.").format(uri=repr(uri)),
            translate(
                "Hypervisors", "Write it as vsphere://administrator@vsphere.local@vcenter.example."
            ),
        )
    return ConnectionSpec(
        uri=text,
        scheme=scheme,
        kind=KINDS[scheme],
        user=user,
        host=host,
        port=port,
        path=m["path"] or "",
    )
