"""The vm-support CGI fallback against the lab's vCenter simulator.

Real parts: the simulator binary, pyvmomi over verified HTTPS, HangDump's vSphere
adapter, and the practice guest under libvirt. Declared imitation: the host's
vm-support CGI and its service tickets (resources/lab/simulator/vmsupport.go),
which for the VM mapped to the practice guest inject a real NMI through libvirt.
A per-VM extraConfig switch makes SendNMI answer MethodNotFound, as servers
without it do.
"""

from __future__ import annotations

import hashlib
import http.client
import ssl
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from backends.lab import guest
from tests.conftest import LabHandle
from tests.lab.helpers import vsphere_connect, vsphere_uri
from tests.lab.helpers import vsphere_context as _context
from tests.lab.helpers import vsphere_password as _password
from tests.lab.helpers import vsphere_port as _port

pytestmark = pytest.mark.lab

NMI_PANIC = "Kernel panic - not syncing: NMI: Not continuing"
OTHER_VM = "DC0_C0_RP0_VM0"  # a simulated VM with no guest behind it
NO_SEND_NMI = ("hangdump.lab.SendNMI", "MethodNotFound")
NO_DIAGNOSTICS = ("hangdump.lab.Global.Diagnostics", "denied")
MANIFEST = "HungVM%3ASend_NMI_To_Guest"


@pytest.fixture(scope="module")
def status(lab: LabHandle) -> dict[str, Any]:
    return lab.ensure("vsphere")


@pytest.fixture(scope="module")
def si(status: dict[str, Any]) -> Iterator[Any]:
    from pyVim.connect import Disconnect

    si = vsphere_connect(status)
    yield si
    Disconnect(si)


@pytest.fixture
def hv(status: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    from backends.hypervisors.connect import Access, open_connection

    monkeypatch.setenv("HANGDUMP_DATA_DIR", str(tmp_path / "data"))
    password = _password(status)
    hv: Any = open_connection(
        vsphere_uri(status),
        Access(
            ssh=lambda t: None,
            password=lambda u, h, p: password,
            cert_pem=Path(status["vsphere"]["cert_pem"]).read_text(),
        ),
    )
    yield hv
    hv.close()


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


def _set_extra(vm: Any, key: str, value: str) -> None:
    from pyVim.task import WaitForTask
    from pyVmomi import vim

    spec = vim.vm.ConfigSpec(extraConfig=[vim.option.OptionValue(key=key, value=value)])
    WaitForTask(vm.ReconfigVM_Task(spec))


@contextmanager
def _switches(vm: Any, *switches: tuple[str, str]) -> Iterator[None]:
    """Set the simulator's per-VM switches; clear them (empty value) afterwards."""
    try:
        for key, value in switches:
            _set_extra(vm, key, value)
        yield
    finally:
        for key, _ in switches:
            _set_extra(vm, key, "")


@pytest.fixture
def practice(status: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The practice guest, healthy before and after the test."""
    info = status["libvirt"]
    if NMI_PANIC in guest.console_text(info):
        guest.restart(info)
    yield info
    if NMI_PANIC in guest.console_text(info):
        guest.restart(info)


def _inventory_vm(hv: Any, name: str) -> Any:
    return next(v for v in hv.inventory() if v.name == name)


def test_cgi_delivers_a_real_nmi_when_send_nmi_is_missing(
    status: dict[str, Any], si: Any, hv: Any, practice: dict[str, Any]
) -> None:
    from pyVmomi import vmodl

    name = status["vsphere"]["nmi_vm"]
    vm_obj = _vm(si, name)
    vm = _inventory_vm(hv, name)
    assert hv.capabilities(vm).nmi_methods[:2] == ("SendNMI", "vm-support CGI")
    with _switches(vm_obj, NO_SEND_NMI):
        with pytest.raises(vmodl.fault.MethodNotFound):
            vm_obj.SendNMI()
        before = len(guest.console_text(practice))
        seen: list[tuple[float, str]] = []
        start = time.monotonic()
        result = hv.send_nmi(vm, progress=lambda d, t, text: seen.append((time.monotonic(), text)))
        answered = time.monotonic()
        guest.wait_console(practice, NMI_PANIC, 60, start=before)
        panicked = time.monotonic()
    assert result.method == "vm-support CGI"
    assert "SendNMI unavailable" in result.detail
    assert "/vmfs/volumes/LocalDS_0/DC0_H0_VM0/DC0_H0_VM0.vmx" in result.detail
    assert "HTTP 200" in result.detail
    texts = [t for _, t in seen]
    assert any(t.startswith("asking for a service ticket for https://127.0.0.1/") for t in texts)
    sent = next(at for at, t in seen if t.startswith("vm-support runs on"))
    print(
        f"\nvm-support CGI: call -> request sent {sent - start:.2f} s, "
        f"answer {answered - sent:.2f} s after the request, "
        f"guest panic seen {panicked - sent:.2f} s after the request"
    )
    # The switch is cleared for the next user of the lab (the last entry wins).
    last = [o.value for o in vm_obj.config.extraConfig if o.key == NO_SEND_NMI[0]][-1]
    assert last == ""


def test_cgi_refused_is_a_clear_error_and_the_guest_is_untouched(
    status: dict[str, Any], si: Any, hv: Any, practice: dict[str, Any]
) -> None:
    from backends.errors import UserError

    name = status["vsphere"]["nmi_vm"]
    vm_obj = _vm(si, name)
    vm = _inventory_vm(hv, name)
    before = len(guest.console_text(practice))
    with _switches(vm_obj, NO_SEND_NMI, NO_DIAGNOSTICS), pytest.raises(UserError) as err:
        hv.send_nmi(vm)
    message, hint = err.value.message, err.value.hint
    assert message.startswith(f"No NMI was sent to {name}."), message
    assert "SendNMI: this server does not implement it (vmodl.fault.MethodNotFound)" in message
    assert "vm-support CGI: 127.0.0.1 refused vm-support" in message and "HTTP 403" in message
    assert "Global.Diagnostics" in hint and "esxi+ssh://" in hint, hint
    assert "/vmfs/volumes/LocalDS_0/DC0_H0_VM0/DC0_H0_VM0.vmx" in hint
    time.sleep(3)  # an NMI through libvirt panics the guest within a fraction of a second
    assert NMI_PANIC not in guest.console_text(practice)[before:]
    conn, dom = guest.domain(practice)
    try:
        assert dom.isActive()
    finally:
        conn.close()


# -- the imitation's own rules ----------------------------------------------------


def _ticket(si: Any, url: str) -> Any:
    from pyVmomi import vim

    spec = vim.SessionManager.HttpServiceRequestSpec(method="httpGet", url=url)
    return si.content.sessionManager.AcquireGenericServiceTicket(spec)


def _get(status: dict[str, Any], path: str, ticket: str | None) -> tuple[int, bytes]:
    conn = http.client.HTTPSConnection(
        "127.0.0.1", _port(status), context=_context(status), timeout=60
    )
    try:
        headers = {"Cookie": f"vmware_cgi_ticket={ticket}"} if ticket else {}
        conn.request("GET", path, headers=headers)
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


def test_tickets_are_single_use_bound_to_their_url_and_carry_the_thumbprint(
    status: dict[str, Any], si: Any
) -> None:
    cgi = f"/cgi-bin/vm-support.cgi?manifests={MANIFEST}&vm=/vmfs/volumes/LocalDS_0"
    other = f"{cgi}/{OTHER_VM}/{OTHER_VM}.vmx"
    unknown = f"{cgi}/nope/nope.vmx"
    der = ssl.PEM_cert_to_DER_cert(Path(status["vsphere"]["cert_pem"]).read_text())
    sha1 = hashlib.sha1(der, usedforsecurity=False).hexdigest().upper()

    ticket = _ticket(si, "https://127.0.0.1" + other)
    assert ticket.sslThumbprint == ":".join(sha1[i : i + 2] for i in range(0, 40, 2))
    assert ticket.hostName == f"127.0.0.1:{_port(status)}"
    assert _get(status, other, None)[0] == 401
    assert _get(status, unknown, ticket.id)[0] == 403  # issued for another URL: and now spent
    assert _get(status, other, ticket.id)[0] == 403

    ticket = _ticket(si, "https://127.0.0.1" + other)
    code, body = _get(status, other, ticket.id)  # no guest behind OTHER_VM: accepted, logged
    assert code == 200 and body[:2] == b"\x1f\x8b", body[:80]  # a .tgz, as the real CGI
    assert _get(status, other, ticket.id)[0] == 403  # used once already

    ticket = _ticket(si, "https://127.0.0.1" + unknown)
    assert _get(status, unknown, ticket.id)[0] == 404


def test_cli_tries_send_nmi_then_the_cgi_then_the_esxi_shell(
    lab: LabHandle, status: dict[str, Any], si: Any, practice: dict[str, Any], tmp_path: Path
) -> None:
    """The order, end to end through `hangdump nmi --esxi`: the ESXi stand-ins do
    not run the simulator's VM, so all three fail and the error names each."""
    from tests.lab.helpers import hangdump

    sshd = lab.ensure("sshd")["sshd"]
    v = status["vsphere"]
    before = len(guest.console_text(practice))
    with _switches(_vm(si, v["nmi_vm"]), NO_SEND_NMI, NO_DIAGNOSTICS):
        proc = hangdump(
            "nmi",
            "-c",
            f"vsphere://{v['user']}@127.0.0.1:{_port(status)}",
            "--cert",
            v["cert_pem"],
            "--esxi",
            f"esxi+ssh://{sshd['esxi_user']}@{sshd['host']}:{sshd['port']}",
            "--identity",
            sshd["key"],
            "--known-hosts",
            sshd["known_hosts"],
            "--vm",
            v["nmi_vm"],
            "--yes",
            env={
                "HANGDUMP_PASSWORD": _password(status),
                "HANGDUMP_DATA_DIR": str(tmp_path / "data"),
                "HANGDUMP_CASE_ROOT": str(tmp_path / "cases"),
            },
        )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    err = " ".join(proc.stderr.split())
    tried = [err.find(t) for t in ("SendNMI: ", "vm-support CGI: ", "ESXi shell: ")]
    assert -1 not in tried and tried == sorted(tried), err
    assert "HTTP 403" in err and "no VM world" in err, err
    assert NMI_PANIC not in guest.console_text(practice)[before:]
