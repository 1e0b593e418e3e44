"""The connection dialog against the lab: an ESXi shell reached with a password (as
real ESXi hosts are), host keys and certificates handed over as files, and a wrong
password that fails clearly without saving the password anywhere."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from gui import window_ops as ops
from gui.main_window import MainWindow
from gui.trust_dialog import TrustDialog

pytestmark = [pytest.mark.gui, pytest.mark.lab]


def _trust_prompts() -> tuple[QTimer, list[str]]:
    """Count (and refuse) every trust prompt: none may appear when a file was given."""
    seen: list[str] = []
    timer = QTimer()

    def poll() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, TrustDialog) and w.isVisible():
                seen.append(w.fingerprint)
                w.findChild(QPushButton, "trustCancel").click()

    timer.timeout.connect(poll)
    timer.start(100)
    return timer, seen


def _window(qtbot: Any) -> tuple[MainWindow, list[str]]:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    errors: list[str] = []
    window.jobs.on_error = lambda intro, exc, details: errors.append(f"{intro}: {exc}")
    return window, errors


def _names(window: MainWindow, connection: str) -> set[str]:
    return {n.label for n in window.model.vm_nodes() if n.connection().key == connection}


def test_esxi_shell_with_a_password_and_a_known_hosts_file(
    qtbot: Any, lab: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("HANGDUMP_SSH_KEY", raising=False)  # only the password may log in
    sshd = lab.ensure("sshd")["sshd"]
    password = Path(sshd["esxi_password_file"]).read_text().strip()
    expected = {vm["name"] for vm in json.loads(Path(sshd["esxi_inventory"]).read_text())["vms"]}
    window, errors = _window(qtbot)
    timer, prompts = _trust_prompts()

    def fill(name: str, secret: str) -> None:
        d = window.connection_dialog
        d.set_kind("esxi+ssh")
        assert d.password.isVisible() and d.trust_file.isVisible()
        d.name.setText(name)
        d.host.setText(sshd["host"])
        d.port.setValue(int(sshd["port"]))
        d.user.setText(sshd["esxi_user"])
        d.password.setText(secret)
        d.trust_file.setText(sshd["known_hosts"])
        d.findChild(QPushButton, "connOk").click()

    QTimer.singleShot(50, lambda: fill("Lab ESXi", password))
    profile = ops.add_connection(window)
    assert profile.ssh_password and profile.known_hosts == [sshd["known_hosts"]]
    qtbot.waitUntil(lambda: _names(window, "Lab ESXi") == expected, timeout=60_000)
    assert prompts == [] and errors == []

    # A wrong password: a clear refusal, no trust prompt, nothing listed.
    QTimer.singleShot(50, lambda: fill("Lab ESXi wrong", password + "x"))
    ops.add_connection(window)
    qtbot.waitUntil(lambda: bool(errors), timeout=60_000)
    timer.stop()
    assert "refused" in errors[0] and sshd["esxi_user"] in errors[0], errors
    assert _names(window, "Lab ESXi wrong") == set() and prompts == []

    # Profiles are saved without passwords.
    from backends.appdirs import data_dir

    saved = "".join(p.read_text() for p in data_dir().rglob("*.json"))
    assert "Lab ESXi" in saved and password not in saved


def test_vcenter_certificate_given_as_a_file_needs_no_prompt(qtbot: Any, lab: Any) -> None:
    v = lab.ensure("vsphere")["vsphere"]
    url = urlsplit(v["url"])
    window, errors = _window(qtbot)
    timer, prompts = _trust_prompts()

    def fill(pem: str) -> None:
        d = window.connection_dialog
        d.set_kind("vsphere")
        d.name.setText("Lab vCenter (PEM)")
        d.host.setText(url.hostname or "")
        d.port.setValue(url.port or 443)
        d.user.setText(v["user"])
        d.password.setText(Path(v["password_file"]).read_text().strip())
        d.trust_file.setText(pem)
        d.findChild(QPushButton, "connOk").click()
        if d.isVisible():  # refused: say why, then give up
            QTimer.singleShot(50, lambda: d.reject())

    # Not a certificate: the dialog says so and stays open.
    refusals: list[str] = []

    def fill_wrong() -> None:
        fill(v["password_file"])
        refusals.append(window.connection_dialog.error.text())

    QTimer.singleShot(50, fill_wrong)
    assert ops.add_connection(window) is None
    assert "is not a PEM certificate" in refusals[0]

    QTimer.singleShot(50, lambda: fill(v["cert_pem"]))
    profile = ops.add_connection(window)
    assert profile.cert_pem == v["cert_pem"]
    qtbot.waitUntil(lambda: v["nmi_vm"] in _names(window, "Lab vCenter (PEM)"), timeout=120_000)
    timer.stop()
    assert prompts == [] and errors == []
