"""Which distribution family a guest belongs to, from its ``/etc/os-release``.

The family decides how packages are queried and installed, which service runs
kdump, where its configuration lives and how ``crashkernel=`` is set. Only
facts that differ between families live here.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass

from backends.i18n import translate

RHEL_IDS = {"rhel", "centos", "rocky", "almalinux", "ol", "redhat", "cloudlinux", "eurolinux"}
SUSE_IDS = {"sles", "sled", "sles_sap", "opensuse", "opensuse-leap", "opensuse-tumbleweed"}
DEBIAN_IDS = {"debian", "ubuntu", "linuxmint", "pop", "raspbian"}
OPENEULER_IDS = {"openeuler", "kylin", "uos"}
PRACTICE_ID = "hangdump-practice"

#: RHEL 9 / Fedora default crash kernel sizes by RAM (what kdumpctl proposes).
RANGE_CRASHKERNEL = "1G-4G:192M,4G-64G:256M,64G-:512M"


@dataclass(frozen=True)
class Family:
    """How kdump is managed on one kind of distribution."""

    key: str  #: rhel, fedora, debian, suse, openeuler, practice, unknown
    label: str  #: what os-release calls it, e.g. "Rocky Linux 9.4 (Blue Onyx)"
    major: int | None = None
    pkg_query: str | None = None  #: "rpm" or "dpkg"
    packages: tuple[str, ...] = ()  #: what must be installed for kdump
    installer: tuple[str, ...] = ()  #: argv prefix that installs packages
    service: str | None = None  #: the systemd unit that loads the capture kernel
    status_cmd: tuple[str, ...] = ()  #: the kdump tool's own status report
    config: str | None = None  #: kdump.conf | kdump-tools | sysconfig

    @property
    def managed(self) -> bool:
        """True for real distributions (packages, services and bootloaders to manage)."""
        return self.key not in ("practice", "unknown")


def parse_os_release(text: str) -> dict[str, str]:
    """``KEY=value`` lines, shell-unquoted; comments and junk lines ignored."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        if not re.fullmatch(r"[A-Z0-9_]+", key):
            continue
        try:
            parts = shlex.split(value)
        except ValueError:
            parts = [value.strip("\"'")]
        out[key] = " ".join(parts)
    return out


def _major(version_id: str) -> int | None:
    m = re.match(r"[Vv]?(\d+)", version_id)
    return int(m.group(1)) if m else None


def detect(os_release: dict[str, str]) -> Family:
    """The family of a guest whose os-release fields are ``os_release``."""
    ident = os_release.get("ID", "").lower()
    like = set(os_release.get("ID_LIKE", "").lower().split())
    label = (
        os_release.get("PRETTY_NAME")
        or os_release.get("NAME")
        or ident
        or translate("Readiness", "unknown")
    )
    major = _major(os_release.get("VERSION_ID", ""))
    if ident == PRACTICE_ID:
        return Family("practice", label, major)
    if ident == "fedora":
        return _rpm("fedora", label, major, ("dnf", "install", "-y"))
    if ident in OPENEULER_IDS:
        return _rpm("openeuler", label, major, ("dnf", "install", "-y"))
    if ident in RHEL_IDS or ("rhel" in like and "suse" not in like):
        tool = "yum" if (major or 8) <= 7 else "dnf"
        return _rpm("rhel", label, major, (tool, "install", "-y"))
    if ident in SUSE_IDS or "suse" in like:
        return Family(
            "suse",
            label,
            major,
            "rpm",
            ("kexec-tools", "kdump", "makedumpfile"),
            ("zypper", "--non-interactive", "install"),
            "kdump",
            (),
            "sysconfig",
        )
    if ident in DEBIAN_IDS or "debian" in like or "ubuntu" in like:
        return Family(
            "debian",
            label,
            major,
            "dpkg",
            ("kdump-tools", "kexec-tools", "makedumpfile"),
            ("env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y"),
            "kdump-tools",
            ("kdump-config", "show"),
            "kdump-tools",
        )
    return Family("unknown", label, major)


def _rpm(key: str, label: str, major: int | None, installer: tuple[str, ...]) -> Family:
    return Family(
        key,
        label,
        major,
        "rpm",
        ("kexec-tools",),
        installer,
        "kdump",
        ("kdumpctl", "status"),
        "kdump.conf",
    )


def crashkernel_args(family: Family) -> tuple[str, ...]:
    """The ``crashkernel=`` kernel arguments HangDump proposes for ``family``."""
    if family.key == "rhel" and (family.major or 9) <= 8:
        return ("crashkernel=auto",)
    if family.key == "debian":
        return ("crashkernel=384M-:256M",)
    if family.key == "suse":
        return ("crashkernel=256M,high", "crashkernel=72M,low")
    if family.key == "openeuler":
        return ("crashkernel=512M",)
    return (f"crashkernel={RANGE_CRASHKERNEL}",)
