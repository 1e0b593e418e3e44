"""The window's actions (toolbar, menus, the inventory's context menu), in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from gui.icons import icon


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
            QCoreApplication.translate("Actions", "Add connection..."),
            "connection",
            QCoreApplication.translate("Actions", "Connect to a vCenter, ESXi or libvirt host"),
        )
        self.add_connection.setShortcut(QKeySequence.StandardKey.New)
        self.refresh = make(
            "refresh",
            QCoreApplication.translate("Actions", "Refresh"),
            "refresh",
            QCoreApplication.translate("Actions", "Read the inventory again"),
        )
        self.refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        self.disconnect = make(
            "disconnect",
            QCoreApplication.translate("Actions", "Disconnect"),
            "",
            QCoreApplication.translate("Actions", "Close this connection"),
        )
        self.prepare = make(
            "prepare",
            QCoreApplication.translate("Actions", "Prepare guest..."),
            "prepare",
            QCoreApplication.translate("Actions", "Check and fix kdump on a healthy guest"),
        )
        self.nmi = make(
            "nmi",
            QCoreApplication.translate("Actions", "Send NMI..."),
            "nmi",
            QCoreApplication.translate(
                "Actions", "Crash the hung guest on purpose so kdump saves a vmcore"
            ),
        )
        self.snapshot = make(
            "snapshot",
            QCoreApplication.translate("Actions", "Memory snapshot..."),
            "snapshot",
            QCoreApplication.translate(
                "Actions",
                "VMware snapshot with memory, files copied and verified; a suspended VM's "
                ".vmss/.vmem are copied without a snapshot",
            ),
        )
        self.memdump = make(
            "memdump",
            QCoreApplication.translate("Actions", "Memory dump..."),
            "memdump",
            QCoreApplication.translate("Actions", "libvirt memory-only dump, copied and verified"),
        )
        self.fetch = make(
            "fetch",
            QCoreApplication.translate("Actions", "Fetch a file..."),
            "folder",
            QCoreApplication.translate(
                "Actions", "Queue a download (sftp://, a datastore path, a local file)"
            ),
        )
        self.open_dump = make(
            "open_dump",
            QCoreApplication.translate("Actions", "Open a dump..."),
            "",
            QCoreApplication.translate("Actions", "Identify a dump and analyse it"),
        )
        self.settings = make(
            "settings",
            QCoreApplication.translate("Actions", "Settings..."),
            "",
            QCoreApplication.translate("Actions", "Language, folders, symbol store, analysis host"),
        )
        self.lab_up = make(
            "lab_up",
            QCoreApplication.translate("Actions", "Start lab"),
            "",
            QCoreApplication.translate("Actions", "Start the local practice lab"),
        )
        self.lab_down = make(
            "lab_down",
            QCoreApplication.translate("Actions", "Stop lab"),
            "",
            QCoreApplication.translate("Actions", "Stop the local practice lab"),
        )
        self.lab_connect = make(
            "lab_connect",
            QCoreApplication.translate("Actions", "Connect to the lab"),
            "",
            QCoreApplication.translate("Actions", "Add the lab's libvirt and vCenter simulator"),
        )
        self.quit = make("quit", QCoreApplication.translate("Actions", "Quit"), "")
        self.quit.setShortcut(QKeySequence.StandardKey.Quit)

    def vm_actions(self) -> list[QAction]:
        return [self.prepare, self.nmi, self.snapshot, self.memdump]
