"""Shared fixtures. The lab fixtures start real servers on loopback.

A lab test on a machine without the lab skips -- except under ``CI=true``, where
a missing prerequisite is a failure (the house rule: no silent skips in CI).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
# No display here or in CI: Qt tests render offscreen unless told otherwise.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def require_lab(reason: str) -> None:
    """Fail under CI, skip elsewhere: the lab prerequisite ``reason`` is missing."""
    if IN_CI:
        pytest.fail(f"lab prerequisite missing under CI=true: {reason}", pytrace=False)
    pytest.skip(f"lab not available: {reason}")


class LabHandle:
    """The session's view of the lab: start components on demand, stop at the end."""

    def __init__(self) -> None:
        from backends.lab.control import Lab

        self.lab = Lab()
        self.started: list[str] = []

    def ensure(self, *names: str) -> dict[str, Any]:
        """Start ``names`` (reusing a lab that ``lab up`` brought up) and return the status."""
        from backends.errors import LabError

        try:
            self.started += self.lab.ensure(names)
        except LabError as exc:
            require_lab(str(exc))
        return self.lab.status()

    def close(self) -> None:
        if self.started:
            self.lab.stop(self.started)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Whole-lab up/down tests go last: ``lab down`` stops what other tests share."""
    items.sort(key=lambda item: item.get_closest_marker("lab_lifecycle") is not None)


@pytest.fixture(scope="session")
def lab() -> Iterator[LabHandle]:
    from backends.errors import LabError
    from backends.lab import assets

    if os.geteuid() != 0:
        require_lab("the lab needs root (libvirt's qemu:///system, an sshd on loopback)")
    try:
        assets.load()
    except LabError as exc:
        require_lab(str(exc))
    handle = LabHandle()
    try:
        yield handle
    finally:
        handle.close()
