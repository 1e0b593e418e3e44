"""The lab panel: what the local practice lab runs and how to reach it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class LabPanel(QWidget):
    """Shows ``lab status`` and offers to start or stop the lab."""

    start_requested = Signal()
    stop_requested = Signal()
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labPanel")
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The practice lab runs real servers on this computer: a Linux guest you can "
                "crash with an NMI, a guest with kdump, a vCenter simulator and an SSH server "
                "with ESXi stand-ins. Rehearse here before you touch a customer's VM."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        buttons = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start the lab"))
        self.start_button.setObjectName("labStart")
        self.stop_button = QPushButton(self.tr("Stop the lab"))
        self.stop_button.setObjectName("labStop")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("labRefresh")
        for b in (self.start_button, self.stop_button, self.refresh_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.start_button.clicked.connect(self.start_requested)
        self.stop_button.clicked.connect(self.stop_requested)
        self.refresh_button.clicked.connect(self.refresh_requested)

        self.state_label = QLabel()
        self.state_label.setObjectName("labState")
        layout.addWidget(self.state_label)

        self.box = QGroupBox(self.tr("Servers"))
        self.form = QFormLayout(self.box)
        layout.addWidget(self.box)
        layout.addStretch(1)
        self.set_status({"running": False})

    def set_busy(self, busy: bool) -> None:
        for b in (self.start_button, self.stop_button, self.refresh_button):
            b.setEnabled(not busy)

    def set_status(self, status: dict[str, Any]) -> None:
        """Show a ``Lab.status()`` document."""
        while self.form.rowCount():
            self.form.removeRow(0)
        running = bool(status.get("running"))
        self.state_label.setText(
            self.tr("The lab is running.") if running else self.tr("The lab is not running.")
        )
        self.box.setVisible(running)
        if not running:
            return
        for key, title in (
            ("libvirt", self.tr("Practice guest")),
            ("kdump_guest", self.tr("kdump guest")),
        ):
            g = status.get(key)
            if g:
                ssh = g.get("ssh", {})
                self._row(
                    title,
                    self.tr("{0} on {1}, SSH {2}@{3}:{4}").format(
                        g.get("guest"),
                        g.get("uri"),
                        ssh.get("user"),
                        ssh.get("host"),
                        ssh.get("port"),
                    ),
                )
        if v := status.get("vsphere"):
            self._row(
                self.tr("vCenter simulator"),
                self.tr("{0} as {1}").format(v.get("url"), v.get("user")),
            )
            self._row(self.tr("Certificate SHA-256"), str(v.get("cert_sha256", "")))
        if s := status.get("sshd"):
            self._row(
                self.tr("SSH server"),
                self.tr("{0}@{1}:{2}; ESXi stand-ins as {3}").format(
                    s.get("user"), s.get("host"), s.get("port"), s.get("esxi_user")
                ),
            )
        if status.get("kernel_release"):
            self._row(self.tr("Guest kernel"), str(status["kernel_release"]))
            self._row(self.tr("crash"), str(status.get("crash", "")))

    def _row(self, title: str, value: str) -> None:
        label = QLabel(value)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        self.form.addRow(title, label)
