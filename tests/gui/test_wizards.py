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
