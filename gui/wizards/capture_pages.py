"""The pages of a capture wizard. Each renders one part of a backends capture flow
(:class:`backends.capture.vmflow.VmFlow`); the flow decides, the pages only show
and collect. Blocking steps run through the one job runner."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from backends.capture.flow import Check
from backends.errors import UserError
from gui.icons import icon
from gui.jobs import JobRunner

CHECK_ICON = {"ok": "power-on", "warn": "power-suspended", "fail": "power-crashed"}


def _label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class PreflightPage(QWizardPage):
    """Runs the flow's preflight step and lists its checks."""

    def __init__(self, flow: Any, jobs: JobRunner) -> None:
        super().__init__()
        self.setObjectName("preflightPage")
        self.flow, self.jobs = flow, jobs
        self.setTitle(self.tr("Preflight"))
        self.setSubTitle(
            self.tr("HangDump checks the VM and the connection before it does anything.")
        )
        layout = QVBoxLayout(self)
        self.checks = QListWidget(self)
        self.checks.setObjectName("preflightChecks")
        self.checks.setWordWrap(True)
        self.message = _label()
        self.message.setObjectName("preflightMessage")
        layout.addWidget(self.checks)
        layout.addWidget(self.message)
        self.done = False

    def initializePage(self) -> None:
        if self.done or self.flow.current != "preflight":
            return
        self.message.setText(self.tr("Checking..."))
        self.jobs.submit(
            self.flow.run,
            self.tr("The preflight failed"),
            on_done=lambda _r: self._finished(None),
            on_failed=lambda exc, _d: self._finished(exc),
            with_progress=True,
        )

    def _finished(self, exc: BaseException | None) -> bool:
        self.checks.clear()
        for c in self.flow.data.get("checks", []):
            self.add_check(c)
        if exc is None:
            self.done = True
            self.message.setText(self.tr("Everything needed is in place."))
            if self.flow.current != "confirm":  # nothing changes on the server: no typed yes
                self.setCommitPage(True)
                self.setButtonText(ConfirmPage.wizard_commit_button(), self.flow.step.title)
        elif isinstance(exc, UserError):
            self.message.setText(f"{exc.message}\n{exc.hint}")
        else:
            return False  # a bug: the error funnel shows it
        self.completeChanged.emit()
        return True

    def add_check(self, c: Check) -> None:
        item = QListWidgetItem(icon(CHECK_ICON.get(c.status, "power-unknown")), c.message)
        item.setData(Qt.ItemDataRole.UserRole, c.id)
        self.checks.addItem(item)

    def isComplete(self) -> bool:
        return self.done


class ConfirmPage(QWizardPage):
    """The typed confirmation: Next stays disabled until the VM's exact name is typed."""

    def __init__(self, flow: Any, warning: str, action: str) -> None:
        super().__init__()
        self.setObjectName("confirmPage")
        self.flow = flow
        self.setTitle(self.tr("Confirm"))
        self.setCommitPage(True)
        self.setButtonText(self.wizard_commit_button(), action)
        layout = QVBoxLayout(self)
        self.warning = _label(warning)
        self.warning.setObjectName("confirmWarning")
        layout.addWidget(self.warning)
        self.target = _label()
        self.target.setObjectName("confirmTarget")
        layout.addWidget(self.target)
        self.typed = QLineEdit(self)
        self.typed.setObjectName("confirmTyped")
        self.typed.setAccessibleName(self.tr("Type the VM's name to confirm"))
        self.typed.textChanged.connect(lambda _t: self.completeChanged.emit())
        layout.addWidget(self.typed)
        self.error = _label()
        self.error.setStyleSheet("color: #b00020")
        layout.addWidget(self.error)
        layout.addStretch(1)

    @staticmethod
    def wizard_commit_button() -> Any:
        from PySide6.QtWidgets import QWizard

        return QWizard.WizardButton.CommitButton

    def initializePage(self) -> None:
        vm = self.flow.vm
        self.target.setText(
            self.tr("VM: {0}\nid: {1}\nhost: {2}\nType the VM's name exactly to continue:").format(
                vm.name, vm.id, vm.host or vm.path
            )
        )

    def isComplete(self) -> bool:
        return self.typed.text() == self.flow.vm.name

    def validatePage(self) -> bool:
        try:
            self.flow.submit(typed=self.typed.text())
        except UserError as exc:
            self.error.setText(str(exc))
            return False
        return True


class RunPage(QWizardPage):
    """Runs the remaining work steps one by one, with progress and a log; may stop
    before a step to ask (``ask_before``: step id -> question)."""

    def __init__(
        self, flow: Any, jobs: JobRunner, ask_before: dict[str, str] | None = None
    ) -> None:
        super().__init__()
        self.setObjectName("runPage")
        self.flow, self.jobs = flow, jobs
        self.ask_before = ask_before or {}
        self.setTitle(self.tr("Working"))
        layout = QVBoxLayout(self)
        self.step_label = _label()
        self.step_label.setObjectName("runStep")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("runProgress")
        self.log = QPlainTextEdit(self)
        self.log.setObjectName("runLog")
        self.log.setReadOnly(True)
        self.question = _label()
        self.question.setObjectName("runQuestion")
        self.yes = QPushButton(self)
        self.yes.setObjectName("runYes")
        self.no = QPushButton(self.tr("No, keep it"), self)
        self.no.setObjectName("runNo")
        self.cancel_button = QPushButton(self.tr("Cancel this step"), self)
        self.cancel_button.setObjectName("runCancel")
        for w in (
            self.step_label,
            self.bar,
            self.log,
            self.question,
            self.yes,
            self.no,
            self.cancel_button,
        ):
            layout.addWidget(w)
        self.yes.clicked.connect(self._yes)
        self.no.clicked.connect(self._no)
        self.cancel_button.clicked.connect(self._cancel)
        self._show_question(False)
        self.finished = False
        self.failed = False
        self.job: Any = None

    def initializePage(self) -> None:
        self.setTitle(self.tr("Working"))
        self._next()

    def _show_question(self, show: bool) -> None:
        for w in (self.question, self.yes, self.no):
            w.setVisible(show)

    def _next(self) -> None:
        flow = self.flow
        if flow.finished or flow.step.kind != "work":
            self._end(self.tr("Done."))
            return
        if flow.current in self.ask_before:
            self.question.setText(self.ask_before.pop(flow.current))
            self.yes.setText(self.tr("Yes: {0}").format(flow.step.title))
            self.step_label.setText(self.tr("Waiting for your answer below."))
            self.cancel_button.setEnabled(False)
            self._show_question(True)
            return
        self.step_label.setText(flow.step.title)
        self.log.appendPlainText(flow.step.title)
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.job = self.jobs.submit(
            flow.run,
            self.tr("{0} failed").format(flow.step.title),
            on_done=lambda _r: self._next(),
            on_progress=self._progress,
            on_failed=self._failed,
            on_cancelled=lambda: self._end(self.tr("Cancelled.")),
            with_progress=True,
        )

    def _progress(self, done: int, total: int, text: str) -> None:
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        if text and text != self.step_label.text():
            self.step_label.setText(text)

    def _failed(self, exc: BaseException, _details: str) -> bool:
        self.failed = True
        self._end(self.tr("Stopped: {0}").format(exc))
        return False  # shown by the error funnel as well

    def _yes(self) -> None:
        self._show_question(False)
        self._next()

    def _no(self) -> None:
        self._show_question(False)
        self.flow.data["declined"] = self.flow.current
        self._end(self.tr("Done; {0} was skipped.").format(self.flow.step.title.lower()))

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancel.cancel()

    def _end(self, text: str) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.step_label.setText(text)
        self.log.appendPlainText(text)
        self.cancel_button.setEnabled(False)
        self.finished = True
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.finished


class ResultPage(QWizardPage):
    def __init__(self, flow: Any, summarize: Any) -> None:
        super().__init__()
        self.setObjectName("resultPage")
        self.flow = flow
        self.summarize = summarize
        self.setTitle(self.tr("Result"))
        layout = QVBoxLayout(self)
        self.text = _label()
        self.text.setObjectName("resultText")
        layout.addWidget(self.text)
        open_case = QPushButton(self.tr("Open the case folder"), self)
        open_case.setObjectName("resultOpenCase")
        open_case.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.flow.case.folder)))
        )
        layout.addWidget(open_case)
        layout.addStretch(1)

    def initializePage(self) -> None:
        lines = self.summarize(self.flow)
        lines.append(self.tr("Case folder: {0}").format(self.flow.case.folder))
        self.text.setText("\n".join(lines))
