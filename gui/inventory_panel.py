"""The inventory panel: a filter box over the tree view, and the context menu."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QLineEdit, QMenu, QTreeView, QVBoxLayout, QWidget

from backends.hypervisors.base import VmInfo
from gui.inventory_model import NODE_ROLE, VM_ROLE, InventoryModel
from gui.inventory_tree import Node


class InventoryFilter(QSortFilterProxyModel):
    """Case-insensitive text filter over every column; parents of matches stay
    visible (recursive), and children of a matching folder are kept."""

    def __init__(self) -> None:
        super().__init__()
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)


class InventoryPanel(QWidget):
    selection_changed = Signal()

    def __init__(self, model: InventoryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inventoryPanel")
        self.model = model
        self.proxy = InventoryFilter()
        self.proxy.setSourceModel(model)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("inventoryFilter")
        self.filter.setPlaceholderText(self.tr("Filter by name, state, guest OS or host"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter the inventory"))
        self.filter.textChanged.connect(self._filter)
        self.view = QTreeView(self)
        self.view.setObjectName("inventoryTree")
        self.view.setModel(self.proxy)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        header = self.view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 300)
        header.resizeSection(2, 220)
        header.setStretchLastSection(True)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit()
        )
        model.rowsInserted.connect(self._expand_new)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.view)
        self.menu_actions: list[QAction | None] = []

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.view.expandAll()

    def _expand_new(self, parent: QModelIndex, first: int, last: int) -> None:
        # folders open as they appear, so VMs are visible without clicking
        node: Node = self.model.node(parent)
        if node.kind in ("root", "connection", "datacenter", "cluster", "host"):
            self.view.expand(self.proxy.mapFromSource(parent))
            for row in range(first, last + 1):
                self.view.expand(self.proxy.mapFromSource(self.model.index(row, 0, parent)))

    def selected_node(self) -> Node | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        node = self.proxy.data(rows[0], NODE_ROLE)
        return node if isinstance(node, Node) else None

    def selected_vm(self) -> VmInfo | None:
        rows = self.view.selectionModel().selectedRows()
        vm = self.proxy.data(rows[0], VM_ROLE) if rows else None
        return vm if isinstance(vm, VmInfo) else None

    def select_vm(self, vm_id: str) -> bool:
        for node in self.model.vm_nodes():
            if node.vm is not None and node.vm.id == vm_id:
                idx = self.proxy.mapFromSource(self.model.index_of(node))
                if idx.isValid():
                    self.view.setCurrentIndex(idx)
                    return True
        return False

    def _menu(self, pos: QPoint) -> None:
        if not self.view.indexAt(pos).isValid():
            return
        menu = QMenu(self)
        menu.setObjectName("inventoryMenu")
        for act in self.menu_actions:
            if act is None:
                menu.addSeparator()
            else:
                menu.addAction(act)
        menu.exec(self.view.viewport().mapToGlobal(pos))
