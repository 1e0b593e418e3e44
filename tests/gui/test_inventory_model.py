"""The inventory model under QAbstractItemModelTester: diffs, live updates, the filter."""

from __future__ import annotations

import dataclasses
import threading

import pytest
from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel
from PySide6.QtWidgets import QTreeView

from backends.hypervisors.base import PowerState, VmInfo
from gui.inventory_model import VM_ROLE, InventoryModel
from gui.live_updates import LiveUpdates

pytestmark = pytest.mark.gui


def vm(name: str, path: str = "", state: PowerState = PowerState.ON, **kw: object) -> VmInfo:
    return VmInfo(name=name, id=f"id-{name}", power_state=state, path=path, **kw)  # type: ignore[arg-type]


VSPHERE = [
    vm("web01", "DC0/C0/H0/web01", memory_mib=2048),
    vm("db01", "DC0/C0/H1/db01", state=PowerState.OFF),
    vm("lone", "DC0/H9/lone"),
    vm("other-dc", "DC1/H0/other-dc"),
]


def names(model: InventoryModel) -> set[str]:
    return {n.label for n in model.vm_nodes()}


def test_tree_shape_and_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = InventoryModel()
    qtmodeltester.check(model)
    model.add_connection("vc", "vCenter", "vsphere://u@h")
    model.add_connection("kvm", "KVM", "qemu:///system")
    model.set_vms("vc", VSPHERE)
    model.set_vms("kvm", [vm("guest-a"), vm("guest-b")])
    qtmodeltester.check(model)
    vc = model.root.child("vc")
    assert vc is not None
    assert [c.label for c in vc.children] == ["DC0", "DC1"]
    dc0 = vc.children[0]
    assert [(c.kind, c.label) for c in dc0.children] == [("cluster", "C0"), ("host", "H9")]
    assert [c.label for c in dc0.children[0].children] == ["H0", "H1"]
    kvm = model.root.child("kvm")
    assert kvm is not None and [c.label for c in kvm.children] == ["guest-a", "guest-b"]


def test_diff_removes_moves_and_prunes_empty_folders(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = InventoryModel()
    qtmodeltester.check(model)
    model.add_connection("vc", "vCenter", "vsphere://u@h")
    model.set_vms("vc", VSPHERE)
    moved = dataclasses.replace(VSPHERE[0], path="DC0/C0/H1/web01")
    model.set_vms("vc", [moved, VSPHERE[1]])
    assert names(model) == {"web01", "db01"}
    vc = model.root.child("vc")
    assert vc is not None
    assert [c.label for c in vc.children] == ["DC0"]  # DC1 went with its only VM
    assert [c.label for c in vc.children[0].children[0].children] == ["H1"]
    model.remove_connection("vc")
    assert model.rowCount() == 0


def test_live_update_changes_one_row_and_keeps_selection(qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = InventoryModel()
    qtmodeltester.check(model)
    model.add_connection("kvm", "KVM", "qemu:///system")
    model.set_vms("kvm", [vm("a"), vm("b"), vm("c")])
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    target = model.index(1, 0, model.index(0, 0))
    view.selectionModel().select(
        target,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, *_: changed.append((a.row(), b.row())))
    inserted: list[int] = []
    model.rowsInserted.connect(lambda *_: inserted.append(1))
    model.rowsRemoved.connect(lambda *_: inserted.append(-1))

    live = LiveUpdates(model.update_vm, delay_ms=20)
    listener = live.listener("kvm")
    threads = [
        threading.Thread(target=listener, args=(vm("b", state=s),))
        for s in (PowerState.PAUSED, PowerState.CRASHED, PowerState.OFF)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    qtbot.waitUntil(lambda: bool(changed), timeout=3000)
    assert changed == [(1, 1)]  # a burst of three arrives as one row change
    assert inserted == []  # no rebuild
    sel = view.selectionModel().selectedRows()
    assert [model.data(i, VM_ROLE).name for i in sel] == ["b"]
    assert model.data(sel[0], VM_ROLE).power_state == PowerState.OFF


def test_recursive_filter(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from gui.inventory_panel import InventoryFilter

    model = InventoryModel()
    model.add_connection("vc", "vCenter", "vsphere://u@h")
    model.set_vms("vc", VSPHERE)
    proxy = InventoryFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.setFilterFixedString("DB0")
    leaves = _leaves(proxy)
    assert leaves == ["db01"]
    proxy.setFilterFixedString("")
    assert sorted(_leaves(proxy)) == ["db01", "lone", "other-dc", "web01"]
    proxy.setFilterFixedString("powered off")  # matches the state column too
    assert _leaves(proxy) == ["db01"]


def _leaves(proxy: QSortFilterProxyModel) -> list[str]:
    out: list[str] = []

    def walk(parent) -> None:  # type: ignore[no-untyped-def]
        for r in range(proxy.rowCount(parent)):
            idx = proxy.index(r, 0, parent)
            if proxy.data(idx, VM_ROLE) is not None:
                out.append(proxy.data(idx))
            walk(idx)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    return out
