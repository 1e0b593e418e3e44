"""The inventory as a plain tree (no Qt): connection > datacenter > cluster/host > VM.

vSphere VMs are placed by their inventory path (``DC0/host/C0/H0/VM``); libvirt and
virsh VMs hang directly under their connection. Nodes are keyed so an update finds
its row again: VMs by their unique id, folders by their path.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from backends.hypervisors.base import VmInfo


@dataclass(eq=False)
class Node:
    kind: str  #: connection | datacenter | cluster | host | folder | vm
    key: str  #: unique among siblings
    label: str
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    vm: VmInfo | None = None
    detail: str = ""  #: for connections: the URI; an error text when it failed

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0

    def child(self, key: str) -> Node | None:
        for c in self.children:
            if c.key == key:
                return c
        return None

    def connection(self) -> Node:
        node = self
        while node.parent is not None and node.kind != "connection":
            node = node.parent
        return node

    def walk(self) -> list[Node]:
        out = [self]
        for c in self.children:
            out.extend(c.walk())
        return out


def folder_chain(vm: VmInfo) -> list[tuple[str, str]]:
    """``(kind, label)`` of the folders between a connection and ``vm``.

    ``DC0/host/C0/H0/VM`` -> datacenter DC0, cluster C0, host H0 (``host`` and ``vm``
    folder names of the vSphere API are not shown). Without a path: nothing
    (libvirt), or the host if the adapter names one under a path-less connection.
    """
    parts = [p for p in vm.path.split("/") if p] if vm.path else []
    if len(parts) < 2:
        return []
    parts = parts[:-1]  # the VM's own name
    chain: list[tuple[str, str]] = [("datacenter", parts[0])]
    rest = [p for p in parts[1:] if p not in ("host", "vm")]
    if not rest:
        return chain
    if len(rest) == 1:
        chain.append(("host", rest[0]))
        return chain
    chain.append(("cluster", rest[0]))
    chain.extend(("host", p) for p in rest[1:])
    return chain
