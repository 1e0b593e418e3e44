"""The crash console: output view, command line with history and completion, first-look
toolbar with plain-language explanations, and the triage findings.

The session lives in the back end (:class:`backends.crash.session.CrashSession`);
every call into it runs through the job runner, one at a time, with its output
streamed back in batches (gui.jobs.submit_stream). No thread is started here.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCompleter,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from backends.cancel import CancelToken
from gui.console_output import OutputView
from gui.findings_model import FindingsModel
from gui.jobs import JobRunner, submit_stream

#: crash's commands (help.c), for completion
CRASH_COMMANDS = [
    "alias",
    "ascii",
    "bpf",
    "bt",
    "btop",
    "dev",
    "dis",
    "eval",
    "exit",
    "extend",
    "files",
    "foreach",
    "fuser",
    "gdb",
    "help",
    "ipcs",
    "irq",
    "kmem",
    "list",
    "log",
    "mach",
    "mod",
    "mount",
    "net",
    "p",
    "ps",
    "pte",
    "ptob",
    "ptov",
    "rd",
    "repeat",
    "runq",
    "sbitmapq",
    "search",
    "set",
    "sig",
    "struct",
    "swap",
    "sym",
    "sys",
    "task",
    "timer",
    "tree",
    "union",
    "vm",
    "vtop",
    "waitq",
    "whatis",
    "wr",
]


class HistoryLineEdit(QLineEdit):
    """A line edit with shell-like history on Up/Down."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history: list[str] = []
        self._pos = 0

    def remember(self, text: str) -> None:
        if text and (not self.history or self.history[-1] != text):
            self.history.append(text)
        self._pos = len(self.history)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self.completer().popup() if self.completer() else None
        if popup is not None and popup.isVisible():
            super().keyPressEvent(event)
            return
        if event.key() == Qt.Key.Key_Up and self.history:
            self._pos = max(0, self._pos - 1)
            self.setText(self.history[self._pos])
        elif event.key() == Qt.Key.Key_Down and self.history:
            self._pos = min(len(self.history), self._pos + 1)
            self.setText(self.history[self._pos] if self._pos < len(self.history) else "")
        else:
            super().keyPressEvent(event)


class CrashConsole(QWidget):
    """An embedded crash session."""

    session_opened = Signal()
    command_finished = Signal(str)
    triage_finished = Signal(object)

    def __init__(self, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashConsole")
        self.jobs = jobs
        self.session: Any = None
        self._queue: deque[tuple[str, Callable[[], None]]] = deque()
        self._busy = False
        self._cancel: CancelToken | None = None

        self.toolbar = QToolBar(self.tr("First-look commands"), self)
        self.toolbar.setObjectName("consoleToolbar")
        self.first_look: dict[str, QAction] = {}
        for command, explanation in self.explanations().items():
            act = QAction(command, self)
            act.setObjectName(f"firstLook_{command.split()[0]}_{len(self.first_look)}")
            act.setToolTip(f"{command}: {explanation}")
            act.setStatusTip(explanation)
            act.triggered.connect(lambda _c=False, c=command: self.run_command(c))
            self.toolbar.addAction(act)
            self.first_look[command] = act
        self.toolbar.addSeparator()
        self.act_triage = QAction(self.tr("Triage"), self)
        self.act_triage.setObjectName("consoleTriage")
        self.act_triage.setToolTip(
            self.tr("Run all first-look commands and explain in plain words what they show.")
        )
        self.act_triage.triggered.connect(self.run_triage)
        self.act_save = QAction(self.tr("Save..."), self)
        self.act_save.setObjectName("consoleSave")
        self.act_save.setToolTip(self.tr("Save everything shown in the console to a text file."))
        self.act_save.setShortcut(QKeySequence.StandardKey.Save)
        self.act_save.triggered.connect(lambda: self.save_output())
        self.act_copy = QAction(self.tr("Copy"), self)
        self.act_copy.setObjectName("consoleCopy")
        self.act_copy.setToolTip(self.tr("Copy the selected output."))
        for act in (self.act_triage, self.act_save, self.act_copy):
            self.toolbar.addAction(act)

        self.output = OutputView(self)
        self.act_copy.triggered.connect(self.output.copy)

        self.search = QLineEdit(self)
        self.search.setObjectName("consoleSearch")
        self.search.setAccessibleName(self.tr("Search the output"))
        self.search.setPlaceholderText(self.tr("Search the output"))
        self.search.returnPressed.connect(lambda: self.output.find_text(self.search.text()))
        self.find_prev = QPushButton(self.tr("Previous"), self)
        self.find_prev.setObjectName("consoleFindPrev")
        self.find_prev.clicked.connect(lambda: self.output.find_text(self.search.text(), True))
        self.find_next = QPushButton(self.tr("Next"), self)
        self.find_next.setObjectName("consoleFindNext")
        self.find_next.clicked.connect(lambda: self.output.find_text(self.search.text()))

        self.prompt = QLabel("crash>", self)
        self.input = HistoryLineEdit(self)
        self.input.setObjectName("consoleInput")
        self.input.setAccessibleName(self.tr("crash command"))
        self.input.setPlaceholderText(self.tr("Type a crash command, e.g. bt -a; Up/Down: history"))
        completer = QCompleter(QStringListModel(CRASH_COMMANDS, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.input.setCompleter(completer)
        self.input.returnPressed.connect(self._entered)
        self.run_button = QPushButton(self.tr("Run"), self)
        self.run_button.setObjectName("consoleRun")
        self.run_button.clicked.connect(self._entered)
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.setObjectName("consoleStop")
        self.stop_button.setToolTip(self.tr("Interrupt the running command (like Ctrl-C)."))
        self.stop_button.clicked.connect(self.stop)

        self.findings = FindingsModel(self)
        self.findings_view = QTreeView(self)
        self.findings_view.setObjectName("consoleFindings")
        self.findings_view.setAccessibleName(self.tr("Triage findings"))
        self.findings_view.setModel(self.findings)
        self.findings_view.setWordWrap(True)
        self.findings_view.setColumnWidth(0, 170)
        self.summary = QLabel(self)
        self.summary.setObjectName("consoleSummary")
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.status = QLabel(self.tr("No dump is open."), self)
        self.status.setObjectName("consoleStatus")

        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.find_prev)
        search_row.addWidget(self.find_next)
        input_row = QHBoxLayout()
        input_row.addWidget(self.prompt)
        input_row.addWidget(self.input, 1)
        input_row.addWidget(self.run_button)
        input_row.addWidget(self.stop_button)
        top = QWidget(self)
        tv = QVBoxLayout(top)
        tv.setContentsMargins(0, 0, 0, 0)
        tv.addLayout(search_row)
        tv.addWidget(self.output, 1)
        tv.addLayout(input_row)
        bottom = QWidget(self)
        bv = QVBoxLayout(bottom)
        bv.setContentsMargins(0, 0, 0, 0)
        # a long summary scrolls instead of being cut off
        summary_area = QScrollArea(bottom)
        summary_area.setObjectName("consoleSummaryArea")
        summary_area.setWidgetResizable(True)
        summary_area.setFrameShape(QFrame.Shape.NoFrame)
        summary_area.setWidget(self.summary)
        bv.addWidget(summary_area, 1)
        bv.addWidget(self.findings_view, 2)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([480, 300])
        self.split = split
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        self._set_enabled(False)

    def explanations(self) -> dict[str, str]:
        """The first-look commands, each with one plain sentence (translated)."""
        return {
            "sys": self.tr("Kernel version, uptime, load and the panic message: start here."),
            "log | tail -n 300": self.tr(
                "The last kernel messages before the dump: panics, hung-task and lockup reports."
            ),
            "bt -a": self.tr("What each CPU was doing at the moment of the dump."),
            "ps -m": self.tr("Every task and how long ago it last ran; old UN tasks are stuck."),
            "ps -S": self.tr("How many tasks are in each state (UN means stuck waiting)."),
            "foreach UN bt": self.tr(
                "The stacks of all stuck (D state) tasks: what they wait for."
            ),
            "runq -t": self.tr("Each CPU's run queue: a CPU that stopped scheduling shows here."),
            "kmem -i": self.tr("Memory use at a glance: did the system run out of memory?"),
            "dev -d": self.tr("Disk requests still in flight: non-zero means I/O is stuck."),
        }

    # -- session -----------------------------------------------------------
    def open_dump(self, dump: Path | str, vmlinux: Path | str | None = None) -> None:
        """Open ``dump`` in a local crash (the vmlinux found from the dump if not given)."""
        from backends.crash.locate import default_vmlinux
        from backends.crash.session import CrashSession

        def opener(emit: Callable[[str], None], cancel: CancelToken) -> Any:
            v = str(vmlinux) if vmlinux else default_vmlinux(str(dump))
            return CrashSession.open(dump, v, cancel=cancel, on_output=emit)

        self.open_session(opener, str(dump))

    def open_session(
        self, opener: Callable[[Callable[[str], None], CancelToken], Any], label: str
    ) -> None:
        """Open a session with ``opener(emit, cancel)`` in the job runner."""
        self.close_session()
        self.status.setText(self.tr("Opening {0} in crash...").format(label))
        self._busy = True
        job = submit_stream(
            self.jobs,
            opener,
            self.tr("crash could not open the dump"),
            self.output.append_text,
            on_done=lambda s: self._opened(s, label),
            on_failed=self._failed,
        )
        self._cancel = job.cancel

    def _opened(self, session: Any, label: str) -> None:
        self.session = session
        self._busy = False
        self.output.append_text("crash> ")
        self.status.setText(self.tr("crash is ready: {0}").format(label))
        self._set_enabled(True)
        self.session_opened.emit()
        self._next()

    def _failed(self, _exc: BaseException, _details: str) -> bool:
        self._busy = False
        self.status.setText(self.tr("The last action failed."))
        self._set_enabled(self.session is not None)
        self._next()
        return False  # the one error funnel shows it

    def close_session(self) -> None:
        """End the session (in the job runner; crash may take a moment to quit)."""
        session, self.session = self.session, None
        self._queue.clear()
        self._set_enabled(False)
        if session is not None:
            self.jobs.submit(session.close, self.tr("crash did not close cleanly"))

    def stop(self) -> None:
        if self._cancel is not None:
            self._cancel.cancel()

    # -- commands ----------------------------------------------------------
    def _entered(self) -> None:
        text = self.input.text().strip()
        if not text:
            return
        self.input.remember(text)
        self.input.clear()
        self.run_command(text)

    def run_command(self, command: str) -> None:
        """Run ``command`` after whatever is running now."""
        if self.session is None:
            return
        if command.strip() in ("q", "quit", "exit"):
            self.close_session()
            self.status.setText(self.tr("The session is closed."))
            return
        self._queue.append((command, lambda: self._start_command(command)))
        self._next()

    def _next(self) -> None:
        if not self._busy and self._queue and self.session is not None:
            _cmd, start = self._queue.popleft()
            start()

    def _start_command(self, command: str) -> None:
        session = self.session
        self._busy = True
        self.status.setText(self.tr("Running {0}...").format(command))
        job = submit_stream(
            self.jobs,
            lambda emit, cancel: session.run(command, on_chunk=emit, cancel=cancel),
            self.tr("The crash command failed"),
            self.output.append_text,
            on_done=lambda _out: self._command_done(command),
            on_failed=self._failed,
        )
        self._cancel = job.cancel

    def _command_done(self, command: str) -> None:
        self._busy = False
        self.status.setText(self.tr("Ready."))
        self.command_finished.emit(command)
        self._next()

    def run_triage(self) -> None:
        """Run the first-look batch, show its output and fill the findings."""
        if self.session is None:
            return
        self._queue.append(("triage", self._start_triage))
        self._next()

    def _start_triage(self) -> None:
        from backends.triage import engine

        session = self.session
        self._busy = True
        self.status.setText(self.tr("Triage: running the first-look commands..."))

        def work(emit: Callable[[str], None], cancel: CancelToken) -> Any:
            outputs, timings, errors = engine.run_commands(
                session, cancel=cancel, on_output=lambda c, out: emit(f"{c}\n{out}crash> ")
            )
            report = engine.report_from_outputs(outputs, errors)
            report.timings = timings
            return report

        job = submit_stream(
            self.jobs,
            work,
            self.tr("Triage failed"),
            self.output.append_text,
            on_done=self._triaged,
            on_failed=self._failed,
        )
        self._cancel = job.cancel

    def _triaged(self, report: Any) -> None:
        self._busy = False
        data = report.to_json()
        self.findings.set_findings(data["findings"])
        self.findings_view.expandAll()
        self.summary.setText(report.summary)
        total = sum(self.split.sizes())  # the findings are what the user came for now
        self.split.setSizes([total * 2 // 5, total - total * 2 // 5])
        self.status.setText(self.tr("Triage done: {0} finding(s).").format(len(data["findings"])))
        self.triage_finished.emit(report)
        self._next()

    # -- output ------------------------------------------------------------
    def save_output(self, path: Path | None = None) -> Path | None:
        """Write the console's text to ``path`` (asks for one when not given)."""
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the console output"), "crash-console.txt"
            )
            if not name:
                return None
            path = Path(name)
        path.write_text(self.output.toPlainText(), encoding="utf-8")
        self.status.setText(self.tr("Saved to {0}").format(str(path)))
        return path

    def _set_enabled(self, on: bool) -> None:
        for w in (self.input, self.run_button):
            w.setEnabled(on)
        for act in [*self.first_look.values(), self.act_triage]:
            act.setEnabled(on)
