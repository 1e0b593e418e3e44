"""The window's actions (toolbar, menus, the inventory's context menu), in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from gui.icons import icon


def tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


class Actions:
    """Plain holder: the window connects them, panels only show them."""

    def __init__(self, parent: QObject) -> None:
        def make(name: str, text: str, icon_name: str = "", tip: str = "") -> QAction:
            act = QAction(icon(icon_name) if icon_name else icon("none"), text, parent)
            act.setObjectName(f"act_{name}")
            if tip:
                act.setToolTip(tip)
                act.setStatusTip(tip)
            return act

        self.add_connection = make(
            "add_connection",
            tr("Add connection..."),
            "connection",
            tr("Connect to a vCenter, ESXi or libvirt host"),
        )
        self.add_connection.setShortcut(QKeySequence.StandardKey.New)
        self.refresh = make("refresh", tr("Refresh"), "refresh", tr("Read the inventory again"))
        self.refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        self.disconnect = make("disconnect", tr("Disconnect"), "", tr("Close this connection"))
        self.prepare = make(
            "prepare",
            tr("Prepare guest..."),
            "prepare",
            tr("Check and fix kdump on a healthy guest"),
        )
        self.nmi = make(
            "nmi",
            tr("Send NMI..."),
            "nmi",
            tr("Crash the hung guest on purpose so kdump saves a vmcore"),
        )
        self.snapshot = make(
            "snapshot",
            tr("Memory snapshot..."),
            "snapshot",
            tr("VMware snapshot with memory, files copied and verified"),
        )
        self.memdump = make(
            "memdump",
            tr("Memory dump..."),
            "memdump",
            tr("libvirt memory-only dump, copied and verified"),
        )
        self.fetch = make(
            "fetch",
            tr("Fetch a file..."),
            "folder",
            tr("Queue a download (sftp://, a datastore path, a local file)"),
        )
        self.open_dump = make(
            "open_dump", tr("Open a dump..."), "", tr("Identify a dump and analyse it")
        )
        self.settings = make(
            "settings", tr("Settings..."), "", tr("Language, folders, symbol store, analysis host")
        )
        self.lab_up = make("lab_up", tr("Start lab"), "", tr("Start the local practice lab"))
        self.lab_down = make("lab_down", tr("Stop lab"), "", tr("Stop the local practice lab"))
        self.lab_connect = make(
            "lab_connect",
            tr("Connect to the lab"),
            "",
            tr("Add the lab's libvirt and vCenter simulator"),
        )
        self.quit = make("quit", tr("Quit"), "")
        self.quit.setShortcut(QKeySequence.StandardKey.Quit)

    def vm_actions(self) -> list[QAction]:
        return [self.prepare, self.nmi, self.snapshot, self.memdump]
