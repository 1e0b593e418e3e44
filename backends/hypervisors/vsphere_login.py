"""Logging in to vCenter or ESXi, and what each way of failing tells the user.

TLS is verified by the system or pinned to a certificate the user accepted (asked
once through ``access.confirm_certificate``, then pinned); an explicit
``sslContext`` is always passed (pyvmomi silently skips verification for
127.0.0.1/localhost when none is given).
"""

from __future__ import annotations

import socket
import ssl
from typing import Any

from backends.errors import UserError
from backends.hypervisors.uri import ConnectionSpec
from backends.i18n import translate
from backends.trust import tls


def trust(spec: ConnectionSpec, access: Any) -> tls.ServerCert | None:
    """The certificate pinned for the server (None: the system's CAs verify it)."""
    try:
        return tls.check(spec.host, spec.port, access.cert_pem)
    except tls.UnknownCertificate as err:
        confirm = access.confirm_certificate
        if confirm is None or not confirm(err):
            raise
        tls.pin(err.cert)
        return err.cert


def login(
    connect_mod: Any, vim: Any, spec: ConnectionSpec, pinned: tls.ServerCert | None, password: str
) -> Any:
    """``SmartConnect`` (pyVim's ``connect`` module, pyVmomi's ``vim``); the service instance."""
    # Always an explicit context: verification on, even for 127.0.0.1.
    ctx = tls.pinned_context(pinned) if pinned else ssl.create_default_context()
    try:
        return connect_mod.SmartConnect(
            host=spec.host,
            port=spec.port,
            user=spec.user,
            pwd=password,
            sslContext=ctx,
            serverPemCert=pinned.pem if pinned else None,
            disableSslCertValidation=False,
            httpConnectionTimeout=60,
        )
    except vim.fault.InvalidLogin as exc:
        raise UserError(
            translate("vSphere", "{host} refused the user name or password of {user}.").format(
                host=spec.host, user=spec.user
            ),
            translate(
                "vSphere",
                "Check both (vCenter users often look like administrator@vsphere.local).",
            ),
        ) from exc
    except TimeoutError as exc:
        raise UserError(
            translate("vSphere", "{host}:{port} did not answer.").format(
                host=spec.host, port=spec.port
            ),
            translate("vSphere", "Check the address, the VPN and any firewall."),
        ) from exc
    except ConnectionRefusedError as exc:
        raise UserError(
            translate("vSphere", "Nothing answers HTTPS on {host}:{port}.").format(
                host=spec.host, port=spec.port
            ),
            translate("vSphere", "Check the address and port (vCenter and ESXi use 443)."),
        ) from exc
    except socket.gaierror as exc:
        raise UserError(
            translate("vSphere", "The host name {host} cannot be resolved.").format(
                host=repr(spec.host)
            ),
            translate("vSphere", "Check the spelling, or use the IP address."),
        ) from exc
    except ssl.SSLError as exc:
        raise UserError(
            translate("vSphere", "The TLS connection to {host} failed: {error}.").format(
                host=spec.host, error=exc
            ),
            translate("vSphere", "The certificate may have changed; reconnect to review it."),
        ) from exc
