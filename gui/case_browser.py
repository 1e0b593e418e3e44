"""The case browser: the case folders under the case root, their report and zip."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.jobs import JobRunner


def _local_time(iso: str) -> str:
    """``case.json``'s UTC timestamp as this computer's local time, to the minute."""
    try:
        return dt.datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


def _size(size: object) -> str:
    from gui.transfer_model import human_bytes

    return human_bytes(size) if isinstance(size, int) else str(size)


class CaseBrowser(QWidget):
    open_dump = Signal(str)

    def __init__(self, jobs: JobRunner, root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseBrowser")
        self.jobs = jobs
        self.root = root
        self.list = QListWidget(self)
        self.list.setObjectName("caseList")
        self.details = QLabel(self)
        self.details.setObjectName("caseDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text in (
            ("refresh", self.tr("Refresh")),
            ("folder", self.tr("Open folder")),
            ("report", self.tr("HTML report")),
            ("zip", self.tr("Zip for a ticket")),
            ("dump", self.tr("Analyse its dump")),
        ):
            b = QPushButton(text, self)
            b.setObjectName(f"case_{key}")
            buttons.addWidget(b)
            self.buttons[key] = b
        buttons.addStretch(1)
        self.buttons["refresh"].clicked.connect(self.refresh)
        self.buttons["folder"].clicked.connect(self._folder)
        self.buttons["report"].clicked.connect(lambda: self.export(False))
        self.buttons["zip"].clicked.connect(lambda: self.export(True))
        self.buttons["dump"].clicked.connect(self._dump)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.details, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(lambda *_: self._show())
        self.last_export: Path | None = None
        self.refresh()

    def refresh(self) -> None:
        """Add new case folders, drop vanished ones (newest first); keeps the selection."""
        folders = (
            sorted((p for p in self.root.iterdir() if (p / "case.json").exists()), reverse=True)
            if self.root.is_dir()
            else []
        )
        wanted = [str(p) for p in folders]
        for i in reversed(range(self.list.count())):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) not in wanted:
                self.list.takeItem(i)
        have = {self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())}
        for pos, path in enumerate(wanted):
            if path not in have:
                item = QListWidgetItem(Path(path).name)
                item.setData(Qt.ItemDataRole.UserRole, path)
                self.list.insertItem(pos, item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._show()

    def selected(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def select(self, folder: Path) -> None:
        self.refresh()
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == str(folder):
                self.list.setCurrentRow(i)

    def _info(self, folder: Path) -> dict[str, object]:
        try:
            data = json.loads((folder / "case.json").read_text())
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _show(self) -> None:
        folder = self.selected()
        for key in ("folder", "report", "zip", "dump"):
            self.buttons[key].setEnabled(folder is not None)
        if folder is None:
            self.details.setText(self.tr("No cases yet under {0}.").format(self.root))
            return
        info = self._info(folder)
        vm = info.get("vm") if isinstance(info.get("vm"), dict) else {}
        files = info.get("files") if isinstance(info.get("files"), list) else []
        lines = [
            self.tr("Title: {0}").format(info.get("title", "")),
            self.tr("Created: {0}").format(_local_time(str(info.get("created", "")))),
            self.tr("Capture: {0}").format(self.capture_text(str(info.get("capture", "")))),
            self.tr("VM: {0}").format(vm.get("vm_name", "") if isinstance(vm, dict) else ""),
            self.tr("Files:"),
        ]
        lines += [
            f"  {f.get('name')} ({_size(f.get('size'))})" for f in files if isinstance(f, dict)
        ]
        self.details.setText("\n".join(lines))

    def capture_text(self, capture: str) -> str:
        """A case's capture kind in the user's language."""
        return {
            "nmi": self.tr("NMI (kdump writes a vmcore)"),
            "memory_snapshot": self.tr("Memory snapshot"),
            "suspended_vm_files": self.tr("Files of the suspended VM"),
            "memdump": self.tr("Memory dump"),
        }.get(capture, capture)

    def _folder(self) -> None:
        folder = self.selected()
        if folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _dump(self) -> None:
        folder = self.selected()
        if folder is None:
            return
        files = self._info(folder).get("files")
        for f in reversed(files if isinstance(files, list) else []):
            dest = f.get("dest") or str(folder / "files" / str(f.get("name")))
            if not str(dest).endswith(".vmem"):
                self.open_dump.emit(str(dest))
                return

    def export(self, as_zip: bool, on_done: object = None) -> None:
        from backends import report
        from backends.cases import Case

        folder = self.selected()
        if folder is None:
            return
        case = Case.open(folder)

        def work() -> Path:
            return report.export_zip(case) if as_zip else report.write_report(case)

        def done(path: Path) -> None:
            self.last_export = path
            if callable(on_done):
                on_done(path)
            else:
                QDesktopServices.openUrl(
                    QUrl.fromLocalFile(str(path if not as_zip else path.parent))
                )

        self.jobs.submit(work, self.tr("Could not write the report"), on_done=done)
