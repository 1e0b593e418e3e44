"""Checklist items about the dump itself: room on its target, and debug symbols to read it."""

from __future__ import annotations

from backends.i18n import translate
from backends.readiness import parse
from backends.readiness.checks import Item, evidence_list
from backends.readiness.distro import Family
from backends.readiness.probes import Facts


def dump_target_space(facts: Facts, family: Family) -> Item:
    target, conf_ev = facts.dump_target(family)
    mem_ev = facts.read(("grep", "MemTotal", "/proc/meminfo"))
    mem = parse.meminfo_kib(mem_ev.stdout)
    if target.kind in ("nfs", "ssh", "raw", "sftp", "unknown"):
        return Item(
            "dump_target_space",
            "unknown",
            translate("Readiness", "Dump target: {kind} {target}").format(
                kind=target.kind, target=target.target
            ),
            translate(
                "Readiness", "The dump goes to a remote or raw target; check its free space there."
            ),
            evidence_list(conf_ev, mem_ev),
        )
    if target.kind == "fs":
        return Item(
            "dump_target_space",
            "unknown",
            translate("Readiness", "Dump target: {target}").format(target=target.target),
            translate(
                "Readiness", "The dump goes to {target} (not mounted here); check its space."
            ).format(target=target.target),
            evidence_list(conf_ev, mem_ev),
        )
    free, df_evs = facts.df(target.path)
    evs = evidence_list(conf_ev, mem_ev, *df_evs)
    if free is None or mem is None:
        return Item(
            "dump_target_space",
            "unknown",
            translate("Readiness", "Dump target {path}").format(path=target.path),
            translate("Readiness", "The free space of the dump directory could not be read."),
            evs,
        )
    free_mib, mem_mib = free.avail_kib // 1024, mem // 1024
    title = translate("Readiness", "{path}: {free} MiB free, RAM {mem} MiB").format(
        path=target.path, free=free_mib, mem=mem_mib
    )
    if free.avail_kib >= mem:
        why = translate("Readiness", "Enough room for a dump of all memory.")
        return Item("dump_target_space", "ok", title, why, evs)
    if target.filtered and free.avail_kib >= mem // 4:
        return Item(
            "dump_target_space",
            "warn",
            title,
            translate(
                "Readiness",
                "Less free space than RAM. makedumpfile ({collector}) leaves out "
                "free and cache pages, which usually fits, but a busy VM may not.",
            ).format(collector=target.collector),
            evs,
        )
    return Item(
        "dump_target_space",
        "fail",
        title,
        translate(
            "Readiness",
            "Not enough free space for a dump: free space on that file system or point "
            "the dump to a larger one.",
        ),
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
            translate("Readiness", "Debug symbols"),
            translate("Readiness", "The debuginfo lookup is not available in this build."),
            evs,
        )
    d = lookup(rel.stdout.strip(), ver.stdout.strip() or None, mach.stdout.strip() or None)
    if d.name == "unknown" or not d.package:
        return Item(
            "debuginfo",
            "unknown",
            translate("Readiness", "Debug symbols: no known source"),
            translate(
                "Readiness",
                "No known distribution pattern in the kernel release; find the vmlinux "
                "by the dump's build-id (debuginfod) or ask who built this kernel.",
            ),
            evs,
        )
    where = d.urls[0] if d.urls else (d.debuginfod[0] if d.debuginfod else "")
    if where:
        why = translate(
            "Readiness",
            "Install {package} on the analysis machine to read dumps of this kernel; "
            "it is at {where} (vmlinux: {vmlinux}).",
        )
    else:
        why = translate(
            "Readiness",
            "Install {package} on the analysis machine to read dumps of this kernel "
            "(vmlinux: {vmlinux}).",
        )
    return Item(
        "debuginfo",
        "ok",
        translate("Readiness", "Debug symbols: {package} ({label})").format(
            package=d.package, label=d.label
        ),
        why.format(package=d.package, where=where, vmlinux=d.vmlinux_path),
        evs,
    )
