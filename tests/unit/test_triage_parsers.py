"""Triage parsers and findings on real crash outputs recorded from the lab's dumps,
plus patterns constructed from the kernel's format strings for what the lab cannot produce."""

from __future__ import annotations

from pathlib import Path

import pytest

from backends.triage import engine, parse
from backends.triage.findings import KINDS

DATA = Path(__file__).resolve().parents[1] / "data" / "crash"


def outputs(name: str) -> dict[str, str]:
    text = (DATA / name).read_text()
    assert text.startswith("# "), "recorded data must say how it was recorded"
    return parse.split_transcript(text)


def kinds(report: engine.TriageReport) -> list[str]:
    return [f.kind for f in report.findings]


def finding(report: engine.TriageReport, kind: str) -> dict:  # type: ignore[type-arg]
    return next(f.to_json() for f in report.findings if f.kind == kind)


def test_recordings_hold_every_first_look_command() -> None:
    for name in ("nmi_idle.txt", "hung_null_blk.txt"):
        assert list(outputs(name)) == list(engine.COMMANDS)


def test_sys_fields_of_the_recorded_nmi_dump() -> None:
    info = parse.parse_sys(outputs("nmi_idle.txt")["sys"])
    assert info["RELEASE"] == "6.1.0-57-cloud-amd64"
    assert info["PANIC"] == "Kernel panic - not syncing: NMI: Not continuing"
    assert info["TASKS"] == "47"


def test_post_nmi_dump_is_an_nmi_panic_with_its_backtrace() -> None:
    report = engine.report_from_outputs(outputs("nmi_idle.txt"))
    assert kinds(report) == ["nmi_panic"]
    assert report.kernel_release == "6.1.0-57-cloud-amd64"
    ev = "\n".join(finding(report, "nmi_panic")["evidence"])
    assert "Uhhuh. NMI received for unknown reason 21 on CPU 0." in ev
    assert "unknown_nmi_error" in ev and " panic at " in ev
    assert set(kinds(report)) <= set(KINDS)


def test_bt_splits_tasks_and_frames() -> None:
    stacks = parse.parse_bt(outputs("hung_null_blk.txt")["foreach UN bt"])
    assert [s.pid for s in stacks] == [123, 126, 128, 130]
    assert stacks[1].comm == "dd"
    assert stacks[1].frames[:4] == ["__schedule", "schedule", "io_schedule", "blk_mq_get_tag"]
    assert "null_add_dev" in stacks[0].frames  # a module frame ("[null_blk]") is kept


def test_ps_m_and_ps_s_of_the_hung_guest() -> None:
    out = outputs("hung_null_blk.txt")
    un = [t for t in parse.parse_ps_m(out["ps -m"]) if t.state == "UN"]
    assert sorted(t.pid for t in un) == [123, 126, 128, 130]
    assert all(t.idle_seconds > 10 for t in un)
    assert parse.parse_ps_s(out["ps -S"])["UN"] == 4


def test_dev_d_in_flight() -> None:
    disks = {d.name: d for d in parse.parse_dev_d(outputs("hung_null_blk.txt")["dev -d"])}
    assert disks["nullb1"].total == 1 and disks["nullb1"].read == 1
    assert disks["nullb0"].total == 0


def test_hung_guest_reports_hung_tasks_and_blocked_io_with_stacks() -> None:
    report = engine.report_from_outputs(outputs("hung_null_blk.txt"))
    assert kinds(report) == ["nmi_panic", "hung_task", "blocked_io"]
    hung = finding(report, "hung_task")
    dds = [t for t in hung["tasks"] if t["comm"] == "dd"]
    assert sorted(t["pid"] for t in dds) == [126, 128, 130]
    assert all(t["waits_in"] == "blk_mq_get_tag" for t in dds)
    assert any("INFO: task dd:126 blocked for more than" in e for e in hung["evidence"])
    assert any("io_schedule ← blk_mq_get_tag" in e for e in hung["evidence"])
    io = finding(report, "blocked_io")
    assert "nullb1" in io["summary"]
    assert "blk_mq_get_tag: 3" in io["summary"]
    assert "hung" in report.summary.lower() or "stuck" in report.summary.lower()


def test_constructed_patterns_give_every_other_kind() -> None:
    report = engine.report_from_outputs(outputs("constructed_lockups.txt"))
    got = kinds(report)
    for kind in (
        "soft_lockup",
        "hard_lockup",
        "rcu_stall",
        "oom",
        "hung_task",
        "lock_wait",
        "blocked_io",
    ):
        assert kind in got, (kind, got)
    soft = finding(report, "soft_lockup")
    assert "kworker/2:1:4242" in soft["summary"] and "23 s" in soft["summary"]
    assert any("_raw_spin_lock" in e for e in soft["evidence"])  # the call trace follows
    assert "CPU 3" in finding(report, "hard_lockup")["summary"]
    oom = finding(report, "oom")
    assert "stress:5150" in oom["summary"]
    lock = finding(report, "lock_wait")
    assert "modprobe:5999" in lock["summary"]
    assert lock["tasks"][0]["waits_in"].startswith("__mutex_lock")
    io = finding(report, "blocked_io")
    assert "sdb 3" in io["summary"] and "I/O error" in io["summary"]
    hung = finding(report, "hung_task")
    assert {t["pid"] for t in hung["tasks"]} == {812, 6001}


@pytest.mark.parametrize(
    ("panic", "kind"),
    [
        ("Kernel panic - not syncing: NMI: Not continuing", "nmi_panic"),
        ("Kernel panic - not syncing: NMI IOCK error: Not continuing", "nmi_panic"),
        ("Kernel panic - not syncing: Hard LOCKUP", "hard_lockup"),
        ("Kernel panic - not syncing: Watchdog detected hard LOCKUP on cpu 1", "hard_lockup"),
        ("Kernel panic - not syncing: softlockup: hung tasks", "soft_lockup"),
        ("Kernel panic - not syncing: hung_task: blocked tasks", "hung_task"),
        ("Kernel panic - not syncing: RCU Stall", "rcu_stall"),
        ("Kernel panic - not syncing: Out of memory and no killable processes...", "oom"),
        ("Kernel panic - not syncing: sysrq triggered crash", "panic_other"),
        ("BUG: kernel NULL pointer dereference, address: 0000000000000008", "panic_other"),
    ],
)
def test_panic_strings_map_to_kinds(panic: str, kind: str) -> None:
    report = engine.report_from_outputs({"sys": f'     RELEASE: 6.1.0\n       PANIC: "{panic}"\n'})
    assert kinds(report) == [kind]
    assert report.panic == panic


def test_no_panic_and_nothing_wrong_gives_no_findings() -> None:
    report = engine.report_from_outputs({"sys": "     RELEASE: 6.1.0\n       PANIC: \n"})
    assert report.findings == [] and report.panic is None
    assert "No panic" in report.summary


def test_json_shape() -> None:
    data = engine.report_from_outputs(outputs("hung_null_blk.txt")).to_json()
    assert {"kernel_release", "panic", "findings"} <= set(data)
    for f in data["findings"]:
        assert {"kind", "summary", "evidence"} <= set(f)
        assert f["kind"] in KINDS
        assert isinstance(f["evidence"], list) and f["evidence"]
