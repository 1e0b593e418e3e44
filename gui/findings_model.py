"""FindingsModel: triage findings (top level) and their evidence lines (children).

A thin adapter over a plain list of finding dicts (``{"kind", "summary",
"evidence"}``); updates are incremental (insert/remove/dataChanged).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex


def kind_label(kind: str) -> str:
    """The translated name of a finding kind."""
    labels = {
        "nmi_panic": QCoreApplication.translate("FindingsModel", "Panic on an NMI"),
        "soft_lockup": QCoreApplication.translate("FindingsModel", "Soft lockup"),
        "hard_lockup": QCoreApplication.translate("FindingsModel", "Hard lockup"),
        "hung_task": QCoreApplication.translate("FindingsModel", "Hung tasks"),
        "rcu_stall": QCoreApplication.translate("FindingsModel", "RCU stall"),
        "oom": QCoreApplication.translate("FindingsModel", "Out of memory"),
        "blocked_io": QCoreApplication.translate("FindingsModel", "Blocked I/O"),
        "lock_wait": QCoreApplication.translate("FindingsModel", "Lock wait"),
        "panic_other": QCoreApplication.translate("FindingsModel", "Kernel panic"),
    }
    return labels.get(kind, kind)


class FindingsModel(QAbstractItemModel):
    """Two columns: what (kind, or an evidence line) and the summary."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.findings: list[dict[str, Any]] = []

    # -- updates ------------------------------------------------------------
    def set_findings(self, new: list[dict[str, Any]]) -> None:
        """Show ``new``: kinds seen before are updated in place, others added or removed."""
        new_kinds = [f["kind"] for f in new]
        for row in reversed(range(len(self.findings))):
            if self.findings[row]["kind"] not in new_kinds:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.findings[row]
                self.endRemoveRows()
        for f in new:
            row = next((i for i, o in enumerate(self.findings) if o["kind"] == f["kind"]), None)
            if row is None:
                row = len(self.findings)
                self.beginInsertRows(QModelIndex(), row, row)
                self.findings.append(dict(f, evidence=list(f.get("evidence", []))))
                self.endInsertRows()
                continue
            self._replace(row, f)

    def _replace(self, row: int, f: dict[str, Any]) -> None:
        parent = self.index(row, 0)
        old = self.findings[row]
        if old["evidence"]:
            self.beginRemoveRows(parent, 0, len(old["evidence"]) - 1)
            old["evidence"] = []
            self.endRemoveRows()
        evidence = list(f.get("evidence", []))
        if evidence:
            self.beginInsertRows(parent, 0, len(evidence) - 1)
            old["evidence"] = evidence
            self.endInsertRows()
        old.update({k: v for k, v in f.items() if k != "evidence"})
        self.dataChanged.emit(self.index(row, 0), self.index(row, 1))

    def clear(self) -> None:
        if self.findings:
            self.beginRemoveRows(QModelIndex(), 0, len(self.findings) - 1)
            self.findings = []
            self.endRemoveRows()

    # -- the model ----------------------------------------------------------
    # internalId: 0 for a finding, finding row + 1 for one of its evidence lines
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= 2 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self.findings) else QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()
        if row >= len(self.findings[parent.row()]["evidence"]):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(child.internalId()) - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.findings)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.findings[parent.row()]["evidence"])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            f = self.findings[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                if index.column() == 0:
                    return kind_label(f["kind"])
                return f["summary"]
            if role == Qt.ItemDataRole.UserRole:
                return f["kind"]
            return None
        f = self.findings[int(index.internalId()) - 1]
        if (
            role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
            and index.column() == 1
        ):
            return f["evidence"][index.row()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("FindingsModel", "Finding"),
                QCoreApplication.translate("FindingsModel", "What it means / evidence"),
            )[section]
        return None
