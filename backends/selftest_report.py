"""The self-test's checklist lines and the report printed from them (text or JSON)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from backends.i18n import translate, translate_marked

OK, WARN, FAIL = "ok", "warn", "fail"


@dataclass
class Check:
    """One line of the checklist."""

    id: str
    status: str  # ok, warn, fail
    summary: str  #: English, as ``--json`` prints it
    hint: str = ""
    details: dict[str, Any] = field(default_factory=dict)
    #: ``summary`` and ``hint`` in the user's language (empty: the same as the English)
    shown: str = field(default="", compare=False, repr=False)
    hint_shown: str = field(default="", compare=False, repr=False)


def marked_check(
    check_id: str,
    status: str,
    summary: str,
    hint: str = "",
    details: dict[str, Any] | None = None,
    /,
    **values: Any,
) -> Check:
    """A :class:`Check` from ``summary`` and ``hint`` marked with
    ``QT_TRANSLATE_NOOP("Selftest", ...)`` and filled with ``values``."""
    return Check(
        check_id,
        status,
        summary.format(**values),
        hint.format(**values),
        details or {},
        shown=translate_marked("Selftest", summary).format(**values),
        hint_shown=translate_marked("Selftest", hint).format(**values) if hint else "",
    )


@dataclass
class Report:
    """All checks, plus the environment they ran in."""

    version: str
    frozen: bool
    executable: str
    platform: str
    checks: list[Check]
    seconds: float

    @property
    def usable(self) -> bool:
        """True unless a check failed (warnings leave the installation usable)."""
        return all(c.status != FAIL for c in self.checks)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for c in data["checks"]:
            del c["shown"], c["hint_shown"]
        data["usable"] = self.usable
        return data

    def to_text(self) -> str:
        marks = {OK: "[ ok ]", WARN: "[warn]", FAIL: "[FAIL]"}
        kind = (
            translate("Selftest", "bundle") if self.frozen else translate("Selftest", "source tree")
        )
        lines = [
            translate("Selftest", "HangDump {version} self-test ({kind}, {platform})").format(
                version=self.version, kind=kind, platform=self.platform
            )
        ]
        for c in self.checks:
            lines.append(f"{marks.get(c.status, c.status)} {c.id}: {c.shown or c.summary}")
            if c.hint and c.status != OK:
                hint = translate("Selftest", "hint: {hint}").format(hint=c.hint_shown or c.hint)
                lines.append(f"       {hint}")
        verdict = (
            translate("Selftest", "=> this installation is usable ({seconds:.1f} s)")
            if self.usable
            else translate("Selftest", "=> this installation is NOT usable ({seconds:.1f} s)")
        )
        lines.append(verdict.format(seconds=self.seconds))
        return "\n".join(lines)
