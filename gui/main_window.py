"""The main window. Narrow dependencies: it owns the job runner, the connections and
the transfer queue, and hands each panel only what it needs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QTabWidget,
    QWidget,
)

from backends import __version__
from backends.hypervisors.base import VmInfo
from backends.profiles import Profile
from gui.actions import Actions
from gui.error_dialog import show_error
from gui.inventory_model import InventoryModel
from gui.inventory_panel import InventoryPanel
from gui.jobs import JobRunner
from gui.lab_panel import LabPanel
from gui.settings import Settings


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None, offer_lab: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("HangDump {0}").format(__version__))
        self.resize(1100, 720)
        self.settings = Settings()
        self.offer_lab = offer_lab
        self.connect_lab_when_up = False  #: `hangdump --lab`: connect once the lab is up
        self.lab_status: dict[str, Any] = {}
        self.jobs = JobRunner(self._on_job_error, self)
        self.actions = Actions(self)

        from gui.connections import Connections

        self.model = InventoryModel(self)
        self.connections = Connections(self.jobs, self.model, self, self)
        self.inventory = InventoryPanel(self.model, self)
        self.inventory.menu_actions = [
            *self.actions.vm_actions(),
            None,
            self.actions.refresh,
            self.actions.disconnect,
        ]
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.addTab(self.inventory, self.tr("Inventory"))
        self._analysis: Any = None
        self._cases: Any = None
        self.lab_panel = LabPanel(self)
        self.analysis_index = self.tabs.addTab(QWidget(), self.tr("Analysis"))
        self.cases_index = self.tabs.addTab(QWidget(), self.tr("Cases"))
        self.tabs.addTab(self.lab_panel, self.tr("Practice lab"))
        self.tabs.currentChanged.connect(self._tab_shown)
        self.setCentralWidget(self.tabs)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("jobProgress")
        self.progress.setMaximumWidth(240)
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self._build_bars()
        self.transfer_dock = QDockWidget(self.tr("Transfers"), self)
        self.transfer_dock.setObjectName("transferDock")
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.transfer_dock)
        self.resizeDocks([self.transfer_dock], [190], Qt.Orientation.Vertical)
        self._queue: Any = None
        self._connect_actions()
        self.inventory.selection_changed.connect(self._update_actions)
        self._update_actions()
        QTimer.singleShot(0, self._deferred_start)

    # -- layout ------------------------------------------------------------
    def _build_bars(self) -> None:
        a = self.actions
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for act in (a.add_connection, a.refresh, None, a.prepare, a.nmi, a.snapshot, a.memdump):
            toolbar.addSeparator() if act is None else toolbar.addAction(act)
        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        for act in (a.add_connection, a.fetch, a.open_dump, None, a.settings, None, a.quit):
            file_menu.addSeparator() if act is None else file_menu.addAction(act)
        self.saved_menu = menus.addMenu(self.tr("&Connections"))
        self.saved_menu.setObjectName("savedConnections")
        self.saved_menu.aboutToShow.connect(self._fill_saved)
        vm_menu = menus.addMenu(self.tr("&VM"))
        for act in (*a.vm_actions(), None, a.refresh, a.disconnect):
            vm_menu.addSeparator() if act is None else vm_menu.addAction(act)
        lab_menu = menus.addMenu(self.tr("&Lab"))
        for act in (a.lab_up, a.lab_connect, a.lab_down):
            lab_menu.addAction(act)

    def _connect_actions(self) -> None:
        from gui import window_ops as ops

        a = self.actions
        a.add_connection.triggered.connect(lambda: ops.add_connection(self))
        a.refresh.triggered.connect(self._refresh)
        a.disconnect.triggered.connect(self._disconnect)
        a.prepare.triggered.connect(lambda: ops.prepare_guest(self))
        a.nmi.triggered.connect(lambda: ops.capture(self, "nmi"))
        a.snapshot.triggered.connect(lambda: ops.capture(self, "snapshot"))
        a.memdump.triggered.connect(lambda: ops.capture(self, "memdump"))
        a.fetch.triggered.connect(lambda: ops.fetch_file(self))
        a.open_dump.triggered.connect(lambda: self.analysis()._choose())
        a.settings.triggered.connect(lambda: ops.settings_dialog(self))
        a.lab_up.triggered.connect(self.start_lab)
        a.lab_down.triggered.connect(self.stop_lab)
        a.lab_connect.triggered.connect(lambda: ops.connect_lab(self))
        a.quit.triggered.connect(self.close)
        self.lab_panel.start_requested.connect(self.start_lab)
        self.lab_panel.stop_requested.connect(self.stop_lab)
        self.lab_panel.refresh_requested.connect(self.refresh_lab)

    def _deferred_start(self) -> None:
        self.transfer_dock.setWidget(self.transfers())
        self.refresh_lab()

    # -- lazily built parts (keep the first paint fast) ----------------------
    def transfers(self) -> Any:
        if self._queue is None:
            from backends.transfers.queue import TransferQueue
            from gui.transfer_panel import TransferPanel
            from gui.window_ops import resolver

            self._queue = TransferQueue(resolver(self.connections))
            self._transfer_panel = TransferPanel(self._queue, self)
        return self._transfer_panel

    def analysis(self) -> Any:
        if self._analysis is None:
            from gui.analysis_tab import AnalysisTab

            store = self.settings.symbol_store
            self._analysis = AnalysisTab(self.jobs, Path(store) if store else None, self)
            self._replace_tab(self.analysis_index, self._analysis, self.tr("Analysis"))
        return self._analysis

    def cases(self) -> Any:
        if self._cases is None:
            from gui.case_browser import CaseBrowser

            self._cases = CaseBrowser(self.jobs, self.settings.case_root, self)
            self._cases.open_dump.connect(self.open_dump)
            self._replace_tab(self.cases_index, self._cases, self.tr("Cases"))
        return self._cases

    def _replace_tab(self, index: int, widget: QWidget, title: str) -> None:
        current = self.tabs.currentIndex()
        old = self.tabs.widget(index)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, title)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        old.deleteLater()

    def _tab_shown(self, index: int) -> None:
        if index == self.analysis_index:
            self.analysis()
        elif index == self.cases_index:
            self.cases().refresh()

    def open_dump(self, path: str) -> None:
        self.tabs.setCurrentIndex(self.analysis_index)
        self.analysis().open_dump(Path(path))

    # -- selection and actions -------------------------------------------------
    def selected_vm(self) -> VmInfo | None:
        return self.inventory.selected_vm()

    def selected_connection(self) -> str | None:
        node = self.inventory.selected_node()
        return node.connection().key if node is not None else None

    def selected_profile(self) -> Profile | None:
        name = self.selected_connection()
        return self.connections.profiles.get(name) if name else None

    def _update_actions(self) -> None:
        vm = self.selected_vm()
        name = self.selected_connection()
        hv = self.connections.hypervisors.get(name or "")
        kind = getattr(hv, "kind", "")
        a = self.actions
        a.refresh.setEnabled(hv is not None)
        a.disconnect.setEnabled(name is not None)
        a.prepare.setEnabled(vm is not None)
        a.nmi.setEnabled(vm is not None and hv is not None)
        a.snapshot.setEnabled(vm is not None and kind in ("vsphere", "esxi+ssh"))
        a.memdump.setEnabled(vm is not None and kind in ("libvirt", "virsh+ssh"))

    def _refresh(self) -> None:
        name = self.selected_connection()
        if name:
            self.connections.refresh(name)

    def _disconnect(self) -> None:
        name = self.selected_connection()
        if name:
            self.connections.disconnect(name)
            self._update_actions()

    def _fill_saved(self) -> None:
        from backends import profiles
        from gui import window_ops as ops

        self.saved_menu.clear()
        try:
            saved = profiles.load()
        except Exception as exc:
            show_error(self, self.tr("Could not read the saved connections"), exc)
            return
        for p in saved:
            act = self.saved_menu.addAction(f"{p.name}  ({p.uri})")
            act.triggered.connect(lambda _c=False, prof=p: ops.open_profile(self, prof))
        if not saved:
            self.saved_menu.addAction(self.tr("(no saved connections)")).setEnabled(False)

    def ask_password(self, profile: Profile) -> str | None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Password"),
            self.tr("Password for {0}:").format(profile.uri),
            QLineEdit.EchoMode.Password,
        )
        return text if ok else None

    # -- lab ---------------------------------------------------------------
    def refresh_lab(self) -> None:
        from backends.lab.control import Lab

        self.jobs.submit(
            lambda: Lab().status(),
            self.tr("Could not read the lab's state"),
            on_done=self._show_lab,
        )

    def start_lab(self) -> None:
        from backends.lab.control import Lab

        def up(progress: Any, cancel: Any) -> dict[str, Any]:
            lab = Lab()
            lab.up(progress)
            return lab.status()

        self._busy(True, self.tr("Starting the lab..."))
        self.jobs.submit(
            up,
            self.tr("Could not start the lab"),
            on_done=self._show_lab,
            on_progress=self._on_progress,
            with_progress=True,
        )

    def stop_lab(self) -> None:
        from backends.lab.control import Lab

        def down() -> dict[str, Any]:
            Lab().down()
            return {"running": False}

        self._busy(True, self.tr("Stopping the lab..."))
        self.jobs.submit(down, self.tr("Could not stop the lab"), on_done=self._show_lab)

    def _show_lab(self, status: dict[str, Any]) -> None:
        self._busy(False)
        self.lab_status = status
        self.lab_panel.set_status(status)
        self.actions.lab_connect.setEnabled(bool(status.get("running")))
        if self.connect_lab_when_up and status.get("running"):
            self.connect_lab_when_up = False
            from gui import window_ops

            window_ops.connect_lab_directly(self)
        if self.offer_lab and not self.settings.lab_offered and status.get("running"):
            self.settings.lab_offered = True
            answer = QMessageBox.question(
                self,
                self.tr("Practice lab"),
                self.tr(
                    "A practice lab runs on this computer (a libvirt guest and a vCenter "
                    "simulator). Connect to it to try HangDump safely?"
                ),
            )
            if answer == QMessageBox.StandardButton.Yes:
                from gui import window_ops

                window_ops.connect_lab(self)

    # -- plumbing ----------------------------------------------------------
    def _busy(self, busy: bool, text: str = "") -> None:
        self.lab_panel.set_busy(busy)
        self.actions.lab_up.setEnabled(not busy)
        self.actions.lab_down.setEnabled(not busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
            self.statusBar().showMessage(text)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        self.statusBar().showMessage(text)

    def _on_job_error(self, intro: str, exc: BaseException, details: str) -> None:
        self._busy(False)
        show_error(self, intro, exc, details)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.jobs.wait(2000)
        if self._queue is not None:
            self._queue.close()
        self.connections.close_all()
        super().closeEvent(event)
