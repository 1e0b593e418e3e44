""" "Test kdump now": crash a prepared guest on purpose and see that a dump appears.

This crashes the guest (``echo c > /proc/sysrq-trigger``). It asks like an NMI
does: the caller passes the host name the user typed, and it must match. Every
run writes an ``intent`` audit record before the crash and a ``result`` after.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from backends.cases import Case
from backends.errors import UserError
from backends.i18n import translate
from backends.readiness import parse
from backends.readiness.runner import Runner, SshRunner

TRIGGER = "echo 1 > /proc/sys/kernel/sysrq; sync; echo c > /proc/sysrq-trigger"


def _dumps(runner: Runner, directory: str) -> list[str]:
    ev = runner.run(("ls", "-1", directory))
    return sorted(ev.stdout.split()) if ev.ok else []


def test_kdump(
    open_runner: Callable[[], SshRunner],
    guest: str,
    host: str,
    typed_host: str,
    case: Case,
    *,
    dump_dir: str = "/var/crash",
    wait: float = 300.0,
    progress: Callable[[str], None] = lambda _t: None,
) -> dict[str, Any]:
    """Crash ``guest`` and wait for it to come back with a new dump in ``dump_dir``."""
    if typed_host.strip() != host:
        raise UserError(
            translate(
                "Readiness",
                "The typed name {typed} is not the guest's host {host}; nothing was done.",
            ).format(typed=repr(typed_host.strip()), host=repr(host)),
            translate(
                "Readiness", "Type the host name exactly to confirm that this guest may be crashed."
            ),
        )
    runner = open_runner()
    loaded = runner.run(("cat", "/sys/kernel/kexec_crash_loaded"))
    if parse.first_int(loaded.stdout) != 1:
        raise UserError(
            translate(
                "Readiness",
                "No capture kernel is loaded on {guest}: a crash now would only stop it, "
                "without a dump. Nothing was done.",
            ).format(guest=guest),
            translate(
                "Readiness", "Run `hangdump prepare --fix` and reboot if it asks, then test again."
            ),
        )
    runner.become_root()
    before = _dumps(runner, dump_dir)
    case.audit("test_kdump", "intent", guest=guest, dump_dir=dump_dir, dumps_before=before)
    progress(translate("Readiness", "crashing {guest} (sysrq c)").format(guest=guest))
    t0 = time.monotonic()
    try:
        ev = runner.run(("sh", "-c", TRIGGER), root=True, timeout=15.0)
    except (UserError, OSError, EOFError) as exc:  # the session dies with the kernel
        ev = None
        died = str(exc)
    else:
        died = ""
    finally:
        _close(runner)
    if ev is not None:
        result = {"crashed": False, "exit": ev.status, "stderr": ev.stderr.strip()}
        case.audit("test_kdump", "result", guest=guest, **result)
        error = ev.stderr.strip() or translate("Readiness", "exit status {status}").format(
            status=ev.status
        )
        raise UserError(
            translate("Readiness", "{guest} did not crash: {error}.").format(
                guest=guest, error=error
            ),
            translate(
                "Readiness", "sysrq may be disabled or restricted on this guest (kernel.sysrq)."
            ),
        )
    progress(
        translate(
            "Readiness", "{guest} crashed; waiting up to {wait:.0f} s for it to come back"
        ).format(guest=guest, wait=wait)
    )
    back = _wait_back(open_runner, wait, t0)
    if back is None:
        case.audit("test_kdump", "result", guest=guest, crashed=True, back=False, error=died)
        raise UserError(
            translate(
                "Readiness", "{guest} crashed but did not answer SSH again within {wait:.0f} s."
            ).format(guest=guest, wait=wait),
            translate(
                "Readiness",
                "Look at its console: the capture kernel may still be saving the dump.",
            ),
        )
    runner2, seconds = back
    try:
        after = _dumps(runner2, dump_dir)
    finally:
        _close(runner2)
    new = [d for d in after if d not in before]
    outcome = {
        "crashed": True,
        "back": True,
        "back_after_s": round(seconds, 1),
        "new_dumps": [f"{dump_dir}/{d}" for d in new],
    }
    case.audit("test_kdump", "result", guest=guest, **outcome)
    return outcome


def _wait_back(
    open_runner: Callable[[], SshRunner], wait: float, t0: float
) -> tuple[SshRunner, float] | None:
    time.sleep(3.0)  # do not reconnect to the dying kernel's sshd
    while time.monotonic() - t0 < wait:
        try:
            r = open_runner()
            if r.run(("true",), timeout=10.0).ok:
                return r, time.monotonic() - t0
            _close(r)
        except (UserError, OSError, EOFError):
            pass
        time.sleep(2.0)
    return None


def _close(runner: Runner) -> None:
    client = getattr(runner, "client", None)
    if client is not None:
        client.close()
