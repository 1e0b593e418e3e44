"""vSphere's PropertyCollector, used the efficient way: one ContainerView, one filter.

Reading ``vm.name`` then ``vm.runtime.powerState`` on thousands of VMs costs one SOAP
request each; these helpers read every wanted property of every object in one
retrieval (paged), and follow changes with ``WaitForUpdatesEx``.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterable
from typing import Any

#: (managed object type, property paths)
TypeProps = tuple[Any, list[str]]


def props(obj: Any) -> dict[str, Any]:
    """An ObjectContent's properties as a dict."""
    return {p.name: p.val for p in (obj.propSet or [])}


def _filter_spec(vim: Any, vmodl: Any, view: Any, types: list[TypeProps]) -> Any:
    pc = vmodl.query.PropertyCollector
    traverse = pc.TraversalSpec(name="view", path="view", skip=False, type=vim.view.ContainerView)
    return pc.FilterSpec(
        objectSet=[pc.ObjectSpec(obj=view, skip=True, selectSet=[traverse])],
        propSet=[pc.PropertySpec(type=t, pathSet=paths) for t, paths in types],
    )


def retrieve(
    content: Any, vim: Any, vmodl: Any, types: Iterable[TypeProps], root: Any = None
) -> list[Any]:
    """Every object of ``types`` under ``root`` with the given properties, in one
    RetrievePropertiesEx (continued page by page)."""
    types = list(types)
    view = content.viewManager.CreateContainerView(
        root or content.rootFolder, [t for t, _ in types], True
    )
    try:
        pc = content.propertyCollector
        opts = vmodl.query.PropertyCollector.RetrieveOptions(maxObjects=1000)
        result = pc.RetrievePropertiesEx([_filter_spec(vim, vmodl, view, types)], opts)
        objects: list[Any] = []
        while result is not None:
            objects.extend(result.objects or [])
            if not result.token:
                break
            result = pc.ContinueRetrievePropertiesEx(result.token)
        return objects
    finally:
        with contextlib.suppress(Exception):
            view.Destroy()


def follow(
    content: Any,
    vim: Any,
    vmodl: Any,
    kind: Any,
    paths: list[str],
    stop: threading.Event,
    on_change: Callable[[str, dict[str, Any]], None],
) -> None:
    """Call ``on_change(moid, properties)`` for every object of ``kind`` as its
    properties change, until ``stop`` is set (WaitForUpdatesEx, 5 s polls)."""
    pc = content.propertyCollector.CreatePropertyCollector()
    view = content.viewManager.CreateContainerView(content.rootFolder, [kind], True)
    pc.CreateFilter(_filter_spec(vim, vmodl, view, [(kind, paths)]), partialUpdates=False)
    version = ""
    opts = vmodl.query.PropertyCollector.WaitOptions(maxWaitSeconds=5)
    known: dict[str, dict[str, Any]] = {}
    try:
        while not stop.is_set():
            try:
                update = pc.WaitForUpdatesEx(version, opts)
            except Exception:  # a dropped session: try again a little later
                if stop.wait(5):
                    break
                continue
            if update is None:
                continue
            version = update.version
            for fs in update.filterSet or []:
                for ou in fs.objectSet or []:
                    moid = ou.obj._moId
                    current = known.setdefault(moid, {})
                    for change in ou.changeSet or []:
                        current[change.name] = change.val
                    if ou.kind != "leave":
                        on_change(moid, dict(current))
    finally:
        with contextlib.suppress(Exception):
            pc.Destroy()
            view.Destroy()
