"""crash sessions: startup error wording, install hints, and the prompt/timeout logic.

The prompt/timeout tests drive a real pseudo-terminal with a tiny REPL declared as a
stand-in for crash (it prints ``crash> `` and can hang on request), so they run
without a dump; the real crash is exercised in tests/lab/test_triage_lab.py.
"""

from __future__ import annotations

import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from backends.cancel import NEVER
from backends.crash import diagnose, locate
from backends.crash.session import CommandTimeout, CrashSession, _clean
from backends.crash.transport import LocalPty
from backends.errors import UserError


class FakeInfo:
    kernel_release = "5.14.0-427.13.1.el9_4.x86_64"
    build_id = "abc123"

    class distro:  # the shape of backends.dumps.distro.Distro
        package = "kernel-debuginfo-5.14.0-427.13.1.el9_4.x86_64"
        vmlinux_path = "/usr/lib/debug/lib/modules/5.14.0-427.13.1.el9_4.x86_64/vmlinux"


def advice() -> str:
    return diagnose.debuginfo_advice("/x/vmcore", lambda _p: FakeInfo())


# crash's own words (kernel.c verify_namelist / verify_version, main.c), as printed
@pytest.mark.parametrize(
    ("output", "expect"),
    [
        (
            "crash: /usr/lib/debug/vmlinux and /x/vmcore do not match!\n\nUsage:\n",
            "does not match the kernel",
        ),
        (
            "WARNING: kernel version inconsistency between vmlinux and dumpfile\n\n",
            "different build",
        ),
        (
            'crash: invalid kernel virtual address: ffffffff9b4d3a40  type: "cpu_possible_mask"\n',
            "wrong one",
        ),
        ("crash: /v/vmlinux: no debugging data available\n", "no debug information"),
        ("crash: /v/vmlinux: not a supported file format\nUsage:\n", "not a kernel ELF"),
        ("crash: /x/vmcore: not a supported file format\n", "does not recognise"),
    ],
)
def test_startup_failures_name_the_debuginfo(output: str, expect: str) -> None:
    err = diagnose.classify(output, 1, "/x/vmcore", "/v/vmlinux", advice=advice)
    assert expect in err.message
    if expect != "does not recognise":
        assert "kernel-debuginfo-5.14.0-427.13.1.el9_4.x86_64" in err.hint
        assert "abc123" in err.hint


def test_missing_crash_on_the_analysis_host() -> None:
    err = diagnose.classify("env: 'crash': No such file or directory\n", 127, "d", "v", where="h")
    assert err.message == "crash is not installed on h."
    assert "apt-get install crash" in err.hint and "dnf install crash" in err.hint


def test_too_old_table() -> None:
    assert diagnose.too_old((7, 2, 9), "5.10.0-28-amd64")
    assert diagnose.too_old((9, 0, 2), "7.0.0")
    assert not diagnose.too_old((8, 0, 6), "6.1.0-57-cloud-amd64")
    assert not diagnose.too_old(None, "6.1.0")


@pytest.mark.parametrize(
    ("system", "distro_id", "expect"),
    [
        ("Linux", "debian", "apt-get install crash"),
        ("Linux", "ubuntu debian", "apt-get install crash"),
        ("Linux", "rhel fedora", "dnf install crash"),
        ("Linux", "opensuse-leap suse", "zypper install crash"),
        ("Windows", "", "analysis host over SSH"),
        ("Darwin", "", "analysis host over SSH"),
    ],
)
def test_install_hints_per_os(system: str, distro_id: str, expect: str) -> None:
    assert expect in locate.install_hint(system, distro_id)


def test_missing_configured_crash(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="does not exist"):
        locate.find_crash(tmp_path / "nope")


def test_clean_drops_echo_and_carriage_returns() -> None:
    assert _clean("sys\r\n  RELEASE: x\r\n", "sys") == "  RELEASE: x\n"


STANDIN = textwrap.dedent(
    """
    import sys, time
    sys.stdout.write("crash> "); sys.stdout.flush()
    for line in sys.stdin:
        cmd = line.strip()
        if cmd == "quit":
            break
        if cmd == "hang":
            try:
                time.sleep(60)
            except KeyboardInterrupt:
                sys.stdout.write("interrupted\\n")
        elif cmd == "big":
            for i in range(20000):
                sys.stdout.write(f"line {i} crash> inside\\n")
        else:
            sys.stdout.write(f"out of {cmd}\\n")
        sys.stdout.write("crash> "); sys.stdout.flush()
    """
)


@pytest.fixture
def standin(tmp_path: Path) -> Iterator[CrashSession]:
    script = tmp_path / "standin.py"
    script.write_text(STANDIN)
    session = CrashSession(LocalPty([sys.executable, "-u", str(script)]))
    out, ok = session._read_until_prompt(10, None, NEVER)
    assert ok, out
    yield session
    session.close()


def test_commands_run_one_at_a_time(standin: CrashSession) -> None:
    assert standin.run("sys") == "out of sys\n"
    assert standin.run("bt -a") == "out of bt -a\n"


def test_output_containing_the_prompt_text_is_not_cut(standin: CrashSession) -> None:
    out = standin.run("big", timeout=30)
    assert out.count("\n") == 20000
    assert out.endswith("line 19999 crash> inside\n")


def test_timeout_interrupts_and_the_session_survives(standin: CrashSession) -> None:
    t0 = time.monotonic()
    with pytest.raises(CommandTimeout) as info:
        standin.run("hang", timeout=1.0)
    assert time.monotonic() - t0 < 8
    assert info.value.recovered
    assert standin.run("sys") == "out of sys\n"


def test_transcript_records_commands_and_output(tmp_path: Path) -> None:
    from backends.crash.session import _open_transcript

    script = tmp_path / "standin.py"
    script.write_text(STANDIN)
    argv = [sys.executable, "-u", str(script)]
    f = _open_transcript(tmp_path / "t", argv, "")
    session = CrashSession(LocalPty(argv), f)
    session._read_until_prompt(10, None, NEVER)
    session.run("ps -m")
    session.close()
    text = next((tmp_path / "t").glob("crash-*.log")).read_text()
    assert "crash> ps -m" in text and "out of ps -m" in text and text.startswith("# crash session")
