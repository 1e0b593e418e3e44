"""Add or edit a connection profile; the password goes to the keyring or nowhere."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from backends.errors import UserError
from backends.profiles import Profile

SSH_KINDS = ("esxi+ssh", "qemu+ssh", "virsh+ssh")
DEFAULT_PORTS = {"vsphere": 443, "esxi+ssh": 22, "qemu": 0, "qemu+ssh": 22, "virsh+ssh": 22}


def kind_titles() -> dict[str, str]:
    return {
        "vsphere": QCoreApplication.translate("ConnectionDialog", "vCenter or ESXi (HTTPS API)"),
        "esxi+ssh": QCoreApplication.translate("ConnectionDialog", "ESXi shell over SSH"),
        "qemu": QCoreApplication.translate(
            "ConnectionDialog", "libvirt on this computer (qemu:///system)"
        ),
        "qemu+ssh": QCoreApplication.translate("ConnectionDialog", "libvirt over SSH (qemu+ssh)"),
        "virsh+ssh": QCoreApplication.translate(
            "ConnectionDialog", "virsh over SSH (no libvirt-python needed)"
        ),
    }


def build_uri(kind: str, user: str, host: str, port: int) -> str:
    if kind == "qemu":
        return "qemu:///system"
    default = DEFAULT_PORTS[kind]
    where = host if port in (0, default) else f"{host}:{port}"
    suffix = "/system" if kind == "qemu+ssh" else ""
    return f"{kind}://{user}@{where}{suffix}"


class ConnectionDialog(QDialog):
    """Returns a :class:`Profile` plus the password typed (kept in memory only,
    unless the user asks to remember it in the OS keyring)."""

    def __init__(self, parent: QWidget | None = None, keyring: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("connectionDialog")
        self._keyring = keyring
        self.setWindowTitle(self.tr("Add a connection"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.kind = QComboBox(self)
        self.kind.setObjectName("connKind")
        for key, title in kind_titles().items():
            self.kind.addItem(title, key)
        form.addRow(self.tr("Kind"), self.kind)
        self.name = QLineEdit(self)
        self.name.setObjectName("connName")
        self.name.setPlaceholderText(self.tr("e.g. Production vCenter"))
        form.addRow(self.tr("Name"), self.name)
        self.host = QLineEdit(self)
        self.host.setObjectName("connHost")
        self.host.setPlaceholderText(self.tr("host name or IP address"))
        self.port = QSpinBox(self)
        self.port.setObjectName("connPort")
        self.port.setRange(1, 65535)
        self.user = QLineEdit(self)
        self.user.setObjectName("connUser")
        self.identity = QLineEdit(self)
        self.identity.setObjectName("connIdentity")
        self.identity.setPlaceholderText(self.tr("default: SSH agent and ~/.ssh keys"))
        browse = QPushButton(self.tr("Browse..."), self)
        browse.clicked.connect(self._pick_identity)
        id_row = QHBoxLayout()
        id_row.addWidget(self.identity)
        id_row.addWidget(browse)
        self.password = QLineEdit(self)
        self.password.setObjectName("connPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.trust_file = QLineEdit(self)
        self.trust_file.setObjectName("connTrustFile")
        trust_browse = QPushButton(self.tr("Browse..."), self)
        trust_browse.clicked.connect(self._pick_trust_file)
        trust_row = QHBoxLayout()
        trust_row.addWidget(self.trust_file)
        trust_row.addWidget(trust_browse)
        self.remember = QCheckBox(self.tr("Remember the password in the OS keyring"), self)
        self.remember.setObjectName("connRemember")
        self.remember.setVisible(keyring)
        self.no_keyring = QLabel(
            self.tr("No OS keyring is available: HangDump will ask for the password each time.")
        )
        self.no_keyring.setWordWrap(True)
        self.no_keyring.setVisible(not keyring)
        self._host_rows = [
            (self.tr("Host"), self.host),
            (self.tr("Port"), self.port),
            (self.tr("User"), self.user),
        ]
        for label, w in self._host_rows:
            form.addRow(label, w)
        form.addRow(self.tr("SSH key"), id_row)
        self._id_widgets = [self.identity, browse, form.labelForField(id_row)]
        form.addRow(self.tr("Password"), self.password)
        self._pw_label = form.labelForField(self.password)
        form.addRow(self.tr("Trust file"), trust_row)
        self._trust_label = form.labelForField(trust_row)
        self._trust_widgets = [self.trust_file, trust_browse]
        form.addRow("", self.remember)
        form.addRow("", self.no_keyring)
        self.uri_label = QLabel(self)
        self.uri_label.setObjectName("connUri")
        form.addRow(self.tr("Address"), self.uri_label)
        self.form = form
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("connOk")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.error = QLabel(self)
        self.error.setObjectName("connError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        layout.addWidget(self.error)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for w in (self.host, self.user):
            w.textChanged.connect(self._show_uri)
        self.port.valueChanged.connect(self._show_uri)
        self._kind_changed()
        self.setMinimumWidth(520)

    # -- behaviour --------------------------------------------------------------
    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        remote = kind != "qemu"
        for _label, w in self._host_rows:
            w.setVisible(remote)
            lab = self.form.labelForField(w)
            if lab is not None:
                lab.setVisible(remote)
        for w in self._id_widgets:
            if w is not None:
                w.setVisible(kind in SSH_KINDS)
        ssh = kind in SSH_KINDS
        needs_pw = kind == "vsphere" or ssh
        self.password.setVisible(needs_pw)
        self.password.setPlaceholderText(self.tr("empty: log in with the SSH key") if ssh else "")
        if self._pw_label is not None:
            self._pw_label.setVisible(needs_pw)
        self.remember.setVisible(needs_pw and self._keyring)
        self.no_keyring.setVisible(needs_pw and not self._keyring)
        # Trust material handed over out of band: the server's certificate (PEM)
        # from its administrator, or a known_hosts file holding the host's key.
        for w in (*self._trust_widgets, self._trust_label):
            if w is not None:
                w.setVisible(kind != "qemu")
        if isinstance(self._trust_label, QLabel):
            self._trust_label.setText(
                self.tr("Certificate (PEM)") if kind == "vsphere" else self.tr("known_hosts file")
            )
        self.trust_file.setPlaceholderText(
            self.tr("optional: the certificate file from the server's administrator")
            if kind == "vsphere"
            else self.tr("optional: a known_hosts file with the host's key")
        )
        self.port.setValue(DEFAULT_PORTS[kind] or 22)
        if self.user.text() in ("", "administrator@vsphere.local", "root"):  # a default
            self.user.setText("administrator@vsphere.local" if kind == "vsphere" else "root")
        self._show_uri()
        self.adjustSize()

    def _show_uri(self) -> None:
        self.uri_label.setText(self.uri())

    def uri(self) -> str:
        return build_uri(
            self.kind.currentData(),
            self.user.text().strip(),
            self.host.text().strip(),
            self.port.value(),
        )

    def _pick_identity(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("SSH private key"))
        if path:
            self.identity.setText(path)

    def _pick_trust_file(self) -> None:
        title = (
            self.tr("Server certificate (PEM)")
            if self.kind.currentData() == "vsphere"
            else self.tr("known_hosts file")
        )
        path, _ = QFileDialog.getOpenFileName(self, title)
        if path:
            self.trust_file.setText(path)

    def profile(self) -> Profile:
        kind = self.kind.currentData()
        name = self.name.text().strip() or (self.host.text().strip() or "localhost")
        trust = self.trust_file.text().strip() if kind != "qemu" else ""
        return Profile(
            name=name,
            uri=self.uri(),
            identity=self.identity.text().strip() if kind != "vsphere" else "",
            known_hosts=[trust] if trust and kind in SSH_KINDS else [],
            cert_pem=trust if kind == "vsphere" else "",
            ssh_password=kind in SSH_KINDS and bool(self.password.text()),
        )

    def _check_trust_file(self) -> None:
        path = self.trust_file.text().strip()
        if not path or self.kind.currentData() == "qemu":
            return
        try:
            text = Path(path).read_text(encoding="ascii", errors="replace")
        except OSError as exc:
            raise UserError(
                self.tr("{0} cannot be read: {1}").format(path, exc.strerror or exc),
                self.tr("Choose the file again, or leave the field empty."),
            ) from exc
        if self.kind.currentData() == "vsphere" and "-----BEGIN CERTIFICATE-----" not in text:
            raise UserError(
                self.tr("{0} is not a PEM certificate.").format(path),
                self.tr("Ask the administrator for the certificate as a .pem or .crt file."),
            )

    def _accept(self) -> None:
        kind = self.kind.currentData()
        try:
            if kind != "qemu" and not self.host.text().strip():
                raise UserError(self.tr("Give the host name or address."))
            self.profile().validate()
            self._check_trust_file()
        except UserError as exc:
            self.error.setText(str(exc))
            return
        self.accept()
