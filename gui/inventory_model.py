"""The inventory tree model: a thin Qt adapter over :mod:`gui.inventory_tree`.

Changes arrive as whole VM lists (a refresh) or single VMs (live updates); both
are applied as a diff with begin/end insert/remove and dataChanged, so the view
keeps its selection and scroll position. Nothing is ever cleared and rebuilt.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from backends.hypervisors.base import VmInfo
from gui.icons import icon, power_icon
from gui.inventory_tree import Node, folder_chain

Index = QModelIndex | QPersistentModelIndex
VM_ROLE = Qt.ItemDataRole.UserRole + 1
NODE_ROLE = Qt.ItemDataRole.UserRole + 2


class InventoryModel(QAbstractItemModel):
    COLUMNS = ("name", "state", "guest_os", "host", "memory", "snapshots")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = Node("root", "", "")

    # -- headers and shape ------------------------------------------------------
    def _titles(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("State"),
            self.tr("Guest OS"),
            self.tr("Host"),
            self.tr("Memory"),
            self.tr("Snapshots"),
        )

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.COLUMNS)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def node(self, index: Index) -> Node:
        if not index.isValid():
            return self.root
        node: Node = index.internalPointer()
        return node

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self.node(parent).children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        p = self.node(index).parent
        if p is None or p is self.root:
            return QModelIndex()
        return self.createIndex(p.row(), 0, p)

    def index_of(self, node: Node, column: int = 0) -> QModelIndex:
        if node is self.root or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row(), column, node)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self.node(index)
        col = self.COLUMNS[index.column()]
        vm = node.vm
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "name":
                return node.label
            if vm is None:
                return node.detail if col == "state" else None
            return {
                "state": self.state_text(vm.power_state.value),
                "guest_os": vm.guest_os,
                "host": vm.host,
                "memory": self.tr("{0} MiB").format(vm.memory_mib) if vm.memory_mib else "",
                "snapshots": str(vm.snapshot_count),
            }[col]
        if role == Qt.ItemDataRole.DecorationRole and col == "name":
            return power_icon(vm.power_state.value) if vm else icon(node.kind)
        if role == Qt.ItemDataRole.ToolTipRole and vm is not None:
            return self.tr("{0}\nid {1}\n{2}").format(vm.name, vm.id, vm.path or vm.host)
        if role == VM_ROLE:
            return vm
        if role == NODE_ROLE:
            return node
        return None

    def state_text(self, state: str) -> str:
        return {
            "on": self.tr("Running"),
            "off": self.tr("Powered off"),
            "suspended": self.tr("Suspended"),
            "paused": self.tr("Paused"),
            "crashed": self.tr("Crashed"),
            "unknown": self.tr("Unknown"),
        }.get(state, state)

    # -- changes (all incremental) ------------------------------------------------
    def add_connection(self, key: str, label: str, uri: str) -> Node:
        found = self.root.child(key)
        if found is not None:
            return found
        return self._insert(self.root, Node("connection", key, label, detail=uri))

    def set_connection_detail(self, key: str, detail: str) -> None:
        conn = self.root.child(key)
        if conn is not None:
            conn.detail = detail
            self._changed(conn)

    def remove_connection(self, key: str) -> None:
        conn = self.root.child(key)
        if conn is not None:
            self._remove(conn)

    def set_vms(self, conn_key: str, vms: list[VmInfo]) -> None:
        """Apply a full inventory of one connection as a diff."""
        conn = self.root.child(conn_key)
        if conn is None:
            return
        wanted = {vm.id for vm in vms}
        for node in [n for n in conn.walk() if n.kind == "vm"]:
            if node.vm is not None and node.vm.id not in wanted:
                self._remove_vm(node)
        for vm in vms:
            self.update_vm(conn_key, vm)

    def update_vm(self, conn_key: str, vm: VmInfo) -> None:
        """Insert, update or move one VM (a live update)."""
        conn = self.root.child(conn_key)
        if conn is None:
            return
        parent = self._folder(conn, vm)
        existing = next((n for n in conn.walk() if n.vm is not None and n.vm.id == vm.id), None)
        if existing is not None and existing.parent is not parent:
            self._remove_vm(existing)
            existing = None
        if existing is None:
            self._insert(parent, Node("vm", vm.id, vm.name, vm=vm))
            return
        if existing.vm != vm:
            existing.vm = vm
            existing.label = vm.name
            self._changed(existing)

    def vm_nodes(self) -> list[Node]:
        return [n for n in self.root.walk() if n.kind == "vm"]

    def _folder(self, conn: Node, vm: VmInfo) -> Node:
        node = conn
        path = ""
        for kind, label in folder_chain(vm):
            path = f"{path}/{label}"
            child = node.child(path)
            node = child if child is not None else self._insert(node, Node(kind, path, label))
        return node

    def _insert(self, parent: Node, node: Node) -> Node:
        row = len(parent.children)
        for i, sibling in enumerate(parent.children):  # keep siblings sorted by name
            if sibling.label.lower() > node.label.lower():
                row = i
                break
        self.beginInsertRows(self.index_of(parent), row, row)
        node.parent = parent
        parent.children.insert(row, node)
        self.endInsertRows()
        return node

    def _remove(self, node: Node) -> None:
        parent = node.parent
        if parent is None:
            return
        row = node.row()
        self.beginRemoveRows(self.index_of(parent), row, row)
        parent.children.pop(row)
        node.parent = None
        self.endRemoveRows()

    def _remove_vm(self, node: Node) -> None:
        parent = node.parent
        self._remove(node)
        # folders left empty go too (never the connection itself)
        while parent is not None and parent.kind != "connection" and not parent.children:
            up = parent.parent
            self._remove(parent)
            parent = up

    def _changed(self, node: Node) -> None:
        self.dataChanged.emit(self.index_of(node, 0), self.index_of(node, len(self.COLUMNS) - 1))
