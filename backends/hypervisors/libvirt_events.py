"""libvirt's default event loop, registered once per process before any connection.

Needed for keepalive on remote connections and for domain lifecycle events (live
power-state updates). virt-manager does the same.
"""

from __future__ import annotations

import threading
from typing import Any

_lock = threading.Lock()
_started = False


def ensure_event_loop(libvirt: Any) -> None:
    global _started
    with _lock:
        if _started:
            return
        libvirt.virEventRegisterDefaultImpl()

        def loop() -> None:
            while True:
                libvirt.virEventRunDefaultImpl()

        threading.Thread(target=loop, name="libvirt-events", daemon=True).start()
        _started = True
