"""The Qt half of ``hangdump selftest``, run as a child process by backends.selftest.

Imports every ``gui`` module, loads our and Qt's zh_CN translations, opens and closes
the main window (offscreen: the parent sets ``QT_QPA_PLATFORM``), and on Linux checks
that the libraries Qt's xcb plugin needs for a real desktop are installed. Prints one
JSON line ``{"checks": [...], "qt_missing": bool}`` on stdout; exit status 0 unless
a check failed. Started as ``python -m gui.selftest`` from a source tree, and in a
bundle through the entry script (``hangdump --selftest-qt-child``).
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

T0 = time.monotonic()


def _check(cid: str, status: str, summary: str, hint: str = "", **details: Any) -> dict[str, Any]:
    return {"id": cid, "status": status, "summary": summary, "hint": hint, "details": details}


def _translations(app: Any) -> list[dict[str, Any]]:
    from PySide6.QtCore import QCoreApplication

    from gui import i18n

    out = []
    used = i18n.install(app, "zh_CN")
    ours = QCoreApplication.translate("MainWindow", "Start lab")
    if used == "zh_CN" and ours != "Start lab":
        out.append(_check("i18n_hangdump", "ok", f"HangDump zh_CN loaded ({ours})"))
    else:
        out.append(
            _check(
                "i18n_hangdump",
                "fail",
                f"hangdump_zh_CN.qm did not load from {i18n.I18N_DIR}",
                "Reinstall HangDump (resources/i18n is missing from the bundle).",
            )
        )
    qt = QCoreApplication.translate("QPlatformTheme", "Cancel")
    if qt != "Cancel":
        out.append(_check("i18n_qt", "ok", f"Qt's qtbase_zh_CN loaded ({qt})"))
    else:
        out.append(
            _check(
                "i18n_qt",
                "fail",
                "Qt's own qtbase_zh_CN.qm did not load: dialogs' buttons stay English",
                "Reinstall HangDump (PySide6's translations folder is missing).",
            )
        )
    i18n.install(app, "en")
    return out


def _window(app: Any) -> dict[str, Any]:
    from PySide6.QtCore import QDeadlineTimer

    from gui.main_window import MainWindow

    t_start = time.monotonic()
    window = MainWindow()
    window.show()
    deadline = QDeadlineTimer(10000)
    while not window.isVisible() and not deadline.hasExpired():
        app.processEvents()
    app.processEvents()
    shown = window.isVisible()
    shown_at = time.monotonic()
    window.close()
    app.processEvents()
    closed = not window.isVisible()
    window.deleteLater()
    app.processEvents()
    timing = {
        "window_seconds": round(shown_at - t_start, 3),
        "since_child_start_seconds": round(shown_at - T0, 3),
        "platform_plugin": app.platformName(),
    }
    if shown and closed:
        return _check(
            "window",
            "ok",
            f"main window opened and closed ({app.platformName()}, "
            f"shown {shown_at - T0:.2f} s after start)",
            **timing,
        )
    return _check("window", "fail", f"the main window did not open/close (shown={shown})", **timing)


#: Debian/Ubuntu packages that provide the libraries Qt's xcb plugin links against.
XCB_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
}


def _xcb() -> dict[str, Any] | None:
    """On Linux: can the xcb platform plugin (real desktops) load its libraries?"""
    if platform.system() != "Linux":
        return None
    from PySide6.QtCore import QLibraryInfo

    plugin = (
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / "libqxcb.so"
    )
    if not plugin.is_file():
        return _check("xcb", "fail", f"Qt's xcb platform plugin is missing ({plugin})")
    # The xcb plugin finds libQt6XcbQpa through its RUNPATH; ldd resolves the same way.
    # ldd is a system tool: look beyond PATH, which may be minimal for a bundle.
    ldd = shutil.which("ldd") or next(
        (p for p in ("/usr/bin/ldd", "/bin/ldd") if os.path.exists(p)), "ldd"
    )
    try:
        out = subprocess.run(
            [ldd, str(plugin)], capture_output=True, text=True, timeout=30, check=False
        ).stdout
    except (OSError, subprocess.TimeoutExpired):
        return _check("xcb", "warn", "ldd is not available: cannot check the desktop libraries")
    missing = sorted(
        {line.split()[0] for line in out.splitlines() if "not found" in line and line.strip()}
    )
    if not missing:
        return _check("xcb", "ok", "the libraries Qt needs on an X11/Wayland desktop are present")
    pkgs = sorted({XCB_PACKAGES.get(m, m) for m in missing})
    return _check(
        "xcb",
        "warn",
        "the window can open offscreen, but not on this desktop: missing " + ", ".join(missing),
        "Install " + " ".join(pkgs) + " (e.g. sudo apt-get install " + " ".join(pkgs) + ").",
        missing=missing,
    )


def main() -> int:
    """Run the Qt checks and print them as one JSON line."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    checks: list[dict[str, Any]] = []
    try:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtWidgets import QApplication
    except ImportError as exc:
        checks.append(
            _check("qt", "fail", f"Qt (PySide6) does not load: {exc}", "Reinstall HangDump.")
        )
        print(json.dumps({"checks": checks, "qt_missing": True}))
        return 1
    from backends.selftest import import_all

    gui_check = import_all("gui")
    checks.append(
        _check(gui_check.id, gui_check.status, gui_check.summary, gui_check.hint)
        | {"details": gui_check.details}
    )
    try:
        app = QApplication.instance() or QApplication([sys.argv[0]])
        checks.append(_check("qt", "ok", f"Qt loads (PySide6 {pyside_version})"))
        checks += _translations(app)
        checks.append(_window(app))
        xcb = _xcb()
        if xcb:
            checks.append(xcb)
    except Exception as exc:  # report, never crash: the parent shows the checklist
        checks.append(_check("qt", "fail", f"{type(exc).__name__}: {exc}", "Reinstall HangDump."))
    print(json.dumps({"checks": checks, "qt_missing": False}))
    sys.stdout.flush()
    return 1 if any(c["status"] == "fail" for c in checks) else 0


if __name__ == "__main__":
    sys.exit(main())
