"""SSH into the lab guests with a pinned host key (paramiko, RejectPolicy)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from backends.errors import LabError
from backends.i18n import translate

if TYPE_CHECKING:
    import paramiko


def write_known_hosts(path: Path, port: int, host_key_pub: str) -> None:
    """A known_hosts file pinning the guests' host key for ``[127.0.0.1]:port``."""
    key_type, key_b64 = host_key_pub.split()[:2]
    path.write_text(f"[127.0.0.1]:{port} {key_type} {key_b64}\n")


def connect(ssh: dict[str, Any], timeout: float = 10.0) -> paramiko.SSHClient:
    """One verified connection as described by a guest's ``ssh`` info."""
    import paramiko

    client = paramiko.SSHClient()
    client.load_host_keys(ssh["known_hosts"])
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    try:
        client.connect(
            ssh["host"],
            port=int(ssh["port"]),
            username=ssh["user"],
            key_filename=ssh["key"],
            timeout=timeout,
            banner_timeout=timeout,
            auth_timeout=timeout,
            allow_agent=False,
            look_for_keys=False,
        )
    except Exception:
        client.close()
        raise
    return client


def wait_ssh(ssh: dict[str, Any], timeout: float, what: str) -> paramiko.SSHClient:
    """Connect, retrying while the guest's dropbear comes up."""
    import paramiko

    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        try:
            return connect(ssh, timeout=max(1.0, min(10.0, deadline - time.monotonic())))
        except paramiko.BadHostKeyException as exc:  # never retried: a wrong key is an alarm
            raise LabError(
                translate("Lab", "{what}: the host key does not match the pinned one.").format(
                    what=what
                ),
                translate("Lab", "Rebuild the lab assets (`hangdump lab setup`)."),
            ) from exc
        except (OSError, paramiko.SSHException, EOFError) as exc:
            last = exc
            time.sleep(0.3)
    raise LabError(
        translate("Lab", "{what}: no SSH login within {timeout:.0f} s ({error}).").format(
            what=what, timeout=timeout, error=last
        ),
        translate("Lab", "Look at the guest's console log (lab status shows its path)."),
    )
