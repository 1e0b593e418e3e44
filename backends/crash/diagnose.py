"""Turning crash's startup failures into messages that say what to get.

crash's own words (kernel.c, main.c) are matched here; each becomes a
:class:`UserError` whose hint names the debug vmlinux / debuginfo package the
dump needs, as :mod:`backends.dumps` identifies it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from backends.errors import UserError
from backends.i18n import translate

#: Approximate oldest crash that reads a kernel series (reference, section 4: 7.2.9
#: cannot read 5.10, 9.0.2 cannot read 7.0). Used only to word a hint.
MIN_CRASH_FOR_KERNEL: tuple[tuple[tuple[int, int], tuple[int, int, int]], ...] = (
    ((7, 0), (9, 0, 3)),
    ((6, 12), (9, 0, 0)),
    ((6, 0), (8, 0, 2)),
    ((5, 10), (7, 3, 0)),
)


class CrashStartError(UserError):
    """crash could not open the dump; ``output`` holds what it printed.

    ``kind`` names the case for code that reacts to it (the message is translated):
    ``"unrecognised"`` when none of crash's known complaints matched.
    """

    def __init__(self, message: str, hint: str, output: str, kind: str = "") -> None:
        super().__init__(message, hint)
        self.output = output
        self.kind = kind


def tail(text: str, lines: int = 12) -> str:
    kept = [x for x in text.strip().splitlines() if x.strip()]
    return "\n".join(kept[-lines:])


def debuginfo_advice(dump: str, identify: Callable[[str], object] | None = None) -> str:
    """What to get for ``dump``: package, vmlinux path, build-id (from backends.dumps)."""
    if identify is None and not Path(dump).is_file():
        return translate(
            "Crash",
            "Run `hangdump identify` on a copy of {dump} to learn which debuginfo "
            "package it needs.",
        ).format(dump=dump)
    try:
        if identify is None:
            from backends.dumps.identify import identify as _identify

            info: object = _identify(dump)
        else:
            info = identify(dump)
    except Exception:  # advice is best effort; the crash error is the real message
        return translate(
            "Crash",
            "Run `hangdump identify` on the dump to learn which debuginfo package it needs.",
        )
    release = getattr(info, "kernel_release", None)
    if not release:
        return translate(
            "Crash", "The dump's kernel release could not be read; run `hangdump identify` on it."
        )
    d = getattr(info, "distro", None)
    build_id = getattr(info, "build_id", None)
    kernel = (
        translate("Crash", "The dump is kernel {release} (build-id {build_id})")
        if build_id
        else translate("Crash", "The dump is kernel {release}")
    ).format(release=release, build_id=build_id)
    package = getattr(d, "package", None) if d is not None else None
    path = getattr(d, "vmlinux_path", None) if d is not None else None
    if package and path:
        get = translate("Crash", "get the debuginfo package {package}, which installs {path}")
    elif package:
        get = translate("Crash", "get the debuginfo package {package}")
    else:
        get = translate("Crash", "get the debug vmlinux built for {release}")
    return translate("Crash", "{kernel}; {get}, and pass it with --vmlinux.").format(
        kernel=kernel, get=get.format(package=package, path=path, release=release)
    )


def kernel_series(release: str | None) -> tuple[int, int] | None:
    m = re.match(r"(\d+)\.(\d+)", release or "")
    return (int(m[1]), int(m[2])) if m else None


def too_old(crash_version: tuple[int, ...] | None, release: str | None) -> bool:
    """True when this crash is older than what ``release`` is known to need."""
    series = kernel_series(release)
    if crash_version is None or series is None:
        return False
    for kernel, needs in MIN_CRASH_FOR_KERNEL:
        if series >= kernel:
            return tuple(crash_version) < needs
    return False


def classify(
    output: str,
    status: int | None,
    dump: str,
    vmlinux: str,
    *,
    where: str = "",
    advice: Callable[[], str] | None = None,
) -> CrashStartError:
    """The error for crash's startup ``output`` (it exited with ``status`` or is running)."""

    def hint_get() -> str:
        return advice() if advice else debuginfo_advice(dump)

    out = output.replace("\r", "")
    shown = tail(out)
    if status == 127 or re.search(r"crash: (?:command )?not found|'crash': No such file", out):
        from backends.crash.locate import install_hint

        return CrashStartError(
            (
                translate("Crash", "crash is not installed on {host}.")
                if where
                else translate("Crash", "crash is not installed.")
            ).format(host=where),
            install_hint(system="Linux", distro_id=""),
            shown,
        )
    if re.search(r"\bdo not match!", out):
        return CrashStartError(
            translate("Crash", "The vmlinux {vmlinux} does not match the kernel in {dump}.").format(
                vmlinux=vmlinux, dump=dump
            ),
            hint_get(),
            shown,
        )
    if "kernel version inconsistency" in out:
        return CrashStartError(
            translate(
                "Crash",
                "The vmlinux {vmlinux} is from a different build of the kernel in {dump} "
                "(crash: kernel version inconsistency).",
            ).format(vmlinux=vmlinux, dump=dump),
            hint_get(),
            shown,
        )
    if re.search(r'invalid kernel virtual address: .*type: "cpu_possible_mask"', out):
        return CrashStartError(
            translate(
                "Crash",
                "The vmlinux {vmlinux} is the wrong one for {dump} "
                "(crash cannot read cpu_possible_mask with it).",
            ).format(vmlinux=vmlinux, dump=dump),
            hint_get(),
            shown,
        )
    if re.search(
        r"no debugging data available|no \.debug_info|no symbol table|"
        r"cannot find.*debuginfo|\(not a vmlinux\)",
        out,
    ):
        return CrashStartError(
            translate(
                "Crash",
                "{vmlinux} has no debug information: crash needs the debug vmlinux, "
                "not the compressed boot image or a stripped kernel.",
            ).format(vmlinux=vmlinux),
            hint_get(),
            shown,
        )
    m = re.search(r"crash: (\S+): not a supported file format", out)
    if m:
        bad = m[1]
        if Path(bad).name == Path(vmlinux).name:
            return CrashStartError(
                translate(
                    "Crash",
                    "{vmlinux} is not a kernel ELF file crash can read (damaged or not a vmlinux).",
                ).format(vmlinux=vmlinux),
                hint_get(),
                shown,
            )
        return CrashStartError(
            (
                translate(
                    "Crash", "crash on {host} does not recognise {dump} as a dump it can read."
                )
                if where
                else translate("Crash", "crash does not recognise {dump} as a dump it can read.")
            ).format(host=where, dump=dump),
            translate(
                "Crash",
                "Check the file is complete (compare its size and SHA-256 with the source); "
                "libvirt dumps must be memory-only (virsh dump --memory-only); "
                "a newer crash may be needed.",
            ),
            shown,
        )
    if 'invalid size request: 0  type: "stack contents"' in out or (
        "invalid size request: 0" in out and "stack contents" in out
    ):
        return CrashStartError(
            translate(
                "Crash",
                "crash cannot open {dump}: it was taken from a running (not panicked) guest "
                "whose kernel has no machine-check exception stack.",
            ).format(dump=dump),
            translate(
                "Crash",
                "Send an NMI first and dump after the panic, or use a crash build with the "
                "zero-sized exception stack fix.",
            ),
            shown,
        )
    if re.search(r"cannot (?:open|read|access).*(?:No such file|Permission denied)", out) or (
        "No such file or directory" in out
    ):
        return CrashStartError(
            (
                translate("Crash", "crash on {host} cannot open {dump} or {vmlinux}.")
                if where
                else translate("Crash", "crash cannot open {dump} or {vmlinux}.")
            ).format(host=where, dump=dump, vmlinux=vmlinux),
            translate(
                "Crash",
                "Check both paths (on the analysis host when using --via) and the permissions.",
            ),
            shown,
        )
    if re.search(r"Errors like the one above typically occur when the kernel", out):
        return CrashStartError(
            translate(
                "Crash", "crash reports that {vmlinux} and {dump} do not belong together."
            ).format(vmlinux=vmlinux, dump=dump),
            hint_get(),
            shown,
        )
    message = (
        translate("Crash", "crash on {host} could not open {dump}")
        if where
        else translate("Crash", "crash could not open {dump}")
    ).format(host=where, dump=dump)
    if status is not None:
        message = translate("Crash", "{message} (exit status {status})").format(
            message=message, status=status
        )
    message = (
        translate("Crash", "{message}: {last_line}").format(
            message=message, last_line=shown.splitlines()[-1]
        )
        if shown
        else translate("Crash", "{message}.").format(message=message)
    )
    return CrashStartError(
        message,
        translate(
            "Crash",
            "Check that the vmlinux matches the dump and that crash is new enough for its "
            "kernel. {advice}",
        ).format(advice=hint_get()),
        shown,
        kind="unrecognised",
    )
