"""A suspended VM through `hangdump snapshot` against govmomi's vCenter simulator: the
simulator's practice-guest VM is suspended through the API (the lab's extension saves
the real guest's RAM as its .vmem, with an imitation .vmss beside it, both in
layoutEx), and HangDump copies that pair -- no snapshot, the VM stays suspended."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from backends.cancel import NEVER, no_progress
from tests.conftest import LabHandle
from tests.lab.helpers import hangdump, vsphere_env, vsphere_hypervisor
from tests.lab.helpers import vsphere_uri as _uri

pytestmark = pytest.mark.lab


@pytest.fixture(scope="module")
def status(lab: LabHandle) -> dict[str, Any]:
    return lab.ensure("libvirt", "vsphere")


@pytest.fixture
def env(status: dict[str, Any], tmp_path: Path) -> dict[str, str]:
    return vsphere_env(status, tmp_path)


def _cli(status: dict[str, Any], env: dict[str, str], *args: str) -> Any:
    cert = ["--cert", status["vsphere"]["cert_pem"]]
    return hangdump(args[0], "-c", _uri(status), *cert, *args[1:], env=env)


@pytest.fixture
def api(status: dict[str, Any], env: dict[str, str]) -> Iterator[Any]:
    """The vSphere adapter (pyvmomi) logged in with the lab's credentials and pinned cert."""
    with vsphere_hypervisor(status, env) as hv:
        yield hv


def _power(hv: Any, vm: Any, method: str) -> float:
    start = time.monotonic()
    hv._wait(getattr(hv._vm(vm), method)(), method, no_progress, NEVER)
    return time.monotonic() - start


def test_a_suspended_vm_is_copied_verified_and_left_suspended(
    status: dict[str, Any], env: dict[str, str], api: Any, tmp_path: Path
) -> None:
    from backends.hypervisors.base import PowerState

    name = status["vsphere"]["nmi_vm"]
    vm = next(v for v in api.inventory() if v.name == name)
    if vm.power_state != PowerState.ON:
        _power(api, vm, "PowerOnVM_Task")
    snapshots = api.refresh(vm).snapshot_count
    suspend_s = _power(api, vm, "SuspendVM_Task")
    try:
        listed = {f.name: f for f in api.suspend_files(vm)}
        assert sorted(f.kind for f in listed.values()) == ["suspend", "suspendMemory"], listed
        dest = tmp_path / "suspended"
        start = time.monotonic()
        proc = _cli(status, env, "snapshot", "--vm", name, "--dest", str(dest), "--json")
        copy_s = time.monotonic() - start
        assert proc.returncode == 0, proc.stderr
        out = json.loads(proc.stdout)
        assert out["suspended"] is True and out["snapshot"] is None
        assert {c["id"]: c["status"] for c in out["checks"]}["suspended"] == "ok"
        got = {Path(f["dest"]).name: f for f in out["files"]}
        assert got.keys() == listed.keys()  # base names kept exactly
        assert {n.rsplit(".", 1)[1] for n in got} == {"vmss", "vmem"}
        assert len({n.rsplit(".", 1)[0] for n in got}) == 1
        for n, f in got.items():
            data = (dest / n).read_bytes()
            assert f["size"] == len(data) == listed[n].size
            assert f["sha256"] == hashlib.sha256(data).hexdigest()
        vmem = next(dest / n for n in got if n.endswith(".vmem"))
        assert vmem.stat().st_size == 512 * 2**20  # the practice guest's real RAM

        after = api.refresh(vm)
        assert after.power_state == PowerState.SUSPENDED  # never resumed
        assert after.snapshot_count == snapshots  # no snapshot taken
        audit = [
            json.loads(x) for x in (Path(out["case"]) / "audit.jsonl").read_text().splitlines()
        ]
        actions = [r["action"] for r in audit]
        assert "create_snapshot" not in actions and actions.count("download") == 2
        assert audit[-1]["action"] == "copy_suspended_files" and audit[-1]["ok"] is True

        start = time.monotonic()
        ident = hangdump("identify", str(vmem), "--json", env=env)
        identify_s = time.monotonic() - start
        assert ident.returncode == 0, ident.stderr
        info = json.loads(ident.stdout)
        assert info["kernel_release"] == status["kernel_release"], info
        print(
            f"\nsuspend {suspend_s:.1f} s; copy+verify {copy_s:.1f} s "
            f"({sum(f['size'] for f in got.values()) / 2**20:.0f} MiB); identify "
            f"{identify_s:.1f} s: {info['kernel_release']} from {info['source']}"
        )
    finally:
        _power(api, vm, "PowerOnVM_Task")  # leave it as other tests expect it
    assert api.refresh(vm).power_state == PowerState.ON
    assert api.suspend_files(vm) == []  # resuming consumed them, as on ESXi
