"""A command runner that answers from a transcript, for readiness unit tests.

Transcript format (tests/data/readiness/<family>.txt): ``#`` lines at the top say
where the outputs come from; ``$ COMMAND`` starts a command (its shell-quoted
argv; a trailing `` ...`` matches any command with that prefix), then optional
``[exit N]`` and ``[stderr] text`` lines, then stdout lines. A command that is
not in the transcript answers like a shell whose PATH lacks the program (127).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from backends.errors import UserError
from backends.readiness.checks import Evidence
from backends.sshconn import quote_argv

DATA = Path(__file__).parent / "data" / "readiness"


def load_transcript(path: Path) -> dict[str, tuple[int, str, str]]:
    answers: dict[str, tuple[int, str, str]] = {}
    command: str | None = None
    status, out, err = 0, [], []

    def flush() -> None:
        if command is not None:
            answers[command] = (status, "".join(out), "".join(err))

    for line in path.read_text().splitlines(keepends=True):
        if line.startswith("$ "):
            flush()
            command, status, out, err = line[2:].rstrip("\n"), 0, [], []
        elif command is None:
            continue  # the header
        elif line.startswith("[exit ") and not out:
            status = int(line[6:].split("]")[0])
        elif line.startswith("[stderr] "):
            err.append(line[9:])
        else:
            out.append(line)
    flush()
    return answers


class TranscriptRunner:
    """Answers commands from a transcript and records what was asked (as which user)."""

    def __init__(
        self,
        name: str,
        *,
        root: bool = True,
        sudo_ok: bool = True,
        changes: dict[str, tuple[int, str, str]] | None = None,
    ) -> None:
        """``changes`` answers root commands (fix steps, preflight probes) by prefix; any
        other root command not in the transcript succeeds silently, as on a healthy guest."""
        self.answers = load_transcript(DATA / f"{name}.txt")
        self.asked: list[tuple[str, bool]] = []
        self._root = root
        self.sudo_ok = sudo_ok
        self.changes = changes or {}

    @property
    def is_root(self) -> bool:
        return self._root

    def become_root(self) -> None:
        if not (self._root or self.sudo_ok):
            raise UserError("no sudo rights (fake)")

    def run(self, argv: Sequence[str], *, root: bool = False, timeout: float = 60.0) -> Evidence:
        cmd = quote_argv(argv)
        self.asked.append((cmd, root))
        if root:
            for prefix, answer in self.changes.items():
                if cmd.startswith(prefix):
                    return Evidence(tuple(argv), *answer)
            if cmd not in self.answers:
                return Evidence(tuple(argv), 0, "", "")
        found = self.answers.get(cmd)
        if found is None:
            for key, value in self.answers.items():
                if key.endswith(" ...") and cmd.startswith(key[:-4]):
                    found = value
                    break
        if found is None:
            found = (127, "", f"sh: {argv[0]}: not found\n")
        status, out, err = found
        return Evidence(tuple(argv), status, out, err)


class RecordingRunner:
    """Wraps a real runner and writes what it saw as a transcript (to record the lab)."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.seen: list[Evidence] = []

    @property
    def is_root(self) -> bool:
        return bool(self.inner.is_root)  # type: ignore[attr-defined]

    def become_root(self) -> None:
        self.inner.become_root()  # type: ignore[attr-defined]

    def run(self, argv: Sequence[str], *, root: bool = False, timeout: float = 60.0) -> Evidence:
        ev: Evidence = self.inner.run(argv, root=root, timeout=timeout)  # type: ignore[attr-defined]
        self.seen.append(ev)
        return ev

    def transcript(self, header: str) -> str:
        parts = [header.rstrip("\n") + "\n"]
        for ev in self.seen:
            parts.append(f"$ {ev.command}\n")
            if ev.status:
                parts.append(f"[exit {ev.status}]\n")
            parts += [f"[stderr] {ln}\n" for ln in ev.stderr.splitlines()]
            parts.append(
                ev.stdout if ev.stdout.endswith("\n") or not ev.stdout else ev.stdout + "\n"
            )
        return "".join(parts)
