"""TLS certificates: verified by the system's CAs, or pinned after the user accepted one.

A vCenter or ESXi host usually presents a self-signed certificate. HangDump then
shows its SHA-256 fingerprint, and only on the user's yes stores the PEM and
from then on accepts exactly that certificate (as pyvmomi's ``serverPemCert``
does). Verification is never switched off silently; a changed certificate is a
hard stop.
"""

from __future__ import annotations

import hashlib
import http.client
import re
import socket
import ssl
from dataclasses import dataclass
from pathlib import Path

from backends import appdirs
from backends.errors import UserError
from backends.i18n import translate


@dataclass(frozen=True)
class ServerCert:
    host: str
    port: int
    pem: str

    @property
    def der(self) -> bytes:
        return ssl.PEM_cert_to_DER_cert(self.pem)

    @property
    def sha256(self) -> str:
        """Hex SHA-256 of the DER certificate, lower case, no colons."""
        return hashlib.sha256(self.der).hexdigest()

    @property
    def sha256_colons(self) -> str:
        """The form browsers and vCenter show: ``AB:CD:...``."""
        h = self.sha256.upper()
        return ":".join(h[i : i + 2] for i in range(0, len(h), 2))


class UnknownCertificate(UserError):
    def __init__(self, cert: ServerCert, reason: str) -> None:
        super().__init__(
            translate(
                "Trust",
                "The certificate of {host}:{port} is not trusted by this computer ({reason}). "
                "Its SHA-256 fingerprint is {fingerprint}.",
            ).format(host=cert.host, port=cert.port, reason=reason, fingerprint=cert.sha256_colons),
            translate(
                "Trust",
                "Compare it with the fingerprint shown on the server (vCenter: Administration > "
                "Certificates; ESXi: the host client's certificate page) and accept it only if "
                "they match.",
            ),
        )
        self.cert = cert


class ChangedCertificate(UserError):
    def __init__(self, cert: ServerCert, pinned_sha256: str) -> None:
        super().__init__(
            translate(
                "Trust",
                "The certificate of {host}:{port} has CHANGED since you accepted it "
                "(now {fingerprint}, accepted {accepted}). Someone may be intercepting the "
                "connection.",
            ).format(
                host=cert.host,
                port=cert.port,
                fingerprint=cert.sha256_colons,
                accepted=pinned_sha256,
            ),
            translate(
                "Trust",
                "Do not continue. If the server's certificate was really replaced, confirm the "
                "new fingerprint with its administrator, then remove {path}.",
            ).format(path=pin_path(cert.host, cert.port)),
        )
        self.cert = cert


def pin_path(host: str, port: int) -> Path:
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", host)
    return appdirs.certs_dir() / f"{safe}_{port}.pem"


def pinned(host: str, port: int) -> ServerCert | None:
    path = pin_path(host, port)
    try:
        return ServerCert(host, port, path.read_text())
    except OSError:
        return None


def pin(cert: ServerCert) -> Path:
    """Store ``cert`` as accepted for its host and port."""
    path = pin_path(cert.host, cert.port)
    path.write_text(cert.pem)
    return path


def presented(host: str, port: int, timeout: float = 10.0) -> ServerCert:
    """The certificate the server presents, read (not trusted) so it can be shown."""
    try:
        pem = ssl.get_server_certificate((host, port), timeout=timeout)
    except (OSError, ssl.SSLError) as exc:
        raise _unreachable(host, port, exc) from exc
    return ServerCert(host, port, pem)


def _unreachable(host: str, port: int, exc: Exception) -> UserError:
    return UserError(
        translate("Trust", "Cannot open a TLS connection to {host}:{port}: {error}.").format(
            host=host, port=port, error=exc
        ),
        translate("Trust", "Check the address and port, and that the server is up."),
    )


def system_verifies(host: str, port: int, timeout: float = 10.0) -> str | None:
    """None when the system's CAs verify the server; else the reason they do not."""
    ctx = ssl.create_default_context()
    try:
        with (
            socket.create_connection((host, port), timeout=timeout) as raw,
            ctx.wrap_socket(raw, server_hostname=host),
        ):
            return None
    except ssl.SSLCertVerificationError as exc:
        return str(exc.verify_message or exc)
    except (OSError, ssl.SSLError) as exc:
        raise _unreachable(host, port, exc) from exc


def check(host: str, port: int, pem: str | None = None) -> ServerCert | None:
    """Decide whether to trust ``host:port`` before anything is sent to it.

    Returns None when the system's CAs verify it, the pinned :class:`ServerCert`
    when it presents exactly the pinned certificate; raises
    :class:`UnknownCertificate` or :class:`ChangedCertificate` otherwise.
    ``pem`` overrides the stored pin (a certificate handed over out of band).
    """
    reason = system_verifies(host, port)
    if reason is None:
        return None
    pin_cert = ServerCert(host, port, pem) if pem else pinned(host, port)
    seen = presented(host, port)
    if pin_cert is None:
        raise UnknownCertificate(seen, reason)
    if seen.der != pin_cert.der:
        raise ChangedCertificate(seen, pin_cert.sha256_colons)
    return pin_cert


def pinned_context(cert: ServerCert) -> ssl.SSLContext:
    """An SSL context that accepts exactly ``cert`` (its only trust anchor).

    The host name is not checked: the pin *is* the identity (vCenter is often reached
    by an IP its certificate does not name). Anything else fails verification.
    """
    ctx = ssl.create_default_context(cadata=cert.pem)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN  # a pinned leaf that is not self-signed
    return ctx


class PinnedHTTPSConnection(http.client.HTTPSConnection):
    """HTTPS verified by the system's CAs, or accepting exactly one pinned certificate;
    either way checked in the handshake, before any request (or cookie) is sent."""

    def __init__(
        self, host: str, port: int, pinned_cert: ServerCert | None, timeout: float = 60.0
    ) -> None:
        context = pinned_context(pinned_cert) if pinned_cert else ssl.create_default_context()
        super().__init__(host, port, timeout=timeout, context=context)
        self._pinned = pinned_cert

    def connect(self) -> None:
        try:
            super().connect()
        except ssl.SSLCertVerificationError as exc:
            if self._pinned is None:
                raise UserError(
                    translate(
                        "Trust", "The certificate of {host} is not trusted: {reason}."
                    ).format(host=self.host, reason=exc.verify_message),
                    translate("Trust", "Reconnect to the server to review its certificate."),
                ) from exc
            raise ChangedCertificate(
                presented(self.host, self.port or 443), self._pinned.sha256_colons
            ) from exc
        sock = self.sock
        der = sock.getpeercert(binary_form=True) if isinstance(sock, ssl.SSLSocket) else None
        if self._pinned is not None and der != self._pinned.der:  # belt and braces
            self.sock.close()
            seen = ServerCert(self.host, self.port or 443, ssl.DER_cert_to_PEM_cert(der or b""))
            raise ChangedCertificate(seen, self._pinned.sha256_colons)
