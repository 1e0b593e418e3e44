"""Running checklist commands on a guest: as the login user, or as root via sudo.

The sudo password never appears in argv: it is written to sudo's stdin
(``sudo -S -p ''``), and ``-k`` makes sudo read it every time, so it can never
reach the command itself. A user without a password rule (NOPASSWD) is run with
``sudo -n`` and the password is not sent at all.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from backends.errors import UserError
from backends.i18n import translate
from backends.readiness.checks import Evidence
from backends.sshconn import run as ssh_run

#: Root's tools live in sbin; a plain user's PATH often lacks them.
PATH_WRAP = 'PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"; export PATH; exec "$@"'


class Runner(Protocol):
    """Runs one argv on the guest and returns it as evidence."""

    @property
    def is_root(self) -> bool: ...

    def run(self, argv: Sequence[str], *, root: bool = False, timeout: float = 60.0) -> Evidence:
        """Run ``argv``; with ``root``, as root (via sudo when the login is not root)."""
        ...

    def become_root(self) -> None:
        """Make sure root commands will work, or raise a UserError saying why not."""
        ...


def _sudo_kind(stderr: str, status: int) -> str | None:
    """Which sudo failure ``stderr`` reports (sudo's own English words), or None."""
    text = stderr.lower()
    if status == 127 and "sudo" in text and "not found" in text:
        return "missing"
    if "not in the sudoers" in text or "may not run sudo" in text or "not allowed to" in text:
        return "no_rights"
    if "incorrect password" in text or "sorry, try again" in text:
        return "wrong_password"
    if "password is required" in text:
        return "needs_password"
    if "must have a tty" in text:
        return "requiretty"
    return None


def sudo_problem(stderr: str, status: int, user: str, host: str) -> UserError | None:
    """The user-facing error for a failed sudo, or None when sudo itself was not the problem."""
    kind = _sudo_kind(stderr, status)
    if kind == "missing":
        return UserError(
            translate(
                "Readiness", "sudo is not installed on {host}, and {user} is not root."
            ).format(host=host, user=user),
            translate(
                "Readiness",
                "Log in as root (user root@host), or ask the guest's administrator to install "
                "sudo and allow this user to use it.",
            ),
        )
    if kind == "no_rights":
        return UserError(
            translate(
                "Readiness", "{user} has no sudo rights on {host}; nothing was changed."
            ).format(user=user, host=host),
            translate(
                "Readiness",
                "Log in as root or as a user allowed to run sudo (a member of wheel or sudo).",
            ),
        )
    if kind == "wrong_password":
        return UserError(
            translate(
                "Readiness",
                "sudo on {host} did not accept the password of {user}; nothing was changed.",
            ).format(host=host, user=user),
            translate(
                "Readiness", "Check the password (HANGDUMP_PASSWORD or the keyring) and try again."
            ),
        )
    if kind == "needs_password":
        return UserError(
            translate("Readiness", "sudo on {host} needs the password of {user}.").format(
                host=host, user=user
            ),
            translate(
                "Readiness",
                "Set HANGDUMP_PASSWORD, store it in the keyring, or run on a terminal to be asked.",
            ),
        )
    if kind == "requiretty":
        return UserError(
            translate(
                "Readiness",
                "sudo on {host} is configured to require a terminal (Defaults requiretty).",
            ).format(host=host),
            translate(
                "Readiness",
                "Log in as root, or remove 'Defaults requiretty' for this user in /etc/sudoers.",
            ),
        )
    return None


def _sudo_failed(host: str, ev: Evidence) -> UserError:
    return UserError(
        translate("Readiness", "sudo on {host} failed: {error}.").format(
            host=host, error=ev.stderr.strip() or ev.status
        ),
        translate("Readiness", "Log in as root, or check sudo on the guest."),
    )


class SshRunner:
    """A :class:`Runner` over a verified paramiko connection."""

    def __init__(
        self,
        client: Any,
        user: str,
        host: str,
        password: Callable[[], str | None] = lambda: None,
    ) -> None:
        """``password`` is asked only if sudo wants one (never for root or NOPASSWD)."""
        self.client = client
        self.user = user
        self.host = host
        self._password_source = password
        self.password: str | None = None
        self._root = user == "root"
        self._sudo: str | None = None  # "nopasswd" | "password" once established

    @property
    def is_root(self) -> bool:
        return self._root

    def _raw(self, argv: Sequence[str], stdin: bytes | None, timeout: float) -> Evidence:
        res = ssh_run(
            self.client, ["sh", "-c", PATH_WRAP, "sh", *argv], timeout=timeout, stdin=stdin
        )
        return Evidence(tuple(argv), res.status, res.stdout, res.stderr)

    def run(self, argv: Sequence[str], *, root: bool = False, timeout: float = 60.0) -> Evidence:
        if not root or self._root:
            return self._raw(argv, None, timeout)
        self.become_root()
        if self._sudo == "nopasswd":
            ev = self._raw(["sudo", "-n", "--", *argv], None, timeout)
        else:
            secret = (self.password or "") + "\n"
            ev = self._raw(["sudo", "-S", "-k", "-p", "", "--", *argv], secret.encode(), timeout)
        return Evidence(tuple(argv), ev.status, ev.stdout, ev.stderr)

    def become_root(self) -> None:
        if self._root or self._sudo:
            return
        probe = self._raw(["sudo", "-n", "-k", "true"], None, 30.0)
        if probe.ok:
            self._sudo = "nopasswd"
            return
        said = probe.stderr + probe.stdout
        err = sudo_problem(said, probe.status, self.user, self.host)
        if err is None or _sudo_kind(said, probe.status) != "needs_password":
            raise err or _sudo_failed(self.host, probe)
        self.password = self._password_source()
        if self.password is None:
            raise err
        check = self._raw(
            ["sudo", "-S", "-k", "-p", "", "true"], (self.password + "\n").encode(), 30.0
        )
        if not check.ok:
            raise sudo_problem(check.stderr, check.status, self.user, self.host) or _sudo_failed(
                self.host, check
            )
        self._sudo = "password"
