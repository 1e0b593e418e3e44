"""Write PNG screenshots of every window, dialog and wizard page, in English and
Simplified Chinese: ``python -m tests.gui.screenshots OUT_DIR``.

Offscreen; the inventory shows sample VMs, the wizards run over the test fake
hypervisor, so no server is needed. Install a CJK font (Debian: fonts-noto-cjk)
or Chinese renders as boxes.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


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


def shoot(out: Path, lang: str) -> list[Path]:
    from PySide6.QtWidgets import QApplication, QWidget

    from backends.cases import Case
    from backends.hypervisors.base import PowerState, VmInfo
    from gui import i18n
    from gui.connection_dialog import ConnectionDialog
    from gui.main_window import MainWindow
    from gui.settings import Settings, SettingsDialog
    from gui.wizards.capture_wizard import memdump_wizard, nmi_wizard, snapshot_wizard
    from gui.wizards.prepare_wizard import PrepareWizard
    from tests.fakes import FakeHypervisor

    app = QApplication.instance() or QApplication([])
    i18n.install(app, lang)  # type: ignore[arg-type]
    written: list[Path] = []

    def grab(widget: QWidget, name: str) -> None:
        widget.show()
        for _ in range(5):
            app.processEvents()
        path = out / f"{name}-{lang}.png"
        widget.grab().save(str(path))
        written.append(path)

    w = MainWindow()
    w.model.add_connection(
        "vc", "vcenter.example.com", "vsphere://administrator@vsphere.local@vcenter.example.com"
    )
    w.model.set_connection_detail("vc", "4 VMs")
    w.model.set_vms("vc", _sample_vms())  # type: ignore[arg-type]
    w.model.add_connection("kvm", "kvm01", "qemu+ssh://root@kvm01/system")
    w.model.set_vms(
        "kvm", [VmInfo("web-frontend", "id-web", PowerState.CRASHED, "", "kvm01", 2048)]
    )
    w.show()
    app.processEvents()
    w.inventory.select_vm("id-app-prod-01")
    grab(w, "main-window")
    for index, name in ((1, "tab-analysis"), (2, "tab-cases"), (3, "tab-lab")):
        w.tabs.setCurrentIndex(index)
        grab(w, name)
    w.tabs.setCurrentIndex(0)

    d = ConnectionDialog(w, keyring=True)
    d.set_kind("vsphere")
    d.host.setText("vcenter.example.com")
    grab(d, "dialog-connection")
    d.set_kind("qemu+ssh")
    grab(d, "dialog-connection-ssh")
    d.close()
    from gui.trust_dialog import certificate_dialog

    t = certificate_dialog(w, "vcenter.example.com", 443, ":".join(["7A", "3F", "C0", "19"] * 8))
    grab(t, "dialog-trust")
    t.close()
    s = SettingsDialog(Settings(), w)
    grab(s, "dialog-settings")
    s.close()

    vm = _sample_vms()[0]
    hv = FakeHypervisor([vm])  # type: ignore[list-item]
    with tempfile.TemporaryDirectory() as tmp:
        for factory, name in (
            (nmi_wizard, "nmi"),
            (snapshot_wizard, "snapshot"),
            (memdump_wizard, "memdump"),
        ):
            case = Case.create(name, root=Path(tmp))
            wiz = factory(hv, vm, case, w.jobs)  # type: ignore[operator]
            wiz.show()
            for _ in range(50):
                app.processEvents()
                if wiz.preflight.isComplete():
                    break
                w.jobs.wait(50)
            grab(wiz, f"wizard-{name}-1-preflight")
            wiz.next()
            wiz.confirm.typed.setText(vm.name[:5])  # type: ignore[attr-defined]
            grab(wiz, f"wizard-{name}-2-confirm")
            wiz.close()
    p = PrepareWizard(w.jobs, "root@10.0.0.5:22", "", [], w)
    grab(p, "wizard-prepare-1-guest")
    p.close()
    w.close()
    return written


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("HANGDUMP_DATA_DIR", tempfile.mkdtemp(prefix="hd-shots-"))
    os.environ.setdefault("HANGDUMP_CASE_ROOT", tempfile.mkdtemp(prefix="hd-cases-"))
    for lang in ("en", "zh_CN"):
        for path in shoot(out, lang):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
