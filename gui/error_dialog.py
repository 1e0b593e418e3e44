"""The one error funnel: user-facing errors as they are, bugs with details."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from backends.errors import Cancelled, UserError

log = logging.getLogger("hangdump.gui")


def show_error(parent: QWidget | None, intro: str, exc: BaseException, details: str = "") -> None:
    """Show ``exc`` under the heading ``intro``; cancellation shows nothing."""
    if isinstance(exc, Cancelled):
        return
    box = QMessageBox(parent)
    box.setObjectName("errorDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(intro)
    # the heading is in the box as well: some desktops show no title, grabs never do
    box.setTextFormat(Qt.TextFormat.RichText)
    if isinstance(exc, UserError):
        body = exc.message
        if exc.hint:
            box.setInformativeText(exc.hint)
    else:
        log.error("%s: %s\n%s", intro, exc, details)
        body = QCoreApplication.translate(
            "ErrorDialog", "Something unexpected went wrong: {0}"
        ).format(exc)
        box.setInformativeText(
            QCoreApplication.translate("ErrorDialog", "The details below help the developers.")
        )
        box.setDetailedText(details)
    box.setText(f"<b>{html.escape(intro)}</b><br>{html.escape(body).replace(chr(10), '<br>')}")
    box.exec()
