"""Prepare guest: the kdump readiness checklist over SSH, with every fix's exact
commands shown before anything runs (``backends.readiness``)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from backends.errors import UserError
from gui import trust_dialog
from gui.connections import ssh_opener
from gui.icons import icon
from gui.jobs import JobRunner

STATUS_ICON = {"ok": "power-on", "warn": "power-suspended", "fail": "power-crashed"}


class GuestPage(QWizardPage):
    def __init__(self, address: str, identity: str) -> None:
        super().__init__()
        self.setObjectName("guestPage")
        self.setTitle(self.tr("The guest"))
        self.setSubTitle(
            self.tr("Prepare the guest while it is healthy: HangDump logs in over SSH and reads.")
        )
        form = QFormLayout(self)
        self.address = QLineEdit(address, self)
        self.address.setObjectName("guestAddress")
        self.address.setPlaceholderText("root@10.0.0.5:22")
        self.identity = QLineEdit(identity, self)
        self.identity.setObjectName("guestIdentity")
        self.identity.setPlaceholderText(self.tr("default: SSH agent and ~/.ssh keys"))
        form.addRow(self.tr("SSH address"), self.address)
        form.addRow(self.tr("SSH key"), self.identity)
        self.address.textChanged.connect(lambda _t: self.completeChanged.emit())

    def isComplete(self) -> bool:
        return bool(self.address.text().strip())


class ChecklistPage(QWizardPage):
    def __init__(self, jobs: JobRunner, known_hosts: list[str]) -> None:
        super().__init__()
        self.setObjectName("checklistPage")
        self.jobs = jobs
        self.known_hosts = known_hosts
        self.setTitle(self.tr("Readiness checklist"))
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("readinessItems")
        self.tree.setHeaderLabels([self.tr("Item"), self.tr("Finding")])
        self.tree.setColumnWidth(0, 260)
        self.tree.setWordWrap(True)
        layout.addWidget(self.tree, 3)
        # the selected item in full: its title, what it means and how it is fixed
        self.details = QLabel(self)
        self.details.setObjectName("readinessDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        details_area = QScrollArea(self)
        details_area.setWidgetResizable(True)
        details_area.setFrameShape(QFrame.Shape.StyledPanel)
        details_area.setWidget(self.details)
        layout.addWidget(details_area, 1)
        self.tree.currentItemChanged.connect(lambda item, _old: self._explain(item))
        layout.addWidget(QLabel(self.tr("These commands would fix the red items:")))
        self.commands = QPlainTextEdit(self)
        self.commands.setObjectName("readinessCommands")
        self.commands.setReadOnly(True)
        layout.addWidget(self.commands, 2)
        self.apply_button = QPushButton(self.tr("Run these commands on the guest"), self)
        self.apply_button.setObjectName("readinessApply")
        self.apply_button.clicked.connect(self._apply)
        layout.addWidget(self.apply_button)
        self.status = QLabel(self)
        self.status.setObjectName("readinessStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.checklist: Any = None

    def _target(self) -> tuple[Any, Any]:
        from backends.sshconn import SshTarget

        w = self.wizard()
        target = SshTarget.parse(w.field_address())
        opener = ssh_opener(w.field_identity(), self.known_hosts)(target)
        return target, opener

    def initializePage(self) -> None:
        self.read()

    def read(self) -> None:
        from backends.readiness import SshRunner, check

        target, opener = self._target()

        def work() -> Any:
            client = opener()
            try:
                return check(SshRunner(client, target.user, str(target)), str(target))
            finally:
                client.close()

        self.status.setText(self.tr("Reading the guest..."))
        self.apply_button.setEnabled(False)
        self.jobs.submit(
            work,
            self.tr("Could not read the guest"),
            on_done=self._show,
            on_failed=self._failed,
        )

    def _failed(self, exc: BaseException, _d: str) -> bool:
        if trust_dialog.handle(self, exc) == "retry":
            self.read()
            return True
        self.status.setText(str(exc))
        return isinstance(exc, UserError)

    def _explain(self, row: QTreeWidgetItem | None) -> None:
        item = None
        if row is not None and self.checklist is not None:
            wanted = row.data(0, Qt.ItemDataRole.UserRole)
            item = next((it for it in self.checklist.items if it.id == wanted), None)
        if item is None:
            self.details.clear()
            return
        parts = [f"<b>{html.escape(item.title)}</b>", html.escape(item.explanation)]
        if item.fix is not None:
            parts.append(html.escape(self.tr("Fix: {0}").format(item.fix.summary)))
        self.details.setText("<br>".join(parts))

    def _show(self, checklist: Any, applied: Any = None) -> None:
        self.checklist = checklist
        self.tree.clear()
        for it in checklist.items:
            row = QTreeWidgetItem([it.title, it.explanation])
            row.setIcon(0, icon(STATUS_ICON.get(it.status, "power-unknown")))
            row.setData(0, Qt.ItemDataRole.UserRole, it.id)
            row.setToolTip(1, it.explanation)
            self.tree.addTopLevelItem(row)
        fixes = checklist.fixes()
        lines: list[str] = []
        for item, fix in fixes:
            lines.append(f"# {item.id}: {fix.summary}")
            lines += fix.commands
        self.commands.setPlainText("\n".join(lines) or self.tr("(nothing to fix)"))
        self.apply_button.setEnabled(bool(fixes))
        counts = checklist.counts()
        text = self.tr("{0}: {1} ok, {2} warnings, {3} failing, {4} unknown").format(
            checklist.distro,
            counts.get("ok", 0),
            counts.get("warn", 0),
            counts.get("fail", 0),
            counts.get("unknown", 0),
        )
        if applied is not None:
            done = self.tr("The fixes ran ({0} commands) and the guest was read again.").format(
                len(applied.done)
            )
            if applied.needs_reboot:
                done += "\n" + self.tr("Reboot the guest for the kernel settings to take effect.")
            text = done + "\n" + text
        self.status.setText(text)
        # open on the first item that needs attention
        first = next(
            (i for i, it in enumerate(checklist.items) if it.status in ("fail", "warn")), 0
        )
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(first))
        self.completeChanged.emit()

    def _apply(self) -> None:
        from backends.readiness import SshRunner, apply, check

        target, opener = self._target()
        checklist = self.checklist

        def work() -> Any:
            client = opener()
            try:
                runner = SshRunner(client, target.user, str(target))
                applied = apply(runner, checklist)
                return check(runner, str(target), root_reads=True), applied
            finally:
                client.close()

        self.apply_button.setEnabled(False)
        self.status.setText(self.tr("Applying the fixes..."))
        self.jobs.submit(
            work,
            self.tr("The fixes could not be applied"),
            on_done=lambda result: self._show(*result),
        )

    def isComplete(self) -> bool:
        return self.checklist is not None


class PrepareWizard(QWizard):
    def __init__(
        self,
        jobs: JobRunner,
        address: str = "",
        identity: str = "",
        known_hosts: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("prepareWizard")
        self.setWindowTitle(self.tr("Prepare guest"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.guest = GuestPage(address, identity)
        self.checklist = ChecklistPage(jobs, known_hosts or [])
        self.addPage(self.guest)
        self.addPage(self.checklist)
        self.setMinimumSize(800, 680)

    def field_address(self) -> str:
        return self.guest.address.text().strip()

    def field_identity(self) -> str:
        return self.guest.identity.text().strip()
