"""ANSI SGR colour sequences -> QTextCharFormat runs (other escapes are dropped).

crash itself prints little colour, but shells and remote hosts do; the console
must show colour and never show raw escape bytes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtGui import QColor, QFont, QTextCharFormat

_ESC = re.compile(r"\x1b\[([0-9;?]*)([A-Za-z])|\x1b[()][0-9A-Za-z]|\x1b[=>]|\x1b\][^\x07]*\x07")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f\x7f]")

#: xterm's 16 colours (normal, bright)
PALETTE = (
    "#000000",
    "#cd0000",
    "#00cd00",
    "#cdcd00",
    "#0000ee",
    "#cd00cd",
    "#00cdcd",
    "#e5e5e5",
    "#7f7f7f",
    "#ff0000",
    "#00ff00",
    "#ffff00",
    "#5c5cff",
    "#ff00ff",
    "#00ffff",
    "#ffffff",
)

Style = tuple[int | None, int | None, bool, bool]  # fg, bg, bold, underline
PLAIN: Style = (None, None, False, False)


class AnsiParser:
    """Stateful: a colour set in one chunk carries over to the next."""

    def __init__(self) -> None:
        self.style: Style = PLAIN
        self._formats: dict[Style, QTextCharFormat] = {}
        self._partial = ""

    def runs(self, text: str) -> Iterator[tuple[str, Style]]:
        """(text, style) runs of ``text``; carriage returns and control bytes removed."""
        text = self._partial + text
        self._partial = ""
        cut = text.rfind("\x1b")
        if cut != -1 and cut > len(text) - 32 and not _ESC.match(text, cut):
            text, self._partial = text[:cut], text[cut:]  # an escape split across chunks
        text = text.replace("\r\n", "\n").replace("\r", "")
        if "\x1b" not in text:
            yield _CONTROL.sub("", text), self.style
            return
        pos = 0
        for m in _ESC.finditer(text):
            if m.start() > pos:
                yield _CONTROL.sub("", text[pos : m.start()]), self.style
            if m.group(2) == "m":
                self.style = _apply(self.style, m.group(1))
            pos = m.end()
        if pos < len(text):
            yield _CONTROL.sub("", text[pos:].replace("\x1b", "")), self.style

    def fmt(self, style: Style, base: QTextCharFormat) -> QTextCharFormat:
        """The character format for ``style`` on top of ``base`` (cached)."""
        found = self._formats.get(style)
        if found is None:
            found = QTextCharFormat(base)
            fg, bg, bold, underline = style
            if fg is not None:
                found.setForeground(QColor(PALETTE[fg]))
            if bg is not None:
                found.setBackground(QColor(PALETTE[bg]))
            if bold:
                found.setFontWeight(QFont.Weight.Bold)
            found.setFontUnderline(underline)
            self._formats[style] = found
        return found


def _apply(style: Style, params: str) -> Style:
    fg, bg, bold, underline = style
    codes = [int(p) if p.isdigit() else 0 for p in params.split(";")] if params else [0]
    i = 0
    while i < len(codes):
        c = codes[i]
        if c == 0:
            fg, bg, bold, underline = PLAIN
        elif c == 1:
            bold = True
        elif c == 4:
            underline = True
        elif c == 22:
            bold = False
        elif c == 24:
            underline = False
        elif 30 <= c <= 37:
            fg = c - 30
        elif c == 39:
            fg = None
        elif 40 <= c <= 47:
            bg = c - 40
        elif c == 49:
            bg = None
        elif 90 <= c <= 97:
            fg = c - 90 + 8
        elif 100 <= c <= 107:
            bg = c - 100 + 8
        elif c in (38, 48) and i + 2 < len(codes) and codes[i + 1] == 5:
            n = codes[i + 2]
            if n < 16:
                if c == 38:
                    fg = n
                else:
                    bg = n
            i += 2
        i += 1
    return (fg, bg, bold, underline)
