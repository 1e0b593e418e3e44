"""The transfer panel (a dock): the queue's jobs, with pause/resume/cancel/retry.

The queue lives in SQLite, so the list survives a restart: unfinished jobs come
back queued and resume from their ``.part`` files.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backends.transfers.queue import Job, TransferQueue
from gui.transfer_model import JOB_ROLE, ProgressDelegate, TransferModel


class TransferPanel(QWidget):
    def __init__(self, queue: TransferQueue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transferPanel")
        self.queue = queue
        self.model = TransferModel(self)
        queue.subscribe(self.model.listener)
        self.model.load(queue.jobs())
        self.view = QTableView(self)
        self.view.setObjectName("transferTable")
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(2, ProgressDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text in (
            ("pause", self.tr("Pause")),
            ("resume", self.tr("Resume")),
            ("cancel", self.tr("Cancel")),
            ("retry", self.tr("Retry")),
            ("folder", self.tr("Open folder")),
        ):
            b = QPushButton(text, self)
            b.setObjectName(f"transfer_{key}")
            b.clicked.connect(lambda _c=False, k=key: self._act(k))
            buttons.addWidget(b)
            self.buttons[key] = b
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.model.dataChanged.connect(lambda *_: self._enable())
        self._enable()

    def selected(self) -> Job | None:
        rows = self.view.selectionModel().selectedRows()
        job = self.model.data(rows[0], JOB_ROLE) if rows else None
        return job if isinstance(job, Job) else None

    def _enable(self) -> None:
        job = self.selected()
        state = job.state if job else ""
        self.buttons["pause"].setEnabled(state in ("queued", "running"))
        self.buttons["resume"].setEnabled(state == "paused")
        self.buttons["cancel"].setEnabled(state in ("queued", "running", "paused", "failed"))
        self.buttons["retry"].setEnabled(state in ("failed", "cancelled"))
        self.buttons["folder"].setEnabled(job is not None)

    def _act(self, key: str) -> None:
        job = self.selected()
        if job is None:
            return
        if key == "folder":
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(job.dest).parent)))
        elif key == "pause":
            self.queue.pause(job.id)
        elif key == "cancel":
            self.queue.cancel(job.id)
        else:
            self.queue.resume(job.id)
