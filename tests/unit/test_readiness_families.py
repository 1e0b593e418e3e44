"""The readiness checklist on recorded / reconstructed outputs of each family."""

from __future__ import annotations

import pytest

from backends.readiness import check
from backends.readiness.distro import detect, parse_os_release
from tests.readiness_fakes import DATA, TranscriptRunner, load_transcript


def _status(name: str, **kw: object) -> dict[str, str]:
    cl = check(TranscriptRunner(name, **kw), name)  # type: ignore[arg-type]
    return {it.id: it.status for it in cl.items}


def test_every_transcript_says_where_it_comes_from() -> None:
    files = sorted(DATA.glob("*.txt"))
    assert len(files) >= 9
    for f in files:
        head = f.read_text().splitlines()[0].lower()
        assert head.startswith("#") and ("recorded" in head or "reconstructed" in head), f


@pytest.mark.parametrize(
    ("name", "family", "major"),
    [
        ("rhel9-not-ready", "rhel", 9),
        ("centos7-ready", "rhel", 7),
        ("fedora40-os-release", "fedora", 40),
        ("ubuntu2204-partial", "debian", 22),
        ("debian12-bare", "debian", 12),
        ("sles15-ready", "suse", 15),
        ("openeuler2203-ssh", "openeuler", 22),
        ("kylin-v10-os-release", "openeuler", 10),
        ("lab-kdump", "practice", 1),
    ],
)
def test_family_detection(name: str, family: str, major: int) -> None:
    text = load_transcript(DATA / f"{name}.txt")["cat /etc/os-release"][1]
    fam = detect(parse_os_release(text))
    assert (fam.key, fam.major) == (family, major)


def test_rhel9_not_ready() -> None:
    runner = TranscriptRunner("rhel9-not-ready")
    cl = check(runner, "rocky")
    s = {it.id: it.status for it in cl.items}
    assert s["unknown_nmi_panic"] == s["panic_on_unrecovered_nmi"] == "fail"
    assert s["sysctl_persisted"] == "fail"
    assert s["kexec_tools"] == "ok"
    assert s["kdump_service"] == "fail"
    assert s["crashkernel_reserved"] == "fail"
    assert s["kexec_crash_loaded"] == "fail"
    assert s["dump_target_space"] == "ok"
    assert s["debuginfo"] == "ok"
    assert "kernel-debuginfo" in cl.item("debuginfo").title
    ck = cl.item("crashkernel_reserved").fix
    assert ck is not None and ck.needs_reboot
    assert ck.commands == ["kdumpctl reset-crashkernel --kernel=ALL"]
    assert cl.item("kdump_service").fix.commands == ["systemctl enable --now kdump"]  # type: ignore[union-attr]
    # kdumpctl status needs root; as root it is asked and shown as evidence
    ev = [e.command for e in cl.item("kdump_service").evidence]
    assert "kdumpctl status" in ev
    # no loaded kernel and no reservation: no fix offered that could not work yet
    assert cl.item("kexec_crash_loaded").fix is None
    assert "crashkernel_reserved" in cl.item("kexec_crash_loaded").explanation


def test_centos7_ready_with_tight_space() -> None:
    cl = check(TranscriptRunner("centos7-ready"), "c7")
    s = {it.id: it.status for it in cl.items}
    for ok in (
        "unknown_nmi_panic",
        "panic_on_unrecovered_nmi",
        "sysctl_persisted",
        "kexec_tools",
        "kdump_service",
        "crashkernel_reserved",
        "kexec_crash_loaded",
        "hang_panics",
    ):
        assert s[ok] == "ok", ok
    assert s["dump_target_space"] == "warn"  # 4 GiB free for 7.6 GiB RAM, filtered dump
    assert "160 MiB" in cl.item("crashkernel_reserved").title
    assert "kernel.softlockup_panic" in cl.item("hang_panics").title
    assert cl.fixes() == []


def test_rhel7_crashkernel_fix_uses_grubby_auto() -> None:
    from backends.readiness.distro import Family
    from backends.readiness.fixes import crashkernel

    fix = crashkernel(Family("rhel", "CentOS 7", 7))
    assert fix is not None
    assert fix.commands == ["grubby --update-kernel=ALL --args=crashkernel=auto"]


def test_ubuntu_partial_sysctls_and_df_walks_up() -> None:
    cl = check(TranscriptRunner("ubuntu2204-partial"), "u")
    s = {it.id: it.status for it in cl.items}
    assert s["unknown_nmi_panic"] == "ok"
    assert s["panic_on_unrecovered_nmi"] == "fail"
    assert s["sysctl_persisted"] == "fail"  # the second one is commented out
    assert (
        "kernel.unknown_nmi_panic = 1 in /etc/sysctl.conf"
        in cl.item("sysctl_persisted").explanation
    )
    assert s["kexec_tools"] == s["kdump_service"] == "ok"
    assert "kdump-config show" in [e.command for e in cl.item("kdump_service").evidence]
    assert s["crashkernel_reserved"] == s["kexec_crash_loaded"] == "ok"
    assert s["dump_target_space"] == "ok"
    assert [e.command for e in cl.item("dump_target_space").evidence][-2:] == [
        "df -Pk /var/crash",
        "df -Pk /var",
    ]
    fix = cl.item("panic_on_unrecovered_nmi").fix
    assert fix is not None
    assert "sysctl -w kernel.panic_on_unrecovered_nmi=1" in fix.commands
    assert "sysctl -w kernel.unknown_nmi_panic=1" not in fix.commands  # already 1
    assert "/etc/sysctl.d/90-hangdump-nmi.conf" in fix.commands[0]


def test_debian_bare_offers_package_install_and_space_fails() -> None:
    cl = check(TranscriptRunner("debian12-bare"), "d")
    s = {it.id: it.status for it in cl.items}
    assert s["kexec_tools"] == "fail"
    fix = cl.item("kexec_tools").fix
    assert fix is not None
    assert fix.commands == [
        "env DEBIAN_FRONTEND=noninteractive apt-get install -y kdump-tools kexec-tools makedumpfile"
    ]
    assert s["kdump_service"] == "fail"
    assert s["dump_target_space"] == "fail"  # 293 MiB free for 1.9 GiB of RAM
    ck = cl.item("crashkernel_reserved").fix
    assert ck is not None and ck.needs_reboot and ck.commands[-1] == "update-grub"
    assert cl.item("debuginfo").title.startswith("Debug symbols: linux-image-6.1.0-21-amd64-dbg")


def test_sles_ready_reads_sysconfig_url() -> None:
    s = _status("sles15-ready")
    assert s["kexec_tools"] == s["kdump_service"] == "ok"
    assert s["crashkernel_reserved"] == s["kexec_crash_loaded"] == "ok"
    assert s["dump_target_space"] == "ok"
    assert s["sysctl_persisted"] == "ok"


def test_openeuler_remote_target_is_unknown_not_fail() -> None:
    cl = check(TranscriptRunner("openeuler2203-ssh"), "oe")
    it = cl.item("dump_target_space")
    assert it.status == "unknown" and "ssh" in it.title
    assert cl.item("unknown_nmi_panic").status == "fail"
    assert cl.item("kdump_service").status == "ok"
    assert cl.item("debuginfo").status == "ok"


def test_lab_kdump_guest_recording() -> None:
    cl = check(TranscriptRunner("lab-kdump"), "lab")
    s = {it.id: it.status for it in cl.items}
    assert s["crashkernel_reserved"] == s["kexec_crash_loaded"] == "ok"
    assert s["kexec_tools"] == s["kdump_service"] == "unknown"
    assert s["os_release"] == "ok" and cl.family == "practice"


def test_non_root_does_not_ask_kdumpctl_without_root() -> None:
    runner = TranscriptRunner("rhel9-not-ready", root=False)
    cl = check(runner, "rocky")
    assert all(cmd != "kdumpctl status" for cmd, _ in runner.asked)
    assert cl.item("kdump_service").status == "fail"
    assert not any(root for _, root in runner.asked)  # reading never needs sudo


def test_json_shape() -> None:
    data = check(TranscriptRunner("rhel9-not-ready"), "rocky").to_dict()
    assert data["guest"] == "rocky"
    for item in data["items"]:
        assert {"id", "status", "evidence", "fix", "title", "explanation", "needs_reboot"} <= set(
            item
        )
        assert item["status"] in ("ok", "warn", "fail", "unknown")
        for ev in item["evidence"]:
            assert {"command", "output", "exit"} <= set(ev)
