"""The crash console widget (pytest-qt, offscreen).

A session is a real CrashSession on a real pseudo-terminal; the program behind it
is a stand-in REPL (declared as such) that answers each command with the output
recorded from the lab's real crash (tests/data/crash), so no dump is needed here.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.gui

DATA = Path(__file__).resolve().parents[1] / "data" / "crash"
REPLAY = textwrap.dedent(
    """
    import sys
    from backends.triage.parse import split_transcript
    answers = split_transcript(open(sys.argv[1]).read())
    sys.stdout.write("crash> "); sys.stdout.flush()
    for line in sys.stdin:
        cmd = line.strip()
        if cmd == "quit":
            break
        if cmd == "colour":
            sys.stdout.write("\\x1b[1;31mred\\x1b[0m plain\\n")
        else:
            sys.stdout.write(answers.get(cmd, f"crash: command not found: {cmd}\\n"))
        sys.stdout.write("crash> "); sys.stdout.flush()
    """
)


@pytest.fixture
def errors() -> list[Any]:
    return []


@pytest.fixture
def console(qtbot: Any, tmp_path: Path, errors: list[Any]) -> Any:
    from backends.crash.session import CrashSession
    from backends.crash.transport import LocalPty
    from gui.crash_console import CrashConsole
    from gui.jobs import JobRunner

    script = tmp_path / "replay.py"
    script.write_text(REPLAY)
    jobs = JobRunner(lambda intro, exc, tb: errors.append((intro, exc, tb)))
    widget = CrashConsole(jobs)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()

    def opener(emit: Any, cancel: Any) -> CrashSession:
        argv = [sys.executable, "-u", str(script), str(DATA / "hung_null_blk.txt")]
        session = CrashSession(LocalPty(argv))
        _out, ok = session._read_until_prompt(20, emit, cancel)
        assert ok
        return session

    with qtbot.waitSignal(widget.session_opened, timeout=20000):
        widget.open_session(opener, "replay")
    yield widget
    widget.close_session()
    jobs.wait(10000)
    assert errors == []


def _settle(qtbot: Any, console: Any) -> None:
    qtbot.waitUntil(lambda: console.output.pending == 0, timeout=5000)


def test_first_look_toolbar_explains_each_command(console: Any) -> None:
    names = set()
    for command, act in console.first_look.items():
        assert act.toolTip().startswith(command + ": ")
        assert len(act.toolTip()) > len(command) + 20
        names.add(act.objectName())
    assert len(names) == len(console.first_look) >= 9
    assert console.input.accessibleName() and console.output.accessibleName()


def test_a_command_typed_streams_its_output(qtbot: Any, console: Any) -> None:
    console.input.setText("ps -S")
    with qtbot.waitSignal(console.command_finished, timeout=10000):
        qtbot.keyClick(console.input, "\r")
    _settle(qtbot, console)
    text = console.output.toPlainText()
    assert "UN: 4" in text
    assert text.rstrip().endswith("crash>")
    assert console.input.history == ["ps -S"]


def test_history_and_completion(qtbot: Any, console: Any) -> None:
    from PySide6.QtCore import Qt

    for cmd in ("sys", "dev -d"):
        console.input.setText(cmd)
        with qtbot.waitSignal(console.command_finished, timeout=10000):
            qtbot.keyClick(console.input, "\r")
    qtbot.keyClick(console.input, Qt.Key.Key_Up)
    assert console.input.text() == "dev -d"
    qtbot.keyClick(console.input, Qt.Key.Key_Up)
    assert console.input.text() == "sys"
    qtbot.keyClick(console.input, Qt.Key.Key_Down)
    assert console.input.text() == "dev -d"
    words = console.input.completer().model().stringList()
    assert {"foreach", "bt", "kmem", "runq"} <= set(words)


def test_triage_fills_the_findings(qtbot: Any, console: Any) -> None:
    from PySide6.QtTest import QAbstractItemModelTester

    QAbstractItemModelTester(console.findings)
    with qtbot.waitSignal(console.triage_finished, timeout=30000):
        console.act_triage.trigger()
    kinds = [console.findings.data(console.findings.index(r, 0), 256) for r in range(3)]
    assert kinds == ["nmi_panic", "hung_task", "blocked_io"]
    hung = console.findings.index(1, 0)
    lines = [
        console.findings.data(console.findings.index(r, 1, hung))
        for r in range(console.findings.rowCount(hung))
    ]
    assert any("blk_mq_get_tag" in x for x in lines)
    assert "stuck" in console.summary.text()
    _settle(qtbot, console)
    assert "crash> foreach UN bt" in console.output.toPlainText()


def test_colours_search_and_save(qtbot: Any, console: Any, tmp_path: Path) -> None:
    with qtbot.waitSignal(console.command_finished, timeout=10000):
        console.run_command("colour")
    _settle(qtbot, console)
    text = console.output.toPlainText()
    assert "red plain" in text and "\x1b" not in text
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(console.output.document())
    cursor.setPosition(text.index("red plain") + 1)  # charFormat(): the character before
    assert cursor.charFormat().foreground().color().name() == "#cd0000"
    cursor.setPosition(text.index("plain") + 1)
    assert cursor.charFormat().foreground().color().name() != "#cd0000"
    assert console.output.find_text("red")
    assert console.output.textCursor().selectedText() == "red"
    saved = console.save_output(tmp_path / "out.txt")
    assert saved is not None and "red plain" in saved.read_text()


def test_findings_model_updates_incrementally(qtbot: Any) -> None:
    from PySide6.QtTest import QAbstractItemModelTester

    from gui.findings_model import FindingsModel

    model = FindingsModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    a = {"kind": "hung_task", "summary": "two", "evidence": ["x", "y"]}
    b = {"kind": "oom", "summary": "oom", "evidence": ["z"]}
    model.set_findings([a, b])
    assert model.rowCount() == 2 and model.rowCount(model.index(0, 0)) == 2
    inserted: list[Any] = []
    model.rowsInserted.connect(lambda *args: inserted.append(args))
    model.set_findings([{"kind": "hung_task", "summary": "three", "evidence": ["1", "2", "3"]}])
    assert model.rowCount() == 1
    assert model.data(model.index(0, 1)) == "three"
    assert model.rowCount(model.index(0, 0)) == 3
    assert inserted and model.modelReset  # inserted children, no reset needed
    model.clear()
    assert model.rowCount() == 0


def test_scrollback_is_bounded_and_keeps_the_newest_lines(qtbot: Any) -> None:
    from gui.console_output import TRIM_STEP, OutputView

    view = OutputView()
    qtbot.addWidget(view)
    view.scrollback = 10_000
    view.append_text("".join(f"line {i}\n" for i in range(10_000 + TRIM_STEP + 10)))
    qtbot.waitUntil(lambda: view.pending == 0, timeout=10000)
    blocks = view.document().blockCount()
    assert blocks <= 10_000 + TRIM_STEP
    text = view.toPlainText()
    assert "line 0\n" not in text and text.endswith(f"line {10_000 + TRIM_STEP + 9}\n")
