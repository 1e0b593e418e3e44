"""Deciding each checklist item from what was read (see probes.py).

The items about where the dump goes and how it is read later are in dump_items.py;
``CHECKS`` here lists every item in checklist order.
"""

from __future__ import annotations

from collections.abc import Callable

from backends.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from backends.readiness import fixes, parse
from backends.readiness.checks import Fix, Item, evidence_list, sentences
from backends.readiness.distro import Family
from backends.readiness.dump_items import debuginfo, dump_target_space
from backends.readiness.probes import HANG_SYSCTLS, HANGDUMP_SYSCTL_FILE, NMI_SYSCTLS, Facts

NMI_WHY = {
    "kernel.unknown_nmi_panic": QT_TRANSLATE_NOOP(
        "Readiness",
        "When the hypervisor sends an NMI to a hung VM, the kernel panics instead of "
        "printing a warning and carrying on; the panic starts kdump, which saves the memory.",
    ),
    "kernel.panic_on_unrecovered_nmi": QT_TRANSLATE_NOOP(
        "Readiness",
        "Some hypervisors deliver the NMI as an 'unrecovered' hardware NMI; with this set "
        "the kernel panics on those too, so the dump is taken either way.",
    ),
}


def _file_text(facts: Facts, path: str) -> str | None:
    ev = facts.cat(path)
    return ev.stdout if ev.ok else None


def os_release(facts: Facts, family: Family) -> Item:
    ev = facts.os_release()
    if not ev.ok:
        return Item(
            "os_release",
            "unknown",
            translate("Readiness", "Distribution"),
            translate(
                "Readiness",
                "The guest has no /etc/os-release; HangDump cannot tell which "
                "commands fix it, so it only reads.",
            ),
            [ev],
        )
    if family.key == "practice":
        why = translate(
            "Readiness",
            "The lab's busybox practice guest: kernel settings are checked and fixed; "
            "packages, services and the bootloader are not (it has none).",
        )
    elif family.key == "unknown":
        why = translate(
            "Readiness",
            "HangDump does not know this distribution; it reads what it can and offers "
            "no package, service or bootloader fixes.",
        )
    else:
        why = translate(
            "Readiness",
            "HangDump knows how kdump is installed and configured on this distribution.",
        )
    return Item(
        "os_release",
        "warn" if family.key == "unknown" else "ok",
        translate("Readiness", "Distribution: {label} ({key})").format(
            label=family.label, key=family.key
        ),
        why,
        [ev],
    )


def kernel_release(facts: Facts, family: Family) -> Item:
    ev = facts.uname("-r")
    release = ev.stdout.strip()
    if not ev.ok or not release:
        return Item(
            "kernel_release",
            "unknown",
            translate("Readiness", "Kernel release"),
            translate("Readiness", "uname -r gave no answer."),
            [ev],
        )
    return Item(
        "kernel_release",
        "ok",
        translate("Readiness", "Kernel {release}").format(release=release),
        translate(
            "Readiness",
            "The running kernel; a dump can only be read with the debug symbols of "
            "exactly this build.",
        ),
        [ev, facts.uname("-v")],
    )


def nmi_sysctl(key: str) -> Callable[[Facts, Family], Item]:
    def check(facts: Facts, family: Family) -> Item:
        value, ev = facts.sysctl(key)
        item_id = key.split(".", 1)[1]
        if value is None:
            return Item(
                item_id,
                "unknown",
                key,
                translate("Readiness", "{error}. {why}").format(
                    error=ev.stderr.strip() or translate("Readiness", "unreadable"),
                    why=translate_marked("Readiness", NMI_WHY[key]),
                ),
                [ev],
            )
        ok = value == 1
        return Item(
            item_id,
            "ok" if ok else "fail",
            f"{key} = {value}"
            if ok
            else translate("Readiness", "{key} = {value} (should be 1)").format(
                key=key, value=value
            ),
            translate_marked("Readiness", NMI_WHY[key]),
            [ev],
            None if ok else _nmi_fix(facts),
        )

    return check


def _nmi_fix(facts: Facts) -> Fix:
    now = {k: facts.sysctl(k)[0] for k in NMI_SYSCTLS}
    return fixes.nmi_sysctls(now, _file_text(facts, HANGDUMP_SYSCTL_FILE))


def sysctl_persisted(facts: Facts, family: Family) -> Item:
    persisted, ev = facts.persisted()
    missing = [k for k in NMI_SYSCTLS if persisted.get(k, ("", ""))[0] != "1"]
    where = ", ".join(
        translate("Readiness", "{key} = {value} in {file}").format(key=k, value=v, file=f)
        for k, (v, f) in persisted.items()
        if k in NMI_SYSCTLS
    )
    if not missing:
        return Item(
            "sysctl_persisted",
            "ok",
            translate("Readiness", "The NMI settings survive a reboot"),
            translate("Readiness", "Set at boot by the sysctl configuration ({where}).").format(
                where=where
            ),
            [ev],
        )
    if where:
        why = translate(
            "Readiness",
            "{keys} is not set to 1 in /etc/sysctl.d or /etc/sysctl.conf (found: {where}); "
            "after the next reboot the guest would ignore an NMI again.",
        )
    else:
        why = translate(
            "Readiness",
            "{keys} is not set to 1 in /etc/sysctl.d or /etc/sysctl.conf; "
            "after the next reboot the guest would ignore an NMI again.",
        )
    return Item(
        "sysctl_persisted",
        "fail",
        translate("Readiness", "The NMI settings are not persistent"),
        why.format(keys=", ".join(missing), where=where),
        [ev],
        _nmi_fix(facts),
    )


def hang_panics(facts: Facts, family: Family) -> Item:
    values = {k: facts.sysctl(k) for k in HANG_SYSCTLS}
    evs = [ev for _, ev in values.values()]
    if all(v is None for v, _ in values.values()):
        return Item(
            "hang_panics",
            "unknown",
            translate("Readiness", "Panic on hung tasks / soft lockups"),
            translate("Readiness", "The kernel does not expose these settings."),
            evs,
        )
    on = [k for k, (v, _) in values.items() if v == 1]
    if on:
        return Item(
            "hang_panics",
            "ok",
            translate("Readiness", "Automatic panic on hangs: {keys}").format(keys=", ".join(on)),
            translate(
                "Readiness",
                "The kernel panics by itself on these hangs, so kdump saves a dump "
                "even when nobody sends an NMI.",
            ),
            evs,
        )
    persisted_hang = _file_text(facts, fixes.HANG_SYSCTL_FILE)
    return Item(
        "hang_panics",
        "warn",
        translate("Readiness", "Optional: no automatic panic on hung tasks or soft lockups"),
        translate(
            "Readiness",
            "Optional advice. With kernel.hung_task_panic=1 and kernel.softlockup_panic=1 "
            "the kernel panics (and kdump saves a dump) on its own when a task is stuck or a "
            "CPU locks up. It also reboots a production VM on such events, so decide with "
            "its owner; --fix does not apply this.",
        ),
        evs,
        fixes.hang_panics(persisted_hang),
    )


def crashkernel_reserved(facts: Facts, family: Family) -> Item:
    cmd = facts.cat("/proc/cmdline")
    size_ev = facts.cat("/sys/kernel/kexec_crash_size")
    size = parse.first_int(size_ev.stdout) if size_ev.ok else None
    args = parse.crashkernel_args(cmd.stdout)
    evs = [cmd, size_ev]
    if size:
        return Item(
            "crashkernel_reserved",
            "ok",
            translate("Readiness", "Crash kernel memory reserved: {size} MiB").format(
                size=size // 1048576
            ),
            translate(
                "Readiness", "The kernel set memory aside for the capture kernel ({args})."
            ).format(args=" ".join(args)),
            evs,
        )
    fix = fixes.crashkernel(family)
    if size is None:
        return Item(
            "crashkernel_reserved",
            "unknown",
            translate("Readiness", "Crash kernel memory"),
            translate(
                "Readiness", "/sys/kernel/kexec_crash_size cannot be read (kernel without kexec?)."
            ),
            evs,
            fix,
        )
    if args:
        why = translate(
            "Readiness",
            "The command line asks for {args} but nothing was reserved: the "
            "size is too large for this VM's memory, or its syntax is wrong.",
        ).format(args=" ".join(args))
    else:
        why = translate(
            "Readiness",
            "No crashkernel= on the kernel command line, so no memory is set aside for "
            "the capture kernel and kdump cannot work.",
        )
    if fix is None:
        why = sentences(
            why,
            translate(
                "Readiness", "The boot command line of this guest is fixed by whoever boots it."
            ),
        )
    else:
        why = sentences(
            why, translate("Readiness", "The fix changes the bootloader and needs a reboot.")
        )
    title = translate("Readiness", "No crash kernel memory reserved")
    return Item("crashkernel_reserved", "fail", title, why, evs, fix)


def kexec_crash_loaded(facts: Facts, family: Family) -> Item:
    ev = facts.cat("/sys/kernel/kexec_crash_loaded")
    value = parse.first_int(ev.stdout) if ev.ok else None
    status_ev = facts.kdump_status(family)
    evs = evidence_list(ev, status_ev)
    if value == 1:
        return Item(
            "kexec_crash_loaded",
            "ok",
            translate("Readiness", "Capture kernel loaded"),
            translate("Readiness", "A panic will boot the capture kernel, which saves the memory."),
            evs,
        )
    if value is None:
        return Item(
            "kexec_crash_loaded",
            "unknown",
            translate("Readiness", "Capture kernel"),
            translate("Readiness", "/sys/kernel/kexec_crash_loaded cannot be read."),
            evs,
        )
    size = parse.first_int(facts.cat("/sys/kernel/kexec_crash_size").stdout) or 0
    why = translate(
        "Readiness",
        "No capture kernel is loaded: a panic would just stop or reboot the VM, no dump.",
    )
    fix = fixes.restart_service(family) if size else None
    if not size:
        why = sentences(
            why,
            translate("Readiness", "Reserve crash kernel memory first (see crashkernel_reserved)."),
        )
    title = translate("Readiness", "Capture kernel not loaded")
    return Item("kexec_crash_loaded", "fail", title, why, evs, fix)


def kexec_tools(facts: Facts, family: Family) -> Item:
    installed, ev = facts.packages(family)
    if installed is None:
        return Item(
            "kexec_tools",
            "unknown",
            translate("Readiness", "kdump packages"),
            translate("Readiness", "No package manager HangDump knows on this guest; not checked."),
            evidence_list(ev),
        )
    missing = [p for p in family.packages if p not in installed]
    if not missing:
        have = ", ".join(f"{v}" for v in installed.values())
        title = translate("Readiness", "kdump packages installed")
        return Item("kexec_tools", "ok", title, have, evidence_list(ev))
    return Item(
        "kexec_tools",
        "fail",
        translate("Readiness", "Missing: {packages}").format(packages=", ".join(missing)),
        translate("Readiness", "These packages load the capture kernel and save the dump."),
        evidence_list(ev),
        fixes.install_packages(family, missing),
    )


def kdump_service(facts: Facts, family: Family) -> Item:
    pair = facts.service(family)
    if pair is None:
        return Item(
            "kdump_service",
            "unknown",
            translate("Readiness", "kdump service"),
            translate("Readiness", "This guest has no kdump service HangDump knows; not checked."),
        )
    active, enabled = pair
    status_ev = facts.kdump_status(family)
    evs = evidence_list(active, enabled, status_ev)
    if active.missing:
        return Item(
            "kdump_service",
            "unknown",
            translate("Readiness", "kdump service"),
            translate("Readiness", "systemctl is not available on this guest; not checked."),
            evs,
        )
    a, e = active.stdout.strip(), enabled.stdout.strip()
    if a == "active" and e in ("enabled", "static", "alias"):
        return Item(
            "kdump_service",
            "ok",
            translate("Readiness", "{service} is active and enabled").format(
                service=family.service
            ),
            translate("Readiness", "It loads the capture kernel at every boot."),
            evs,
        )
    return Item(
        "kdump_service",
        "fail",
        translate("Readiness", "{service} is not ready: {active}, {enabled}").format(
            service=family.service,
            active=a or translate("Readiness", "unknown"),
            enabled=e or translate("Readiness", "unknown"),
        ),
        translate(
            "Readiness",
            "The kdump service must be enabled (loaded at every boot) and active (loaded now).",
        ),
        evs,
        fixes.enable_service(family),
    )


CHECKS: tuple[Callable[[Facts, Family], Item], ...] = (
    os_release,
    kernel_release,
    nmi_sysctl("kernel.unknown_nmi_panic"),
    nmi_sysctl("kernel.panic_on_unrecovered_nmi"),
    sysctl_persisted,
    kexec_tools,
    kdump_service,
    crashkernel_reserved,
    kexec_crash_loaded,
    dump_target_space,
    debuginfo,
    hang_panics,
)
