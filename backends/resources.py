"""Where the application's resource files are, from the source tree or a frozen bundle.

Every path into ``resources/`` goes through :func:`resource_path`, so the same code
finds translations, icons and lab assets whether it runs from a checkout (``<repo>/
resources``) or from a PyInstaller bundle (``sys._MEIPASS/resources``; inside a macOS
``.app`` PyInstaller links that to ``Contents/Resources``).
"""

from __future__ import annotations

import sys
from pathlib import Path


def frozen() -> bool:
    """True when running from a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def resource_root() -> Path:
    """The ``resources`` folder of this installation."""
    if frozen():
        return Path(sys._MEIPASS) / "resources"  # type: ignore[attr-defined]
    return Path(__file__).resolve().parents[1] / "resources"


def resource_path(*parts: str) -> Path:
    """A path under ``resources``, e.g. ``resource_path("i18n", "hangdump_zh_CN.qm")``.

    A single argument may contain slashes: ``resource_path("i18n/hangdump_zh_CN.qm")``.
    """
    return resource_root().joinpath(*parts)
