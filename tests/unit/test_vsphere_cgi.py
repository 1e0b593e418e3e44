"""The vm-support CGI fallback: path and URL forms, thumbprints, and the verified,
cancellable GET against a real TLS server on loopback."""

from __future__ import annotations

import hashlib
import http.server
import ssl
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from backends.cancel import CancelToken
from backends.errors import Cancelled, UserError
from backends.hypervisors import vsphere_cgi as cgi
from backends.hypervisors import vsphere_cgi_http as cgi_http
from tests.unit.test_transfers import _self_signed

UUID = "5f3e1c2a-8d0b1e4c-9a7f-000c29abcdef"


# -- forms -----------------------------------------------------------------------------


def test_vmfs_path_uses_the_datastore_name_by_default() -> None:
    assert cgi.vmfs_path("[LocalDS_0] web01/web01.vmx") == "/vmfs/volumes/LocalDS_0/web01/web01.vmx"
    assert cgi.vmfs_path(" [ds 2]  /a b/a b.vmx ") == "/vmfs/volumes/ds 2/a b/a b.vmx"


@pytest.mark.parametrize(
    "url",
    [f"/vmfs/volumes/{UUID}", f"ds:///vmfs/volumes/{UUID}/", f"/vmfs/volumes/{UUID}/"],
)
def test_vmfs_path_prefers_the_datastore_uuid(url: str) -> None:
    path = cgi.vmfs_path("[nas-01] db/db.vmx", {"nas-01": url, "other": "/vmfs/volumes/x"})
    assert path == f"/vmfs/volumes/{UUID}/db/db.vmx"


@pytest.mark.parametrize("url", ["", "/tmp/govcsim-DC0-LocalDS_0-1", "/vmfs/volumes/", "ds:///x/"])
def test_vmfs_path_ignores_urls_that_are_not_vmfs_volumes(url: str) -> None:
    assert cgi.vmfs_path("[LocalDS_0] vm/vm.vmx", {"LocalDS_0": url}) == (
        "/vmfs/volumes/LocalDS_0/vm/vm.vmx"
    )


@pytest.mark.parametrize("bad", ["", "vm/vm.vmx", "[ds]", "[] vm.vmx", "[ds vm.vmx"])
def test_vmfs_path_refuses_what_is_not_a_datastore_path(bad: str) -> None:
    with pytest.raises(UserError, match="is not a datastore path"):
        cgi.vmfs_path(bad)


def test_cgi_url() -> None:
    url = cgi.cgi_url("esx1.example.com", "/vmfs/volumes/ds 2/a/a.vmx")
    assert url == (
        "https://esx1.example.com/cgi-bin/vm-support.cgi"
        "?manifests=HungVM%3ASend_NMI_To_Guest&vm=/vmfs/volumes/ds%202/a/a.vmx"
    )
    assert cgi.cgi_url("fe80::1", "/vmfs/volumes/d/v.vmx", 8443).startswith(
        "https://[fe80::1]:8443/cgi-bin/"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("esx1", ("esx1", 443)),
        ("10.0.0.5:8443", ("10.0.0.5", 8443)),
        ("[fe80::1]:9443", ("fe80::1", 9443)),
        ("[fe80::1]", ("fe80::1", 443)),
        ("fe80::1", ("fe80::1", 443)),
        ("", ("", 443)),
    ],
)
def test_split_host_port(text: str, expected: tuple[str, int]) -> None:
    assert cgi.split_host_port(text) == expected


def test_ticket_thumbprints_sha1_and_sha256() -> None:
    der = b"not really a certificate"
    sha1 = hashlib.sha1(der, usedforsecurity=False).hexdigest().upper()
    colons = ":".join(sha1[i : i + 2] for i in range(0, len(sha1), 2))
    ticket = SimpleNamespace(sslThumbprint=colons, certThumbprintList=[])
    assert cgi_http.thumbprint_matches(der, cgi_http.ticket_thumbprints(ticket))
    assert not cgi_http.thumbprint_matches(b"another", cgi_http.ticket_thumbprints(ticket))
    sha256 = hashlib.sha256(der).hexdigest()
    item = SimpleNamespace(thumbprint=sha256, hashAlgorithm="sha256")
    ticket = SimpleNamespace(sslThumbprint=None, certThumbprintList=[item])
    assert cgi_http.ticket_thumbprints(ticket) == [("sha256", sha256)]
    assert cgi_http.thumbprint_matches(der, cgi_http.ticket_thumbprints(ticket))
    assert cgi_http.ticket_thumbprints(SimpleNamespace(id="x")) == []


def _nic(device: str, key: str, ip: str) -> Any:
    return SimpleNamespace(
        device=device, key=key, spec=SimpleNamespace(ip=SimpleNamespace(ipAddress=ip))
    )


def test_management_ips_put_the_selected_management_vmknic_first() -> None:
    manager = SimpleNamespace(
        netConfig=[
            SimpleNamespace(
                nicType="vmotion",
                selectedVnic=["vmotion.vmk2"],
                candidateVnic=[_nic("vmk2", "vmotion.vmk2", "10.9.9.9")],
            ),
            SimpleNamespace(
                nicType="management",
                selectedVnic=["management.vmk1"],
                candidateVnic=[
                    _nic("vmk0", "management.vmk0", "192.168.0.10"),
                    _nic("vmk1", "management.vmk1", "10.0.0.5"),
                ],
            ),
        ]
    )
    vnics = [
        _nic("vmk2", "k2", "10.9.9.9"),
        _nic("vmk0", "k0", "192.168.0.10"),
        _nic("vmk1", "k1", "10.0.0.5"),
    ]
    assert cgi.management_ips(manager, vnics) == ["10.0.0.5", "192.168.0.10", "10.9.9.9"]
    assert cgi.management_ips(None, None) == []


# -- the GET, against a real TLS server ----------------------------------------------------


class Cgi(http.server.ThreadingHTTPServer):
    """A stand-in host for the request phase only: answers per path, or blocks."""

    daemon_threads = True

    def __init__(self, answers: dict[str, int]) -> None:
        self.answers = answers
        self.seen: list[tuple[str, str]] = []
        self.release = threading.Event()
        super().__init__(("127.0.0.1", 0), Handler)

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # cancelled clients close mid-request: expected here


class Handler(http.server.BaseHTTPRequestHandler):
    server: Cgi

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.server.seen.append((self.path, self.headers.get("Cookie", "")))
        code = self.server.answers.get(self.path.rsplit("/", 1)[-1], 0)  # by the .vmx
        if code == 0:  # vm-support "working": until the test lets go
            self.server.release.wait(30)
            code = 200
        body = b"\x1f\x8b bundle" if code == 200 else b"Permission denied: Global.Diagnostics"
        self.send_response(code)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def host(tmp_path: Path) -> Iterator[tuple[Cgi, str]]:
    crt, key = _self_signed(tmp_path)
    srv = Cgi({"ok.vmx": 200, "denied.vmx": 403, "gone.vmx": 404, "bad.vmx": 500})
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(crt, key)
    srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    der = ssl.PEM_cert_to_DER_cert(crt.read_text())
    yield srv, hashlib.sha1(der, usedforsecurity=False).hexdigest()
    srv.release.set()
    srv.shutdown()


def _get(
    srv: Cgi,
    sha1: str,
    vmx: str,
    timeout: float = 30.0,
    cancel: CancelToken | None = None,
    messages: list[str] | None = None,
) -> tuple[int, int]:
    port = srv.server_address[1]
    url = cgi.cgi_url("esx1.example.com", f"/vmfs/volumes/ds/{vmx}")
    target = cgi_http.Target(url=url, host="127.0.0.1", port=port, vmx=vmx)
    request = cgi_http.CgiRequest(("vc.example.com", 443), None, "ops")
    return request.get(
        target,
        "ticket-1",
        [("sha1", sha1)],
        timeout,
        lambda d, t, text: (messages if messages is not None else []).append(text),
        cancel or CancelToken(),
    )


def test_get_sends_the_ticket_cookie_to_the_host_the_thumbprint_names(
    host: tuple[Cgi, str],
) -> None:
    srv, sha1 = host
    assert _get(srv, sha1, "ok.vmx") == (200, len(b"\x1f\x8b bundle"))
    path, cookie = srv.seen[-1]
    assert (
        path
        == "/cgi-bin/vm-support.cgi?manifests=HungVM%3ASend_NMI_To_Guest&vm=/vmfs/volumes/ds/ok.vmx"
    )
    assert cookie == "vmware_cgi_ticket=ticket-1"


def test_a_host_that_does_not_match_the_thumbprint_never_sees_the_ticket(
    host: tuple[Cgi, str],
) -> None:
    srv, _ = host
    with pytest.raises(cgi_http.CgiRefused, match="not the one vCenter vouches for"):
        _get(srv, "00" * 20, "ok.vmx")
    assert srv.seen == []


@pytest.mark.parametrize(
    ("vmx", "kind", "text"),
    [
        ("denied.vmx", cgi_http.CgiRefused, "refused vm-support to ops (HTTP 403"),
        ("gone.vmx", cgi_http.CgiRefused, "no VM at gone.vmx (HTTP 404"),
        ("bad.vmx", cgi_http.CgiOutcomeUnknown, "may or may not have been sent"),
    ],
)
def test_http_errors(host: tuple[Cgi, str], vmx: str, kind: type[UserError], text: str) -> None:
    srv, sha1 = host
    with pytest.raises(kind) as err:
        _get(srv, sha1, vmx)
    assert type(err.value) is kind and text in err.value.message
    if vmx == "denied.vmx":
        assert "Global.Diagnostics" in err.value.hint


def test_waiting_is_cancellable_and_reports_progress(host: tuple[Cgi, str]) -> None:
    srv, sha1 = host
    cancel, messages = CancelToken(), []
    threading.Timer(1.5, cancel.cancel).start()
    start = time.monotonic()
    with pytest.raises(Cancelled):
        _get(srv, sha1, "slow.vmx", cancel=cancel, messages=messages)
    assert time.monotonic() - start < 4
    assert messages and messages[0].startswith("vm-support runs on 127.0.0.1 (0 s;")


def test_waiting_has_a_timeout_after_which_the_outcome_is_unknown(host: tuple[Cgi, str]) -> None:
    srv, sha1 = host
    start = time.monotonic()
    with pytest.raises(
        cgi_http.CgiOutcomeUnknown, match="did not finish within 1 s; the NMI may still"
    ):
        _get(srv, sha1, "slow.vmx", timeout=1.0)
    assert time.monotonic() - start < 4
