"""The lab's vCenter: govmomi's simulator with HangDump's extensions, through pyvmomi.

Real parts only: the simulator binary the lab builds, pyvmomi over verified
HTTPS, the datastore's /folder endpoint, and -- for the VM mapped to the
practice guest -- a real NMI and the guest's real RAM through libvirt.
"""

from __future__ import annotations

import datetime
import hashlib
import http.client
import mmap
import os
import ssl
import stat
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from backends.lab import guest
from tests.conftest import LabHandle
from tests.lab.helpers import vsphere_connect as _connect
from tests.lab.helpers import vsphere_context as _pinned_context
from tests.lab.helpers import vsphere_password as _password
from tests.lab.helpers import vsphere_port as _port

pytestmark = pytest.mark.lab

NMI_PANIC = "Kernel panic - not syncing: NMI: Not continuing"
DATASTORE = "LocalDS_0"
OTHER_VM = "DC0_C0_RP0_VM0"  # a simulated VM with no guest behind it
OFF_VM = "DC0_C0_RP0_VM1"


@pytest.fixture(scope="module")
def status(lab: LabHandle) -> dict[str, Any]:
    return lab.ensure("vsphere")


@pytest.fixture(scope="module")
def si(status: dict[str, Any]) -> Iterator[Any]:
    from pyVim.connect import Disconnect

    si = _connect(status)
    yield si
    Disconnect(si)


def _vm(si: Any, name: str) -> Any:
    from pyVmomi import vim

    view = si.content.viewManager.CreateContainerView(
        si.content.rootFolder, [vim.VirtualMachine], True
    )
    try:
        found = [vm for vm in view.view if vm.name == name]
    finally:
        view.DestroyView()
    assert len(found) == 1, name
    return found[0]


def _wait(task: Any) -> Any:
    from pyVim.task import WaitForTask

    WaitForTask(task)
    return task.info.result


def _folder_get(
    status: dict[str, Any], si: Any, ds_path: str, headers: dict[str, str] | None = None
) -> http.client.HTTPResponse:
    """GET a datastore file ("[ds] dir/file") over /folder with the session and the pin."""
    ds, _, rel = ds_path.partition("] ")
    assert ds == f"[{DATASTORE}", ds_path
    query = urllib.parse.urlencode({"dcPath": status["vsphere"]["datacenter"], "dsName": DATASTORE})
    conn = http.client.HTTPSConnection(
        "127.0.0.1", _port(status), context=_pinned_context(status), timeout=60
    )
    conn.request(
        "GET",
        f"/folder/{urllib.parse.quote(rel)}?{query}",
        headers={"Cookie": si._stub.cookie, **(headers or {})},
    )
    return conn.getresponse()


def _snapshot_files(vm: Any, snapshot: Any) -> tuple[Any, Any]:
    """The (.vmsn, .vmem) layoutEx file entries of ``snapshot``."""
    files = {f.key: f for f in vm.layoutEx.file}
    (entry,) = [s for s in vm.layoutEx.snapshot if s.key == snapshot]
    return files[entry.dataKey], files[entry.memoryKey]


# -- connection and trust -------------------------------------------------------


def test_status_carries_trust_material_not_secrets(status: dict[str, Any]) -> None:
    v = status["vsphere"]
    assert set(v) == {
        "url", "user", "password_file", "cert_pem", "cert_sha256",
        "datacenter", "nmi_vm", "nmi_vm_uuid",
    }  # fmt: skip
    assert v["url"].startswith("https://127.0.0.1:") and v["url"].endswith("/sdk")
    assert stat.S_IMODE(os.stat(v["password_file"]).st_mode) == 0o600
    # The pinned fingerprint is that of the certificate the server really presents.
    served = ssl.get_server_certificate(("127.0.0.1", _port(status)))
    der = ssl.PEM_cert_to_DER_cert(served)
    assert hashlib.sha256(der).hexdigest() == v["cert_sha256"]
    assert ssl.PEM_cert_to_DER_cert(Path(v["cert_pem"]).read_text()) == der


def test_pinned_connection_works(status: dict[str, Any], si: Any) -> None:
    from pyVim.connect import Connect, Disconnect

    assert si.content.about.apiType == "VirtualCenter"
    # pyvmomi's own pinning: verification fails, then the presented certificate is
    # compared with the pinned one.
    pinned = Connect(
        host="127.0.0.1",
        port=_port(status),
        user=status["vsphere"]["user"],
        pwd=_password(status),
        sslContext=ssl.create_default_context(),
        serverPemCert=Path(status["vsphere"]["cert_pem"]).read_text(),
        version="vim.version.version11",
    )
    try:
        assert pinned.CurrentTime() is not None
    finally:
        Disconnect(pinned)


def _other_certificate() -> str:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.PEM).decode()


def test_verification_is_on_without_the_pin(status: dict[str, Any]) -> None:
    from pyVim.connect import Connect
    from pyVmomi import vim

    with pytest.raises(ssl.SSLCertVerificationError):
        _connect(status, sslContext=ssl.create_default_context())
    with pytest.raises(vim.fault.HostConnectFault, match="Certificate mismatch"):
        Connect(
            host="127.0.0.1",
            port=_port(status),
            user=status["vsphere"]["user"],
            pwd=_password(status),
            sslContext=ssl.create_default_context(),
            serverPemCert=_other_certificate(),
            version="vim.version.version11",
        )


def test_wrong_password_is_invalid_login(status: dict[str, Any]) -> None:
    from pyVmomi import vim

    with pytest.raises(vim.fault.InvalidLogin):
        _connect(status, pwd=_password(status) + "-wrong")


# -- inventory --------------------------------------------------------------------


def test_inventory_in_one_property_collector_call(status: dict[str, Any], si: Any) -> None:
    from pyVmomi import vim, vmodl

    content = si.content
    view = content.viewManager.CreateContainerView(content.rootFolder, [vim.VirtualMachine], True)
    try:
        spec = vmodl.query.PropertyCollector.FilterSpec(
            objectSet=[
                vmodl.query.PropertyCollector.ObjectSpec(
                    obj=view,
                    skip=True,
                    selectSet=[
                        vmodl.query.PropertyCollector.TraversalSpec(
                            name="view", path="view", skip=False, type=vim.view.ContainerView
                        )
                    ],
                )
            ],
            propSet=[
                vmodl.query.PropertyCollector.PropertySpec(
                    type=vim.VirtualMachine,
                    pathSet=["name", "config.instanceUuid", "runtime.powerState"],
                )
            ],
        )
        result = content.propertyCollector.RetrievePropertiesEx(
            [spec], vmodl.query.PropertyCollector.RetrieveOptions()
        )
    finally:
        view.DestroyView()
    rows = {
        props["name"]: props
        for props in ({p.name: p.val for p in obj.propSet} for obj in result.objects)
    }
    assert len(rows) == 4
    mapped = rows[status["vsphere"]["nmi_vm"]]
    assert mapped["config.instanceUuid"] == status["vsphere"]["nmi_vm_uuid"]
    assert mapped["runtime.powerState"] == "poweredOn"


def test_unset_property_and_capabilities(si: Any) -> None:
    vm = _vm(si, OTHER_VM)
    assert vm.snapshot is None  # Fetch of an unset property used to drop the connection
    assert vm.capability.memorySnapshotsSupported is True
    assert vm.capability.snapshotOperationsSupported is True


# -- SendNMI ----------------------------------------------------------------------


def test_send_nmi_refuses_a_powered_off_vm(si: Any) -> None:
    from pyVmomi import vim

    vm = _vm(si, OFF_VM)
    _wait(vm.PowerOffVM_Task())
    try:
        with pytest.raises(vim.fault.InvalidPowerState) as err:
            vm.SendNMI()
        assert err.value.existingState == "poweredOff"
    finally:
        _wait(vm.PowerOnVM_Task())
    vm.SendNMI()  # powered on, no guest behind it: accepted


def test_send_nmi_panics_the_practice_guest(status: dict[str, Any], si: Any) -> None:
    practice = status["libvirt"]
    vm = si.content.searchIndex.FindByUuid(
        uuid=status["vsphere"]["nmi_vm_uuid"], vmSearch=True, instanceUuid=True
    )
    assert vm.name == status["vsphere"]["nmi_vm"]
    before = len(guest.console_text(practice))
    try:
        vm.SendNMI()
        deadline = time.monotonic() + 60
        while True:
            text = guest.console_text(practice)
            # A console log shorter than before was rewritten by a new boot: read all of it.
            if NMI_PANIC in text[before if len(text) >= before else 0 :]:
                break
            assert time.monotonic() < deadline, f"no NMI panic on the console: {text[-600:]!r}"
            time.sleep(0.1)
    finally:
        guest.restart(practice)  # later tests (and other users of the lab) get a healthy guest


# -- memory snapshots and datastore files --------------------------------------------


def test_memory_snapshot_of_the_practice_guest(
    status: dict[str, Any], si: Any, tmp_path: Path
) -> None:
    vm = _vm(si, status["vsphere"]["nmi_vm"])
    conn, dom = guest.domain(status["libvirt"])
    try:
        ram = dom.maxMemory() * 1024
    finally:
        conn.close()
    assert vm.config.hardware.memoryMB * 2**20 == ram

    snapshot = _wait(vm.CreateSnapshot_Task("hangdump", "lab test", True, False))
    vmsn, vmem = _snapshot_files(vm, snapshot)
    assert vmsn.type == "snapshotData" and vmsn.name.endswith(".vmsn")
    assert vmem.type == "snapshotMemory" and vmem.name == vmsn.name[: -len("vmsn")] + "vmem"
    assert vmem.size == ram

    resp = _folder_get(status, si, vmsn.name)
    assert resp.status == 200
    resp.read()

    # The whole .vmem: the guest's real RAM.
    local = tmp_path / "guest.vmem"
    resp = _folder_get(status, si, vmem.name)
    assert resp.status == 200
    with open(local, "wb") as out:
        while chunk := resp.read(1 << 20):
            out.write(chunk)
    assert local.stat().st_size == ram
    with open(local, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
        banner = data.find(b"Linux version " + status["kernel_release"].encode())
        assert banner >= 0
        # A resumed download: Range from the banner's page onwards.
        offset = banner - banner % 4096
        resp = _folder_get(status, si, vmem.name, {"Range": f"bytes={offset}-"})
        assert resp.status == 206
        assert resp.getheader("Content-Range") == f"bytes {offset}-{ram - 1}/{ram}"
        assert resp.read(1 << 16) == data[offset : offset + (1 << 16)]
        resp.close()

    _wait(snapshot.RemoveSnapshot_Task(removeChildren=False, consolidate=True))
    assert vm.snapshot is None
    assert not vm.layoutEx.snapshot
    for name in (vmsn.name, vmem.name):
        resp = _folder_get(status, si, name)
        assert resp.status == 404, name
        resp.read()
    vmx = vm.config.files.vmPathName
    resp = _folder_get(status, si, vmx)
    assert resp.status == 200, vmx  # the VM's own files stay
    resp.read()


def test_removing_one_snapshot_keeps_the_others_and_the_disks(
    status: dict[str, Any], si: Any
) -> None:
    vm = _vm(si, OTHER_VM)
    snaps = [_wait(vm.CreateSnapshot_Task(f"s{i}", "", True, False)) for i in range(3)]
    names = {s: _snapshot_files(vm, s) for s in snaps}
    assert all(mem.size == vm.config.hardware.memoryMB * 2**20 for _, mem in names.values())

    _wait(snaps[1].RemoveSnapshot_Task(removeChildren=False, consolidate=True))
    for s in (snaps[0], snaps[2]):
        vmsn, vmem = _snapshot_files(vm, s)  # keys still point at their own files
        assert (vmsn.name, vmem.name) == (names[s][0].name, names[s][1].name)
        for f in (vmsn, vmem):
            resp = _folder_get(status, si, f.name, {"Range": "bytes=0-0"} if f.size else None)
            assert resp.status in (200, 206), f.name
            resp.read()
    for f in names[snaps[1]]:
        resp = _folder_get(status, si, f.name)
        assert resp.status == 404, f.name
        resp.read()

    _wait(vm.RemoveAllSnapshots_Task())
    assert vm.snapshot is None
    for pair in names.values():
        for f in pair:
            resp = _folder_get(status, si, f.name)
            assert resp.status == 404, f.name
            resp.read()
    disks = [d.backing.fileName for d in vm.config.hardware.device if hasattr(d, "capacityInKB")]
    assert disks
    for disk in disks:
        resp = _folder_get(status, si, disk)
        assert resp.status == 200, disk
        resp.read()


# -- lifecycle -----------------------------------------------------------------------


def test_a_second_simulator_starts_and_stops_cleanly(
    status: dict[str, Any], tmp_path: Path
) -> None:
    from backends.lab import assets, simulator
    from backends.lab.control import Context
    from backends.lab.process import pid_alive

    ctx = Context(name="vsphere", run_dir=tmp_path, assets=assets.load())
    info = simulator.start(ctx)  # no practice guest: its NMI VM fails loudly instead
    try:
        assert simulator.alive(info)
        assert info["url"] != status["vsphere"]["url"]
        assert info["cert_sha256"] != status["vsphere"]["cert_sha256"]
        datastores = Path(info["_datastores"])
        assert any(datastores.glob("govcsim-DC0-LocalDS_0-*/DC0_H0_VM0/*.vmx"))
        _hook_failures_are_faults({"vsphere": info})
    finally:
        simulator.stop(info)
    assert not pid_alive(info["_pid"])
    assert not simulator.alive(info)
    assert not datastores.exists()
    assert not Path(info["password_file"]).exists()


def _hook_failures_are_faults(status: dict[str, Any]) -> None:
    """Without a practice guest, acting on its VM fails with SystemError, leaving nothing."""
    from pyVim.connect import Disconnect
    from pyVmomi import vmodl

    si = _connect(status)
    try:
        vm = _vm(si, status["vsphere"]["nmi_vm"])
        with pytest.raises(vmodl.fault.SystemError):
            vm.SendNMI()
        with pytest.raises(vmodl.fault.SystemError, match="memory"):
            _wait(vm.CreateSnapshot_Task("m", "", True, False))
        assert vm.snapshot is None
        assert not vm.layoutEx.snapshot
    finally:
        Disconnect(si)
