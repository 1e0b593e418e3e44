"""Where the lab keeps its cached assets and its runtime state."""

from __future__ import annotations

import os
from pathlib import Path

from backends.resources import resource_path

#: Resource files shipped with the application (simulator source, stand-ins...).
RESOURCES = resource_path("lab")


def lab_root() -> Path:
    """``$XDG_CACHE_HOME/hangdump/lab`` (default ``~/.cache/hangdump/lab``).

    Survives between runs on one machine; CI uses it as its cache too.
    """
    override = os.environ.get("HANGDUMP_LAB_DIR")
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "hangdump" / "lab"


def assets_dir(*parts: str) -> Path:
    """A cached, versioned asset folder: ``<root>/assets/<parts...>``."""
    return lab_root().joinpath("assets", *parts)


def run_dir() -> Path:
    """Runtime state of a running lab: ports, pid files, logs, keys."""
    return lab_root() / "run"


def state_file() -> Path:
    return run_dir() / "state.json"
