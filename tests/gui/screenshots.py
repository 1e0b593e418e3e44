"""Write PNG screenshots of every window, dialog and wizard page, in English and
Simplified Chinese: ``python -m tests.gui.screenshots OUT_DIR``.

Offscreen and serverless: the inventory shows sample VMs; the capture wizards run
to their result over the test fake hypervisor (tests/fakes.py); the Prepare-guest
checklist is read from a recorded guest transcript (tests/readiness_fakes.py); the
crash console shows a recorded crash session (tests/data/crash) with the findings
the triage parsers draw from it; the error dialog shows the UserError the SSH
code raises when it has no key and no password. Install a CJK font (Debian:
fonts-noto-cjk) or Chinese renders as boxes.
"""

from __future__ import annotations

import base64
import hashlib
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parents[1]
CRASH_DATA = HERE / "data" / "crash"
GIB = 1 << 30


def _sample_vms() -> list[object]:
    from backends.hypervisors.base import PowerState, VmInfo

    def vm(name: str, path: str, state: PowerState, os_: str, host: str, mem: int, snaps: int = 0):  # type: ignore[no-untyped-def]
        return VmInfo(name, f"id-{name}", state, os_, host, mem, path, snapshot_count=snaps)

    return [
        vm(
            "app-prod-01",
            "DC-Shanghai/Cluster-A/esxi01/app-prod-01",
            PowerState.ON,
            "Red Hat Enterprise Linux 8 (64-bit)",
            "esxi01",
            16384,
            1,
        ),
        vm(
            "db-prod-02",
            "DC-Shanghai/Cluster-A/esxi02/db-prod-02",
            PowerState.ON,
            "Red Hat Enterprise Linux 9 (64-bit)",
            "esxi02",
            65536,
        ),
        vm(
            "batch-07",
            "DC-Shanghai/Cluster-A/esxi02/batch-07",
            PowerState.SUSPENDED,
            "CentOS 7 (64-bit)",
            "esxi02",
            8192,
            2,
        ),
        vm(
            "legacy-erp",
            "DC-Beijing/esxi11/legacy-erp",
            PowerState.OFF,
            "SUSE Linux Enterprise 12 (64-bit)",
            "esxi11",
            4096,
        ),
    ]


def _shot_hypervisor(vms: list[Any]) -> Any:
    """The test fake, answering with the names and sizes a real host would."""
    from backends.hypervisors.base import NmiResult, RemoteFile, Snapshot
    from tests.fakes import FakeHypervisor

    class ShotHypervisor(FakeHypervisor):
        kind = "vsphere"

        def send_nmi(self, vm: Any, *_a: Any, **_k: Any) -> NmiResult:
            self.calls.append(("send_nmi", vm.id))
            return NmiResult("SendNMI")

        def create_memory_snapshot(self, vm: Any, name: str, *_a: Any, **_k: Any) -> Snapshot:
            self.calls.append(("snapshot", vm.id))
            folder = f"[datastore1] {vm.name}"
            return Snapshot(
                "snapshot-42",
                name,
                (
                    RemoteFile(
                        f"{vm.name}-Snapshot1.vmsn", 48_213, f"{folder}/{vm.name}-Snapshot1.vmsn"
                    ),
                    RemoteFile(
                        f"{vm.name}-Snapshot1.vmem",
                        16 * GIB,
                        f"{folder}/{vm.name}-Snapshot1.vmem",
                        "snapshotMemory",
                    ),
                ),
            )

        def memory_dump(self, vm: Any, fmt: str, *_a: Any, **_k: Any) -> RemoteFile:
            self.calls.append(("memory_dump", vm.id))
            name = f"{vm.name}.{fmt}"
            return RemoteFile(name, 2 * GIB, f"/var/lib/libvirt/qemu/dump/{name}", "memoryDump")

        def delete_file(self, file: Any) -> None:
            self.calls.append(("delete_file", file.source))

    return ShotHypervisor(vms)


def _fake_download(file: Any, dest_dir: Path, progress: Any, _cancel: Any) -> dict[str, Any]:
    """What a verified download reports, without moving the bytes."""
    progress(file.size, file.size, "")
    return {
        "size": file.size,
        "sha256": hashlib.sha256(file.name.encode()).hexdigest(),
        "remote_sha256": None,
        "source": file.source,
        "dest": str(dest_dir / file.name),
    }


def _sample_cases(root: Path) -> None:
    """Two case folders with fixed names, as captures leave them."""
    from backends.cases import Case

    nmi = Case.open(root / "20260412-093015-app-prod-01-hang", create_title="app-prod-01 hang")
    nmi.update(
        vm={"vm_name": "app-prod-01", "vm_id": "id-app-prod-01", "host": "esxi01"},
        capture="nmi",
    )
    nmi.add_file(
        {"name": "127.0.0.1-2026-04-12-09:31:02-vmcore", "size": 412_318_720, "sha256": "0" * 64}
    )
    snap = Case.open(root / "20260411-170244-db-prod-02-slow", create_title="db-prod-02 slow")
    snap.update(
        vm={"vm_name": "db-prod-02", "vm_id": "id-db-prod-02", "host": "esxi02"},
        capture="memory_snapshot",
    )
    for name, size in (
        ("db-prod-02-Snapshot1.vmsn", 48_213),
        ("db-prod-02-Snapshot1.vmem", 64 * GIB),
    ):
        snap.add_file({"name": name, "size": size, "sha256": "0" * 64})


LAB_STATUS = {
    "running": True,
    "libvirt": {
        "guest": "hangdump-practice",
        "uri": "qemu:///session",
        "ssh": {"user": "root", "host": "127.0.0.1", "port": 2222},
    },
    "kdump_guest": {
        "guest": "hangdump-kdump",
        "uri": "qemu:///session",
        "ssh": {"user": "root", "host": "127.0.0.1", "port": 2223},
    },
    "vsphere": {
        "url": "https://127.0.0.1:8989/sdk",
        "user": "user",
        "cert_sha256": ":".join(["5B", "E0", "91", "C4"] * 8),
    },
    "sshd": {"user": "hdlab", "host": "127.0.0.1", "port": 2022, "esxi_user": "hdesxi"},
    "kernel_release": "6.1.0-57-cloud-amd64",
    "crash": "crash 8.0.6",
}


def _transfer_jobs(case_files: Path) -> list[Any]:
    from backends.transfers.queue import Job

    def job(i: int, name: str, state: str, size: int, done: int, **kw: Any) -> Job:
        return Job(
            i,
            f"[datastore1] app-prod-01/{name}",
            str(case_files / name),
            "vc",
            state,
            size,
            done,
            **kw,
        )

    return [
        job(1, "app-prod-01-Snapshot1.vmsn", "verified", 48_213, 48_213, sha256="ab" * 32),
        job(2, "app-prod-01-Snapshot1.vmem", "running", 16 * GIB, 6 * GIB, speed=112e6),
        job(3, "app-prod-01-Snapshot2.vmem", "queued", 16 * GIB, 0),
        job(
            4,
            "db-prod-02-Snapshot1.vmem",
            "failed",
            64 * GIB,
            21 * GIB,
            error="[Errno 104] Connection reset by peer",
        ),
        job(5, "batch-07.vmss", "paused", 8 * GIB, 3 * GIB),
    ]


def _no_credentials_error(host: str) -> BaseException:
    """The UserError backends.sshconn raises when it has no key and no password."""
    from unittest import mock

    import paramiko

    from backends.sshconn import SshTarget, connect

    def refuse(*_a: Any, **_k: Any) -> None:
        raise paramiko.SSHException("No authentication methods available")

    with mock.patch.object(paramiko.SSHClient, "connect", refuse):
        try:
            connect(SshTarget.parse(f"root@{host}:22"))
        except Exception as exc:  # the UserError under test
            return exc
    raise AssertionError("connect() did not fail")


def shoot(out: Path, lang: str) -> list[Path]:
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from backends.cases import Case
    from backends.hypervisors.base import PowerState, VmInfo
    from gui import i18n
    from gui.connection_dialog import ConnectionDialog
    from gui.main_window import MainWindow
    from gui.settings import Settings, SettingsDialog
    from gui.wizards.capture_wizard import memdump_wizard, nmi_wizard, snapshot_wizard

    app = QApplication.instance() or QApplication([])
    i18n.install(app, lang)  # type: ignore[arg-type]
    written: list[Path] = []

    import gui.main_window

    failures: list[str] = []
    # a job that fails would open a modal error dialog and wait for a click forever
    gui.main_window.show_error = lambda _p, intro, exc, details="": failures.append(  # type: ignore[assignment]
        f"{intro}: {exc}\n{details}"
    )
    w = MainWindow()

    def settle(done: Callable[[], bool] = lambda: False, timeout_ms: int = 10_000) -> None:
        for _ in range(max(1, timeout_ms // 20)):
            app.processEvents()
            if done():
                break
            w.jobs.wait(20)
        for _ in range(5):
            app.processEvents()

    def grab(widget: QWidget, name: str) -> None:
        widget.show()
        settle()
        path = out / f"{name}-{lang}.png"
        widget.grab().save(str(path))
        written.append(path)

    def grab_modal(open_it: Callable[[], object], name: str) -> None:
        """Grab the modal dialog ``open_it`` shows (with exec()), then close it."""
        seen: list[QWidget] = []

        def poll() -> None:
            modal = app.activeModalWidget()
            if modal is None:
                QTimer.singleShot(20, poll)
                return
            for _ in range(5):
                app.processEvents()
            path = out / f"{name}-{lang}.png"
            modal.grab().save(str(path))
            written.append(path)
            seen.append(modal)
            modal.close()

        QTimer.singleShot(20, poll)
        open_it()
        if not seen:
            raise AssertionError(f"{name}: no modal dialog appeared")

    # -- the main window, its tabs and the transfer dock ---------------------------
    w.model.add_connection(
        "vc", "vcenter.example.com", "vsphere://administrator@vsphere.local@vcenter.example.com"
    )
    w.model.set_connection_detail("vc", "4 VMs")
    w.model.set_vms("vc", _sample_vms())  # type: ignore[arg-type]
    w.model.add_connection("kvm", "kvm01", "qemu+ssh://root@kvm01/system")
    w.model.set_vms(
        "kvm", [VmInfo("web-frontend", "id-web", PowerState.CRASHED, "", "kvm01", 2048)]
    )
    w.connections.hypervisors["vc"] = _shot_hypervisor([])
    w.show()
    settle()  # the deferred start: the transfer dock and the lab's state
    w.lab_panel.set_status(LAB_STATUS)
    panel = w.transfers()
    for job in _transfer_jobs(Settings().case_root / "20260412-093015-app-prod-01-hang" / "files"):
        panel.model.apply(job)
    panel.view.selectRow(1)
    w.inventory.select_vm("id-app-prod-01")
    grab(w, "main-window")
    for index, name in ((2, "tab-cases"), (3, "tab-lab")):
        w.tabs.setCurrentIndex(index)
        grab(w, name)

    # the Analysis tab: a dump identified, the crash console with a recorded session
    from backends.triage import engine
    from backends.triage.parse import split_transcript
    from tests import dumpgen

    w.tabs.setCurrentIndex(1)
    tab = w.analysis()
    with tempfile.TemporaryDirectory() as tmp:
        k = dumpgen.Kernel()
        for recorded, name in (("nmi_idle", "tab-analysis-nmi"), ("hung_null_blk", "tab-analysis")):
            dump = Path(tmp) / f"{recorded}.kdump"
            dump.write_bytes(dumpgen.kdump_file(k, k.release))
            os.truncate(dump, 512 << 20)  # sparse: the size a 512 MiB guest's dump has
            shown: list[Any] = []
            tab.open_dump(dump, on_done=shown.append)
            settle(lambda s=shown: bool(s))  # type: ignore[misc]
            text = (CRASH_DATA / f"{recorded}.txt").read_text()
            body = text[text.index("crash> ") :]
            console = tab.console
            console.output.clear()
            console.output.append_text(body)
            console._triaged(engine.report_from_outputs(split_transcript(text)))
            console.status.setText(console.tr("crash is ready: {0}").format(dump.name))
            settle(lambda c=console: c.output.pending == 0)  # type: ignore[misc]
            grab(w, name)
    w.tabs.setCurrentIndex(0)

    # -- dialogs ---------------------------------------------------------------------
    d = ConnectionDialog(w, keyring=True)
    d.set_kind("vsphere")
    d.host.setText("vcenter.example.com")
    grab(d, "dialog-connection")
    d.set_kind("qemu+ssh")
    d.host.setText("kvm01.example.com")
    grab(d, "dialog-connection-ssh")
    d.set_kind("esxi+ssh")
    d.name.setText("esxi01")
    d.host.setText("esxi01.example.com")
    d.password.setText("secret")
    d.trust_file.setText("/home/support/esxi01_known_hosts")
    grab(d, "dialog-connection-esxi-ssh")
    d.close()

    from backends.trust.ssh import ChangedHostKey, HostKey, UnknownHostKey
    from gui import trust_dialog
    from gui.error_dialog import show_error

    t = trust_dialog.certificate_dialog(
        w, "vcenter.example.com", 443, ":".join(["7A", "3F", "C0", "19"] * 8)
    )
    grab(t, "dialog-trust")
    t.close()
    key = HostKey(
        "esxi01.example.com",
        22,
        "ssh-ed25519",
        256,
        base64.b64encode(b"\0\0\0\x0bssh-ed25519\0\0\0\x20" + bytes(range(32))).decode(),
    )
    grab_modal(lambda: trust_dialog.ask_host_key(w, UnknownHostKey(key)), "dialog-trust-ssh")
    grab_modal(
        lambda: trust_dialog.hard_stop(w, ChangedHostKey(key, "SHA256:q1Ew2x0iN4bYf1mU3o")),
        "dialog-trust-changed",
    )
    s = SettingsDialog(Settings(), w)
    grab(s, "dialog-settings")
    s.close()
    grab_modal(
        lambda: show_error(
            w,
            QCoreApplication.translate("Connections", "Could not connect to {0}").format("esxi01"),
            _no_credentials_error("esxi01.example.com"),
        ),
        "dialog-error",
    )
    grab_modal(
        lambda: show_error(
            w,
            QCoreApplication.translate("Connections", "Could not connect to {0}").format("esxi01"),
            KeyError("datastore"),
            'Traceback (most recent call last):\n  ...\nKeyError: "datastore"',
        ),
        "dialog-error-bug",
    )
    from gui import window_ops

    grab_modal(lambda: window_ops.offer_restart(w), "dialog-restart")
    grab_modal(lambda: window_ops.fetch_file(w), "dialog-fetch")
    from backends.profiles import Profile

    grab_modal(
        lambda: w.ask_password(Profile("esxi01", "esxi+ssh://root@esxi01.example.com")),
        "dialog-password",
    )

    # -- the capture wizards, to their result ------------------------------------------
    vm = _sample_vms()[0]
    hv = _shot_hypervisor([vm])
    with tempfile.TemporaryDirectory() as tmp:
        for factory, name in (
            (nmi_wizard, "nmi"),
            (snapshot_wizard, "snapshot"),
            (memdump_wizard, "memdump"),
        ):
            case = Case.create(f"{vm.name} {name}", root=Path(tmp))  # type: ignore[attr-defined]
            extra = {} if factory is nmi_wizard else {"downloader": _fake_download}
            wiz = factory(hv, vm, case, w.jobs, **extra)  # type: ignore[operator]
            wiz.show()
            settle(wiz.preflight.isComplete)
            grab(wiz, f"wizard-{name}-1-preflight")
            wiz.next()
            wiz.confirm.typed.setText(vm.name[:5])  # type: ignore[attr-defined]
            grab(wiz, f"wizard-{name}-2-confirm")
            wiz.confirm.typed.setText(vm.name)  # type: ignore[attr-defined]
            wiz.next()
            run = wiz.run_page
            settle(lambda r=run: r.finished or r.question.isVisible())  # type: ignore[misc]
            if run.question.isVisible():  # the snapshot asks before it removes
                grab(wiz, f"wizard-{name}-3-ask")
                run.yes.click()
                settle(lambda r=run: r.finished)  # type: ignore[misc]
            grab(wiz, f"wizard-{name}-3-run")
            wiz.next()
            grab(wiz, f"wizard-{name}-4-result")
            wiz.close()

    _prepare_wizard(w, grab, settle)
    w.close()
    if failures:
        raise AssertionError("\n".join(failures))
    return written


def _prepare_wizard(w: Any, grab: Any, settle: Any) -> None:
    """The Prepare-guest wizard over recorded guests: a RHEL 9 guest that is not ready,
    then (as after the fixes and a reboot) a ready one."""
    from backends.readiness import apply, check
    from gui.wizards.prepare_wizard import PrepareWizard
    from tests.readiness_fakes import TranscriptRunner

    p = PrepareWizard(w.jobs, "root@10.0.0.5:22", "", [], w)
    page = p.checklist
    guest = "root@10.0.0.5:22"

    def read() -> None:
        page.status.setText(page.tr("Reading the guest..."))
        w.jobs.submit(
            lambda: check(TranscriptRunner("rhel9-not-ready"), guest),
            page.tr("Could not read the guest"),
            on_done=page._show,
        )

    def fix() -> None:
        def work() -> Any:
            applied = apply(TranscriptRunner("rhel9-not-ready"), page.checklist)
            return check(TranscriptRunner("centos7-ready"), guest, root_reads=True), applied

        page.status.setText(page.tr("Applying the fixes..."))
        w.jobs.submit(
            work,
            page.tr("The fixes could not be applied"),
            on_done=lambda result: page._show(*result),
        )

    page.read = read  # type: ignore[method-assign]
    page._apply = fix  # type: ignore[method-assign]
    grab(p, "wizard-prepare-1-guest")
    p.next()
    settle(page.isComplete)
    grab(p, "wizard-prepare-2-checklist")
    page.apply_button.click()
    settle(lambda: page.apply_button.isEnabled() is False and "..." not in page.status.text())
    grab(p, "wizard-prepare-3-result")
    p.close()


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("HANGDUMP_DATA_DIR", tempfile.mkdtemp(prefix="hd-shots-"))
    os.environ.setdefault("HANGDUMP_CASE_ROOT", tempfile.mkdtemp(prefix="hd-cases-"))
    from PySide6.QtCore import QSettings

    # the user's own settings (language, folders) stay out of the pictures
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        tempfile.mkdtemp(prefix="hd-settings-"),
    )
    _sample_cases(Path(os.environ["HANGDUMP_CASE_ROOT"]))
    count = 0
    for lang in ("en", "zh_CN"):
        for path in shoot(out, lang):
            print(path)
            count += 1
    print(f"{count} screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
