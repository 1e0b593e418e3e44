"""The readiness checklist: items, their evidence and their fixes (plain data).

An item says one thing about the guest (``id``), how it stands (``status``), why
it matters in plain language (``explanation``), what was read to decide it
(``evidence``: the exact command and its output) and, when it is not ``ok``, the
exact commands that would fix it (``fix``). Fix commands are argv lists run as
root; nothing here runs anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from backends.sshconn import quote_argv

Status = Literal["ok", "warn", "fail", "unknown"]
STATUSES: tuple[Status, ...] = ("ok", "warn", "fail", "unknown")


def sentences(first: str, second: str) -> str:
    """Two translated sentences in a row: a space between them, none after a Chinese stop."""
    return first + second if first.endswith(("。", "！", "？")) else f"{first} {second}"


@dataclass(frozen=True)
class Evidence:
    """One command that was run on the guest and what it answered."""

    argv: tuple[str, ...]
    status: int
    stdout: str
    stderr: str = ""

    @property
    def command(self) -> str:
        return quote_argv(self.argv)

    @property
    def ok(self) -> bool:
        return self.status == 0

    @property
    def missing(self) -> bool:
        """The program itself was not found (shells answer 127)."""
        return self.status == 127

    def to_dict(self) -> dict[str, Any]:
        out = self.stdout.strip()
        err = self.stderr.strip()
        return {
            "command": self.command,
            "exit": self.status,
            "output": out,
            **({"stderr": err} if err else {}),
        }


def evidence_list(*evs: Evidence | None) -> list[Evidence]:
    """The given evidence without the ``None`` of reads that were not made."""
    return [e for e in evs if e is not None]


@dataclass(frozen=True)
class Step:
    """One command of a fix, and the command that takes it back if a later step fails."""

    argv: tuple[str, ...]
    undo: tuple[str, ...] | None = None

    @property
    def command(self) -> str:
        return quote_argv(self.argv)


@dataclass(frozen=True)
class Fix:
    """What would make an item green.

    ``writes`` names the directories the steps write into; they are probed for
    writability before anything is changed. ``optional`` fixes are advice that
    ``--fix`` shows but does not apply. ``needs_reboot`` fixes take effect only
    after the guest's owner reboots it; HangDump never reboots a guest.
    """

    summary: str
    steps: tuple[Step, ...]
    needs_reboot: bool = False
    optional: bool = False
    writes: tuple[str, ...] = ()

    @property
    def commands(self) -> list[str]:
        return [s.command for s in self.steps]

    def to_dict(self) -> dict[str, Any]:
        return {
            "summary": self.summary,
            "commands": self.commands,
            "needs_reboot": self.needs_reboot,
            "optional": self.optional,
        }


@dataclass
class Item:
    """One line of the checklist."""

    id: str
    status: Status
    title: str
    explanation: str
    evidence: list[Evidence] = field(default_factory=list)
    fix: Fix | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "status": self.status,
            "title": self.title,
            "explanation": self.explanation,
            "evidence": [e.to_dict() for e in self.evidence],
            "fix": self.fix.to_dict() if self.fix else None,
            "needs_reboot": bool(self.fix and self.fix.needs_reboot),
        }


@dataclass
class Checklist:
    """Every item for one guest, in display order."""

    guest: str
    family: str
    distro: str
    items: list[Item]

    def item(self, item_id: str) -> Item:
        for it in self.items:
            if it.id == item_id:
                return it
        raise KeyError(item_id)

    def fixes(self, include_optional: bool = False) -> list[tuple[Item, Fix]]:
        """The fixes of items that are not ok, in order, optional ones only on request."""
        return [
            (it, it.fix)
            for it in self.items
            if it.fix is not None
            and it.status in ("fail", "warn")
            and (include_optional or not it.fix.optional)
        ]

    def counts(self) -> dict[str, int]:
        return {s: sum(1 for it in self.items if it.status == s) for s in STATUSES}

    def to_dict(self) -> dict[str, Any]:
        return {
            "guest": self.guest,
            "family": self.family,
            "distro": self.distro,
            "items": [it.to_dict() for it in self.items],
            "counts": self.counts(),
        }
