"""Deciding each checklist item from what was read (see probes.py)."""

from __future__ import annotations

from collections.abc import Callable

from backends.readiness import fixes, parse
from backends.readiness.checks import Evidence, Fix, Item
from backends.readiness.distro import Family
from backends.readiness.probes import HANG_SYSCTLS, HANGDUMP_SYSCTL_FILE, NMI_SYSCTLS, Facts

NMI_WHY = {
    "kernel.unknown_nmi_panic": (
        "When the hypervisor sends an NMI to a hung VM, the kernel panics instead of "
        "printing a warning and carrying on; the panic starts kdump, which saves the memory."
    ),
    "kernel.panic_on_unrecovered_nmi": (
        "Some hypervisors deliver the NMI as an 'unrecovered' hardware NMI; with this set "
        "the kernel panics on those too, so the dump is taken either way."
    ),
}


def _ev(*evs: Evidence | None) -> list[Evidence]:
    return [e for e in evs if e is not None]


def _file_text(facts: Facts, path: str) -> str | None:
    ev = facts.cat(path)
    return ev.stdout if ev.ok else None


def os_release(facts: Facts, family: Family) -> Item:
    ev = facts.os_release()
    if not ev.ok:
        return Item(
            "os_release",
            "unknown",
            "Distribution",
            "The guest has no /etc/os-release; HangDump cannot tell which "
            "commands fix it, so it only reads.",
            [ev],
        )
    if family.key == "practice":
        why = (
            "The lab's busybox practice guest: kernel settings are checked and fixed; "
            "packages, services and the bootloader are not (it has none)."
        )
    elif family.key == "unknown":
        why = (
            "HangDump does not know this distribution; it reads what it can and offers "
            "no package, service or bootloader fixes."
        )
    else:
        why = "HangDump knows how kdump is installed and configured on this distribution."
    return Item(
        "os_release",
        "warn" if family.key == "unknown" else "ok",
        f"Distribution: {family.label} ({family.key})",
        why,
        [ev],
    )


def kernel_release(facts: Facts, family: Family) -> Item:
    ev = facts.uname("-r")
    release = ev.stdout.strip()
    if not ev.ok or not release:
        return Item("kernel_release", "unknown", "Kernel release", "uname -r gave no answer.", [ev])
    return Item(
        "kernel_release",
        "ok",
        f"Kernel {release}",
        "The running kernel; a dump can only be read with the debug symbols of exactly this build.",
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
                f"{key}",
                f"{ev.stderr.strip() or 'unreadable'}. " + NMI_WHY[key],
                [ev],
            )
        ok = value == 1
        return Item(
            item_id,
            "ok" if ok else "fail",
            f"{key} = {value}" + ("" if ok else " (should be 1)"),
            NMI_WHY[key],
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
    where = ", ".join(f"{k} = {v} in {f}" for k, (v, f) in persisted.items() if k in NMI_SYSCTLS)
    if not missing:
        return Item(
            "sysctl_persisted",
            "ok",
            "The NMI settings survive a reboot",
            f"Set at boot by the sysctl configuration ({where}).",
            [ev],
        )
    return Item(
        "sysctl_persisted",
        "fail",
        "The NMI settings are not persistent",
        f"{', '.join(missing)} is not set to 1 in /etc/sysctl.d or /etc/sysctl.conf"
        + (f" (found: {where})" if where else "")
        + "; after the next reboot the guest would ignore an NMI again.",
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
            "Panic on hung tasks / soft lockups",
            "The kernel does not expose these settings.",
            evs,
        )
    on = [k for k, (v, _) in values.items() if v == 1]
    if on:
        return Item(
            "hang_panics",
            "ok",
            f"Automatic panic on hangs: {', '.join(on)}",
            "The kernel panics by itself on these hangs, so kdump saves a dump "
            "even when nobody sends an NMI.",
            evs,
        )
    persisted_hang = _file_text(facts, fixes.HANG_SYSCTL_FILE)
    return Item(
        "hang_panics",
        "warn",
        "Optional: no automatic panic on hung tasks or soft lockups",
        "Optional advice. With kernel.hung_task_panic=1 and kernel.softlockup_panic=1 "
        "the kernel panics (and kdump saves a dump) on its own when a task is stuck or a "
        "CPU locks up. It also reboots a production VM on such events, so decide with "
        "its owner; --fix does not apply this.",
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
            f"Crash kernel memory reserved: {size // 1048576} MiB",
            f"The kernel set memory aside for the capture kernel ({' '.join(args)}).",
            evs,
        )
    fix = fixes.crashkernel(family)
    if size is None:
        return Item(
            "crashkernel_reserved",
            "unknown",
            "Crash kernel memory",
            "/sys/kernel/kexec_crash_size cannot be read (kernel without kexec?).",
            evs,
            fix,
        )
    if args:
        why = (
            f"The command line asks for {' '.join(args)} but nothing was reserved: the "
            "size is too large for this VM's memory, or its syntax is wrong."
        )
    else:
        why = (
            "No crashkernel= on the kernel command line, so no memory is set aside for "
            "the capture kernel and kdump cannot work."
        )
    if fix is None:
        why += " The boot command line of this guest is fixed by whoever boots it."
    else:
        why += " The fix changes the bootloader and needs a reboot."
    return Item("crashkernel_reserved", "fail", "No crash kernel memory reserved", why, evs, fix)


def kexec_crash_loaded(facts: Facts, family: Family) -> Item:
    ev = facts.cat("/sys/kernel/kexec_crash_loaded")
    value = parse.first_int(ev.stdout) if ev.ok else None
    status_ev = facts.kdump_status(family)
    evs = _ev(ev, status_ev)
    if value == 1:
        return Item(
            "kexec_crash_loaded",
            "ok",
            "Capture kernel loaded",
            "A panic will boot the capture kernel, which saves the memory.",
            evs,
        )
    if value is None:
        return Item(
            "kexec_crash_loaded",
            "unknown",
            "Capture kernel",
            "/sys/kernel/kexec_crash_loaded cannot be read.",
            evs,
        )
    size = parse.first_int(facts.cat("/sys/kernel/kexec_crash_size").stdout) or 0
    why = "No capture kernel is loaded: a panic would just stop or reboot the VM, no dump."
    fix = fixes.restart_service(family) if size else None
    if not size:
        why += " Reserve crash kernel memory first (see crashkernel_reserved)."
    return Item("kexec_crash_loaded", "fail", "Capture kernel not loaded", why, evs, fix)


def kexec_tools(facts: Facts, family: Family) -> Item:
    installed, ev = facts.packages(family)
    if installed is None:
        return Item(
            "kexec_tools",
            "unknown",
            "kdump packages",
            "No package manager HangDump knows on this guest; not checked.",
            _ev(ev),
        )
    missing = [p for p in family.packages if p not in installed]
    if not missing:
        have = ", ".join(f"{v}" for v in installed.values())
        return Item("kexec_tools", "ok", "kdump packages installed", have, _ev(ev))
    return Item(
        "kexec_tools",
        "fail",
        f"Missing: {', '.join(missing)}",
        "These packages load the capture kernel and save the dump.",
        _ev(ev),
        fixes.install_packages(family, missing),
    )


def kdump_service(facts: Facts, family: Family) -> Item:
    pair = facts.service(family)
    if pair is None:
        return Item(
            "kdump_service",
            "unknown",
            "kdump service",
            "This guest has no kdump service HangDump knows; not checked.",
        )
    active, enabled = pair
    status_ev = facts.kdump_status(family)
    evs = _ev(active, enabled, status_ev)
    if active.missing:
        return Item(
            "kdump_service",
            "unknown",
            "kdump service",
            "systemctl is not available on this guest; not checked.",
            evs,
        )
    a, e = active.stdout.strip(), enabled.stdout.strip()
    if a == "active" and e in ("enabled", "static", "alias"):
        return Item(
            "kdump_service",
            "ok",
            f"{family.service} is active and enabled",
            "It loads the capture kernel at every boot.",
            evs,
        )
    return Item(
        "kdump_service",
        "fail",
        f"{family.service}: {a or 'unknown'}, {e or 'unknown'}",
        "The kdump service must be enabled (loaded at every boot) and active (loaded now).",
        evs,
        fixes.enable_service(family),
    )


def dump_target_space(facts: Facts, family: Family) -> Item:
    target, conf_ev = facts.dump_target(family)
    mem_ev = facts.read(("grep", "MemTotal", "/proc/meminfo"))
    mem = parse.meminfo_kib(mem_ev.stdout)
    if target.kind in ("nfs", "ssh", "raw", "sftp", "unknown"):
        return Item(
            "dump_target_space",
            "unknown",
            f"Dump target: {target.kind} {target.target}",
            "The dump goes to a remote or raw target; check its free space there.",
            _ev(conf_ev, mem_ev),
        )
    if target.kind == "fs":
        return Item(
            "dump_target_space",
            "unknown",
            f"Dump target: {target.target}",
            f"The dump goes to {target.target} (not mounted here); check its space.",
            _ev(conf_ev, mem_ev),
        )
    free, df_evs = facts.df(target.path)
    evs = _ev(conf_ev, mem_ev, *df_evs)
    if free is None or mem is None:
        return Item(
            "dump_target_space",
            "unknown",
            f"Dump target {target.path}",
            "The free space of the dump directory could not be read.",
            evs,
        )
    free_mib, mem_mib = free.avail_kib // 1024, mem // 1024
    title = f"{target.path}: {free_mib} MiB free, RAM {mem_mib} MiB"
    if free.avail_kib >= mem:
        return Item("dump_target_space", "ok", title, "Enough room for a dump of all memory.", evs)
    if target.filtered and free.avail_kib >= mem // 4:
        return Item(
            "dump_target_space",
            "warn",
            title,
            f"Less free space than RAM. makedumpfile ({target.collector}) leaves out "
            "free and cache pages, which usually fits, but a busy VM may not.",
            evs,
        )
    return Item(
        "dump_target_space",
        "fail",
        title,
        "Not enough free space for a dump: free space on that file system or point "
        "the dump to a larger one.",
        evs,
    )


def debuginfo(facts: Facts, family: Family) -> Item:
    rel = facts.uname("-r")
    ver = facts.uname("-v")
    mach = facts.uname("-m")
    evs = [rel, ver, mach]
    try:
        from backends.dumps.distro import lookup
    except ImportError:
        return Item(
            "debuginfo",
            "unknown",
            "Debug symbols",
            "The debuginfo lookup is not available in this build.",
            evs,
        )
    d = lookup(rel.stdout.strip(), ver.stdout.strip() or None, mach.stdout.strip() or None)
    if d.name == "unknown" or not d.package:
        return Item(
            "debuginfo",
            "unknown",
            "Debug symbols: no known source",
            "No known distribution pattern in the kernel release; find the vmlinux "
            "by the dump's build-id (debuginfod) or ask who built this kernel.",
            evs,
        )
    where = d.urls[0] if d.urls else (d.debuginfod[0] if d.debuginfod else "")
    return Item(
        "debuginfo",
        "ok",
        f"Debug symbols: {d.package} ({d.label})",
        f"Install {d.package} on the analysis machine to read dumps of this kernel"
        + (f"; it is at {where}" if where else "")
        + f" (vmlinux: {d.vmlinux_path}).",
        evs,
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
