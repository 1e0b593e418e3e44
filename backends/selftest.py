"""``hangdump selftest``: is this installation usable? A checklist, no Qt in this process.

Checks every back-end module and the libraries HangDump loads lazily (paramiko,
pyVmomi's lazily built types, keyring's backends, libvirt-python where it exists), the
resource files, the per-user data folder, and whether ``crash`` can be run here (or how
to reach a Linux analysis host instead). The Qt part (importing every ``gui`` module,
loading our and Qt's zh_CN translations, opening and closing the main window offscreen)
runs in a child process (:mod:`gui.selftest`), so the back end never imports Qt and a
broken Qt library is reported instead of killing the self-test.

Works from a source tree and from a PyInstaller bundle (see :mod:`backends.resources`).
The checklist lines and the report printed from them are in :mod:`backends.selftest_report`.
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

from backends import __version__
from backends.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from backends.resources import frozen, resource_path, resource_root
from backends.selftest_report import FAIL, OK, WARN, Check, Report, marked_check

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
        return marked_check(
            f"import_{package}",
            FAIL,
            QT_TRANSLATE_NOOP("Selftest", "only {count} modules of {package} were found"),
            QT_TRANSLATE_NOOP(
                "Selftest",
                "The bundle lacks the package's modules: rebuild it with installer/hangdump.spec.",
            ),
            details,
            count=len(names),
            package=package,
        )
    if failed:
        return marked_check(
            f"import_{package}",
            FAIL,
            QT_TRANSLATE_NOOP(
                "Selftest", "{failed} of {count} {package} modules fail to import: {modules}"
            ),
            QT_TRANSLATE_NOOP(
                "Selftest", "Reinstall HangDump; from a source tree, pip install -e . again."
            ),
            details,
            failed=len(failed),
            count=len(names),
            package=package,
            modules=", ".join(sorted(failed)),
        )
    if skipped:
        return marked_check(
            f"import_{package}",
            WARN,
            QT_TRANSLATE_NOOP(
                "Selftest",
                "{imported} of {count} {package} modules imported; "
                "{skipped} need an optional library: {modules}",
            ),
            QT_TRANSLATE_NOOP("Selftest", "Those features are unavailable here; the rest works."),
            details,
            imported=len(names) - len(skipped),
            count=len(names),
            package=package,
            skipped=len(skipped),
            modules=", ".join(sorted(skipped)),
        )
    return marked_check(
        f"import_{package}",
        OK,
        QT_TRANSLATE_NOOP("Selftest", "all {count} {package} modules imported"),
        "",
        details,
        count=len(names),
        package=package,
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
                    marked_check(
                        name,
                        FAIL,
                        QT_TRANSLATE_NOOP("Selftest", "{name} does not load: {error}"),
                        QT_TRANSLATE_NOOP("Selftest", "Reinstall HangDump."),
                        name=name,
                        error=f"{type(exc).__name__}: {exc}",
                    )
                )
            else:
                out.append(
                    marked_check(
                        name,
                        WARN,
                        QT_TRANSLATE_NOOP(
                            "Selftest",
                            "libvirt-python is not available: libvirt hosts are reached with "
                            "virsh over SSH (virsh+ssh://user@host)",
                        ),
                        QT_TRANSLATE_NOOP(
                            "Selftest",
                            "On Linux, pip install libvirt-python (needs libvirt-dev) to use "
                            "qemu:/// and qemu+ssh:// connections directly.",
                        ),
                    )
                )
            continue
        if name == "keyring" and ("fail" in detail.lower() or "null" in detail.lower()):
            out.append(
                marked_check(
                    name,
                    WARN,
                    QT_TRANSLATE_NOOP(
                        "Selftest",
                        "no usable password store ({detail}): passwords are asked each time",
                    ),
                    QT_TRANSLATE_NOOP(
                        "Selftest",
                        "On Linux, a Secret Service (GNOME Keyring, KWallet) stores passwords.",
                    ),
                    detail=detail,
                )
            )
        elif detail:
            out.append(Check(name, OK, f"{name} {detail}"))
        else:
            out.append(
                marked_check(name, OK, QT_TRANSLATE_NOOP("Selftest", "{name} loads"), name=name)
            )
    return out


def check_resources() -> Check:
    """The translation and lab files exist where :func:`resource_path` looks."""
    missing = [r for r in REQUIRED_RESOURCES if not resource_path(r).is_file()]
    lab_missing = [r for r in LAB_RESOURCES if not resource_path(r).is_file()]
    details = {"root": str(resource_root()), "missing": missing, "lab_missing": lab_missing}
    if missing:
        return marked_check(
            "resources",
            FAIL,
            QT_TRANSLATE_NOOP("Selftest", "missing under {root}: {files}"),
            QT_TRANSLATE_NOOP("Selftest", "Reinstall HangDump (the bundle is incomplete)."),
            details,
            root=resource_root(),
            files=", ".join(missing),
        )
    if lab_missing and platform.system() == "Linux":
        return marked_check(
            "resources",
            WARN,
            QT_TRANSLATE_NOOP("Selftest", "the practice lab's files are missing: {files}"),
            QT_TRANSLATE_NOOP("Selftest", "hangdump lab needs them; everything else works."),
            details,
            files=", ".join(lab_missing),
        )
    return marked_check(
        "resources",
        OK,
        QT_TRANSLATE_NOOP("Selftest", "resources in {root}"),
        "",
        details,
        root=resource_root(),
    )


def check_data_dir() -> Check:
    """The per-user folder (known hosts, pinned certificates, queue) is writable."""
    from backends import appdirs

    try:
        path = appdirs.data_dir()
        probe = path / ".selftest"
        probe.write_text("ok")
        probe.unlink()
    except OSError as exc:
        return marked_check(
            "data_dir",
            WARN,
            QT_TRANSLATE_NOOP("Selftest", "cannot write the per-user data folder: {error}"),
            QT_TRANSLATE_NOOP("Selftest", "Set HANGDUMP_DATA_DIR to a writable folder."),
            error=exc,
        )
    return marked_check(
        "data_dir", OK, QT_TRANSLATE_NOOP("Selftest", "per-user data in {path}"), path=path
    )


def check_crash(configured: str | None = None) -> Check:
    """``crash`` runnable here, or a warning saying how to use an analysis host."""
    from backends.errors import UserError

    try:
        from backends.crash import locate
    except ImportError as exc:  # the crash back end ships with the app; its absence fails
        return marked_check(
            "crash",
            FAIL,
            QT_TRANSLATE_NOOP("Selftest", "the crash back end does not load: {error}"),
            QT_TRANSLATE_NOOP("Selftest", "Reinstall."),
            error=exc,
        )
    try:
        path = locate.find_crash(configured)
    except UserError as exc:
        # the message and hint come translated from where they were raised
        text = QT_TRANSLATE_NOOP(
            "Selftest", "{message} Dumps can still be captured, fetched and identified here."
        )
        hint = exc.hint or locate.install_hint()
        return Check(
            "crash",
            WARN,
            text.format(message=exc.message),
            hint,
            shown=translate_marked("Selftest", text).format(message=exc.message),
        )
    version = locate.crash_version(path)
    if version:
        shown = {"version": ".".join(map(str, version))}
    else:
        shown = {"version": translate("Selftest", "unknown version")}
    english = {"version": ".".join(map(str, version)) if version else "unknown version"}
    if version and version < locate.MIN_VERSION:
        text = QT_TRANSLATE_NOOP(
            "Selftest", "crash {version} at {path} is older than needed for current kernels"
        )
        hint = locate.install_hint()
        return Check(
            "crash",
            WARN,
            text.format(path=path, **english),
            hint,
            {"path": path},
            shown=translate_marked("Selftest", text).format(path=path, **shown),
        )
    text = QT_TRANSLATE_NOOP("Selftest", "crash {version} at {path}")
    return Check(
        "crash",
        OK,
        text.format(path=path, **english),
        "",
        {"path": path},
        shown=translate_marked("Selftest", text).format(path=path, **shown),
    )


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
        return [
            marked_check(
                "qt",
                FAIL,
                QT_TRANSLATE_NOOP("Selftest", "the Qt self-test did not finish: {error}"),
                QT_TRANSLATE_NOOP("Selftest", "Reinstall."),
                error=exc,
            )
        ]
    wall = time.monotonic() - t0
    try:
        data = json.loads(proc.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        tail = (proc.stderr or proc.stdout).strip()[-600:]
        return [
            marked_check(
                "qt",
                FAIL,
                QT_TRANSLATE_NOOP(
                    "Selftest", "the Qt self-test exited with status {status}: {tail}"
                ),
                QT_TRANSLATE_NOOP(
                    "Selftest",
                    "On Linux, Qt needs libxcb-cursor0, libegl1 and libxkbcommon-x11-0; "
                    "reinstall HangDump otherwise.",
                ),
                status=proc.returncode,
                tail=tail,
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
        checks.append(
            marked_check(
                "qt",
                FAIL,
                QT_TRANSLATE_NOOP("Selftest", "the Qt self-test exited with {status}"),
                status=proc.returncode,
            )
        )
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
