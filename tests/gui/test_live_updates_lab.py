"""libvirt's domain events reach the window's inventory while Qt runs its event loop.

Regression: Qt's GLib event dispatcher owned GLib's default main context on the GUI
thread, the same context libvirt's event-loop thread iterates, so no event (and no
keepalive answer) ever came through in the window (see gui/__init__.py).
"""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from backends.hypervisors.base import PowerState
from backends.profiles import Profile
from gui import window_ops as ops
from gui.main_window import MainWindow

pytestmark = [pytest.mark.gui, pytest.mark.lab]


def _state(window: MainWindow, uuid: str) -> PowerState | None:
    for node in window.model.vm_nodes():
        if node.vm is not None and node.vm.id == uuid:
            return node.vm.power_state
    return None


def test_events_arrive_while_the_gui_thread_is_busy_elsewhere(qtbot: Any, lab: Any) -> None:
    """With a QApplication alive, libvirt's own thread receives the events even while
    the GUI thread does not run Qt's loop (it used to wait for Qt to dispatch them)."""
    import libvirt

    from backends.hypervisors.connect import Access, open_connection

    guest = lab.ensure("libvirt")["libvirt"]
    assert QApplication.instance() is not None
    hv: Any = open_connection("qemu:///system", Access(ssh=None))
    seen: list[tuple[PowerState, str]] = []
    paused = threading.Event()

    def listener(vm: Any) -> None:
        if vm.id == guest["uuid"]:
            seen.append((vm.power_state, threading.current_thread().name))
            if vm.power_state is PowerState.PAUSED:
                paused.set()

    hv.watch(listener)
    local = libvirt.open("qemu:///system")
    dom = local.lookupByUUIDString(guest["uuid"])
    try:
        dom.suspend()
        assert paused.wait(15), f"no event while the GUI thread waited: {seen}"
    finally:
        dom.resume()
        local.close()
        hv.close()
    assert threading.main_thread().name not in {name for _state, name in seen}


def test_a_paused_and_resumed_guest_shows_in_the_tree(qtbot: Any, lab: Any) -> None:
    import libvirt

    guest = lab.ensure("libvirt")["libvirt"]
    assert QApplication.instance() is not None  # the situation that used to starve libvirt
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    errors: list[str] = []
    window.jobs.on_error = lambda intro, exc, details: errors.append(f"{intro}: {exc}")
    ops.open_profile(window, Profile(name="Lab libvirt (live)", uri="qemu:///system"))
    qtbot.waitUntil(lambda: _state(window, guest["uuid"]) is PowerState.ON, timeout=60_000)

    local = libvirt.open("qemu:///system")
    dom = local.lookupByUUIDString(guest["uuid"])
    try:
        dom.suspend()
        qtbot.waitUntil(lambda: _state(window, guest["uuid"]) is PowerState.PAUSED, timeout=15_000)
        dom.resume()
        qtbot.waitUntil(lambda: _state(window, guest["uuid"]) is PowerState.ON, timeout=15_000)
    finally:
        if dom.info()[0] == libvirt.VIR_DOMAIN_PAUSED:
            dom.resume()
        local.close()
    window.close()
    assert errors == []
