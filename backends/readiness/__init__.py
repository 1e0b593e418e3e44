"""Guest kdump readiness: a checklist read over SSH, and fixes shown before they run.

``check(runner, guest)`` reads the guest and returns a :class:`Checklist`;
``apply(runner, checklist)`` applies its fixes as one transaction. Both work
through a :class:`Runner` (``SshRunner`` for a real guest), which adds sudo when
the login user is not root.
"""

from __future__ import annotations

from backends.readiness.apply import Applied, apply
from backends.readiness.checks import Checklist, Evidence, Fix, Item, Status, Step
from backends.readiness.items import CHECKS
from backends.readiness.probes import Facts
from backends.readiness.runner import Runner, SshRunner


def check(runner: Runner, guest: str, *, root_reads: bool = False) -> Checklist:
    """Read ``guest`` through ``runner`` and decide every checklist item."""
    facts = Facts(runner, root_reads=root_reads)
    family = facts.family()
    items = [check_item(facts, family) for check_item in CHECKS]
    return Checklist(guest, family.key, family.label, items)


__all__ = [
    "Applied",
    "Checklist",
    "Evidence",
    "Fix",
    "Item",
    "Runner",
    "SshRunner",
    "Status",
    "Step",
    "apply",
    "check",
]
