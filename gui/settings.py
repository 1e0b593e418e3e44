"""User settings (QSettings) and the settings dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backends.cases import case_root
from gui.i18n import LANGUAGES


class Settings:
    """Typed access to the few things a user sets."""

    def __init__(self) -> None:
        self.q = QSettings("HangDump", "HangDump")

    def _get(self, key: str, default: str = "") -> str:
        return str(self.q.value(key, default) or default)

    language = property(
        lambda self: self._get("language"), lambda self, v: self.q.setValue("language", v)
    )
    symbol_store = property(
        lambda self: self._get("symbol_store"), lambda self, v: self.q.setValue("symbol_store", v)
    )
    debuginfod = property(
        lambda self: self._get("debuginfod"), lambda self, v: self.q.setValue("debuginfod", v)
    )
    analysis_host = property(
        lambda self: self._get("analysis_host"), lambda self, v: self.q.setValue("analysis_host", v)
    )
    lab_offered = property(
        lambda self: self._get("lab_offered") == "1",
        lambda self, v: self.q.setValue("lab_offered", "1" if v else "0"),
    )

    @property
    def case_root(self) -> Path:
        value = self._get("case_root")
        return Path(value) if value else case_root()

    @case_root.setter
    def case_root(self, value: Path) -> None:
        self.q.setValue("case_root", str(value))


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.language = QComboBox(self)
        self.language.setObjectName("settingsLanguage")
        self.language.addItem(self.tr("System default"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        form.addRow(self.tr("Language"), self.language)
        note = QLabel(self.tr("HangDump restarts to show a new language (it asks first)."))
        note.setWordWrap(True)
        form.addRow("", note)
        self.case_root = self._folder_row(form, self.tr("Case folder"), str(settings.case_root))
        self.symbol_store = self._folder_row(form, self.tr("Symbol store"), settings.symbol_store)
        self.debuginfod = QLineEdit(settings.debuginfod, self)
        self.debuginfod.setObjectName("settingsDebuginfod")
        self.debuginfod.setPlaceholderText(self.tr("space-separated URLs (DEBUGINFOD_URLS)"))
        form.addRow(self.tr("debuginfod servers"), self.debuginfod)
        self.analysis_host = QLineEdit(settings.analysis_host, self)
        self.analysis_host.setObjectName("settingsAnalysisHost")
        self.analysis_host.setPlaceholderText(self.tr("user@host[:port] (empty: this computer)"))
        form.addRow(self.tr("Analysis host"), self.analysis_host)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _folder_row(self, form: QFormLayout, label: str, value: str) -> QLineEdit:
        edit = QLineEdit(value, self)
        browse = QPushButton(self.tr("Browse..."), self)
        browse.clicked.connect(
            lambda: edit.setText(
                QFileDialog.getExistingDirectory(self, label, edit.text()) or edit.text()
            )
        )
        row = QHBoxLayout()
        row.addWidget(edit)
        row.addWidget(browse)
        form.addRow(label, row)
        return edit

    def _save(self) -> None:
        s = self.settings
        s.language = self.language.currentData()
        s.case_root = Path(self.case_root.text().strip() or str(case_root()))
        s.symbol_store = self.symbol_store.text().strip()
        s.debuginfod = self.debuginfod.text().strip()
        s.analysis_host = self.analysis_host.text().strip()
        self.accept()
