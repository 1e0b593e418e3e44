"""Pure parsers for what the guest answers (no I/O; tested on recorded outputs)."""

from __future__ import annotations

import posixpath
import re
import shlex
from dataclasses import dataclass

SYSCTL_DIRS = (
    "/etc/sysctl.d",
    "/run/sysctl.d",
    "/usr/local/lib/sysctl.d",
    "/usr/lib/sysctl.d",
    "/lib/sysctl.d",
)


def first_int(text: str) -> int | None:
    """The first integer in ``text`` (sysfs and procfs answers), or None."""
    m = re.search(r"-?\d+", text)
    return int(m.group(0)) if m else None


def crashkernel_args(cmdline: str) -> list[str]:
    """Every ``crashkernel=...`` argument of a kernel command line."""
    return [a for a in cmdline.split() if a.startswith("crashkernel=")]


def meminfo_kib(text: str, key: str = "MemTotal") -> int | None:
    m = re.search(rf"^{key}:\s+(\d+)\s*kB", text, re.M)
    return int(m.group(1)) if m else None


@dataclass(frozen=True)
class DiskFree:
    filesystem: str
    size_kib: int
    avail_kib: int
    mount: str


def df_pk(text: str) -> DiskFree | None:
    """The data line of ``df -Pk PATH`` (POSIX format; long device names do not wrap)."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    for line in lines[1:]:
        parts = line.split()
        if len(parts) >= 6 and parts[1].isdigit() and parts[3].isdigit():
            return DiskFree(parts[0], int(parts[1]), int(parts[3]), " ".join(parts[5:]))
    return None


@dataclass(frozen=True)
class DumpTarget:
    """Where the capture kernel writes the vmcore, from the kdump configuration."""

    path: str  #: directory on the target (absolute when local)
    kind: str = "local"  #: local, fs (another partition), nfs, ssh, raw, unknown
    target: str = ""  #: the device, NFS export or ssh destination
    collector: str = ""  #: core_collector / MAKEDUMP_ARGS

    @property
    def filtered(self) -> bool:
        """makedumpfile with a dump level that drops free and cache pages."""
        m = re.search(r"-d\s*(\d+)", self.collector)
        return "makedumpfile" in self.collector and bool(m and int(m.group(1)) >= 17)


def kdump_conf(text: str) -> DumpTarget:
    """``/etc/kdump.conf`` (RHEL, Fedora, openEuler): path, target and core_collector."""
    path, kind, target = "/var/crash", "local", ""
    collector = "makedumpfile -l --message-level 7 -d 31"  # the packaged default
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        key, _, value = line.partition(" ")
        value = value.strip()
        if key == "path":
            path = value
        elif key == "core_collector":
            collector = value
        elif key in ("nfs", "ssh", "raw"):
            kind, target = key, value
        elif re.fullmatch(r"ext[234]|xfs|btrfs|minix|virtiofs", key):
            kind, target = "fs", value
    return DumpTarget(path, kind, target, collector)


def shell_vars(text: str) -> dict[str, str]:
    """``NAME=value`` assignments of a sourced shell file (last one wins)."""
    out: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.strip()
        m = re.match(r"(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$", line)
        if not m:
            continue
        try:
            words = shlex.split(m.group(2), comments=True)
        except ValueError:
            words = [m.group(2).strip("\"'")]
        out[m.group(1)] = " ".join(words)
    return out


def kdump_tools_defaults(text: str) -> DumpTarget:
    """``/etc/default/kdump-tools`` (Debian, Ubuntu)."""
    v = shell_vars(text)
    if v.get("SSH"):
        kind, target = "ssh", v["SSH"]
    elif v.get("NFS"):
        kind, target = "nfs", v["NFS"]
    else:
        kind, target = "local", ""
    args = v.get("MAKEDUMP_ARGS") or "-c -d 31"  # kdump-config's default when unset
    return DumpTarget(v.get("KDUMP_COREDIR") or "/var/crash", kind, target, "makedumpfile " + args)


def suse_sysconfig(text: str) -> DumpTarget:
    """``/etc/sysconfig/kdump`` (SUSE): KDUMP_SAVEDIR is a URL, KDUMP_DUMPLEVEL a level."""
    v = shell_vars(text)
    url = v.get("KDUMP_SAVEDIR") or "/var/crash"
    level = v.get("KDUMP_DUMPLEVEL") or "31"
    collector = f"makedumpfile -d {level}"
    m = re.match(r"(\w+)://(.*)$", url)
    if not m or m.group(1) == "file":
        path = m.group(2) if m else url
        return DumpTarget(path or "/var/crash", "local", "", collector)
    return DumpTarget(
        url, m.group(1) if m.group(1) in ("nfs", "ssh", "sftp") else "unknown", url, collector
    )


def sysctl_assignments(grep_output: str, keys: tuple[str, ...]) -> dict[str, tuple[str, str]]:
    """The persisted value of each sysctl ``key`` as ``{key: (value, file)}``.

    ``grep_output`` is ``grep -rHs`` over the sysctl configuration (``file:line``).
    Files are applied like systemd-sysctl does: by file name across the
    directories (a name in /etc hides the same name elsewhere), then
    /etc/sysctl.conf last; a later assignment wins.
    """
    by_file: dict[str, list[str]] = {}
    for line in grep_output.splitlines():
        path, sep, content = line.partition(":")
        if not sep or not (path.endswith(".conf")):
            continue
        by_file.setdefault(path, []).append(content)
    chosen: dict[str, str] = {}  # basename -> path, earlier directory wins
    for path in sorted(by_file, key=_dir_rank):
        if posixpath.dirname(path) in SYSCTL_DIRS:
            chosen.setdefault(posixpath.basename(path), path)
    order = [chosen[name] for name in sorted(chosen)]
    if "/etc/sysctl.conf" in by_file:
        order.append("/etc/sysctl.conf")
    result: dict[str, tuple[str, str]] = {}
    for path in order:
        for content in by_file[path]:
            line = content.strip()
            if not line or line[0] in "#;":
                continue
            name, eq, value = line.lstrip("-").partition("=")
            name = name.strip().replace("/", ".")
            if eq and name in keys:
                result[name] = (value.strip(), path)
    return result


def _dir_rank(path: str) -> int:
    d = posixpath.dirname(path)
    return SYSCTL_DIRS.index(d) if d in SYSCTL_DIRS else len(SYSCTL_DIRS)


def dpkg_installed(text: str) -> dict[str, str]:
    """``dpkg-query -W -f='${Package} ${Status} ${Version}\\n'`` -> installed {name: version}."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        parts = line.split()
        # name want flag status version, e.g. "kdump-tools install ok installed 1:1.8.1"
        if len(parts) >= 5 and parts[3] == "installed":
            out[parts[0].split(":")[0]] = parts[4]
    return out


def rpm_installed(text: str, names: tuple[str, ...]) -> dict[str, str]:
    """``rpm -q NAME...`` -> installed {name: full NEVRA}; 'is not installed' lines skipped."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or "not installed" in line:
            continue
        for name in names:
            if re.match(rf"{re.escape(name)}-\d", line):
                out[name] = line
    return out
