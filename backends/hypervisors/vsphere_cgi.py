"""The ESXi host's vm-support CGI: an NMI without SSH where SendNMI is missing.

``GET https://<host>/cgi-bin/vm-support.cgi?manifests=HungVM%3ASend_NMI_To_Guest&vm=<vmx>``
runs vm-support's "hung VM" manifest on the host that runs the VM; among other
things it sends the guest an NMI. The request blocks while vm-support works and
the NMI arrives after about a minute. vCenter (or the host itself) authorises it:
``SessionManager.AcquireGenericServiceTicket`` for exactly that URL and method
returns a single-use ticket, sent as the cookie ``vmware_cgi_ticket``. The user
needs the privilege Global.Diagnostics.

The ticket leaves this machine only over a verified TLS connection
(:mod:`~backends.hypervisors.vsphere_cgi_http`, which sends the request). This
module finds the host and the VM's path there and asks for the ticket.

Two kinds of failure (defined beside the request), because a second NMI into a
guest that is already writing its crash dump could spoil the dump:
:class:`CgiRefused` -- nothing reached vm-support, another method may be tried --
and :class:`CgiOutcomeUnknown` -- the request was sent and its fate is unknown,
so nothing else should be tried.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import urllib.parse
from collections.abc import Mapping
from typing import Any

from backends.cancel import NEVER, CancelToken, Progress, no_progress
from backends.errors import UserError
from backends.hypervisors import vsphere_props
from backends.hypervisors.base import NmiResult
from backends.hypervisors.vsphere_cgi_http import (
    CgiRefused,
    CgiRequest,
    Target,
    privilege_hint,
    ticket_thumbprints,
)
from backends.i18n import translate
from backends.trust import tls

METHOD = "vm-support CGI"
MANIFEST = "HungVM:Send_NMI_To_Guest"
CGI_PATH = "/cgi-bin/vm-support.cgi"
HTTPS_PORT = 443
#: vm-support blocks about a minute before the NMI; a slow host takes longer.
DEFAULT_TIMEOUT = 600.0


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
        target = Target(
            url=where,
            host=host or str(parts.hostname),
            port=port or parts.port or HTTPS_PORT,
            vmx=urllib.parse.parse_qs(parts.query)["vm"][0],
        )
        cancel.check()
        request = CgiRequest(self.server, self.server_cert, self.user)
        status, size = request.get(target, str(ticket.id), prints, timeout, progress, cancel)
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
                privilege_hint(),
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
                privilege_hint(),
            ) from exc


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
