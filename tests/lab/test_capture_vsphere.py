"""Issue 3 against govmomi's vCenter simulator (with the lab's declared extensions):
inventory, SendNMI into the real practice guest, memory snapshots fetched over /folder,
and the trust and login errors."""

from __future__ import annotations

import json
import re
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from backends.lab import guest
from tests.conftest import LabHandle
from tests.lab.helpers import hangdump, vsphere_env, vsphere_hypervisor
from tests.lab.helpers import vsphere_uri as _uri

pytestmark = pytest.mark.lab

NMI_PANIC = "Kernel panic - not syncing: NMI: Not continuing"


@pytest.fixture(scope="module")
def status(lab: LabHandle) -> dict[str, Any]:
    return lab.ensure("vsphere")


@pytest.fixture
def env(status: dict[str, Any], tmp_path: Path) -> dict[str, str]:
    return vsphere_env(status, tmp_path)


def _cli(status: dict[str, Any], env: dict[str, str], *args: str, pin: bool = True) -> Any:
    extra = ["--cert", status["vsphere"]["cert_pem"]] if pin else []
    return hangdump(args[0], "-c", _uri(status), *extra, *args[1:], env=env)


@pytest.fixture
def healthy_guest(status: dict[str, Any]) -> Iterator[dict[str, Any]]:
    info = status["libvirt"]
    if NMI_PANIC in guest.console_text(info):
        guest.restart(info)
    yield info
    if NMI_PANIC in guest.console_text(info):
        guest.restart(info)


def test_inventory_from_the_simulator(status: dict[str, Any], env: dict[str, str]) -> None:
    proc = _cli(status, env, "inventory", "--json")
    assert proc.returncode == 0, proc.stderr
    vms = {v["name"]: v for v in json.loads(proc.stdout)}
    assert {"DC0_H0_VM0", "DC0_H0_VM1", "DC0_C0_RP0_VM0", "DC0_C0_RP0_VM1"} <= vms.keys()
    vm = vms[status["vsphere"]["nmi_vm"]]
    assert re.fullmatch(r"[0-9a-f-]{36}", vm["id"]) and vm["ref"].startswith("vm-")
    assert vm["path"].startswith(status["vsphere"]["datacenter"] + "/")
    assert vms["DC0_C0_RP0_VM0"]["path"].startswith("DC0/DC0_C0/")  # the cluster is kept
    assert vm["config_file"].startswith("[LocalDS_0] ")


def test_send_nmi_reports_the_method_and_panics_the_real_guest(
    status: dict[str, Any], env: dict[str, str], healthy_guest: dict[str, Any]
) -> None:
    refused = _cli(status, env, "nmi", "--vm", status["vsphere"]["nmi_vm"])
    assert refused.returncode == 1 and "without --yes" in refused.stderr
    proc = _cli(status, env, "nmi", "--vm", status["vsphere"]["nmi_vm"], "--yes", "--json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["method"] == "SendNMI"
    guest.wait_console(healthy_guest, re.escape(NMI_PANIC), 60)


def test_memory_snapshot_downloads_a_verified_pair(
    status: dict[str, Any], env: dict[str, str], healthy_guest: dict[str, Any], tmp_path: Path
) -> None:
    vm = status["vsphere"]["nmi_vm"]
    dest = tmp_path / "snap"
    proc = _cli(status, env, "snapshot", "--vm", vm, "--dest", str(dest), "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    names = sorted(Path(f["dest"]).name for f in out["files"])
    assert [n.rsplit(".", 1)[1] for n in names] == ["vmem", "vmsn"]
    assert names[0].rsplit(".", 1)[0] == names[1].rsplit(".", 1)[0], names
    vmem = next(Path(f["dest"]) for f in out["files"] if f["dest"].endswith(".vmem"))
    assert vmem.stat().st_size == 512 * 2**20  # the practice guest's real RAM
    with open(vmem, "rb") as fh:
        assert b"Linux version " + status["kernel_release"].encode() in fh.read()
    assert out["removed"] is False
    inv = {v["name"]: v for v in json.loads(_cli(status, env, "inventory", "--json").stdout)}
    kept = inv[vm]["snapshot_count"]
    assert kept >= 1
    _remove_snapshot(status, env, out["snapshot"], vm)  # leave the VM as we found it
    kept -= 1

    again = _cli(
        status,
        env,
        "snapshot",
        "--vm",
        vm,
        "--dest",
        str(tmp_path / "snap2"),
        "--remove-after",
        "--json",
    )
    assert again.returncode == 0, again.stderr
    out2 = json.loads(again.stdout)
    assert out2["removed"] is True
    audit = [json.loads(x) for x in (Path(out2["case"]) / "audit.jsonl").read_text().splitlines()]
    actions = [(r["action"], r["phase"]) for r in audit]
    assert actions.index(("remove_snapshot", "intent")) > max(
        i for i, a in enumerate(actions) if a[0] == "download"
    )
    inv = {v["name"]: v for v in json.loads(_cli(status, env, "inventory", "--json").stdout)}
    assert inv[vm]["snapshot_count"] == kept


def _remove_snapshot(
    status: dict[str, Any], env: dict[str, str], snap_id: str, vm_name: str
) -> None:
    from backends.hypervisors.base import Snapshot

    with vsphere_hypervisor(status, env) as hv:
        vm = next(v for v in hv.inventory() if v.name == vm_name)
        hv.remove_snapshot(vm, Snapshot(snap_id, "", ()))


def test_wrong_password_is_a_clear_error(status: dict[str, Any], env: dict[str, str]) -> None:
    proc = _cli(status, {**env, "HANGDUMP_PASSWORD": "not-the-password"}, "inventory")
    assert proc.returncode == 1
    assert "refused the user name or password" in proc.stderr


def test_unknown_certificate_needs_an_explicit_yes(
    status: dict[str, Any], env: dict[str, str]
) -> None:
    proc = _cli(status, env, "inventory", pin=False)
    assert proc.returncode == 1
    m = re.search(r"--accept-cert ([0-9a-f]{64})", proc.stderr)
    assert m and "not trusted" in proc.stderr, proc.stderr
    ok = _cli(status, env, "inventory", "--accept-cert", m.group(1), pin=False)
    assert ok.returncode == 0, ok.stderr
    again = _cli(status, env, "inventory", pin=False)  # pinned now, in the data dir
    assert again.returncode == 0, again.stderr


def test_changed_certificate_is_a_hard_stop(
    status: dict[str, Any], env: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from backends.trust import tls

    other = Path(__file__).resolve().parents[1] / "data" / "certs" / "other.pem"
    hostport = status["vsphere"]["url"].split("//", 1)[1].split("/", 1)[0]
    host, port = hostport.rsplit(":", 1)
    monkeypatch.setenv("HANGDUMP_DATA_DIR", env["HANGDUMP_DATA_DIR"])
    tls.pin(tls.ServerCert(host, int(port), other.read_text()))  # as if accepted earlier
    proc = _cli(status, env, "inventory", pin=False)
    assert proc.returncode == 1
    assert "has CHANGED" in proc.stderr, proc.stderr


def test_unreachable_server_is_a_clear_error(env: dict[str, str]) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = hangdump("inventory", "-c", f"vsphere://u@127.0.0.1:{port}", env=env)
    assert proc.returncode == 1
    assert "Cannot open a TLS connection" in proc.stderr or "answer" in proc.stderr


def test_live_power_state_updates(status: dict[str, Any], env: dict[str, str]) -> None:
    """WaitForUpdatesEx brings a power change to the listener without a new inventory."""
    import threading

    from backends.hypervisors.base import PowerState

    with vsphere_hypervisor(status, env) as hv:
        vm = next(v for v in hv.inventory() if v.name == "DC0_H0_VM1")
        seen: list[PowerState] = []
        off = threading.Event()
        on = threading.Event()

        def listener(info: Any) -> None:
            if info.id == vm.id:
                seen.append(info.power_state)
                (off if info.power_state == PowerState.OFF else on).set()

        hv.watch(listener)
        obj = hv._vm(vm)
        obj.PowerOffVM_Task()
        assert off.wait(30), seen
        on.clear()
        obj.PowerOnVM_Task()
        assert on.wait(30), seen
        assert PowerState.OFF in seen and seen[-1] == PowerState.ON
