"""A suspended VMware VM already holds its memory on the datastore: ``<vm>.vmss`` (the
checkpoint) and ``<vm>.vmem``. The *Memory snapshot* flow copies those instead of
taking a snapshot; these checks decide whether the pair can be copied as it is.

Copying reads files and changes nothing on the server: no snapshot, no power change
(the VM is never resumed), so no typed confirmation is asked -- the same as
``hangdump fetch`` of a datastore file. The VM is still named by its unique id in the
preflight and the audit log.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from backends.capture.flow import Check, check
from backends.hypervisors.base import RemoteFile, VmInfo
from backends.i18n import QT_TRANSLATE_NOOP


def _stem(name: str) -> str:
    return name.rsplit(".", 1)[0]


def suspended_check(vm: VmInfo, files: list[RemoteFile]) -> Check:
    """Whether ``files`` (the server's suspend files) form the pair crash opens:
    exactly one ``.vmss`` and at most one ``.vmem`` with the same base name."""
    vmss = [f.name for f in files if f.name.lower().endswith(".vmss")]
    vmem = [f.name for f in files if f.name.lower().endswith(".vmem")]
    names = ", ".join(f.name for f in files)
    if not vmss:
        return check(
            "suspended",
            "fail",
            QT_TRANSLATE_NOOP(
                "Capture",
                "{name} is suspended, but the server lists no .vmss file for it ({names}).",
            ),
            name=vm.name,
            names=names or "-",
        )
    if len(vmss) > 1 or len(vmem) > 1:
        return check(
            "suspended",
            "fail",
            QT_TRANSLATE_NOOP(
                "Capture",
                "{name} is suspended, but the server lists more than one checkpoint or "
                "memory file: {names}.",
            ),
            name=vm.name,
            names=names,
        )
    if vmem and _stem(vmss[0]) != _stem(vmem[0]):
        return check(
            "suspended",
            "fail",
            QT_TRANSLATE_NOOP(
                "Capture",
                "{vmss} and {vmem} do not share one base name; crash pairs X.vmss with "
                "X.vmem, so HangDump does not copy them as they are.",
            ),
            vmss=vmss[0],
            vmem=vmem[0],
        )
    if not vmem:  # older ESX kept all of the memory inside the .vmss
        return check(
            "suspended",
            "ok",
            QT_TRANSLATE_NOOP(
                "Capture",
                "{name} is suspended: its memory is already in {vmss}; HangDump copies it, "
                "the VM stays suspended and no snapshot is taken.",
            ),
            name=vm.name,
            vmss=vmss[0],
        )
    return check(
        "suspended",
        "ok",
        QT_TRANSLATE_NOOP(
            "Capture",
            "{name} is suspended: its memory is already in {vmss} + {vmem}; HangDump copies "
            "them, the VM stays suspended and no snapshot is taken.",
        ),
        name=vm.name,
        vmss=vmss[0],
        vmem=vmem[0],
    )


def local_space_check(dest: Path, files: list[RemoteFile]) -> Check:
    """Free space where the copies go, against the sizes the server listed."""
    need = sum(f.size for f in files)
    where = dest
    while not where.exists() and where != where.parent:
        where = where.parent
    free = shutil.disk_usage(where).free
    return check(
        "local_space",
        "ok" if free >= need else "fail",
        QT_TRANSLATE_NOOP(
            "Capture", "{free_gib:.1f} GiB free in {folder}; the files need {need_gib:.1f} GiB."
        )
        if free >= need
        else QT_TRANSLATE_NOOP(
            "Capture",
            "Only {free_gib:.1f} GiB free in {folder}; the files need {need_gib:.1f} GiB.",
        ),
        folder=str(where),
        free_gib=free / 2**30,
        need_gib=need / 2**30,
    )
