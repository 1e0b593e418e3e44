"""vSphere tasks and the files a memory snapshot or a suspend leaves on a datastore.

A task is followed to its end (cancellably, with progress); a VM's ``layoutEx``
lists its files, from which the snapshot's ``.vmsn`` + ``.vmem`` and a suspended
VM's ``.vmss`` + ``.vmem`` are picked; datastore paths are ``'[ds] dir/file'``, and
a datastore's ``summary`` tells its free space.
"""

from __future__ import annotations

import contextlib
from typing import Any

from backends.cancel import CancelToken, Progress
from backends.errors import Cancelled, UserError
from backends.hypervisors import vsphere_props
from backends.hypervisors.base import DatastoreSpace, RemoteFile
from backends.i18n import translate


def split_datastore_path(path: str) -> tuple[str, str]:
    """``'[ds] dir/file'`` -> ``('ds', 'dir/file')``."""
    text = path.strip()
    if not text.startswith("[") or "]" not in text:
        raise UserError(
            translate("vSphere", "{path} is not a datastore path.").format(path=repr(path)),
            translate("vSphere", "Write it as '[datastore] dir/file'."),
        )
    ds, rest = text[1:].split("]", 1)
    return ds, rest.strip().lstrip("/")


def wait_task(vim: Any, task: Any, what: str, progress: Progress, cancel: CancelToken) -> Any:
    """Follow ``task`` to its end; its result, or :class:`UserError` / :class:`Cancelled`."""
    while True:
        info = task.info
        state = str(info.state)
        if state == "success":
            progress(100, 100, translate("vSphere", "{what}: done").format(what=what))
            return info.result
        if state == "error":
            err = info.error
            msg = getattr(err, "msg", "") or type(err).__name__
            raise UserError(
                translate("vSphere", "{what} failed: {error}").format(what=what, error=msg),
                translate("vSphere", "See the task in the vSphere client."),
            )
        if cancel.cancelled:
            with contextlib.suppress(vim.fault.InvalidState, Exception):
                task.CancelTask()
            raise Cancelled()
        progress(int(info.progress or 0), 100, what)
        cancel.wait(0.5)


def layout_ex(content: Any, vim: Any, vmodl: Any, vm: Any) -> Any:
    """The ``layoutEx`` of the pyvmomi VirtualMachine ``vm`` (None if unreadable)."""
    pc = content.propertyCollector
    spec = vmodl.query.PropertyCollector.FilterSpec(
        objectSet=[vmodl.query.PropertyCollector.ObjectSpec(obj=vm)],
        propSet=[
            vmodl.query.PropertyCollector.PropertySpec(
                type=vim.VirtualMachine, pathSet=["layoutEx"]
            )
        ],
    )
    res = pc.RetrievePropertiesEx([spec], vmodl.query.PropertyCollector.RetrieveOptions())
    return vsphere_props.props(res.objects[0]).get("layoutEx") if res and res.objects else None


def snapshot_files(layout: Any, snap_moid: str) -> list[RemoteFile]:
    """The data (``.vmsn``) and memory (``.vmem``) files of snapshot ``snap_moid``."""
    files = {f.key: f for f in (layout.file if layout else [])}
    for entry in layout.snapshot if layout else []:
        if entry.key._moId != snap_moid:
            continue
        out = []
        for key in (entry.dataKey, entry.memoryKey):
            if key is not None and key >= 0 and key in files:
                f = files[key]
                out.append(
                    RemoteFile(
                        f.name.rsplit("/", 1)[-1], int(f.size or 0), f.name, kind=str(f.type)
                    )
                )
        if out:
            return out
    raise UserError(
        translate("vSphere", "The snapshot's files are not listed by the server."),
        translate("vSphere", "Look for the .vmsn and .vmem in the VM's folder on the datastore."),
    )


def suspend_files(layout: Any) -> list[RemoteFile]:
    """The ``.vmss`` + ``.vmem`` of a suspended VM (file types ``suspend`` /
    ``suspendMemory``), checkpoint first."""
    files = [
        RemoteFile(f.name.rsplit("/", 1)[-1], int(f.size or 0), f.name, kind=str(f.type))
        for f in (layout.file if layout else [])
        if f.type in ("suspend", "suspendMemory")
    ]
    return sorted(files, key=lambda f: (f.kind != "suspend", f.name))


def datastore_space(datastores: Any, ds_name: str) -> DatastoreSpace | None:
    """Free and total bytes of ``ds_name``, from retrieved Datastore ``summary`` objects."""
    for obj in datastores:
        summary = vsphere_props.props(obj).get("summary")
        if summary is not None and summary.name == ds_name:
            return DatastoreSpace(ds_name, int(summary.freeSpace or 0), int(summary.capacity or 0))
    return None
