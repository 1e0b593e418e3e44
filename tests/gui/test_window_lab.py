"""End to end through the window against the real lab: connections through the dialog
(trust prompt accepted after comparing the fingerprint), filter, Prepare guest, memory
dump, memory snapshot, a queued SFTP transfer, the dump card, the case report, and
Send NMI with the typed confirmation (the practice guest is restarted afterwards)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from gui import window_ops as ops
from gui.inventory_model import VM_ROLE
from gui.main_window import MainWindow
from gui.trust_dialog import TrustDialog

pytestmark = [pytest.mark.gui, pytest.mark.lab]


def _later(fn: Any, ms: int = 50) -> None:
    QTimer.singleShot(ms, fn)


def _accept_trust_when_shown(expected: str, seen: list[str]) -> QTimer:
    """Poll for the trust dialog; accept only if it shows the expected fingerprint."""
    timer = QTimer()

    def poll() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, TrustDialog) and w.isVisible():
                seen.append(w.fingerprint)
                button = (
                    w.accept_button
                    if w.fingerprint == expected
                    else w.findChild(QPushButton, "trustCancel")
                )
                button.click()

    timer.timeout.connect(poll)
    timer.start(100)
    return timer


def _vm_names(window: MainWindow) -> set[str]:
    return {n.label for n in window.model.vm_nodes()}


def _visible_vms(window: MainWindow) -> list[str]:
    proxy, out = window.inventory.proxy, []

    def walk(parent: QModelIndex) -> None:
        for r in range(proxy.rowCount(parent)):
            idx = proxy.index(r, 0, parent)
            if proxy.data(idx, VM_ROLE) is not None:
                out.append(proxy.data(idx))
            walk(idx)

    walk(QModelIndex())
    return out


def _run_wizard(qtbot: Any, wizard: Any, name: str, answer_yes: bool = False) -> None:
    qtbot.waitUntil(wizard.preflight.isComplete, timeout=120_000)
    wizard.next()
    assert wizard.currentPage() is wizard.confirm
    wizard.confirm.typed.setText(name + "x")
    assert not wizard.confirm.isComplete()
    assert not wizard.button(wizard.WizardButton.CommitButton).isEnabled()
    assert not wizard.confirm.validatePage()
    wizard.confirm.typed.setText(name)
    assert wizard.button(wizard.WizardButton.CommitButton).isEnabled()
    wizard.next()
    run = wizard.run_page
    if answer_yes:
        qtbot.waitUntil(lambda: run.yes.isVisible() or run.finished, timeout=600_000)
        assert not run.failed, run.log.toPlainText()
        if run.yes.isVisible():
            run.yes.click()
    qtbot.waitUntil(lambda: run.finished, timeout=900_000)
    assert not run.failed, run.log.toPlainText()
    wizard.next()


def test_window_against_the_lab(qtbot: Any, lab: Any, tmp_path: Path) -> None:
    status = lab.ensure("libvirt", "vsphere")
    guest = status["libvirt"]
    v = status["vsphere"]
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    errors: list[str] = []
    window.jobs.on_error = lambda intro, exc, details: errors.append(f"{intro}: {exc}\n{details}")

    # -- libvirt through the connection dialog
    def fill_libvirt() -> None:
        d = window.connection_dialog
        d.set_kind("qemu")
        d.name.setText("Lab libvirt")
        d.findChild(QPushButton, "connOk").click()

    _later(fill_libvirt)
    ops.add_connection(window)
    qtbot.waitUntil(lambda: guest["guest"] in _vm_names(window), timeout=60_000)

    # -- the simulator: password typed, certificate accepted after comparing its SHA-256
    from urllib.parse import urlsplit

    url = urlsplit(v["url"])
    password = Path(v["password_file"]).read_text().strip()

    def fill_vsphere() -> None:
        d = window.connection_dialog
        d.set_kind("vsphere")
        d.name.setText("Lab vCenter")
        d.host.setText(url.hostname or "")
        d.port.setValue(url.port or 443)
        d.user.setText(v["user"])
        d.password.setText(password)
        d.findChild(QPushButton, "connOk").click()

    expected = ":".join(v["cert_sha256"].upper()[i : i + 2] for i in range(0, 64, 2))
    seen: list[str] = []
    poller = _accept_trust_when_shown(expected, seen)
    _later(fill_vsphere)
    ops.add_connection(window)
    qtbot.waitUntil(lambda: v["nmi_vm"] in _vm_names(window), timeout=120_000)
    poller.stop()
    assert seen == [expected]
    assert not errors, errors

    # -- the filter
    window.inventory.filter.setText("practice")
    assert _visible_vms(window) == [guest["guest"]]
    window.inventory.filter.setText("")
    assert v["nmi_vm"] in _visible_vms(window)

    # -- Prepare guest on the practice guest (read only)
    assert window.inventory.select_vm(guest["uuid"])
    profile = window.connections.profiles["Lab libvirt"]
    ssh = guest["ssh"]
    profile.guests[guest["uuid"]] = f"{ssh['user']}@{ssh['host']}:{ssh['port']}"
    profile.guest_identity = ssh["key"]
    profile.known_hosts = [ssh["known_hosts"]]
    prep = ops.prepare_guest(window)
    prep.next()
    reading = prep.checklist.status.text()
    qtbot.waitUntil(
        lambda: prep.checklist.checklist is not None or prep.checklist.status.text() != reading,
        timeout=180_000,
    )
    assert prep.checklist.checklist is not None, prep.checklist.status.text()
    ids = {it.id for it in prep.checklist.checklist.items}
    assert {"unknown_nmi_panic", "panic_on_unrecovered_nmi"} <= ids
    assert prep.checklist.tree.topLevelItemCount() == len(ids)
    prep.reject()

    # -- a queued SFTP transfer from the guest, verified in the transfer panel
    panel = window.transfers()
    dest = tmp_path / "os-release"
    panel.queue.add(
        f"sftp://{ssh['user']}@{ssh['host']}:{ssh['port']}/etc/os-release", dest, "Lab libvirt"
    )
    qtbot.waitUntil(
        lambda: any(j.state in ("done", "verified", "failed") for j in panel.model.jobs),
        timeout=60_000,
    )
    job = panel.model.jobs[-1]
    assert job.state in ("done", "verified"), job.error
    assert dest.stat().st_size == job.size > 0

    # -- memory dump of the practice guest
    assert window.inventory.select_vm(guest["uuid"])
    assert window.actions.memdump.isEnabled()
    window.actions.memdump.trigger()
    wiz = window.wizard
    _run_wizard(qtbot, wiz, guest["guest"])
    dump = Path(wiz.flow.data["dump"])
    assert dump.stat().st_size > 1 << 20
    case_folder = wiz.flow.case.folder
    wiz.accept()

    # -- the dump card
    window.open_dump(str(dump))
    card = window.analysis().card
    qtbot.waitUntil(lambda: card.info is not None, timeout=300_000)
    assert card.fields["kernel_release"].text() == status["kernel_release"]
    console = window.analysis().console
    if console.objectName() == "crashConsole":
        # the identified kernel's vmlinux, picked as a user would with "Choose vmlinux..."
        with qtbot.waitSignal(console.session_opened, timeout=600_000):
            card.vmlinux_chosen.emit(status["vmlinux"])
        with qtbot.waitSignal(console.triage_finished, timeout=900_000) as triaged:
            console.run_triage()
        report = triaged.args[0].to_json()
        assert report["kernel_release"] == status["kernel_release"]
        console.close_session()
    else:
        assert console.objectName() == "consolePlaceholder"

    # -- the case report
    cases = window.cases()
    cases.select(case_folder)
    written: list[Path] = []
    cases.export(False, on_done=written.append)
    qtbot.waitUntil(lambda: bool(written), timeout=30_000)
    html = written[0].read_text()
    assert guest["guest"] in html and "memory_dump" in html
    cases.export(True, on_done=written.append)
    qtbot.waitUntil(lambda: len(written) == 2, timeout=60_000)
    assert written[1].suffix == ".zip" and written[1].stat().st_size > 0

    # -- memory snapshot on the simulator's VM, removal accepted after verification
    vm_id = v.get("nmi_vm_uuid") or next(
        n.vm.id for n in window.model.vm_nodes() if n.vm and n.vm.name == v["nmi_vm"]
    )
    assert window.inventory.select_vm(vm_id)
    assert window.actions.snapshot.isEnabled()
    window.actions.snapshot.trigger()
    wiz = window.wizard
    _run_wizard(qtbot, wiz, v["nmi_vm"], answer_yes=True)
    names = [f["name"] for f in wiz.flow.data["files"]]
    assert any(n.endswith(".vmsn") for n in names) and any(n.endswith(".vmem") for n in names)
    assert wiz.flow.data.get("removed")
    wiz.accept()

    # -- Send NMI on the practice guest (typed confirmation), then restore it
    from backends.lab import guest as lab_guest

    assert window.inventory.select_vm(guest["uuid"])
    profile.guests.clear()  # no watch/fetch: the practice guest has no kdump
    window.actions.nmi.trigger()
    wiz = window.wizard
    try:
        _run_wizard(qtbot, wiz, guest["guest"])
        assert wiz.flow.data.get("method")
        assert "NMI" in wiz.result.text.text()
        wiz.accept()
    finally:
        lab_guest.restart(guest)
    assert not errors, errors
    window.close()
