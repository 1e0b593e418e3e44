"""Create the application and open the main window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication

from backends import __version__
from gui import i18n


def parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="hangdump", add_help=True)
    parser.add_argument(
        "--lab", action="store_true", help="start the local practice lab and show it"
    )
    parser.add_argument(
        "--lang", choices=sorted(i18n.LANGUAGES), help="interface language (default: the system's)"
    )
    known, _qt_args = parser.parse_known_args(list(argv))
    return known


def run(argv: Sequence[str]) -> int:
    args = parse(argv)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *argv])
    app.setApplicationName("HangDump")
    app.setOrganizationName("HangDump")
    app.setApplicationVersion(__version__)
    from gui.settings import Settings

    i18n.install(app, args.lang or Settings().language or None)

    from gui.main_window import MainWindow

    window = MainWindow(offer_lab=not args.lab)
    window.show()
    if args.lab:
        window.connect_lab_when_up = True
        window.start_lab()
    return int(app.exec())
