"""Fix plans, the apply transaction, sudo errors and the pure parsers."""

from __future__ import annotations

import pytest

from backends.errors import UserError
from backends.readiness import apply, check, parse
from backends.readiness.apply import plan
from backends.readiness.runner import sudo_problem
from tests.readiness_fakes import DATA, TranscriptRunner, load_transcript

WRITE = "sh -c 'printf"


def test_plan_dedupes_the_shared_sysctl_file_and_skips_optional() -> None:
    cl = check(TranscriptRunner("rhel9-not-ready"), "rocky")
    steps, writes, reboot = plan(cl)
    cmds = [s.command for s in steps]
    assert sum(c.startswith(WRITE) for c in cmds) == 1  # three items, one file write
    assert "sysctl -w kernel.unknown_nmi_panic=1" in cmds
    assert not any("hung_task_panic" in c for c in cmds)  # optional advice is not applied
    assert reboot and "/etc/sysctl.d" in writes


def test_apply_runs_preflight_then_steps_as_root() -> None:
    runner = TranscriptRunner("ubuntu2204-partial")
    cl = check(runner, "u")
    runner.asked.clear()
    result = apply(runner, cl)
    root_cmds = [c for c, root in runner.asked if root]
    assert root_cmds[0].startswith("sh -c 'command -v")
    probe = next(i for i, c in enumerate(root_cmds) if "mktemp" in c)
    first_step = next(i for i, c in enumerate(root_cmds) if c.startswith(WRITE))
    assert probe < first_step  # writability is checked before anything changes
    assert [e.command for e in result.done][-1] == "sysctl -w kernel.panic_on_unrecovered_nmi=1"


def test_read_only_etc_stops_before_any_change() -> None:
    runner = TranscriptRunner(
        "rhel9-not-ready",
        changes={
            "sh -c 'f=$(mktemp": (
                1,
                "",
                "mktemp: failed to create file via template '/etc/sysctl.d/.hangdump-probe-"
                "XXXXXX': Read-only file system\n",
            )
        },
    )
    cl = check(runner, "rocky")
    runner.asked.clear()
    with pytest.raises(UserError) as err:
        apply(runner, cl)
    assert "read-only" in err.value.message and "nothing was changed" in err.value.message
    assert not any(
        c.startswith((WRITE, "sysctl -w", "systemctl", "kdumpctl")) for c, _ in runner.asked
    )


def test_missing_tool_stops_before_any_change() -> None:
    runner = TranscriptRunner(
        "rhel9-not-ready", changes={"sh -c 'command -v \"$0\"' kdumpctl": (1, "", "")}
    )
    cl = check(runner, "rocky")
    with pytest.raises(UserError, match="kdumpctl is not installed"):
        apply(runner, cl)
    assert not any(c.startswith(WRITE) for c, _ in runner.asked)


def test_failing_step_undoes_the_earlier_ones() -> None:
    runner = TranscriptRunner(
        "rhel9-not-ready",
        changes={
            "sysctl -w kernel.panic_on_unrecovered_nmi=1": (255, "", "sysctl: permission denied\n")
        },
    )
    cl = check(runner, "rocky")
    runner.asked.clear()
    with pytest.raises(UserError) as err:
        apply(runner, cl)
    asked = [c for c, _ in runner.asked]
    failed_at = asked.index("sysctl -w kernel.panic_on_unrecovered_nmi=1")
    undo = asked[failed_at + 1 :]
    assert undo == [
        "sysctl -w kernel.unknown_nmi_panic=0",
        "rm -f /etc/sysctl.d/90-hangdump-nmi.conf",
    ]
    assert "Undid 2 earlier step(s)" in err.value.message
    assert not any(c.startswith(("systemctl", "kdumpctl")) for c in asked)


def test_no_sudo_rights_stops_before_anything() -> None:
    runner = TranscriptRunner("rhel9-not-ready", root=False, sudo_ok=False)
    cl = check(runner, "rocky")
    runner.asked.clear()
    with pytest.raises(UserError):
        apply(runner, cl)
    assert runner.asked == []


def test_nothing_to_fix_runs_nothing() -> None:
    runner = TranscriptRunner("centos7-ready")
    cl = check(runner, "c7")
    runner.asked.clear()
    assert apply(runner, cl).done == []
    assert runner.asked == []


@pytest.mark.parametrize(
    ("key", "fragment"),
    [
        ("sudo -n -k true nosudoers", "needs the password"),
        ("sudo -S -k -p '' true nosudoers", "has no sudo rights"),
        ("sudo -S -k -p '' true badpass", "did not accept the password"),
        ("sudo -n -k true requiretty", "require a terminal"),
        ("sudo -n -k true missing", "sudo is not installed"),
    ],
)
def test_sudo_messages(key: str, fragment: str) -> None:
    status, _out, err = load_transcript(DATA / "sudo.txt")[key]
    problem = sudo_problem(err, status, "bob", "guest")
    assert problem is not None and fragment in problem.message


def test_sysctl_precedence_follows_systemd_order() -> None:
    grep = "\n".join(
        [
            "/usr/lib/sysctl.d/50-default.conf:kernel.unknown_nmi_panic = 0",
            "/etc/sysctl.d/50-default.conf:kernel.unknown_nmi_panic = 1",  # hides /usr/lib's
            "/etc/sysctl.d/10-early.conf:kernel.panic_on_unrecovered_nmi=1",
            "/etc/sysctl.d/99-late.conf:-kernel.panic_on_unrecovered_nmi = 0",
            "/etc/sysctl.d/readme.txt:kernel.panic_on_unrecovered_nmi = 1",  # not a .conf
            "/etc/sysctl.conf:# kernel.unknown_nmi_panic = 0",
        ]
    )
    got = parse.sysctl_assignments(
        grep, ("kernel.unknown_nmi_panic", "kernel.panic_on_unrecovered_nmi")
    )
    assert got["kernel.unknown_nmi_panic"] == ("1", "/etc/sysctl.d/50-default.conf")
    assert got["kernel.panic_on_unrecovered_nmi"] == ("0", "/etc/sysctl.d/99-late.conf")


def test_parsers_edge_cases() -> None:
    assert parse.kdump_conf("raw /dev/sdb1\npath /x # comment\n").kind == "raw"
    t = parse.kdump_conf("ext4 UUID=1234\npath /dumps\ncore_collector cp\n")
    assert (t.kind, t.path, t.filtered) == ("fs", "/dumps", False)
    assert parse.kdump_tools_defaults('SSH="u@h"\n').kind == "ssh"
    assert parse.kdump_tools_defaults("").filtered  # kdump-config's default is -c -d 31
    assert parse.suse_sysconfig('KDUMP_SAVEDIR="nfs://srv/dumps"\n').kind == "nfs"
    assert parse.suse_sysconfig('KDUMP_SAVEDIR="/srv/crash"\n').path == "/srv/crash"
    assert parse.crashkernel_args("ro crashkernel=256M,high crashkernel=72M,low quiet") == [
        "crashkernel=256M,high",
        "crashkernel=72M,low",
    ]
    assert parse.df_pk("Filesystem 1024-blocks Used Available Capacity Mounted on\n") is None
    assert parse.rpm_installed("package kexec-tools is not installed\n", ("kexec-tools",)) == {}
    assert parse.dpkg_installed("kdump-tools deinstall ok config-files 1:1.8.1\n") == {}
