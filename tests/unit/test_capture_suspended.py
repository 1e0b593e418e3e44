"""The memory-snapshot flow on a suspended VM: no snapshot, no typed confirmation, the
.vmss + .vmem copied with their names (branch logic over the fake hypervisor; the lab
test drives the same flow against the simulator's suspended practice guest)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from backends.capture.snapshot import SnapshotFlow
from backends.cases import Case
from backends.commands.capture_cmds import drive
from backends.errors import UserError
from backends.hypervisors.base import Capabilities, PowerState, RemoteFile, VmInfo
from tests.fakes import FakeDownloader as Downloader
from tests.fakes import FakeHypervisor, vm

VMSS = RemoteFile("web-1-a1b2c3d4.vmss", 4096, "[ds1] web-1/web-1-a1b2c3d4.vmss", "suspend")
VMEM = RemoteFile("web-1-a1b2c3d4.vmem", 8192, "[ds1] web-1/web-1-a1b2c3d4.vmem", "suspendMemory")


@pytest.fixture
def case(tmp_path: Path) -> Case:
    return Case.create("unit", root=tmp_path)


def suspended_hv(files: list[RemoteFile] | None = None) -> FakeHypervisor:
    return FakeHypervisor(
        [vm("web-1", "uuid-1", PowerState.SUSPENDED)],
        suspended={"uuid-1": [VMSS, VMEM] if files is None else files},
    )


def test_a_suspended_vm_is_copied_without_snapshot_or_confirmation(
    case: Case, tmp_path: Path
) -> None:
    hv = suspended_hv()
    dl = Downloader()
    flow = SnapshotFlow(hv, case, dest=tmp_path / "out", remove_after=True, downloader=dl)
    flow.submit(vm="uuid-1")
    assert flow.run() == "copy_suspended"  # straight on: nothing changes on the server
    checks = {c.id: c for c in flow.data["checks"]}
    assert checks["suspended"].status == "ok"
    assert (
        checks["suspended"].to_json()["message"]
        == "web-1 is suspended: its memory is already in web-1-a1b2c3d4.vmss + "
        "web-1-a1b2c3d4.vmem; HangDump copies them, the VM stays suspended and no "
        "snapshot is taken."
    )
    assert checks["powered_on"].status == "ok" and checks["local_space"].status == "ok"
    assert flow.run() == "done"
    assert not flow.can_go_back
    assert dl.got == [VMSS.name, VMEM.name]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(dl.got)
    assert [c for c in hv.calls if c[0] in ("snapshot", "remove_snapshot")] == []
    assert flow.data["still_suspended"] is True and "snapshot" not in flow.data
    assert [f["name"] for f in case.info()["files"]] == [VMSS.name, VMEM.name]
    assert case.info()["capture"] == "suspended_vm_files"
    actions = [(r["action"], r["phase"]) for r in case.audit_records()]
    assert actions == [
        ("copy_suspended_files", "intent"),
        ("download", "result"),
        ("download", "result"),
        ("copy_suspended_files", "result"),
    ]
    intent = case.audit_records()[0]
    assert intent["vm_id"] == "uuid-1" and intent["snapshot"] is False
    assert intent["power_change"] is False and "confirmation" not in intent


def test_a_running_vm_still_takes_a_confirmed_snapshot(case: Case) -> None:
    hv = FakeHypervisor([vm("web-1", "uuid-1")], suspended={"uuid-1": [VMSS, VMEM]})
    flow = SnapshotFlow(hv, case, downloader=Downloader())
    flow.submit(vm="web-1")
    assert flow.run() == "confirm" and not flow.suspended
    assert ("suspend_files", "uuid-1") not in hv.calls


def test_the_command_line_drive_skips_the_confirmation_only_when_none_is_asked(
    case: Case, tmp_path: Path
) -> None:
    flow = SnapshotFlow(suspended_hv(), case, dest=tmp_path, downloader=Downloader())
    drive(flow, "web-1")
    assert flow.current == "done" and flow.data["verified"] and "typed" not in flow.data


@pytest.mark.parametrize(
    ("files", "english"),
    [
        ([VMEM], "the server lists no .vmss file"),
        ([], "the server lists no .vmss file for it (-)"),
        ([VMSS, replace(VMEM, name="other.vmem")], "do not share one base name"),
        ([VMSS, VMSS, VMEM], "more than one checkpoint or memory file"),
    ],
)
def test_an_unusable_pair_stops_at_the_preflight(
    case: Case, files: list[RemoteFile], english: str
) -> None:
    dl = Downloader()
    flow = SnapshotFlow(suspended_hv(files), case, downloader=dl)
    flow.submit(vm="web-1")
    with pytest.raises(UserError, match="Cannot continue"):
        flow.run()
    assert flow.current == "preflight"
    check = next(c for c in flow.data["checks"] if c.id == "suspended")
    assert check.status == "fail" and english in check.to_json()["message"]
    assert dl.got == [] and case.audit_records() == []


def test_a_checkpoint_holding_all_memory_is_copied_alone(case: Case, tmp_path: Path) -> None:
    dl = Downloader()
    flow = SnapshotFlow(suspended_hv([VMSS]), case, dest=tmp_path, downloader=dl)
    flow.run_to_end({"select": {"vm": "web-1"}})
    assert dl.got == [VMSS.name]
    check = next(c for c in flow.data["checks"] if c.id == "suspended")
    assert "its memory is already in web-1-a1b2c3d4.vmss;" in check.to_json()["message"]


def test_not_enough_local_space_stops_at_the_preflight(case: Case) -> None:
    huge = replace(VMEM, size=1 << 60)
    flow = SnapshotFlow(suspended_hv([VMSS, huge]), case, downloader=Downloader())
    flow.submit(vm="web-1")
    with pytest.raises(UserError, match="the files need"):
        flow.run()


def test_a_vm_resumed_before_the_copy_is_not_copied(case: Case) -> None:
    hv = suspended_hv()
    dl = Downloader()
    flow = SnapshotFlow(hv, case, downloader=dl)
    flow.submit(vm="web-1")
    flow.run()
    hv.vms["uuid-1"] = replace(hv.vms["uuid-1"], power_state=PowerState.ON)
    with pytest.raises(UserError, match="no longer suspended"):
        flow.run()
    assert dl.got == [] and case.audit_records() == []


def test_a_vm_resumed_during_the_copy_is_reported_and_audited(case: Case) -> None:
    hv = suspended_hv()

    def resume(file: RemoteFile) -> None:
        hv.vms["uuid-1"] = replace(hv.vms["uuid-1"], power_state=PowerState.ON)

    flow = SnapshotFlow(hv, case, downloader=Downloader(on_file=resume))
    flow.submit(vm="web-1")
    flow.run()
    with pytest.raises(UserError, match="may not belong together"):
        flow.run()
    result = case.audit_records()[-1]
    assert result["action"] == "copy_suspended_files" and result["ok"] is False
    assert result["still_suspended"] is False and result["power_state"] == "on"


class NoSuspendFiles(FakeHypervisor):
    """Like the ESXi shell adapter: suspend files are vSphere-API only."""

    def capabilities(self, vm: VmInfo) -> Capabilities:
        return Capabilities(
            nmi=True, reasons={"suspend_files": "needs the vSphere API (adapter's words)"}
        )


def test_a_connection_that_cannot_list_them_says_so(case: Case) -> None:
    hv = NoSuspendFiles([vm("web-1", "uuid-1", PowerState.SUSPENDED)])
    flow = SnapshotFlow(hv, case, downloader=Downloader())
    flow.submit(vm="web-1")
    with pytest.raises(UserError, match="needs the vSphere API"):
        flow.run()
    assert ("suspend_files", "uuid-1") not in hv.calls
