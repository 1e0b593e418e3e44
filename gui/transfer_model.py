"""The transfer table: a Qt adapter over the transfer queue's jobs.

The queue calls its listeners from worker threads; :class:`TransferModel` hands
each job to the GUI thread through a queued signal and updates one row.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
)

from backends.transfers.queue import Job

Index = QModelIndex | QPersistentModelIndex
JOB_ROLE = Qt.ItemDataRole.UserRole + 1
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2


def human_bytes(n: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if abs(n) < 1024 or unit == "TiB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


def human_eta(seconds: float | None) -> str:
    if seconds is None:
        return ""
    s = int(seconds)
    return (
        f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"
    )


class TransferModel(QAbstractTableModel):
    COLUMNS = ("file", "state", "progress", "size", "speed", "eta")
    job_changed = Signal(object)  # emitted from any thread, delivered queued

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.jobs: list[Job] = []
        self.job_changed.connect(self.apply, Qt.ConnectionType.QueuedConnection)

    def listener(self, job: Job) -> None:
        """For ``TransferQueue.subscribe``: safe from worker threads."""
        self.job_changed.emit(job)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.jobs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("File"),
            self.tr("State"),
            self.tr("Progress"),
            self.tr("Size"),
            self.tr("Speed"),
            self.tr("Time left"),
        )[section]

    def state_text(self, state: str) -> str:
        return {
            "queued": self.tr("Queued"),
            "running": self.tr("Downloading"),
            "paused": self.tr("Paused"),
            "failed": self.tr("Failed"),
            "done": self.tr("Done (size checked)"),
            "verified": self.tr("Verified (SHA-256)"),
            "cancelled": self.tr("Cancelled"),
        }.get(state, state)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.jobs):
            return None
        job = self.jobs[index.row()]
        col = self.COLUMNS[index.column()]
        if role == JOB_ROLE:
            return job
        if role == PROGRESS_ROLE:
            return int(100 * job.done / job.size) if job.size else 0
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join([job.source, job.dest, job.error, *job.log[-5:]]).strip()
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "file": Path(job.dest).name,
            "state": self.state_text(job.state),
            "progress": f"{int(100 * job.done / job.size) if job.size else 0}%",
            "size": human_bytes(job.size) if job.size else "",
            "speed": f"{human_bytes(job.speed)}/s" if job.state == "running" else "",
            "eta": human_eta(job.eta_seconds) if job.state == "running" else "",
        }[col]

    def row_of(self, job_id: int) -> int:
        for i, j in enumerate(self.jobs):
            if j.id == job_id:
                return i
        return -1

    def apply(self, job: Job) -> None:
        """Update the job's row, or append it."""
        row = self.row_of(job.id)
        if row < 0:
            self.beginInsertRows(QModelIndex(), len(self.jobs), len(self.jobs))
            self.jobs.append(job)
            self.endInsertRows()
            return
        self.jobs[row] = job
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def load(self, jobs: list[Job]) -> None:
        for job in jobs:
            self.apply(job)


class ProgressDelegate(QStyledItemDelegate):
    """Draws the progress column as a progress bar."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        bar = QStyleOptionProgressBar()
        rect: QRect = option.rect  # type: ignore[attr-defined]
        bar.rect = rect.adjusted(2, 3, -2, -3)  # type: ignore[attr-defined]
        bar.minimum = 0  # type: ignore[attr-defined]
        bar.maximum = 100  # type: ignore[attr-defined]
        bar.progress = int(index.data(PROGRESS_ROLE) or 0)  # type: ignore[attr-defined]
        bar.text = f"{bar.progress}%"  # type: ignore[attr-defined]
        bar.textVisible = True  # type: ignore[attr-defined]
        QApplication.style().drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)
