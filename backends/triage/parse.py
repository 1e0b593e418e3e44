"""Parsers for the output of crash's first-look commands (no crash needed to test them)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_SYS_FIELD = re.compile(r"^\s*([A-Z][A-Z ]+?):\s?(.*)$")
_PS_M = re.compile(
    r"^\[\s*(?P<days>\d+)\s+(?P<h>\d+):(?P<m>\d+):(?P<s>\d+)\.(?P<ms>\d+)\]\s+"
    r"\[(?P<state>[A-Z]{2})\]\s+PID:\s+(?P<pid>\d+)\s+TASK:\s+(?P<task>[0-9a-f]+)\s+"
    r"CPU:\s+(?P<cpu>\d+)\s+COMMAND:\s+\"(?P<comm>.*)\""
)
_BT_HEAD = re.compile(
    r"^PID:\s+(?P<pid>\d+)\s+TASK:\s+(?P<task>[0-9a-f]+)\s+CPU:\s+(?P<cpu>\d+)\s+"
    r"COMMAND:\s+\"(?P<comm>.*)\""
)
_BT_FRAME = re.compile(
    r"^\s*#\d+\s+\[[0-9a-f]+\]\s+(?P<fn>\S+)\s+at\s+[0-9a-f]+(?:\s+\[(?P<mod>\S+)\])?"
)
_BT_EXC = re.compile(r"^\s*\[exception RIP: (?P<fn>[^\]+]+)")
_PS_S = re.compile(r"^\s*([A-Z]{2}):\s+(\d+)\s*$")
_DEV_D = re.compile(
    r"^\s*(?P<major>\d+)\s+(?P<gendisk>[0-9a-f]+)\s+(?P<name>\S+)\s+(?P<queue>[0-9a-f]+)\s+"
    r"(?P<total>\d+|N/A\S*)\s+(?P<read>\d+|N/A\S*)\s+(?P<write>\d+|N/A\S*)"
)


def parse_sys(text: str) -> dict[str, str]:
    """``sys`` as a dict: RELEASE, PANIC (without quotes), TASKS, UPTIME, ..."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        m = _SYS_FIELD.match(line)
        if m and m[1].strip() not in out:
            value = m[2].strip()
            if m[1].strip() == "PANIC":
                value = value.strip('"').strip()
            out[m[1].strip()] = value
    return out


@dataclass
class PsTask:
    """One line of ``ps -m``: a task and how long ago it last ran."""

    pid: int
    comm: str
    state: str
    cpu: int
    task: str
    idle_seconds: float


def parse_ps_m(text: str) -> list[PsTask]:
    tasks = []
    for line in text.splitlines():
        m = _PS_M.match(line.strip())
        if m:
            secs = (
                int(m["days"]) * 86400
                + int(m["h"]) * 3600
                + int(m["m"]) * 60
                + int(m["s"])
                + int(m["ms"]) / 10 ** len(m["ms"])
            )
            tasks.append(
                PsTask(int(m["pid"]), m["comm"], m["state"], int(m["cpu"]), m["task"], secs)
            )
    return tasks


def parse_ps_s(text: str) -> dict[str, int]:
    """``ps -S``: the number of tasks per state (RU, IN, UN, ID, ZO, ...)."""
    return {m[1]: int(m[2]) for m in (_PS_S.match(x) for x in text.splitlines()) if m}


@dataclass
class Stack:
    """One task's backtrace from ``bt``: frames innermost first."""

    pid: int
    comm: str
    cpu: int
    task: str
    frames: list[str] = field(default_factory=list)
    text: list[str] = field(default_factory=list)

    def frame_lines(self) -> list[str]:
        """The header and ``#n`` frame lines (registers left out), for evidence."""
        keep = [self.text[0]] if self.text else []
        keep += [x for x in self.text[1:] if _BT_FRAME.match(x) or "exception" in x or "---" in x]
        return keep


def parse_bt(text: str) -> list[Stack]:
    """Split ``bt -a`` / ``foreach bt`` output into one :class:`Stack` per task."""
    stacks: list[Stack] = []
    cur: Stack | None = None
    for line in text.splitlines():
        m = _BT_HEAD.match(line.strip())
        if m:
            cur = Stack(int(m["pid"]), m["comm"], int(m["cpu"]), m["task"], text=[line.strip()])
            stacks.append(cur)
            continue
        if cur is None or not line.strip():
            continue
        cur.text.append(line.rstrip())
        f = _BT_FRAME.match(line)
        if f:
            cur.frames.append(f["fn"])
            continue
        e = _BT_EXC.match(line)
        if e:
            cur.frames.append(e["fn"])
    return stacks


@dataclass
class Disk:
    name: str
    total: int | None
    read: int | None
    write: int | None


def parse_dev_d(text: str) -> list[Disk]:
    """``dev -d``: in-flight requests per disk (None where crash prints N/A)."""

    def num(v: str) -> int | None:
        return int(v) if v.isdigit() else None

    disks = []
    for line in text.splitlines():
        m = _DEV_D.match(line)
        if m:
            disks.append(Disk(m["name"], num(m["total"]), num(m["read"]), num(m["write"])))
    return disks


_TS = re.compile(r"^\[\s*\d+\.\d+\]\s?|^\[[A-Z][a-z]{2} [^\]]+\]\s?|^<\d>")


def strip_timestamp(line: str) -> str:
    """A log line without its ``[   12.345]`` (or ``log -T``) prefix."""
    return _TS.sub("", line, count=1)


def split_transcript(text: str) -> dict[str, str]:
    """A recorded transcript (``crash> CMD`` lines, then output) as {command: output}.

    Lines starting with ``#`` before the first command are a header.
    """
    out: dict[str, str] = {}
    cmd: str | None = None
    buf: list[str] = []
    for line in text.splitlines():
        if line.startswith("crash> "):
            if cmd is not None:
                out[cmd] = "\n".join(buf) + "\n"
            cmd, buf = line[len("crash> ") :].strip(), []
        elif cmd is not None:
            buf.append(line)
    if cmd is not None:
        out[cmd] = "\n".join(buf) + "\n"
    return out
