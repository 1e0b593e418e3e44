"""Cold start to a shown main window, in a fresh process each time.

``python tests/bench/bench_startup.py [RUNS]`` prints each run, the median, and the
ratio against the peer measured in the same run (a bare QApplication + QMainWindow
shown), and whether pyvmomi/paramiko/libvirt were imported (they must not be).
Goal: <= 1.0 s. Not asserted by tests.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

APP = """
import time, sys, json, tempfile, os
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication
app = QApplication([])
from gui import i18n
i18n.install(app, None)
from gui.main_window import MainWindow
w = MainWindow()
w.show()
app.processEvents()
shown = time.perf_counter() - t0
heavy = [m for m in ("pyVmomi", "paramiko", "libvirt") if m in sys.modules]
print(json.dumps({"shown": shown, "heavy": heavy}))
"""

PEER = """
import time, json
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.show()
app.processEvents()
print(json.dumps({"shown": time.perf_counter() - t0, "heavy": []}))
"""


def run(code: str) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    result["process"] = time.perf_counter() - t0  # interpreter start to exit
    return result


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    ours, peers, heavy = [], [], set()
    for i in range(runs):
        a = run(APP)
        b = run(PEER)
        ours.append(float(a["shown"]))  # type: ignore[arg-type]
        peers.append(float(b["shown"]))  # type: ignore[arg-type]
        heavy.update(a["heavy"])  # type: ignore[arg-type]
        print(
            f"run {i + 1}: HangDump {ours[-1]:.3f} s to shown ({float(a['process']):.3f} s whole "  # type: ignore[arg-type]
            f"process), bare Qt window {peers[-1]:.3f} s ({float(b['process']):.3f} s)"  # type: ignore[arg-type]
        )
    m, p = statistics.median(ours), statistics.median(peers)
    print(f"median: HangDump {m:.3f} s, bare Qt window {p:.3f} s, ratio {m / p:.2f}x")
    print(f"goal <= 1.0 s: {'met' if m <= 1.0 else 'NOT met'}")
    print(f"heavy modules at startup: {sorted(heavy) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
