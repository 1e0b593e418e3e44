"""Trust on first use: show the fingerprint, let the user accept or cancel; hard stops
when a known certificate or host key changed. The decision is stored by the caller
(``trust.tls.pin`` / ``trust.ssh.trust``) and the connection retried."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from backends.trust import ssh as ssh_trust
from backends.trust import tls


class TrustDialog(QDialog):
    """Accept/Cancel around one fingerprint; Cancel is the default button."""

    def __init__(self, title: str, intro: str, fingerprint: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("trustDialog")
        self.setWindowTitle(title)
        self.fingerprint = fingerprint
        layout = QVBoxLayout(self)
        text = QLabel(intro)
        text.setWordWrap(True)
        layout.addWidget(text)
        # 32 colon-separated bytes do not fit one line: two lines of 16
        shown = (
            fingerprint
            if ":" not in fingerprint[8:]
            else fingerprint[:47] + "\n" + fingerprint[48:]
        )
        fp = QLabel(shown)
        fp.setObjectName("trustFingerprint")
        fp.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fp.setWordWrap(True)
        fp.setStyleSheet("font-family: monospace; font-size: 11pt; padding: 6px;")
        layout.addWidget(fp)
        advice = QLabel(
            QCoreApplication.translate(
                "TrustDialog",
                "Compare it with the fingerprint the server's administrator gives you. "
                "Accept only if they are the same.",
            )
        )
        advice.setWordWrap(True)
        layout.addWidget(advice)
        buttons = QDialogButtonBox(self)
        self.accept_button = buttons.addButton(
            QCoreApplication.translate("TrustDialog", "Accept"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.accept_button.setObjectName("trustAccept")
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("trustCancel")
        cancel.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)


def certificate_dialog(parent: QWidget | None, host: str, port: int, sha256: str) -> TrustDialog:
    return TrustDialog(
        QCoreApplication.translate("TrustDialog", "Unknown server certificate"),
        QCoreApplication.translate(
            "TrustDialog",
            "The server {0}:{1} presents a certificate that this computer does not trust "
            "yet. Its SHA-256 fingerprint is:",
        ).format(host, port),
        sha256,
        parent,
    )


def ask_certificate(parent: QWidget | None, err: tls.UnknownCertificate) -> bool:
    cert = err.cert
    dialog = certificate_dialog(parent, cert.host, cert.port, cert.sha256_colons)
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_host_key(parent: QWidget | None, err: ssh_trust.UnknownHostKey) -> bool:
    key = err.key
    dialog = TrustDialog(
        QCoreApplication.translate("TrustDialog", "Unknown SSH host key"),
        QCoreApplication.translate(
            "TrustDialog", "The SSH server {0} is not known yet. Its {1} host key ({2} bits) is:"
        ).format(key.known_hosts_name, key.key_type, key.bits),
        key.fingerprint,
        parent,
    )
    return dialog.exec() == QDialog.DialogCode.Accepted


def hard_stop(parent: QWidget | None, err: Exception) -> None:
    """A changed certificate or host key: explain, never offer to continue."""
    box = QMessageBox(parent)
    box.setObjectName("trustChanged")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("TrustDialog", "The server's identity changed"))
    box.setText(
        QCoreApplication.translate(
            "TrustDialog",
            "This server no longer presents the certificate or host key recorded when you "
            "first connected. Someone may be intercepting the connection, or the server "
            "was reinstalled. HangDump will not connect.",
        )
    )
    box.setInformativeText(str(err))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.exec()


def handle(parent: QWidget | None, exc: BaseException) -> str:
    """What a failed connection attempt means for trust: ``retry`` after the user
    accepted (the decision is stored), ``stop`` when handled (refused or changed),
    ``other`` for any other error."""
    if isinstance(exc, tls.UnknownCertificate):
        if ask_certificate(parent, exc):
            tls.pin(exc.cert)
            return "retry"
        return "stop"
    if isinstance(exc, ssh_trust.UnknownHostKey):
        if ask_host_key(parent, exc):
            ssh_trust.trust(exc.key)
            return "retry"
        return "stop"
    if isinstance(exc, (tls.ChangedCertificate, ssh_trust.ChangedHostKey)):
        hard_stop(parent, exc)
        return "stop"
    return "other"
