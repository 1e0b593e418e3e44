"""Where HangDump keeps its own files (never passwords)."""

from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    """Per-user data: known hosts, pinned certificates, the transfer queue.

    ``HANGDUMP_DATA_DIR`` overrides it (tests, portable installs).
    """
    override = os.environ.get("HANGDUMP_DATA_DIR")
    if override:
        path = Path(override)
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir("hangdump", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def known_hosts_file() -> Path:
    """The application's own known_hosts (read beside ``~/.ssh/known_hosts``)."""
    return data_dir() / "known_hosts"


def certs_dir() -> Path:
    d = data_dir() / "certs"
    d.mkdir(parents=True, exist_ok=True)
    return d
