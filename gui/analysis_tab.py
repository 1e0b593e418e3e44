"""The analysis tab: the dump card (what identify() found and what debuginfo to get)
beside the crash console with its triage findings (gui.crash_console, when present)."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from backends.dumps.info import DumpInfo
from gui.jobs import JobRunner


class DumpCard(QGroupBox):
    """One dump's identity, and buttons to pick the matching vmlinux or a symbol store."""

    vmlinux_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dumpCard")
        self.setTitle(self.tr("Dump"))
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.fields: dict[str, QLabel] = {}
        for key, title in (
            ("path", self.tr("File")),
            ("format", self.tr("Format")),
            ("size", self.tr("Size")),
            ("kernel_release", self.tr("Kernel release")),
            ("source", self.tr("Found in")),
            ("build_id", self.tr("Build-id")),
            ("kernel_offset", self.tr("KASLR offset")),
            ("distro", self.tr("Distribution")),
            ("package", self.tr("Debuginfo package")),
            ("where", self.tr("Where to get it")),
            ("vmlinux", self.tr("vmlinux")),
        ):
            label = QLabel(self)
            label.setObjectName(f"card_{key}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(title, label)
            self.fields[key] = label
        buttons = QHBoxLayout()
        self.pick_vmlinux = QPushButton(self.tr("Choose vmlinux..."), self)
        self.pick_vmlinux.setObjectName("cardPickVmlinux")
        self.pick_store = QPushButton(self.tr("Look in a symbol store..."), self)
        self.pick_store.setObjectName("cardPickStore")
        buttons.addWidget(self.pick_vmlinux)
        buttons.addWidget(self.pick_store)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.pick_vmlinux.clicked.connect(self._pick_vmlinux)
        self.info: DumpInfo | None = None

    def show_info(self, info: DumpInfo) -> None:
        self.info = info
        j: dict[str, Any] = info.to_json()
        deb = j.get("debuginfo") or {}
        values = {
            "path": info.path,
            "format": j.get("format"),
            "size": self.tr("{0:.1f} MiB").format(info.size / 1048576) if info.size else "",
            "kernel_release": j.get("kernel_release") or self.tr("not found"),
            "source": j.get("source"),
            "build_id": j.get("build_id"),
            "kernel_offset": j.get("kernel_offset"),
            "distro": j.get("distro_label") or j.get("distro"),
            "package": deb.get("package"),
            "where": "\n".join(deb.get("urls") or []),
            "vmlinux": deb.get("local_vmlinux") or deb.get("vmlinux_path"),
        }
        for key, value in values.items():
            self.fields[key].setText(str(value or ""))

    def _pick_vmlinux(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The debug vmlinux of this kernel"))
        if path:
            self.fields["vmlinux"].setText(path)
            self.vmlinux_chosen.emit(path)


class AnalysisTab(QWidget):
    def __init__(
        self, jobs: JobRunner, store: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("analysisTab")
        self.jobs = jobs
        self.card = DumpCard(self)
        self.open_button = QPushButton(self.tr("Open a dump..."), self)
        self.open_button.setObjectName("analysisOpen")
        self.open_button.clicked.connect(self._choose)
        self.store = store
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.addWidget(self.open_button)
        card_area = QScrollArea(left)  # a small window scrolls the card, never cuts it
        card_area.setObjectName("dumpCardArea")
        card_area.setWidgetResizable(True)
        card_area.setFrameShape(QFrame.Shape.NoFrame)
        card_area.setWidget(self.card)
        card_area.setAlignment(Qt.AlignmentFlag.AlignTop)
        lv.addWidget(card_area, 1)
        left.setMinimumWidth(480)
        self.console = self._console()
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(self.console)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.card.pick_store.clicked.connect(self._pick_store)
        self.card.vmlinux_chosen.connect(self.open_console)

    def open_console(self, vmlinux: str) -> None:
        """Open the identified dump with ``vmlinux`` in the crash console (if built in)."""
        opener = getattr(self.console, "open_dump", None)
        if callable(opener) and self.card.info is not None:
            opener(Path(self.card.info.path), vmlinux)

    def _console(self) -> QWidget:
        try:
            mod = importlib.import_module("gui.crash_console")
        except ImportError:
            mod = None
        factory = getattr(mod, "CrashConsole", None) if mod else None
        if factory is not None:
            try:
                widget: QWidget = factory(self.jobs, self)
                return widget
            except TypeError:
                widget = factory(self)
                return widget
        placeholder = QLabel(
            self.tr(
                "The crash console is not part of this build yet. Identify the dump here, "
                "then run `hangdump crash DUMP --vmlinux FILE` in a terminal."
            ),
            self,
        )
        placeholder.setObjectName("consolePlaceholder")
        placeholder.setWordWrap(True)
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return placeholder

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("A dump to analyse"))
        if path:
            self.open_dump(Path(path))

    def _pick_store(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Symbol store"))
        if folder:
            self.store = Path(folder)
            if self.card.info is not None:
                self.open_dump(Path(self.card.info.path))

    def open_dump(self, path: Path, on_done: Any = None) -> None:
        """Identify ``path`` in the job runner and show its card."""
        from backends.dumps import identify

        store = self.store

        def shown(info: DumpInfo) -> None:
            self.card.show_info(info)
            if info.local_vmlinux:  # else the user picks one (or a symbol store) first
                self.open_console(info.local_vmlinux)
            if on_done:
                on_done(info)

        self.jobs.submit(
            lambda progress, cancel: identify(path, progress, cancel, store=store),
            self.tr("Could not identify {0}").format(path.name),
            on_done=shown,
            with_progress=True,
        )
