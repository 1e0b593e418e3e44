"""The Send NMI wizard over a fake hypervisor: the typed confirmation gates the NMI."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from backends.cases import Case
from gui.jobs import JobRunner
from gui.wizards.capture_wizard import nmi_wizard
from tests.fakes import FakeHypervisor, vm

pytestmark = pytest.mark.gui


def test_typed_confirmation_rejects_a_wrong_name(qtbot: Any, tmp_path: Path) -> None:
    errors: list[Any] = []
    jobs = JobRunner(lambda *a: errors.append(a))
    hv = FakeHypervisor([vm("web-01", "uuid-1"), vm("web-02", "uuid-2")])
    case = Case.create("nmi", root=tmp_path)
    wizard = nmi_wizard(hv, hv.vms["uuid-1"], case, jobs)  # type: ignore[arg-type]
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(wizard.preflight.isComplete, timeout=10_000)
    assert wizard.preflight.checks.count() >= 2
    wizard.next()
    commit = wizard.button(wizard.WizardButton.CommitButton)
    for wrong in ("", "web-02", "WEB-01", "web-01 ", "uuid-1"):
        wizard.confirm.typed.setText(wrong)
        assert not commit.isEnabled(), wrong
        assert not wizard.confirm.validatePage()
    assert hv.calls == []
    assert wizard.currentPage() is wizard.confirm
    wizard.confirm.typed.setText("web-01")
    assert commit.isEnabled()
    commit.click()
    qtbot.waitUntil(lambda: wizard.run_page.finished, timeout=10_000)
    assert hv.calls == [("send_nmi", "uuid-1")]
    assert not wizard.button(wizard.WizardButton.BackButton).isVisible() or not (
        wizard.button(wizard.WizardButton.BackButton).isEnabled()
    )
    actions = [(r["action"], r["phase"]) for r in case.audit_records()]
    assert ("send_nmi", "intent") in actions and ("send_nmi", "result") in actions
    assert [r.get("confirmation") for r in case.audit_records() if r["phase"] == "intent"] == [
        "web-01"
    ]
    assert not errors
    jobs.wait(2000)


def test_snapshot_wizard_copies_a_suspended_vms_files_without_a_snapshot(
    qtbot: Any, tmp_path: Path
) -> None:
    from backends.hypervisors.base import PowerState, RemoteFile
    from gui.wizards.capture_wizard import snapshot_wizard
    from tests.fakes import FakeDownloader

    vmss = RemoteFile("web-01-a1b2c3d4.vmss", 4096, "[ds1] web-01/web-01-a1b2c3d4.vmss", "suspend")
    vmem = RemoteFile("web-01-a1b2c3d4.vmem", 8192, "[ds1] web-01/web-01-a1b2c3d4.vmem")
    errors: list[Any] = []
    jobs = JobRunner(lambda *a: errors.append(a))
    hv = FakeHypervisor(
        [vm("web-01", "uuid-1", PowerState.SUSPENDED)], suspended={"uuid-1": [vmss, vmem]}
    )
    case = Case.create("snapshot", root=tmp_path)
    dl = FakeDownloader()
    wizard = snapshot_wizard(hv, hv.vms["uuid-1"], case, jobs, downloader=dl)  # type: ignore[arg-type]
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(wizard.preflight.isComplete, timeout=10_000)
    checks = [
        wizard.preflight.checks.item(i).text() for i in range(wizard.preflight.checks.count())
    ]
    assert any(
        "its memory is already in web-01-a1b2c3d4.vmss + web-01-a1b2c3d4.vmem" in c
        and "stays suspended" in c
        for c in checks
    ), checks
    commit = wizard.button(wizard.WizardButton.CommitButton)
    assert commit.isVisible() and commit.isEnabled()
    assert commit.text() == "Copy the suspended VM's files"
    commit.click()
    assert wizard.currentPage() is wizard.run_page  # no typed confirmation: nothing changes
    qtbot.waitUntil(lambda: wizard.run_page.finished, timeout=10_000)
    assert not wizard.run_page.failed and not wizard.run_page.question.isVisible()
    assert dl.got == [vmss.name, vmem.name]
    assert [c for c in hv.calls if c[0] in ("snapshot", "remove_snapshot")] == []
    wizard.next()
    text = wizard.result.text.text()
    assert "No snapshot was taken and the VM stays suspended" in text
    assert "web-01-a1b2c3d4.vmem: 8192 bytes" in text
    actions = [(r["action"], r["phase"]) for r in case.audit_records()]
    assert actions[0] == ("copy_suspended_files", "intent")
    assert not errors
    jobs.wait(2000)
