"""Render installer/icons/hangdump.svg to the PNG (Linux, macOS) and ICO (Windows) icons.

Run after changing the SVG, and commit the outputs:
    QT_QPA_PLATFORM=offscreen .venv/bin/python installer/icons/render.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent


def render(size: int) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    painter = QPainter(img)
    QSvgRenderer(str(HERE / "hangdump.svg")).render(painter)
    painter.end()
    return img


def main() -> int:
    _app = QGuiApplication(sys.argv)
    if not render(256).save(str(HERE / "hangdump.png")):
        return 1
    # Qt's ICO writer stores one image; 256 px is what Windows scales from.
    return 0 if render(256).save(str(HERE / "hangdump.ico"), "ICO") else 1


if __name__ == "__main__":
    sys.exit(main())
