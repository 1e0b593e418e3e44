"""Turn what a user types (``sftp://...``, ``https://...``, a local path) into a Source."""

from __future__ import annotations

import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from backends.errors import UserError
from backends.i18n import translate
from backends.sshconn import SshTarget
from backends.transfers.sources import HttpsSource, LocalSource, SftpSource, Source
from backends.trust import tls


def parse_sftp(url: str) -> tuple[SshTarget, str]:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme != "sftp" or not parts.hostname:
        raise UserError(
            translate("Transfers", "{url} is not an sftp:// address.").format(url=url),
            translate("Transfers", "Write it as sftp://user@host[:port]/path/to/file."),
        )
    target = SshTarget(
        host=parts.hostname,
        user=urllib.parse.unquote(parts.username or "") or SshTarget.parse(parts.hostname).user,
        port=parts.port or 22,
    )
    path = urllib.parse.unquote(parts.path)
    if not path or path.endswith("/"):
        raise UserError(
            translate("Transfers", "{url} names no file.").format(url=url),
            translate("Transfers", "Give the full path of the file."),
        )
    return target, path


def source_for(
    text: str,
    *,
    ssh_connect: Callable[[SshTarget], Callable[[], Any]] | None = None,
    https_headers: dict[str, str] | None = None,
    ssh_route: Callable[[SshTarget], Any] | None = None,
) -> Source:
    """A :class:`Source` for ``text``.

    ``ssh_connect(target)`` returns a function opening a verified SSH client (it
    carries identity, known_hosts and the trust prompt); ``ssh_route(target)`` may
    give an OpenSSH route for the fast data path; ``https_headers`` carry a session
    cookie for datastore URLs.
    """
    if text.startswith("sftp://"):
        if ssh_connect is None:
            raise UserError(
                translate("Transfers", "SFTP needs an SSH connection."),
                translate("Transfers", "Run this from the CLI or window."),
            )
        target, path = parse_sftp(text)
        display = f"sftp://{target}{path}"
        route = ssh_route(target) if ssh_route is not None else None
        if route is not None:
            from backends.transfers.openssh import FastSftpSource

            return FastSftpSource(ssh_connect(target), path, display, route)
        return SftpSource(ssh_connect(target), path, display=display)
    if text.startswith("https://"):
        parts = urllib.parse.urlsplit(text)
        host, port = parts.hostname or "", parts.port or 443
        pinned = tls.check(host, port)
        return HttpsSource(text, https_headers or {}, pinned)
    if text.startswith("[") and "]" in text:
        raise UserError(
            translate("Transfers", "{text} is a datastore path.").format(text=text),
            translate(
                "Transfers", "Give the vSphere connection too: --connection vsphere://user@host."
            ),
        )
    if "://" in text:
        raise UserError(
            translate("Transfers", "{text}: this kind of address is not supported.").format(
                text=text
            ),
            translate("Transfers", "Use sftp://, https://, a datastore path or a local file."),
        )
    return LocalSource(Path(text).expanduser())


def dest_for(source_text: str, dest: Path) -> Path:
    """``dest`` itself, or ``dest/<source's base name>`` when ``dest`` is a folder."""
    if dest.is_dir() or str(dest).endswith(("/", "\\")):
        name = Path(
            urllib.parse.unquote(urllib.parse.urlsplit(source_text).path or source_text)
        ).name
        if source_text.startswith("["):
            name = source_text.rsplit("/", 1)[-1].split("]")[-1].strip()
        return dest / name
    return dest
