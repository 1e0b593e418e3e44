"""The capture state machines, without Qt and without a hypervisor (plumbing only;
the lab tests drive the same flows against real libvirt, the simulator and ESXi stand-ins)."""

from __future__ import annotations

from pathlib import Path

import pytest

from backends.capture.nmi import NmiFlow
from backends.cases import Case
from backends.errors import UserError
from backends.hypervisors.base import PowerState, find_vm
from tests.fakes import FakeHypervisor, vm


@pytest.fixture
def case(tmp_path: Path) -> Case:
    return Case.create("unit", root=tmp_path)


def test_nmi_refuses_a_mistyped_confirmation_and_sends_nothing(case: Case) -> None:
    hv = FakeHypervisor([vm("web-1", "uuid-1")])
    flow = NmiFlow(hv, case)
    flow.submit(vm="web-1")
    flow.run()
    assert flow.current == "confirm"
    with pytest.raises(UserError, match="does not match"):
        flow.submit(typed="web-l")
    assert hv.calls == []
    assert case.audit_records() == []


def test_nmi_writes_intent_before_and_result_after(case: Case) -> None:
    hv = FakeHypervisor([vm("web-1", "uuid-1")])
    flow = NmiFlow(hv, case)
    flow.run_to_end({"select": {"vm": "uuid-1"}, "confirm": {"typed": "web-1"}})
    assert flow.finished and flow.data["method"] == "fake"
    records = case.audit_records()
    assert [(r["action"], r["phase"]) for r in records][:2] == [
        ("send_nmi", "intent"),
        ("send_nmi", "result"),
    ]
    assert records[0]["vm_id"] == "uuid-1" and records[0]["confirmation"] == "web-1"
    assert records[1]["ok"] is True
    assert hv.calls == [("send_nmi", "uuid-1")]


def test_nmi_failure_is_audited_as_a_result(case: Case) -> None:
    hv = FakeHypervisor([vm("web-1", "uuid-1")], nmi_error=UserError("host said no"))
    flow = NmiFlow(hv, case)
    with pytest.raises(UserError, match="host said no"):
        flow.run_to_end({"select": {"vm": "web-1"}, "confirm": {"typed": "web-1"}})
    phases = [(r["phase"], r.get("ok")) for r in case.audit_records()]
    assert phases == [("intent", None), ("result", False)]


def test_powered_off_vm_stops_at_preflight(case: Case) -> None:
    hv = FakeHypervisor([vm("db", "uuid-2", PowerState.OFF)])
    flow = NmiFlow(hv, case)
    flow.submit(vm="db")
    with pytest.raises(UserError, match=r"powered|off"):
        flow.run()
    assert hv.calls == []


def test_back_is_allowed_before_but_not_after_the_nmi(case: Case) -> None:
    hv = FakeHypervisor([vm("web-1", "uuid-1")])
    flow = NmiFlow(hv, case)
    flow.submit(vm="web-1")
    flow.run()
    assert flow.can_go_back
    flow.back()
    assert flow.current == "preflight"
    flow.run()
    flow.submit(typed="web-1")
    flow.run()  # the NMI is sent
    assert not flow.can_go_back
    with pytest.raises(UserError):
        flow.back()


def test_duplicate_names_must_be_named_by_id() -> None:
    vms = [vm("twin", "a"), vm("twin", "b")]
    with pytest.raises(UserError, match="Several VMs"):
        find_vm(vms, "twin")
    assert find_vm(vms, "b").id == "b"
