"""Case report (escaped HTML, zip for a ticket, the CLI) and connection profiles."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest

from backends import profiles, report
from backends.cases import Case
from backends.errors import UserError
from tests.lab.helpers import hangdump

EVIL = "<script>alert('x')</script>&\"vm\""


def _case(tmp_path: Path) -> Case:
    case = Case.create("nmi-evil", root=tmp_path)
    case.update(vm={"vm_name": EVIL, "vm_id": "u-1", "connection": "qemu:///system"}, capture="nmi")
    case.audit("send_nmi", "intent", vm_name=EVIL, confirmation=EVIL)
    case.audit("send_nmi", "result", vm_name=EVIL, ok=False, error="<b>boom</b>")
    (case.files / "small.txt").write_text("hello")
    (case.files / "vmcore").write_bytes(os.urandom(17 << 20))
    case.add_file({"name": "vmcore", "size": 17 << 20, "sha256": "ab" * 32, "source": EVIL})
    (case.folder / "triage.json").write_text(
        json.dumps(
            {
                "panic": "<NMI>",
                "findings": [{"kind": "hung_task", "summary": EVIL, "evidence": "<x>"}],
            }
        )
    )
    return case


def test_report_escapes_every_value(tmp_path: Path) -> None:
    html = report.render(_case(tmp_path))
    assert "<script>" not in html and "<b>boom</b>" not in html and "<x>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&amp;&quot;vm&quot;" in html
    assert "hung_task" in html and "&lt;NMI&gt;" in html and "ab" * 32 in html


def test_zip_leaves_big_dumps_out_unless_asked(tmp_path: Path) -> None:
    case = _case(tmp_path)
    out = report.export_zip(case, tmp_path / "ticket.zip")
    names = zipfile.ZipFile(out).namelist()
    base = case.folder.name
    assert f"{base}/report.html" in names and f"{base}/audit.jsonl" in names
    assert f"{base}/files/small.txt" in names and f"{base}/files/vmcore" not in names
    full = report.export_zip(case, tmp_path / "full.zip", include_dumps=True)
    assert f"{base}/files/vmcore" in zipfile.ZipFile(full).namelist()
    with pytest.raises(UserError):
        report.export_zip(case, case.folder / "inside.zip")


def test_report_command(tmp_path: Path) -> None:
    case = _case(tmp_path)
    proc = hangdump("report", str(case.folder), "--zip", "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert Path(data["report"]).exists() and Path(data["zip"]).exists()
    bad = hangdump("report", str(tmp_path / "nope"))
    assert bad.returncode == 1 and "not a HangDump case folder" in bad.stderr


def test_profiles_round_trip_and_never_keep_a_password(tmp_path: Path) -> None:
    path = tmp_path / "connections.json"
    p = profiles.Profile("lab", "vsphere://u@127.0.0.1:8443", guests={"id-1": "root@10.0.0.5"})
    profiles.upsert(p, path)
    profiles.upsert(profiles.Profile("kvm", "qemu:///system"), path)
    profiles.upsert(profiles.Profile("lab", "vsphere://u@127.0.0.1:9443"), path)
    loaded = {x.name: x for x in profiles.load(path)}
    assert loaded["lab"].uri.endswith(":9443") and loaded["kvm"].kind == "qemu"
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    raw = json.loads(path.read_text())
    raw["profiles"][0]["password"] = "hunter2"
    path.write_text(json.dumps(raw))
    assert all("password" not in x.to_json() for x in profiles.load(path))
    with pytest.raises(UserError):
        profiles.upsert(profiles.Profile("x", "ftp://nope"), path)
    assert [x.name for x in profiles.remove("kvm", path)] == ["lab"]
