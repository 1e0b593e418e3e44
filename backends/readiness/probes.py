"""What is read from the guest. Every read goes through a :class:`Runner` and is
kept as :class:`Evidence`, so the checklist can show exactly what it saw.

All reads are unprivileged except the kdump tool's own status report, which is
asked as root only when root is already available (no password prompt just to
look).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from backends.readiness import parse
from backends.readiness.checks import Evidence
from backends.readiness.distro import Family, detect, parse_os_release
from backends.readiness.runner import Runner

NMI_SYSCTLS = ("kernel.unknown_nmi_panic", "kernel.panic_on_unrecovered_nmi")
HANG_SYSCTLS = ("kernel.hung_task_panic", "kernel.softlockup_panic")
SYSCTL_CONF_PATHS = ("/etc/sysctl.conf", *parse.SYSCTL_DIRS)
HANGDUMP_SYSCTL_FILE = "/etc/sysctl.d/90-hangdump-nmi.conf"


def proc_path(key: str) -> str:
    return "/proc/sys/" + key.replace(".", "/")


@dataclass
class Facts:
    """Reads the guest on demand and remembers every answer."""

    runner: Runner
    cache: dict[tuple[str, ...], Evidence] = field(default_factory=dict)
    root_reads: bool = False  #: ask root-only status commands (root is already there)

    def read(self, argv: Sequence[str], *, root: bool = False) -> Evidence:
        key = tuple(argv)
        if key not in self.cache:
            self.cache[key] = self.runner.run(key, root=root and not self.runner.is_root)
        return self.cache[key]

    def cat(self, path: str) -> Evidence:
        return self.read(("cat", path))

    # --- identity -------------------------------------------------------------
    def os_release(self) -> Evidence:
        ev = self.cat("/etc/os-release")
        return ev if ev.ok else self.cat("/usr/lib/os-release")

    def family(self) -> Family:
        ev = self.os_release()
        return detect(parse_os_release(ev.stdout) if ev.ok else {})

    def uname(self, flag: str) -> Evidence:
        return self.read(("uname", flag))

    # --- kernel state ------------------------------------------------------------
    def sysctl(self, key: str) -> tuple[int | None, Evidence]:
        ev = self.cat(proc_path(key))
        return (parse.first_int(ev.stdout) if ev.ok else None), ev

    def sysctl_files(self) -> Evidence:
        patterns: list[str] = []
        for key in (*NMI_SYSCTLS, *HANG_SYSCTLS):
            patterns += ["-e", key]
        # -r over directories needs no shell glob; missing paths are silent (-s).
        return self.read(("grep", "-rHs", *patterns, *SYSCTL_CONF_PATHS))

    def persisted(self) -> tuple[dict[str, tuple[str, str]], Evidence]:
        ev = self.sysctl_files()
        return parse.sysctl_assignments(ev.stdout, (*NMI_SYSCTLS, *HANG_SYSCTLS)), ev

    # --- kdump -------------------------------------------------------------------
    def packages(self, family: Family) -> tuple[dict[str, str] | None, Evidence | None]:
        if family.pkg_query == "rpm":
            ev = self.read(("rpm", "-q", *family.packages))
            return (None if ev.missing else parse.rpm_installed(ev.stdout, family.packages)), ev
        if family.pkg_query == "dpkg":
            fmt = "${Package} ${Status} ${Version}\\n"
            ev = self.read(("dpkg-query", "-W", f"-f={fmt}", *family.packages))
            return (None if ev.missing else parse.dpkg_installed(ev.stdout)), ev
        return None, None

    def service(self, family: Family) -> tuple[Evidence, Evidence] | None:
        if not family.service:
            return None
        return (
            self.read(("systemctl", "is-active", family.service)),
            self.read(("systemctl", "is-enabled", family.service)),
        )

    def kdump_status(self, family: Family) -> Evidence | None:
        if not family.status_cmd:
            return None
        root = family.status_cmd[0] == "kdumpctl"  # kdumpctl refuses to run as a user
        if root and not (self.runner.is_root or self.root_reads):
            return None
        return self.read(family.status_cmd, root=root)

    def dump_target(self, family: Family) -> tuple[parse.DumpTarget, Evidence | None]:
        if family.config == "kdump.conf":
            ev = self.cat("/etc/kdump.conf")
            return (parse.kdump_conf(ev.stdout) if ev.ok else parse.DumpTarget("/var/crash")), ev
        if family.config == "kdump-tools":
            ev = self.cat("/etc/default/kdump-tools")
            text = ev.stdout if ev.ok else ""
            return parse.kdump_tools_defaults(text), ev
        if family.config == "sysconfig":
            ev = self.cat("/etc/sysconfig/kdump")
            return parse.suse_sysconfig(ev.stdout if ev.ok else ""), ev
        return parse.DumpTarget("/var/crash"), None

    def df(self, path: str) -> tuple[parse.DiskFree | None, list[Evidence]]:
        """Free space where ``path`` lives (walking up while it does not exist yet)."""
        tried: list[Evidence] = []
        p = path.rstrip("/") or "/"
        while True:
            ev = self.read(("df", "-Pk", p))
            tried.append(ev)
            found = parse.df_pk(ev.stdout) if ev.ok else None
            if found or p == "/":
                return found, tried
            p = p.rsplit("/", 1)[0] or "/"
