"""The verified HTTPS GET of the vm-support CGI, and how its failures are told.

The ticket leaves this machine only over a verified TLS connection: the host's
certificate must match the thumbprint that came with the ticket (over the
verified vCenter session), or, without one, the certificate already trusted for
this server or the system's CAs. Verification is never switched off. The answer
is awaited cancellably, with progress, on a worker thread.

:class:`CgiRefused`: nothing reached vm-support, another method may be tried;
:class:`CgiOutcomeUnknown`: the request was sent and its fate is unknown.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import socket
import threading
import time
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from backends.cancel import CancelToken, Progress
from backends.errors import Cancelled, UserError
from backends.i18n import translate
from backends.trust import tls

COOKIE = "vmware_cgi_ticket"
CONNECT_TIMEOUT = 30.0
_POLL = 1.0


class CgiRefused(UserError):
    """Nothing reached vm-support (no ticket, untrusted host, HTTP 401/403/404):
    another way to send the NMI may be tried."""


class CgiOutcomeUnknown(UserError):
    """The request reached the host and then failed or timed out: the NMI may
    still arrive, so no other method should be tried now."""


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
class Target:
    url: str  #: the URL the ticket is for
    host: str  #: where to connect (the ticket may name it)
    port: int
    vmx: str


class CgiRequest:
    """One GET of the CGI, over TLS verified as the ticket (or the session) says."""

    def __init__(
        self, server: tuple[str, int], server_cert: tls.ServerCert | None, user: str
    ) -> None:
        """``server`` and ``server_cert``: the vCenter/ESXi the session talks to and
        the certificate pinned for it; ``user``: who asks (for messages)."""
        self.server = server
        self.server_cert = server_cert
        self.user = user

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

    def get(
        self,
        target: Target,
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
        target: Target,
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
        self, target: Target, status: int, reason: str, head: bytes, size: int
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
                privilege_hint(),
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


def privilege_hint() -> str:
    return translate(
        "vSphere",
        "vm-support needs the privilege Global.Diagnostics; an administrator can add it "
        "to the user's role (Administration > Access Control > Roles).",
    )
