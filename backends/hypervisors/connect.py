"""Open a connection URI with the right adapter.

What the adapters need from the user (passwords, which keys and certificates to
trust) arrives in an :class:`Access`, filled by the command line or the window,
so no adapter ever prompts by itself.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from backends.errors import UserError
from backends.hypervisors.base import Hypervisor
from backends.hypervisors.uri import ConnectionSpec, parse
from backends.i18n import translate
from backends.sshconn import SshTarget

#: ``password(user, host, port)``: from the keyring, HANGDUMP_PASSWORD or a prompt.
PasswordProvider = Callable[[str, str, int], "str | None"]
#: ``ssh(target)`` returns a function that opens a verified paramiko client.
SshConnector = Callable[[SshTarget], Callable[[], Any]]


def _no_password(user: str, host: str, port: int) -> str | None:
    return None


@dataclass
class Access:
    ssh: SshConnector
    password: PasswordProvider = _no_password
    #: a PEM certificate handed over out of band (e.g. the lab's), pinned for this use
    cert_pem: str | None = None
    #: called with an UnknownCertificate; True to trust and pin it
    confirm_certificate: Callable[[Any], bool] | None = None
    extra: dict[str, Any] = field(default_factory=dict)


ADAPTERS = {
    "libvirt": "backends.hypervisors.libvirt_api",
    "virsh+ssh": "backends.hypervisors.virsh_ssh",
    "vsphere": "backends.hypervisors.vsphere",
    "esxi+ssh": "backends.hypervisors.esxi_ssh",
}


def open_connection(uri: str | ConnectionSpec, access: Access) -> Hypervisor:
    spec = parse(uri) if isinstance(uri, str) else uri
    module_name = ADAPTERS[spec.kind]
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise UserError(
            translate(
                "Hypervisors", "{kind} connections are not available in this build ({error})."
            ).format(kind=spec.kind, error=exc),
            translate("Hypervisors", "Reinstall HangDump with all its parts."),
        ) from exc
    hv: Hypervisor = module.open_hypervisor(spec, access)
    return hv


def ssh_target(spec: ConnectionSpec) -> SshTarget:
    return SshTarget(
        host=spec.host, user=spec.user or SshTarget.parse(spec.host).user, port=spec.port or 22
    )
