"""Connection profiles: where to connect and how, stored as JSON beside the app's data.

A profile never holds a password: passwords live in the OS keyring
(:mod:`backends.secrets`) or are asked for each time.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from backends import appdirs
from backends.errors import UserError
from backends.hypervisors.uri import parse
from backends.i18n import translate

#: the profile kinds the connection dialog offers, with an example address each
KINDS = {
    "vsphere": "vsphere://administrator@vsphere.local@vcenter.example.com",
    "esxi+ssh": "esxi+ssh://root@esxi01.example.com",
    "qemu": "qemu:///system",
    "qemu+ssh": "qemu+ssh://root@kvm01.example.com/system",
    "virsh+ssh": "virsh+ssh://root@kvm01.example.com",
}


@dataclass
class Profile:
    """One saved connection."""

    name: str
    uri: str
    identity: str = ""  #: SSH private key file (empty: agent and ~/.ssh keys)
    known_hosts: list[str] = field(default_factory=list)  #: extra known_hosts files
    cert_pem: str = ""  #: a PEM file handed over out of band (pinned on first use)
    #: VM id -> guest SSH address (``user@host:port``) for Prepare guest and the vmcore
    guests: dict[str, str] = field(default_factory=dict)
    guest_identity: str = ""  #: SSH key for the guests (empty: the profile's identity)
    #: the SSH kinds log in with a password (from the keyring, or asked each time)
    ssh_password: bool = False

    @property
    def kind(self) -> str:
        return parse(self.uri).scheme if "://" in self.uri else ""

    def validate(self) -> None:
        """Raise :class:`UserError` when the profile cannot be used."""
        if not self.name.strip():
            raise UserError(
                translate("Profiles", "The connection has no name."),
                translate("Profiles", "Give it a short name."),
            )
        parse(self.uri)  # raises a UserError with the accepted forms

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Profile:
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        if "password" in data:  # never read (nor keep) one that slipped in by hand
            known.pop("password", None)
        return cls(**known)


def profiles_path() -> Path:
    return appdirs.data_dir() / "connections.json"


def load(path: Path | None = None) -> list[Profile]:
    """Every saved profile (an unreadable file is reported, not silently dropped)."""
    p = path or profiles_path()
    if not p.exists():
        return []
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError(
            translate("Profiles", "The connection list {path} cannot be read: {error}.").format(
                path=p, error=exc
            ),
            translate(
                "Profiles",
                "Fix or remove that file; HangDump recreates it when you save a connection.",
            ),
        ) from exc
    items = data.get("profiles", []) if isinstance(data, dict) else []
    return [Profile.from_json(d) for d in items if isinstance(d, dict)]


def save_all(profiles: list[Profile], path: Path | None = None) -> None:
    """Write the whole list atomically (0600: it names hosts and users)."""
    p = path or profiles_path()
    tmp = p.with_suffix(".tmp")
    body = json.dumps({"profiles": [x.to_json() for x in profiles]}, indent=2, ensure_ascii=False)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(body)
    tmp.replace(p)


def upsert(profile: Profile, path: Path | None = None) -> list[Profile]:
    """Save ``profile``, replacing one of the same name."""
    profile.validate()
    items = [p for p in load(path) if p.name != profile.name]
    items.append(profile)
    save_all(items, path)
    return items


def remove(name: str, path: Path | None = None) -> list[Profile]:
    items = [p for p in load(path) if p.name != name]
    save_all(items, path)
    return items
