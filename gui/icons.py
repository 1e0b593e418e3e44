"""Icons from resources/icons (SVG), cached; power states map to one icon each."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

ICON_DIR = Path(__file__).resolve().parents[1] / "resources" / "icons"


@cache
def icon(name: str) -> QIcon:
    """``resources/icons/<name>.svg`` (an empty icon if it is missing)."""
    path = ICON_DIR / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def power_icon(state: str) -> QIcon:
    return icon(f"power-{state}" if state else "power-unknown")
