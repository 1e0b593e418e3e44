"""Options and helpers shared by subcommands: SSH identity, trust prompts, progress, cases."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from backends.cases import Case
from backends.errors import UserError
from backends.i18n import translate
from backends.sshconn import SshTarget, connect
from backends.trust import ssh as ssh_trust


def add_ssh_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--identity",
        type=Path,
        metavar="FILE",
        help=translate(
            "Cli", "SSH private key (default: HANGDUMP_SSH_KEY, the agent, ~/.ssh keys)"
        ),
    )
    p.add_argument(
        "--known-hosts",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help=translate("Cli", "an extra known_hosts file to trust (repeatable)"),
    )
    p.add_argument(
        "--accept-host-key",
        metavar="SHA256:...",
        help=translate("Cli", "accept an unknown SSH host key if it has exactly this fingerprint"),
    )


def add_case_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--case",
        type=Path,
        metavar="DIR",
        help=translate(
            "Cli", "case folder to record into (default: a new one under the case root)"
        ),
    )


def open_case(args: argparse.Namespace, title: str) -> Case:
    if getattr(args, "case", None):
        return Case.open(args.case, create_title=title)
    return Case.create(title)


def confirm_host_key(err: ssh_trust.UnknownHostKey, expected: str | None) -> bool:
    """Accept ``err.key`` if it matches ``expected`` or the user types yes on a terminal."""
    key = err.key
    if expected:
        if expected.strip() == key.fingerprint:
            return True
        raise UserError(
            translate(
                "Cli", "The host key of {host} is {fingerprint}, not the expected {expected}."
            ).format(host=key.known_hosts_name, fingerprint=key.fingerprint, expected=expected),
            translate(
                "Cli", "Do not continue unless the server's administrator confirms the new key."
            ),
        ) from err
    if not sys.stdin.isatty():
        raise UserError(
            err.message,
            translate("Cli", "{hint} Then pass --accept-host-key {fingerprint}.").format(
                hint=err.hint, fingerprint=key.fingerprint
            ),
        ) from err
    prompt = translate("Cli", "Accept this host key? Type yes to accept: ")
    sys.stderr.write(f"{err.message}\n{err.hint}\n{prompt}")
    sys.stderr.flush()
    return sys.stdin.readline().strip().lower() == "yes"


def ssh_connector(
    target: SshTarget, args: argparse.Namespace, password: str | None = None
) -> Callable[[], Any]:
    """A function that opens a verified SSH connection, asking about unknown keys once."""

    def open_client() -> Any:
        try:
            return connect(
                target, identity=args.identity, password=password, known_hosts=args.known_hosts
            )
        except ssh_trust.UnknownHostKey as err:
            if not confirm_host_key(err, args.accept_host_key):
                raise UserError(
                    translate("Cli", "The host key was not accepted; nothing was done.")
                ) from err
            ssh_trust.trust(err.key)
            return connect(
                target, identity=args.identity, password=password, known_hosts=args.known_hosts
            )

    return open_client


class TerminalProgress:
    """A one-line progress bar on stderr when it is a terminal; quiet otherwise."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.last = 0.0
        self.t0 = time.monotonic()

    def __call__(self, done: int, total: int, text: str) -> None:
        if not self.tty:
            return
        now = time.monotonic()
        if now - self.last < 0.2 and done < total:
            return
        self.last = now
        if total:
            frac = done / total
            bar = "#" * int(frac * 30)
            elapsed = max(now - self.t0, 1e-6)
            sys.stderr.write(
                f"\r[{bar:<30}] {frac * 100:5.1f}% {done / 1048576:9.1f} MiB "
                f"{text[-40:]:<40} {elapsed:6.0f}s"
            )
        else:
            sys.stderr.write(f"\r{text[-80:]:<80}")
        if done >= total > 0:
            sys.stderr.write("\n")
        sys.stderr.flush()


def add_connection_option(p: argparse.ArgumentParser, required: bool = True) -> None:
    p.add_argument(
        "--connection",
        "-c",
        required=required,
        metavar="URI",
        help=translate(
            "Cli",
            "vsphere://user@host, esxi+ssh://root@host, qemu:///system, "
            "qemu+ssh://user@host/system, virsh+ssh://user@host[:port]",
        ),
    )
    p.add_argument(
        "--cert",
        type=Path,
        metavar="PEM",
        help=translate("Cli", "trust exactly this server certificate (PEM file) for vsphere://"),
    )
    p.add_argument(
        "--accept-cert",
        metavar="SHA256",
        help=translate("Cli", "accept an untrusted server certificate with exactly this SHA-256"),
    )
    p.add_argument(
        "--ssh-password",
        dest="password",
        action="store_true",
        help=translate(
            "Cli",
            "log in to an SSH connection with a password (from HANGDUMP_PASSWORD, the "
            "keyring, or a prompt; never on the command line)",
        ),
    )


def password_provider(user: str, host: str, port: int) -> str | None:
    """HANGDUMP_PASSWORD, the keyring, or a prompt on a terminal (never argv)."""
    import getpass

    from backends import secrets

    found = secrets.lookup(user, host, port)
    if found:
        return found
    if sys.stdin.isatty():
        return getpass.getpass(
            translate("Cli", "Password for {user}@{host}: ").format(user=user, host=host)
        )
    return None


def access_from_args(args: argparse.Namespace) -> Any:
    from backends.hypervisors.connect import Access
    from backends.trust.tls import UnknownCertificate

    def confirm_cert(err: UnknownCertificate) -> bool:
        want = (getattr(args, "accept_cert", None) or "").replace(":", "").lower()
        if want:
            if want == err.cert.sha256:
                return True
            raise UserError(
                translate(
                    "Cli",
                    "The certificate's SHA-256 is {sha256}, not the one given with --accept-cert.",
                ).format(sha256=err.cert.sha256_colons),
                translate("Cli", "Do not continue unless the administrator confirms it."),
            ) from err
        if not sys.stdin.isatty():
            raise UserError(
                err.message,
                translate("Cli", "{hint} Then pass --accept-cert {sha256}.").format(
                    hint=err.hint, sha256=err.cert.sha256
                ),
            ) from err
        prompt = translate("Cli", "Accept this certificate? Type yes: ")
        sys.stderr.write(f"{err.message}\n{err.hint}\n{prompt}")
        sys.stderr.flush()
        return sys.stdin.readline().strip().lower() == "yes"

    pem = args.cert.read_text() if getattr(args, "cert", None) else None
    return Access(
        ssh=lambda target: ssh_connector(
            target,
            args,
            password_provider(target.user, target.host, target.port)
            if getattr(args, "password", False)
            else None,
        ),
        password=password_provider,
        cert_pem=pem,
        confirm_certificate=confirm_cert,
    )
