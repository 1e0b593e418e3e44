"""Benchmark: 10 MB of crash output streamed into the crash console.

Prints the total time until the last byte is on screen and the worst stall of the
GUI thread, measured by a 10 ms QTimer during the run (goal: <= 2 s, <= 100 ms).
For comparison it measures a peer in the same run: the same text put into a bare
QPlainTextEdit in one call, the naive way. Reports, never asserts.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_console.py [MB]
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

DATA = Path(__file__).resolve().parents[1] / "data" / "crash"
CHUNK = 4096  # what one pty read typically returns


def crash_like(total: int) -> str:
    """Recorded crash output repeated to ``total`` characters."""
    sample = "".join(p.read_text() for p in sorted(DATA.glob("*.txt")))
    sample += "\x1b[1;31mcolour\x1b[0m line from a remote shell\n"
    return (sample * (total // len(sample) + 1))[:total]


class StallMeter:
    """The worst lateness of a 10 ms timer on the GUI thread."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.worst = 0.0
        self.last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last - 0.010)
        self.last = now

    def start(self) -> None:
        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        self._tick()
        return self.worst


def main() -> None:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from gui.crash_console import CrashConsole
    from gui.jobs import JobRunner, submit_stream

    size = int(float(sys.argv[1]) * 1_000_000) if len(sys.argv) > 1 else 10_000_000
    app = QApplication.instance() or QApplication([])
    text = crash_like(size)
    jobs = JobRunner(lambda intro, exc, tb: print("error:", intro, exc, tb))
    console = CrashConsole(jobs)
    console.resize(1000, 700)
    console.show()
    app.processEvents()

    def produce(emit, cancel):  # type: ignore[no-untyped-def]
        for i in range(0, len(text), CHUNK):
            emit(text[i : i + CHUNK])
        return None

    meter = StallMeter()
    finished = []
    meter.start()
    t0 = time.perf_counter()
    submit_stream(jobs, produce, "bench", console.output.append_text, on_done=finished.append)
    while not finished or console.output.pending or console.output.appended_chars < len(text):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    total = time.perf_counter() - t0
    stall = meter.stop()
    lines = console.output.document().blockCount()

    peer = QPlainTextEdit()
    peer.setMaximumBlockCount(console.output.scrollback)
    peer.resize(1000, 500)
    peer.show()
    app.processEvents()
    meter.start()
    p0 = time.perf_counter()
    peer.setPlainText(text)
    app.processEvents()
    peer_total = time.perf_counter() - p0
    peer_stall = meter.stop()

    mb = len(text) / 1e6
    print(
        f"console: {mb:.1f} MB in {total:.2f} s ({mb / total:.1f} MB/s), worst GUI stall "
        f"{stall * 1000:.0f} ms, {lines} lines kept (goal <= 2 s, <= 100 ms)"
    )
    print(
        f"peer (one QPlainTextEdit.setPlainText): {peer_total:.2f} s, worst GUI stall "
        f"{peer_stall * 1000:.0f} ms"
    )
    print(
        f"ratio console/peer: time {total / peer_total:.2f}x, stall "
        f"{stall / max(peer_stall, 1e-6):.2f}x"
    )
    jobs.wait(5000)


if __name__ == "__main__":
    main()
