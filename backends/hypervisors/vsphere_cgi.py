"""The ESXi host's vm-support CGI: an NMI without SSH where SendNMI is missing.

``GET https://<host>/cgi-bin/vm-support.cgi?manifests=HungVM%3ASend_NMI_To_Guest&vm=<vmx>``
runs vm-support's "hung VM" manifest on the host that runs the VM; among other
things it sends the guest an NMI. The request blocks while vm-support works and
the NMI arrives after about a minute. vCenter (or the host itself) authorises it:
``SessionManager.AcquireGenericServiceTicket`` for exactly that URL and method
returns a single-use ticket, sent as the cookie ``vmware_cgi_ticket``. The user
needs the privilege Global.Diagnostics.

The ticket leaves this machine only over a verified TLS connection: the host's
certificate must match the thumbprint that came with the ticket (over the
verified vCenter session), or, without one, the certificate already trusted for
this server or the system's CAs. Verification is never switched off.

Two kinds of failure, because a second NMI into a guest that is already writing
its crash dump could spoil the dump: :class:`CgiRefused` -- nothing reached
vm-support, another method may be tried -- and :class:`CgiOutcomeUnknown` -- the
request was sent and its fate is unknown, so nothing else should be tried.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import ipaddress
import socket
import threading
import time
import urllib.parse
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from backends.cancel import NEVER, CancelToken, Progress, no_progress
from backends.errors import Cancelled, UserError
from backends.hypervisors import vsphere_props
from backends.hypervisors.base import NmiResult
from backends.i18n import translate
from backends.trust import tls

METHOD = "vm-support CGI"
MANIFEST = "HungVM:Send_NMI_To_Guest"
CGI_PATH = "/cgi-bin/vm-support.cgi"
COOKIE = "vmware_cgi_ticket"
HTTPS_PORT = 443
#: vm-support blocks about a minute before the NMI; a slow host takes longer.
DEFAULT_TIMEOUT = 600.0
CONNECT_TIMEOUT = 30.0
_POLL = 1.0


class CgiRefused(UserError):
    """Nothing reached vm-support (no ticket, untrusted host, HTTP 401/403/404):
    another way to send the NMI may be tried."""


class CgiOutcomeUnknown(UserError):
    """The request reached the host and then failed or timed out: the NMI may
    still arrive, so no other method should be tried now."""


def vmfs_path(config_file: str, datastore_urls: Mapping[str, str] | None = None) -> str:
    """``'[ds] dir/vm.vmx'`` as the host's shell names it: ``/vmfs/volumes/...``.

    ``datastore_urls`` maps datastore names to their URLs (the VM's
    ``config.datastoreUrl``; ``/vmfs/volumes/<uuid>`` or ``ds:///vmfs/volumes/<uuid>/``):
    the uuid form is used where known, else the datastore's name, which ESXi
    links under /vmfs/volumes as well.
    """
    text = config_file.strip()
    ds, sep, rest = text[1:].partition("]")
    if not text.startswith("[") or not sep or not ds.strip() or not rest.strip():
        raise UserError(
            translate("vSphere", "{path} is not a datastore path.").format(path=repr(config_file)),
            translate("vSphere", "Write it as '[datastore] dir/file'."),
        )
    ds = ds.strip()
    rel = rest.strip().lstrip("/")
    folder = _vmfs_folder((datastore_urls or {}).get(ds, "")) or "/vmfs/volumes/" + ds
    return folder + "/" + rel


def _vmfs_folder(url: str) -> str | None:
    path = url.strip()
    if path.startswith("ds://"):
        path = path[len("ds://") :]
    path = path.rstrip("/")
    prefix = "/vmfs/volumes/"
    if path.startswith(prefix) and "/" not in path[len(prefix) :] and len(path) > len(prefix):
        return path
    return None


def _bracketed(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def cgi_url(host: str, vmx: str, port: int = HTTPS_PORT) -> str:
    """The CGI's URL for ``vmx`` (a ``/vmfs/volumes/...`` path) on ``host``."""
    query = urllib.parse.urlencode(
        {"manifests": MANIFEST, "vm": vmx}, quote_via=urllib.parse.quote, safe="/"
    )
    netloc = _bracketed(host) + (f":{port}" if port != HTTPS_PORT else "")
    return f"https://{netloc}{CGI_PATH}?{query}"


def split_host_port(text: str, default_port: int = HTTPS_PORT) -> tuple[str, int]:
    """``'esx1'``, ``'10.0.0.5:8443'``, ``'[fe80::1]:443'`` or ``'fe80::1'`` -> (host, port)."""
    text = text.strip()
    if text.startswith("["):
        host, _, rest = text[1:].partition("]")
        port = rest[1:] if rest.startswith(":") else ""
    elif text.count(":") == 1:
        host, _, port = text.partition(":")
    else:
        host, port = text, ""
    return host, int(port) if port.isdigit() else default_port


def ticket_thumbprints(ticket: Any) -> list[tuple[str, str]]:
    """(hash algorithm, thumbprint) pairs that a ticket vouches for."""
    out: list[tuple[str, str]] = []
    for item in getattr(ticket, "certThumbprintList", None) or []:
        algo = str(getattr(item, "hashAlgorithm", "") or "sha256").lower().replace("-", "")
        if getattr(item, "thumbprint", None) and algo in hashlib.algorithms_guaranteed:
            out.append((algo, str(item.thumbprint)))
    if getattr(ticket, "sslThumbprint", None):
        out.append(("sha1", str(ticket.sslThumbprint)))  # vSphere's: SHA-1 "AB:CD:..."
    return out


def thumbprint_matches(der: bytes, thumbprints: Iterable[tuple[str, str]]) -> bool:
    """True if the DER certificate has one of the thumbprints (colons and case ignored)."""
    for algo, value in thumbprints:
        want = value.replace(":", "").strip().lower()
        if want and hashlib.new(algo, der).hexdigest() == want:
            return True
    return False


@dataclass(frozen=True)
class _Target:
    url: str  #: the URL the ticket is for
    host: str  #: where to connect (the ticket may name it)
    port: int
    vmx: str


class VmSupportCgi:
    """Send an NMI through the vm-support CGI of the host that runs a VM."""

    def __init__(
        self,
        content: Any,
        vim: Any,
        vmodl: Any,
        server: tuple[str, int],
        server_cert: tls.ServerCert | None,
        user: str,
    ) -> None:
        """``server`` and ``server_cert``: the vCenter/ESXi this session talks to
        and the certificate pinned for it (None: the system's CAs verify it)."""
        self.content, self.vim, self.vmodl = content, vim, vmodl
        self.server = server
        self.server_cert = server_cert
        self.user = user

    def send_nmi(
        self,
        vm: Any,
        name: str,
        timeout: float = DEFAULT_TIMEOUT,
        progress: Progress = no_progress,
        cancel: CancelToken = NEVER,
    ) -> NmiResult:
        """GET the CGI for ``vm`` (a pyvmomi VirtualMachine called ``name``) and wait
        for vm-support to finish. Raises :class:`CgiRefused`,
        :class:`CgiOutcomeUnknown` or :class:`~backends.errors.Cancelled`."""
        progress(0, 0, translate("vSphere", "locating the host that runs {vm}").format(vm=name))
        where = self._locate(vm, name)
        cancel.check()
        progress(
            0, 0, translate("vSphere", "asking for a service ticket for {url}").format(url=where)
        )
        ticket = self._ticket(where)
        prints = ticket_thumbprints(ticket)
        host, port = split_host_port(str(getattr(ticket, "hostName", "") or ""), 0)
        parts = urllib.parse.urlsplit(where)
        target = _Target(
            url=where,
            host=host or str(parts.hostname),
            port=port or parts.port or HTTPS_PORT,
            vmx=urllib.parse.parse_qs(parts.query)["vm"][0],
        )
        cancel.check()
        status, size = self._get(target, str(ticket.id), prints, timeout, progress, cancel)
        return NmiResult(
            METHOD,
            translate(
                "vSphere", "vm-support {manifest} for {vmx} on {host}: HTTP {status}, {size} bytes"
            ).format(manifest=MANIFEST, vmx=target.vmx, host=target.host, status=status, size=size),
        )

    # -- where -------------------------------------------------------------------
    def _props(self, obj: Any, kind: Any, paths: list[str]) -> dict[str, Any]:
        pc = self.vmodl.query.PropertyCollector
        spec = pc.FilterSpec(
            objectSet=[pc.ObjectSpec(obj=obj)], propSet=[pc.PropertySpec(type=kind, pathSet=paths)]
        )
        res = self.content.propertyCollector.RetrievePropertiesEx([spec], pc.RetrieveOptions())
        return vsphere_props.props(res.objects[0]) if res is not None and res.objects else {}

    def _locate(self, vm: Any, name: str) -> str:
        vim = self.vim
        try:
            p = self._props(
                vm,
                vim.VirtualMachine,
                ["config.files.vmPathName", "config.datastoreUrl", "runtime.host"],
            )
        except self.vmodl.MethodFault as exc:
            raise CgiRefused(
                translate("vSphere", "Cannot read where {vm} runs: {error}").format(
                    vm=name, error=getattr(exc, "msg", "") or type(exc).__name__
                ),
                translate("vSphere", "Refresh the inventory and try again."),
            ) from exc
        urls = {str(d.name): str(d.url) for d in p.get("config.datastoreUrl") or []}
        try:
            vmx = vmfs_path(str(p.get("config.files.vmPathName") or ""), urls)
        except UserError as exc:
            raise CgiRefused(exc.message, exc.hint) from exc
        if str(getattr(self.content.about, "apiType", "")) == "HostAgent":
            return cgi_url(self.server[0], vmx, self.server[1])  # connected to the host itself
        host_ref = p.get("runtime.host")
        if host_ref is None:
            raise CgiRefused(
                translate("vSphere", "vCenter does not say which host runs {vm}.").format(vm=name),
                translate("vSphere", "Check that the VM is running and its host is connected."),
            )
        return cgi_url(self._host_address(host_ref), vmx)

    def _host_address(self, host: Any) -> str:
        """The host's name as vSphere knows it if it resolves here, else its management IP."""
        p: dict[str, Any] = {}
        with contextlib.suppress(self.vmodl.MethodFault):
            p = self._props(
                host,
                self.vim.HostSystem,
                ["name", "config.virtualNicManagerInfo", "config.network.vnic"],
            )
        name = str(p.get("name") or "")
        if name and _resolves(name):
            return name
        ips = management_ips(p.get("config.virtualNicManagerInfo"), p.get("config.network.vnic"))
        return ips[0] if ips else name

    def _ticket(self, url: str) -> Any:
        vim, vmodl = self.vim, self.vmodl
        spec = vim.SessionManager.HttpServiceRequestSpec(method="httpGet", url=url)
        try:
            return self.content.sessionManager.AcquireGenericServiceTicket(spec)
        except vim.fault.NoPermission as exc:
            raise CgiRefused(
                translate("vSphere", "{user} may not run vm-support on the host.").format(
                    user=self.user
                ),
                _privilege_hint(),
            ) from exc
        except (
            vmodl.fault.MethodNotFound,
            vmodl.fault.NotSupported,
            vmodl.fault.NotImplemented,
        ) as exc:
            raise CgiRefused(
                translate(
                    "vSphere", "This server does not issue service tickets ({fault})."
                ).format(fault=type(exc).__name__),
                translate("vSphere", "Use SSH to the ESXi host instead."),
            ) from exc
        except vmodl.MethodFault as exc:
            raise CgiRefused(
                translate(
                    "vSphere", "The server refused a service ticket for vm-support: {error}"
                ).format(error=getattr(exc, "msg", "") or type(exc).__name__),
                _privilege_hint(),
            ) from exc

    # -- the request ---------------------------------------------------------------
    def _trust(
        self, host: str, port: int, ticket_prints: list[tuple[str, str]]
    ) -> tls.ServerCert | None:
        """The certificate to accept from ``host:port`` (None: the system's CAs)."""
        if ticket_prints:
            seen = tls.presented(host, port, timeout=CONNECT_TIMEOUT)
            if not thumbprint_matches(seen.der, ticket_prints):
                raise CgiRefused(
                    translate(
                        "vSphere",
                        "The certificate of {host}:{port} ({sha256}) is not the one vCenter "
                        "vouches for with the ticket. Someone may be intercepting the connection.",
                    ).format(host=host, port=port, sha256=seen.sha256_colons),
                    translate("vSphere", "Do not continue; ask the host's administrator."),
                )
            return seen  # pinned for this one request; checked again in the handshake
        if (host, port) == self.server:
            return self.server_cert
        reason = tls.system_verifies(host, port, timeout=CONNECT_TIMEOUT)
        if reason is None:
            return None
        raise CgiRefused(
            translate(
                "vSphere",
                "The certificate of {host}:{port} cannot be verified ({reason}) and the "
                "server sent no thumbprint for it.",
            ).format(host=host, port=port, reason=reason),
            translate("vSphere", "Connect to the ESXi host itself once to review its certificate."),
        )

    def _get(
        self,
        target: _Target,
        ticket_id: str,
        prints: list[tuple[str, str]],
        timeout: float,
        progress: Progress,
        cancel: CancelToken,
    ) -> tuple[int, int]:
        """The verified GET; (HTTP status, body size) of a 200 answer."""
        host, port = target.host, target.port
        try:
            pinned = self._trust(host, port, prints)
            conn = tls.PinnedHTTPSConnection(host, port, pinned, timeout=CONNECT_TIMEOUT)
            conn.connect()  # the certificate is checked here, before the ticket is sent
        except CgiRefused:
            raise
        except UserError as exc:
            raise CgiRefused(exc.message, exc.hint) from exc
        except OSError as exc:
            raise CgiRefused(
                translate("vSphere", "Cannot reach {host}:{port}: {error}").format(
                    host=host, port=port, error=exc
                ),
                translate(
                    "vSphere",
                    "The vm-support CGI needs HTTPS from this computer to the ESXi host; "
                    "check the address and any firewall.",
                ),
            ) from exc
        try:
            parts = urllib.parse.urlsplit(target.url)
            try:
                conn.request(
                    "GET",
                    f"{parts.path}?{parts.query}",
                    headers={"Cookie": f"{COOKIE}={ticket_id}"},
                )
            except OSError as exc:
                raise CgiRefused(
                    translate("vSphere", "Sending the request to {host} failed: {error}").format(
                        host=host, error=exc
                    ),
                    translate("vSphere", "Check the network and try again."),
                ) from exc
            answer = self._wait(conn, target, timeout, progress, cancel)
        finally:
            conn.close()
        return self._check(target, *answer)

    def _wait(
        self,
        conn: http.client.HTTPSConnection,
        target: _Target,
        timeout: float,
        progress: Progress,
        cancel: CancelToken,
    ) -> tuple[int, str, bytes, int]:
        """Wait (cancellably) for vm-support's whole answer: status, reason, head, size."""
        if conn.sock is not None:
            conn.sock.settimeout(timeout + CONNECT_TIMEOUT)  # the worker never hangs for ever
        box: dict[str, Any] = {}

        def read_answer() -> None:
            try:
                resp = conn.getresponse()
                head, size = b"", 0
                while chunk := resp.read(1 << 16):
                    head += chunk[: max(0, 512 - len(head))]
                    size += len(chunk)
                box["answer"] = (resp.status, str(resp.reason), head, size)
            except BaseException as exc:  # handed to the caller's thread
                box["error"] = exc

        worker = threading.Thread(target=read_answer, name="vm-support-cgi", daemon=True)
        start = time.monotonic()
        worker.start()
        while worker.is_alive():
            elapsed = time.monotonic() - start
            if cancel.cancelled or elapsed >= timeout:
                _abort(conn)
                worker.join(CONNECT_TIMEOUT)
                if cancel.cancelled:
                    raise Cancelled()
                raise CgiOutcomeUnknown(
                    translate(
                        "vSphere",
                        "vm-support on {host} did not finish within {seconds} s; the NMI may "
                        "still arrive.",
                    ).format(host=target.host, seconds=int(timeout)),
                    _watch_hint(),
                )
            progress(
                int(elapsed),
                int(timeout),
                translate(
                    "vSphere",
                    "vm-support runs on {host} ({seconds} s; the NMI usually arrives within "
                    "about a minute)",
                ).format(host=target.host, seconds=int(elapsed)),
            )
            worker.join(_POLL)
        if "error" in box:
            raise CgiOutcomeUnknown(
                translate(
                    "vSphere",
                    "The connection to {host} broke while vm-support ran ({error}); the NMI "
                    "may or may not have been sent.",
                ).format(host=target.host, error=str(box["error"]) or type(box["error"]).__name__),
                _watch_hint(),
            ) from box["error"]
        answer: tuple[int, str, bytes, int] = box["answer"]
        return answer

    def _check(
        self, target: _Target, status: int, reason: str, head: bytes, size: int
    ) -> tuple[int, int]:
        if status == 200:
            return status, size
        said = " ".join(head.decode("utf-8", "replace").split())[:200]
        what = f"HTTP {status} {reason}: {said}".strip(" :")
        host = target.host
        if status == 401:
            raise CgiRefused(
                translate("vSphere", "{host} did not accept the service ticket ({answer}).").format(
                    host=host, answer=what
                ),
                translate(
                    "vSphere",
                    "Try again; if it keeps failing, check the host's clock and its "
                    "connection to vCenter.",
                ),
            )
        if status == 403:
            raise CgiRefused(
                translate("vSphere", "{host} refused vm-support to {user} ({answer}).").format(
                    host=host, user=self.user, answer=what
                ),
                _privilege_hint(),
            )
        if status == 404:
            raise CgiRefused(
                translate(
                    "vSphere", "{host} has no vm-support CGI or no VM at {vmx} ({answer})."
                ).format(host=host, vmx=target.vmx, answer=what),
                translate(
                    "vSphere", "Refresh the inventory: the VM may have moved to another host."
                ),
            )
        if 400 <= status < 500:
            raise CgiRefused(
                translate("vSphere", "{host} refused the vm-support request ({answer}).").format(
                    host=host, answer=what
                ),
                translate("vSphere", "Use SSH to the ESXi host instead."),
            )
        raise CgiOutcomeUnknown(
            translate(
                "vSphere",
                "vm-support on {host} failed ({answer}); the NMI may or may not have been sent.",
            ).format(host=host, answer=what),
            _watch_hint(),
        )


def _abort(conn: http.client.HTTPSConnection) -> None:
    """Unblock a reader waiting on ``conn``."""
    sock = conn.sock
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
    conn.close()


def _watch_hint() -> str:
    return translate(
        "vSphere",
        "Watch the guest's console before you try again: a second NMI could spoil a "
        "crash dump that is being written.",
    )


def _privilege_hint() -> str:
    return translate(
        "vSphere",
        "vm-support needs the privilege Global.Diagnostics; an administrator can add it "
        "to the user's role (Administration > Access Control > Roles).",
    )


def _resolves(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
        return True
    except ValueError:
        pass
    try:
        return bool(socket.getaddrinfo(name, HTTPS_PORT, type=socket.SOCK_STREAM))
    except (OSError, UnicodeError):
        return False


def management_ips(nic_manager: Any, vnics: Any) -> list[str]:
    """The host's management addresses: the vmknics selected for management first,
    then the others (vmk0 before vmk1 ...)."""
    selected: list[str] = []
    for cfg in getattr(nic_manager, "netConfig", None) or []:
        if str(getattr(cfg, "nicType", "")) != "management":
            continue
        chosen = set(getattr(cfg, "selectedVnic", None) or [])
        for nic in getattr(cfg, "candidateVnic", None) or []:
            if nic.key in chosen:
                selected.append(_ip(nic))
    others = [_ip(n) for n in sorted(vnics or [], key=lambda n: str(getattr(n, "device", "")))]
    out: list[str] = []
    for ip in [*selected, *others]:
        if ip and ip not in out:
            out.append(ip)
    return out


def _ip(nic: Any) -> str:
    spec = getattr(nic, "spec", None)
    ip = getattr(spec, "ip", None)
    return str(getattr(ip, "ipAddress", "") or "")
