"""The main window. Narrow dependencies: it gets a job runner, never a service locator."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QMainWindow, QProgressBar, QTabWidget, QWidget

from backends import __version__
from gui.error_dialog import show_error
from gui.jobs import JobRunner
from gui.lab_panel import LabPanel


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("HangDump {0}").format(__version__))
        self.resize(1000, 680)
        self.jobs = JobRunner(self._on_job_error, self)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.lab_panel = LabPanel(self)
        self.tabs.addTab(self.lab_panel, self.tr("Practice lab"))
        self.setCentralWidget(self.tabs)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("jobProgress")
        self.progress.setMaximumWidth(240)
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)

        toolbar = self.addToolBar(self.tr("Lab"))
        toolbar.setObjectName("labToolbar")
        self.act_lab_up = QAction(self.tr("Start lab"), self)
        self.act_lab_down = QAction(self.tr("Stop lab"), self)
        for act in (self.act_lab_up, self.act_lab_down):
            toolbar.addAction(act)
        self.act_lab_up.triggered.connect(self.start_lab)
        self.act_lab_down.triggered.connect(self.stop_lab)
        self.lab_panel.start_requested.connect(self.start_lab)
        self.lab_panel.stop_requested.connect(self.stop_lab)
        self.lab_panel.refresh_requested.connect(self.refresh_lab)
        QTimer.singleShot(0, self.refresh_lab)

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
        self.lab_panel.set_status(status)
        self.statusBar().showMessage(
            self.tr("Lab running") if status.get("running") else self.tr("Lab stopped"), 5000
        )

    # -- plumbing ----------------------------------------------------------
    def _busy(self, busy: bool, text: str = "") -> None:
        self.lab_panel.set_busy(busy)
        self.act_lab_up.setEnabled(not busy)
        self.act_lab_down.setEnabled(not busy)
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
        super().closeEvent(event)
