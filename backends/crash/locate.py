"""Finding the ``crash`` program, and how to install it when it is missing.

Order: an explicit path (``--crash`` or the settings), ``HANGDUMP_CRASH``, ``crash``
on PATH, then the lab's own build (a newer crash than many distributions ship).
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
from pathlib import Path

from backends.errors import UserError
from backends.i18n import translate

#: crash must be at least this new for the 6.x kernels HangDump meets (reference, section 4).
MIN_VERSION = (8, 0, 0)


def install_hint(system: str | None = None, distro_id: str | None = None) -> str:
    """One sentence per OS saying how to get crash (or to use an analysis host)."""
    system = system or platform.system()
    if system != "Linux":
        return translate(
            "Crash",
            "crash runs on Linux only: on Windows or macOS use a Linux analysis host "
            "over SSH (--via user@host), with crash and the vmlinux installed there.",
        )
    ids = distro_id if distro_id is not None else _os_release_ids()
    if any(x in ids for x in ("debian", "ubuntu")):
        cmd = "sudo apt-get install crash"
    elif any(x in ids for x in ("rhel", "fedora", "centos", "rocky", "almalinux", "ol")):
        cmd = "sudo dnf install crash"
    elif any(x in ids for x in ("suse", "sles", "opensuse")):
        cmd = "sudo zypper install crash"
    else:
        cmd = ""
    generic = (
        "Debian/Ubuntu: sudo apt-get install crash; RHEL/Fedora: sudo dnf install crash; "
        "SUSE: sudo zypper install crash"
    )
    if cmd:
        text = translate(
            "Crash",
            "Install it with `{command}`, or pass --crash /path/to/crash, or set HANGDUMP_CRASH. "
            "crash must be at least as new as the dump's kernel (8.0 or later for 6.x kernels); "
            "or run it on a Linux analysis host with --via user@host.",
        )
    else:
        text = translate(
            "Crash",
            "Install it ({commands}), or pass --crash /path/to/crash, or set HANGDUMP_CRASH. "
            "crash must be at least as new as the dump's kernel (8.0 or later for 6.x kernels); "
            "or run it on a Linux analysis host with --via user@host.",
        )
    return text.format(command=cmd, commands=generic)


def _os_release_ids() -> str:
    try:
        text = Path("/etc/os-release").read_text()
    except OSError:
        return ""
    ids = []
    for line in text.splitlines():
        key, _, value = line.partition("=")
        if key in ("ID", "ID_LIKE"):
            ids.append(value.strip().strip('"').lower())
    return " ".join(ids)


def _lab_crash() -> str | None:
    try:
        from backends.lab import assets

        path = assets.load().crash
    except Exception:  # the lab is optional; any failure means "no lab crash"
        return None
    return str(path) if path and Path(path).is_file() else None


def find_crash(configured: str | os.PathLike[str] | None = None) -> str:
    """The crash program to run locally; :class:`UserError` with install hints if none."""
    explicit = configured or os.environ.get("HANGDUMP_CRASH")
    if explicit:
        p = Path(explicit)
        if p.is_file() and os.access(p, os.X_OK):
            return str(p)
        raise UserError(
            translate(
                "Crash", "The configured crash program {path} does not exist or is not executable."
            ).format(path=p),
            install_hint(),
        )
    if platform.system() != "Linux":
        raise UserError(translate("Crash", "crash cannot run on this computer."), install_hint())
    # Distributions often ship a crash older than their newest kernels (Debian 12's 8.0.2
    # lists one task on 6.1.19x), so of the candidates the newest wins.
    found = [c for c in (shutil.which("crash"), _lab_crash()) if c]
    if not found:
        raise UserError(translate("Crash", "The crash utility is not installed."), install_hint())
    return max(found, key=lambda c: crash_version(c) or (0,))


def crash_version(path: str) -> tuple[int, ...] | None:
    """``crash --version`` as a tuple, e.g. (8, 0, 6); None if it cannot be read."""
    try:
        out = subprocess.run(
            [path, "--version"], capture_output=True, text=True, timeout=15, check=False
        ).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    m = re.search(r"^crash\s+(\d+)\.(\d+)\.(\d+)", out, re.M)
    return tuple(int(x) for x in m.groups()) if m else None


def default_vmlinux(dump: str, remote: bool = False) -> str:
    """The debug vmlinux for ``dump`` when none was given: where its package installs it.

    Locally the path must exist; for a remote analysis host it is the distribution's
    standard path, which crash there will check. Raises UserError naming the package.
    """
    from backends.crash.diagnose import debuginfo_advice

    if not Path(dump).is_file():
        raise UserError(
            translate(
                "Crash",
                "Pass --vmlinux: the dump is not on this computer, so its kernel cannot be read "
                "here.",
            ),
            translate(
                "Crash",
                "Run `hangdump identify` on a copy to learn which debuginfo package it needs.",
            ),
        )
    from backends.dumps.identify import identify

    info = identify(dump)
    candidates = [info.local_vmlinux] if info.local_vmlinux else []
    d = info.distro
    if d is not None:
        candidates += [p for p in [d.vmlinux_path, *d.alt_vmlinux_paths] if p]
    for c in candidates:
        if remote or Path(c).is_file():
            return c
    raise UserError(
        translate("Crash", "No debug vmlinux for {dump} was found on this computer.").format(
            dump=dump
        ),
        debuginfo_advice(dump, lambda _p: info),
    )
