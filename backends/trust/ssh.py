"""SSH host keys: verified against known_hosts, unknown ones raised with their fingerprint."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from backends import appdirs
from backends.errors import UserError
from backends.i18n import translate


@dataclass(frozen=True)
class HostKey:
    """A server's public host key, as a person compares it with ``ssh-keygen -l``."""

    host: str
    port: int
    key_type: str  #: e.g. ssh-ed25519
    bits: int
    base64: str  #: the key blob, base64

    @property
    def fingerprint(self) -> str:
        """``SHA256:...`` exactly as OpenSSH prints it (unpadded base64)."""
        digest = hashlib.sha256(base64.b64decode(self.base64)).digest()
        return "SHA256:" + base64.b64encode(digest).decode().rstrip("=")

    @property
    def known_hosts_name(self) -> str:
        return self.host if self.port == 22 else f"[{self.host}]:{self.port}"

    def known_hosts_line(self) -> str:
        return f"{self.known_hosts_name} {self.key_type} {self.base64}\n"

    def describe(self) -> str:
        return translate("Trust", "{key_type} {bits} bits, {fingerprint}").format(
            key_type=self.key_type, bits=self.bits, fingerprint=self.fingerprint
        )


class UnknownHostKey(UserError):
    """The server's host key is in no known_hosts file: the user must decide."""

    def __init__(self, key: HostKey) -> None:
        super().__init__(
            translate(
                "Trust", "The SSH server {server} is not known yet. Its host key is {key}."
            ).format(server=key.known_hosts_name, key=key.describe()),
            translate(
                "Trust",
                "Compare this fingerprint with the one the server's administrator gives you "
                "(`ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` on the server) and accept "
                "it only if they match.",
            ),
        )
        self.key = key


class ChangedHostKey(UserError):
    """The server presents a different key than the one on record: never continue."""

    def __init__(self, key: HostKey, expected: str) -> None:
        super().__init__(
            translate(
                "Trust",
                "The host key of {server} has CHANGED: it now presents {key}, not the key on "
                "record ({expected}). Someone may be intercepting the connection.",
            ).format(server=key.known_hosts_name, key=key.describe(), expected=expected),
            translate(
                "Trust",
                "Do not continue. If the server was really reinstalled, confirm the new "
                "fingerprint with its administrator, then remove the old entry "
                "(`ssh-keygen -R '{server}' -f {known_hosts}`).",
            ).format(server=key.known_hosts_name, known_hosts=appdirs.known_hosts_file()),
        )
        self.key = key


def host_key_from_paramiko(host: str, port: int, key: Any) -> HostKey:
    return HostKey(
        host=host,
        port=port,
        key_type=key.get_name(),
        bits=int(key.get_bits()),
        base64=key.get_base64(),
    )


def fingerprint_of(key: Any) -> str:
    return host_key_from_paramiko("", 22, key).fingerprint


def known_hosts_files(extra: list[Path] | None = None) -> list[Path]:
    """The files consulted: the user's OpenSSH file, ours, and any ``extra``."""
    files = [Path.home() / ".ssh" / "known_hosts", appdirs.known_hosts_file()]
    return files + list(extra or [])


def trust(key: HostKey, file: Path | None = None) -> None:
    """Record ``key`` as trusted (after the user accepted its fingerprint)."""
    path = file or appdirs.known_hosts_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="ascii") as fh:
        fh.write(key.known_hosts_line())
    path.chmod(0o600)


class RaiseUnknown:
    """A paramiko ``MissingHostKeyPolicy`` that refuses and says which key it saw.

    (Built lazily so importing this module does not import paramiko.)
    """

    def missing_host_key(self, client: Any, hostname: str, key: Any) -> None:
        host, port = _split_known_hosts_name(hostname)
        raise UnknownHostKey(host_key_from_paramiko(host, port, key))


def _split_known_hosts_name(name: str) -> tuple[str, int]:
    if name.startswith("[") and "]:" in name:
        host, port = name[1:].split("]:", 1)
        return host, int(port)
    return name, 22
