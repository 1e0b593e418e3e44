"""Open connections: profiles in, hypervisors and inventory rows out.

Every blocking call (open, inventory, watch registration) goes through the job
runner; trust questions come back on the GUI thread, are asked there, stored,
and the attempt retried.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from backends.hypervisors.base import Hypervisor, VmInfo
from backends.profiles import Profile
from gui import trust_dialog
from gui.inventory_model import InventoryModel
from gui.jobs import JobRunner
from gui.live_updates import LiveUpdates


def ssh_opener(
    identity: str, known_hosts: list[str], password: str | None = None
) -> Callable[[Any], Callable[[], Any]]:
    """``Access.ssh``: a function opening a verified SSH client for a target."""

    def for_target(target: Any) -> Callable[[], Any]:
        def open_client() -> Any:
            from backends.sshconn import connect

            return connect(
                target,
                identity=Path(identity) if identity else None,
                password=password,
                known_hosts=[Path(k) for k in known_hosts],
            )

        return open_client

    return for_target


def access_for(profile: Profile, password: str | None) -> Any:
    from backends.hypervisors.connect import Access

    pem = Path(profile.cert_pem).read_text() if profile.cert_pem else None
    # The password is the SSH login's only for the SSH kinds; a vCenter password
    # never goes to an ESXi shell or a guest.
    ssh_password = password if profile.ssh_password else None
    return Access(
        ssh=ssh_opener(profile.identity, profile.known_hosts, ssh_password),
        password=lambda _u, _h, _p: password,
        cert_pem=pem,
        confirm_certificate=None,  # unknown certificates come back here, asked on the GUI thread
    )


class Connections(QObject):
    """The open hypervisors, by profile name."""

    opened = Signal(str)
    failed = Signal(str)

    def __init__(
        self, jobs: JobRunner, model: InventoryModel, window: QWidget, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self.model = model
        self.window = window
        self.live = LiveUpdates(model.update_vm, parent=self)
        self.hypervisors: dict[str, Hypervisor] = {}
        self.profiles: dict[str, Profile] = {}

    def open(self, profile: Profile, password: str | None) -> None:
        name = profile.name
        self.profiles[name] = profile
        self.model.add_connection(name, name, profile.uri)
        self.model.set_connection_detail(name, self.tr("connecting..."))
        listener = self.live.listener(name)

        def work() -> tuple[Hypervisor, list[VmInfo]]:
            from backends.hypervisors.connect import open_connection

            hv = open_connection(profile.uri, access_for(profile, password))
            try:
                vms = hv.inventory()
                watch = getattr(hv, "watch", None)
                if callable(watch):
                    watch(listener)
            except BaseException:
                hv.close()
                raise
            return hv, vms

        def failed(exc: BaseException, details: str) -> bool:
            verdict = trust_dialog.handle(self.window, exc)
            if verdict == "retry":
                self.open(profile, password)
                return True
            self.model.set_connection_detail(name, self.tr("not connected"))
            self.failed.emit(name)
            return verdict == "stop"

        self.jobs.submit(
            work,
            self.tr("Could not connect to {0}").format(name),
            on_done=lambda r: self._opened(name, *r),
            on_failed=failed,
        )

    def _opened(self, name: str, hv: Hypervisor, vms: list[VmInfo]) -> None:
        old = self.hypervisors.pop(name, None)
        if old is not None:
            self.jobs.submit(old.close, self.tr("Could not close {0}").format(name))
        self.hypervisors[name] = hv
        self.model.set_connection_detail(name, self.tr("{0} VMs").format(len(vms)))
        self.model.set_vms(name, vms)
        self.opened.emit(name)

    def refresh(self, name: str) -> None:
        hv = self.hypervisors.get(name)
        if hv is None:
            return
        self.jobs.submit(
            hv.inventory,
            self.tr("Could not read the inventory of {0}").format(name),
            on_done=lambda vms: self.model.set_vms(name, vms),
        )

    def disconnect(self, name: str) -> None:
        hv = self.hypervisors.pop(name, None)
        self.model.remove_connection(name)
        if hv is not None:
            self.jobs.submit(hv.close, self.tr("Could not close {0}").format(name))

    def close_all(self) -> None:
        for name in list(self.hypervisors):
            hv = self.hypervisors.pop(name)
            with contextlib.suppress(Exception):  # shutting down; nothing to tell
                hv.close()
