"""Live VM updates from adapters' background threads, delivered on the GUI thread.

``watch()`` listeners run on libvirt's event thread or the vSphere watcher; they
only put the VM into a pending map under a lock and set a flag. A queued signal
wakes the GUI thread, which applies the whole burst once after a short timer
(as Electrum coalesces wallet updates), one row at a time.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from backends.hypervisors.base import VmInfo


class LiveUpdates(QObject):
    """Collects ``(connection, vm)`` updates from any thread and applies them in bursts."""

    _wake = Signal()

    def __init__(
        self,
        apply: Callable[[str, VmInfo], None],
        delay_ms: int = 150,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._apply = apply
        self._lock = threading.Lock()
        self._pending: dict[tuple[str, str], VmInfo] = {}
        self._scheduled = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.flush)
        self._wake.connect(self.timer.start)  # queued: emitted from other threads

    def listener(self, conn_key: str) -> Callable[[VmInfo], None]:
        """A callback for ``hypervisor.watch()``; safe to call from any thread."""

        def on_vm(vm: VmInfo) -> None:
            with self._lock:
                self._pending[(conn_key, vm.id)] = vm
                if self._scheduled:
                    return
                self._scheduled = True
            self._wake.emit()

        return on_vm

    def flush(self) -> None:
        with self._lock:
            batch = list(self._pending.items())
            self._pending.clear()
            self._scheduled = False
        for (conn_key, _vm_id), vm in batch:
            self._apply(conn_key, vm)
