"""What the window's actions do: open dialogs and wizards with narrow arguments.

Kept apart from :mod:`gui.main_window` so the window stays a layout, not a god object.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from backends.profiles import Profile

if TYPE_CHECKING:
    from gui.main_window import MainWindow


def resolver(connections: Any) -> Any:
    """The transfer queue's resolver: a job's connection names an open profile
    (datastore paths, host files); otherwise sftp:// / https:// / local paths."""

    def resolve(job: Any) -> Any:
        from backends.hypervisors.base import RemoteFile
        from backends.transfers.resolve import source_for
        from gui.connections import ssh_opener

        hv = connections.hypervisors.get(job.connection) if job.connection else None
        if hv is not None and not job.source.startswith("sftp://"):
            return hv.file_source(RemoteFile(Path(job.dest).name, 0, job.source))
        prof = connections.profiles.get(job.connection)
        identity = prof.guest_identity or prof.identity if prof else ""
        known = prof.known_hosts if prof else []
        return source_for(job.source, ssh_connect=ssh_opener(identity, known))

    return resolve


def add_connection(
    w: MainWindow, kind: str = "", host: str = "", port: int = 0, user: str = ""
) -> Any:
    from backends import profiles, secrets
    from gui.connection_dialog import ConnectionDialog

    dialog = ConnectionDialog(w, keyring=secrets.available())
    if kind:
        dialog.set_kind(kind)
    if host:
        dialog.host.setText(host)
    if port:
        dialog.port.setValue(port)
    if user:
        dialog.user.setText(user)
    w.connection_dialog = dialog  # tests drive it
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    profile = dialog.profile()
    password = dialog.password.text() or None
    if password and dialog.remember.isChecked():
        from backends.hypervisors.uri import parse

        spec = parse(profile.uri)
        secrets.store(spec.user, spec.host, spec.port, password)
    try:
        profiles.upsert(profile)
    except Exception as exc:  # saving is a convenience; connecting still works
        from gui.error_dialog import show_error

        show_error(
            w, QCoreApplication.translate("MainWindow", "Could not save the connection"), exc
        )
    w.connections.open(profile, password)
    return profile


def open_profile(w: MainWindow, profile: Profile) -> None:
    from backends import secrets
    from backends.hypervisors.uri import parse

    password = None
    spec = parse(profile.uri)
    if spec.kind == "vsphere" or profile.ssh_password:
        password = secrets.lookup(spec.user, spec.host, spec.port) or w.ask_password(profile)
        if password is None:
            return
    w.connections.open(profile, password)


def _case(w: MainWindow, title: str) -> Any:
    from backends.cases import Case

    return Case.create(title, root=w.settings.case_root)


def _guest_access(profile: Profile | None, vm: Any) -> Any:
    if profile is None or vm.id not in profile.guests:
        return None
    from backends.capture.nmi import GuestAccess
    from backends.sshconn import SshTarget
    from gui.connections import ssh_opener

    address = profile.guests[vm.id]
    target = SshTarget.parse(address)
    opener = ssh_opener(profile.guest_identity or profile.identity, profile.known_hosts)
    return GuestAccess(str(target), opener(target))


def _queue_downloader(w: MainWindow, connection: str) -> Any:
    """A capture flow's downloader that goes through the transfer queue, so the files
    show in the transfer panel (speed, ETA, pause) and survive a restart there."""
    w.transfers()  # the queue exists from here on
    queue = w._queue

    def fetch(file: Any, dest_dir: Path, progress: Any, cancel: Any) -> dict[str, Any]:
        job = queue.run_to_end(file.source, dest_dir / file.name, connection, progress, cancel)
        return {
            "dest": job.dest,
            "size": job.size,
            "sha256": job.sha256,
            "remote_sha256": job.sha256 if job.state == "verified" else None,
            "source": file.source,
        }

    return fetch


def capture(w: MainWindow, what: str) -> Any:
    from gui.wizards import capture_wizard as cw

    vm = w.selected_vm()
    name = w.selected_connection()
    hv = w.connections.hypervisors.get(name or "")
    if vm is None or hv is None:
        return None
    case = _case(w, f"{what}-{vm.name}")
    if what == "nmi":
        wizard = cw.nmi_wizard(hv, vm, case, w.jobs, _guest_access(w.selected_profile(), vm), w)
    elif what == "snapshot":
        wizard = cw.snapshot_wizard(hv, vm, case, w.jobs, w, _queue_downloader(w, name or ""))
    else:
        wizard = cw.memdump_wizard(hv, vm, case, w.jobs, w, _queue_downloader(w, name or ""))
    wizard.finished.connect(lambda _r: w.cases().select(case.folder) if w._cases else None)
    w.wizard = wizard  # tests drive it
    wizard.open()
    return wizard


def prepare_guest(w: MainWindow) -> Any:
    from backends import profiles
    from gui.wizards.prepare_wizard import PrepareWizard

    vm = w.selected_vm()
    profile = w.selected_profile()
    address = profile.guests.get(vm.id, "") if profile and vm else ""
    identity = (profile.guest_identity or profile.identity) if profile else ""
    wizard = PrepareWizard(w.jobs, address, identity, profile.known_hosts if profile else [], w)

    def remember(result: int) -> None:
        if result and profile is not None and vm is not None and wizard.field_address():
            profile.guests[vm.id] = wizard.field_address()
            if wizard.field_identity():
                profile.guest_identity = wizard.field_identity()
            # the address stays in memory for this session if saving fails
            with contextlib.suppress(Exception):
                profiles.upsert(profile)

    wizard.finished.connect(remember)
    w.wizard = wizard
    wizard.open()
    return wizard


def fetch_file(w: MainWindow) -> None:
    source, ok = QInputDialog.getText(
        w,
        QCoreApplication.translate("MainWindow", "Fetch a file"),
        QCoreApplication.translate(
            "MainWindow",
            "What to download: sftp://user@host:port/path, '[datastore] dir/file' or a path:",
        ),
    )
    if not ok or not source.strip():
        return
    from backends.transfers.resolve import dest_for

    folder = _case(w, "fetch").files
    dest = dest_for(source.strip(), folder)
    try:
        w.transfers().queue.add(source.strip(), dest, connection=w.selected_connection() or "")
    except Exception as exc:
        from gui.error_dialog import show_error

        show_error(w, QCoreApplication.translate("MainWindow", "Could not queue the download"), exc)


def settings_dialog(w: MainWindow) -> None:
    from gui.settings import SettingsDialog

    old = w.settings.language
    dialog = SettingsDialog(w.settings, w)
    if dialog.exec() == QDialog.DialogCode.Accepted and w.settings.language != old:
        offer_restart(w)


def offer_restart(w: MainWindow) -> None:
    """A new language shows after a restart; offer it now, saying what a restart stops."""
    text = QCoreApplication.translate(
        "MainWindow", "HangDump shows the new language after a restart. Restart now?"
    )
    busy = w.jobs.active
    if busy:
        text += "\n\n" + QCoreApplication.translate(
            "MainWindow",
            "%n task(s) still running will be stopped. Queued transfers continue "
            "where they were after the restart.",
            "",
            busy,
        )
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("MainWindow", "Language"),
        text,
        parent=w,
    )
    box.setObjectName("restartForLanguage")
    now = box.addButton(
        QCoreApplication.translate("MainWindow", "Restart now"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("MainWindow", "Later"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    if box.clickedButton() is now:
        restart(w)


def restart_command(argv: list[str], executable: str, frozen: bool) -> tuple[str, list[str]]:
    """The program and arguments that start this HangDump again, without ``--lang``
    (the saved language setting must win over a language given at the first start)."""
    args: list[str] = []
    skip = False
    for arg in argv[1:]:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("--lang="):
            args.append(arg)
    if frozen:  # the bundle's executable is the program itself
        return executable, args
    if Path(argv[0]).name == "launch.py":  # started as ``python -m gui.launch``
        return executable, ["-m", "gui.launch", *args]
    return executable, [argv[0], *args]  # the ``hangdump`` console script


def restart(w: MainWindow) -> None:
    """Close the window (its usual clean-up: jobs, queue, connections), then start again."""
    import sys

    from PySide6.QtCore import QProcess
    from PySide6.QtWidgets import QApplication

    program, args = restart_command(sys.argv, sys.executable, getattr(sys, "frozen", False))
    if w.close():
        QProcess.startDetached(program, args)
        QApplication.quit()


def connect_lab_directly(w: MainWindow) -> None:
    """``hangdump --lab``: open the built-in lab's connections without asking.

    The lab is this computer's own: its certificate comes from the lab's status and
    its password from the lab's 0600 file, as `hangdump lab status` documents them.
    The practice guest's SSH address is recorded for Prepare guest and vmcore fetching.
    """
    status = w.lab_status
    if g := status.get("libvirt"):
        ssh = g["ssh"]
        guests = {g["uuid"]: f"{ssh['user']}@{ssh['host']}:{ssh['port']}"} if g.get("uuid") else {}
        if k := status.get("kdump_guest"):
            kssh = k["ssh"]
            if k.get("uuid"):
                guests[k["uuid"]] = f"{kssh['user']}@{kssh['host']}:{kssh['port']}"
        w.connections.open(
            Profile(
                QCoreApplication.translate("Lab", "Lab libvirt"),
                g["uri"],
                guests=guests,
                guest_identity=ssh["key"],
                known_hosts=[ssh["known_hosts"]]
                + (
                    [status["kdump_guest"]["ssh"]["known_hosts"]]
                    if status.get("kdump_guest")
                    else []
                ),
            ),
            None,
        )
    if v := status.get("vsphere"):
        from urllib.parse import urlsplit

        url = urlsplit(v["url"])
        uri = f"vsphere://{v['user']}@{url.hostname}:{url.port or 443}"
        password = Path(v["password_file"]).read_text().strip()
        w.connections.open(
            Profile(QCoreApplication.translate("Lab", "Lab vCenter"), uri, cert_pem=v["cert_pem"]),
            password,
        )


def connect_lab(w: MainWindow) -> None:
    """Add the lab's libvirt directly; offer the simulator in the connection dialog
    (its password is in the lab's password file, which the user opens themselves)."""
    status = w.lab_status
    if status.get("libvirt"):
        w.connections.open(
            Profile(QCoreApplication.translate("Lab", "Lab libvirt"), status["libvirt"]["uri"]),
            None,
        )
    v = status.get("vsphere")
    if v:
        from urllib.parse import urlsplit

        url = urlsplit(v["url"])
        add_connection(w, "vsphere", url.hostname or "", url.port or 443, v["user"])
