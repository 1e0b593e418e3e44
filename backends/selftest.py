"""``hangdump selftest``: is this installation usable? A checklist, no Qt in this process.

Checks every back-end module and the libraries HangDump loads lazily (paramiko,
pyVmomi's lazily built types, keyring's backends, libvirt-python where it exists), the
resource files, the per-user data folder, and whether ``crash`` can be run here (or how
to reach a Linux analysis host instead). The Qt part (importing every ``gui`` module,
loading our and Qt's zh_CN translations, opening and closing the main window offscreen)
runs in a child process (:mod:`gui.selftest`), so the back end never imports Qt and a
broken Qt library is reported instead of killing the self-test.

Works from a source tree and from a PyInstaller bundle (see :mod:`backends.resources`).
"""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import platform
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from backends import __version__
from backends.resources import frozen, resource_path, resource_root

OK, WARN, FAIL = "ok", "warn", "fail"

#: Modules whose absence disables one feature instead of breaking the application:
#: libvirt-python (no wheels; virsh over SSH serves instead), POSIX-only modules used by
#: the Linux-only lab and local crash console, and the optional drgn.
OPTIONAL_IMPORTS = frozenset(
    {"libvirt", "libvirtmod", "fcntl", "pwd", "grp", "termios", "pty", "ptyprocess", "drgn"}
)

#: Resource files the window and the CLI need; a bundle without them is broken.
REQUIRED_RESOURCES = ("i18n/hangdump_zh_CN.qm",)
#: Lab assets (Linux only): the simulator's Go source, guest scripts, ESXi stand-ins.
LAB_RESOURCES = ("lab/simulator/main.go", "lab/guest/boot.sh", "lab/esxi/vim-cmd")

#: The child that checks Qt: ``python -m gui.selftest`` from source; in a bundle the
#: entry script (installer/hangdump_entry.py) dispatches this first argument to it.
QT_CHILD_FLAG = "--selftest-qt-child"


@dataclass
class Check:
    """One line of the checklist."""

    id: str
    status: str  # ok, warn, fail
    summary: str
    hint: str = ""
    details: dict[str, Any] = field(default_factory=dict)


@dataclass
class Report:
    """All checks, plus the environment they ran in."""

    version: str
    frozen: bool
    executable: str
    platform: str
    checks: list[Check]
    seconds: float

    @property
    def usable(self) -> bool:
        """True unless a check failed (warnings leave the installation usable)."""
        return all(c.status != FAIL for c in self.checks)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["usable"] = self.usable
        return data

    def to_text(self) -> str:
        marks = {OK: "[ ok ]", WARN: "[warn]", FAIL: "[FAIL]"}
        kind = "bundle" if self.frozen else "source tree"
        lines = [f"HangDump {self.version} self-test ({kind}, {self.platform})"]
        for c in self.checks:
            lines.append(f"{marks.get(c.status, c.status)} {c.id}: {c.summary}")
            if c.hint and c.status != OK:
                lines.append(f"       hint: {c.hint}")
        verdict = "usable" if self.usable else "NOT usable"
        lines.append(f"=> this installation is {verdict} ({self.seconds:.1f} s)")
        return "\n".join(lines)


def _missing_module(exc: BaseException) -> str | None:
    name = getattr(exc, "name", None)
    return name.split(".")[0] if isinstance(name, str) else None


def import_all(package: str, optional: Iterable[str] = OPTIONAL_IMPORTS) -> Check:
    """Import every module of ``package``; an optional dependency missing is a warning."""
    pkg = importlib.import_module(package)
    names = [m.name for m in pkgutil.walk_packages(pkg.__path__, f"{package}.")]
    failed: dict[str, str] = {}
    skipped: dict[str, str] = {}
    opt = set(optional)
    for name in names:
        try:
            importlib.import_module(name)
        except ImportError as exc:
            missing = _missing_module(exc)
            (skipped if missing in opt else failed)[name] = f"{type(exc).__name__}: {exc}"
        except Exception as exc:  # any import-time crash makes the module unusable
            failed[name] = f"{type(exc).__name__}: {exc}"
    details = {"modules": len(names), "failed": failed, "optional_missing": skipped}
    # A bundle whose module finder lists nothing would pass vacuously: treat it as broken.
    if len(names) < 5:
        return Check(
            f"import_{package}",
            FAIL,
            f"only {len(names)} modules of {package} were found",
            "The bundle lacks the package's modules: rebuild it with installer/hangdump.spec.",
            details,
        )
    if failed:
        return Check(
            f"import_{package}",
            FAIL,
            f"{len(failed)} of {len(names)} {package} modules fail to import: "
            + ", ".join(sorted(failed)),
            "Reinstall HangDump; from a source tree, pip install -e . again.",
            details,
        )
    if skipped:
        return Check(
            f"import_{package}",
            WARN,
            f"{len(names) - len(skipped)} of {len(names)} {package} modules imported; "
            f"{len(skipped)} need an optional library: " + ", ".join(sorted(skipped)),
            "Those features are unavailable here; the rest works.",
            details,
        )
    return Check(
        f"import_{package}", OK, f"all {len(names)} {package} modules imported", "", details
    )


def _pyvmomi() -> str:
    # pyVmomi builds its types lazily on first attribute access: touch the ones the
    # vSphere adapter uses so that a bundle missing pyVmomi's type modules fails here.
    from pyVmomi import vim, vmodl

    touched = [
        vim.VirtualMachine,
        vim.Task,
        vim.view.ContainerView,
        vim.event.Event,
        vmodl.query.PropertyCollector.FilterSpec,
    ]
    return f"types load ({len(touched)} probed)"


def _paramiko() -> str:
    import paramiko

    # The key classes pull in cryptography's compiled backend, which bundles can miss.
    paramiko.Ed25519Key.from_private_key  # noqa: B018
    paramiko.ECDSAKey.generate()
    return str(paramiko.__version__)


def _keyring() -> str:
    import keyring

    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _libvirt() -> str:
    import libvirt

    v = libvirt.getVersion()  # the C library's: major * 1e6 + minor * 1e3 + release
    return f"(library {v // 1000000}.{v // 1000 % 1000}.{v % 1000})"


def check_libraries() -> list[Check]:
    """The third-party libraries HangDump imports lazily, each as one check."""
    out: list[Check] = []
    probes: list[tuple[str, Callable[[], str], bool]] = [
        ("paramiko", _paramiko, True),
        ("pyvmomi", _pyvmomi, True),
        ("keyring", _keyring, True),
        ("libvirt", _libvirt, False),
    ]
    for name, probe, required in probes:
        try:
            detail = probe()
        except Exception as exc:  # report any failure of an optional import as data
            if required:
                out.append(
                    Check(
                        name,
                        FAIL,
                        f"{name} does not load: {type(exc).__name__}: {exc}",
                        "Reinstall HangDump.",
                    )
                )
            else:
                out.append(
                    Check(
                        name,
                        WARN,
                        "libvirt-python is not available: libvirt hosts are reached with "
                        "virsh over SSH (virsh+ssh://user@host)",
                        "On Linux, pip install libvirt-python (needs libvirt-dev) to use "
                        "qemu:/// and qemu+ssh:// connections directly.",
                    )
                )
            continue
        summary = f"{name} {detail}" if detail else f"{name} loads"
        status = OK
        hint = ""
        if name == "keyring" and ("fail" in detail.lower() or "null" in detail.lower()):
            status = WARN
            summary = f"no usable password store ({detail}): passwords are asked each time"
            hint = "On Linux, a Secret Service (GNOME Keyring, KWallet) stores passwords."
        out.append(Check(name, status, summary, hint))
    return out


def check_resources() -> Check:
    """The translation and lab files exist where :func:`resource_path` looks."""
    missing = [r for r in REQUIRED_RESOURCES if not resource_path(r).is_file()]
    lab_missing = [r for r in LAB_RESOURCES if not resource_path(r).is_file()]
    details = {"root": str(resource_root()), "missing": missing, "lab_missing": lab_missing}
    if missing:
        return Check(
            "resources",
            FAIL,
            f"missing under {resource_root()}: " + ", ".join(missing),
            "Reinstall HangDump (the bundle is incomplete).",
            details,
        )
    if lab_missing and platform.system() == "Linux":
        return Check(
            "resources",
            WARN,
            "the practice lab's files are missing: " + ", ".join(lab_missing),
            "hangdump lab needs them; everything else works.",
            details,
        )
    return Check("resources", OK, f"resources in {resource_root()}", "", details)


def check_data_dir() -> Check:
    """The per-user folder (known hosts, pinned certificates, queue) is writable."""
    from backends import appdirs

    try:
        path = appdirs.data_dir()
        probe = path / ".selftest"
        probe.write_text("ok")
        probe.unlink()
    except OSError as exc:
        return Check(
            "data_dir",
            WARN,
            f"cannot write the per-user data folder: {exc}",
            "Set HANGDUMP_DATA_DIR to a writable folder.",
        )
    return Check("data_dir", OK, f"per-user data in {path}")


def check_crash(configured: str | None = None) -> Check:
    """``crash`` runnable here, or a warning saying how to use an analysis host."""
    from backends.errors import UserError

    try:
        from backends.crash import locate
    except ImportError as exc:  # the crash back end ships with the app; its absence fails
        return Check("crash", FAIL, f"the crash back end does not load: {exc}", "Reinstall.")
    try:
        path = locate.find_crash(configured)
    except UserError as exc:
        return Check(
            "crash",
            WARN,
            f"{exc.message} Dumps can still be captured, fetched and identified here.",
            exc.hint or locate.install_hint(),
        )
    version = locate.crash_version(path)
    shown = ".".join(map(str, version)) if version else "unknown version"
    if version and version < locate.MIN_VERSION:
        return Check(
            "crash",
            WARN,
            f"crash {shown} at {path} is older than needed for current kernels",
            locate.install_hint(),
            {"path": path},
        )
    return Check("crash", OK, f"crash {shown} at {path}", "", {"path": path})


def qt_child_argv() -> list[str]:
    """How to start the Qt self-test child from this installation."""
    if frozen():
        return [sys.executable, QT_CHILD_FLAG]
    return [sys.executable, "-m", "gui.selftest"]


def check_qt(timeout: float = 180.0) -> list[Check]:
    """Run the Qt child offscreen and return its checks (or one failure saying why not)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    t0 = time.monotonic()
    try:
        proc = subprocess.run(
            qt_child_argv(),
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return [Check("qt", FAIL, f"the Qt self-test did not finish: {exc}", "Reinstall.")]
    wall = time.monotonic() - t0
    try:
        data = json.loads(proc.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        tail = (proc.stderr or proc.stdout).strip()[-600:]
        return [
            Check(
                "qt",
                FAIL,
                f"the Qt self-test exited with status {proc.returncode}: {tail}",
                "On Linux, Qt needs libxcb-cursor0, libegl1 and libxkbcommon-x11-0; "
                "reinstall HangDump otherwise.",
            )
        ]
    checks = [Check(**c) for c in data.get("checks", [])]
    for c in checks:
        if c.id == "window":
            c.details["child_wall_seconds"] = round(wall, 3)
    if not frozen() and data.get("qt_missing"):
        # From a source tree without PySide6 the CLI still works: not a broken install.
        for c in checks:
            c.status = WARN if c.status == FAIL else c.status
    if proc.returncode != 0 and all(c.status != FAIL for c in checks):
        checks.append(Check("qt", FAIL, f"the Qt self-test exited with {proc.returncode}"))
    return checks


def run(crash: str | None = None, window: bool = True) -> Report:
    """Every check in order; ``window=False`` skips the Qt child."""
    t0 = time.monotonic()
    checks = [import_all("backends"), *check_libraries(), check_resources(), check_data_dir()]
    if window:
        checks += check_qt()
    checks.append(check_crash(crash))
    return Report(
        version=__version__,
        frozen=frozen(),
        executable=sys.executable,
        platform=f"{platform.system()} {platform.machine()}",
        checks=checks,
        seconds=round(time.monotonic() - t0, 3),
    )
