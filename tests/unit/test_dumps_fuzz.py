"""Fuzzing: mutated and truncated headers of every format never raise from identify().

100 examples per format in the default run; ``-m deep`` runs 100,000 per format.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backends.dumps import identify, sniff
from tests import dumpgen, vmware_gen
from tests.dumpgen import Kernel

K = Kernel(phys_base=0x2E12000 - (0x1E12000 + 0x2A000000))
MEM = bytes(dumpgen.raw_memory(48 << 20, K))[: 64 << 10]  # the first 64 KiB: headers matter

SEEDS: dict[str, Callable[[], tuple[str, bytes]]] = {
    "elf": lambda: (
        "vmcore",
        dumpgen.elf_core(
            MEM,
            dumpgen.note(b"CORE", 1, bytes(64)) + dumpgen.note(b"VMCOREINFO", 0, K.vmcoreinfo()),
        ),
    ),
    "elf-xnum": lambda: (
        "vmcore",
        dumpgen.elf_core(MEM, dumpgen.note(b"VMCOREINFO", 0, K.vmcoreinfo()), xnum=True),
    ),
    "kdump": lambda: ("dump", dumpgen.kdump_file(K, K.release)),
    "flattened": lambda: ("dump.flat", dumpgen.flatten(dumpgen.kdump_file(K), record=512)),
    "diskdump": lambda: ("dd", b"DISKDUMP" + dumpgen.kdump_file(None, "2.6.18")[8:]),
    "vmss": lambda: ("a.vmss", vmware_gen.checkpoint([(0, 0, 16)], memory=MEM)),
    "vmsn": lambda: ("a.vmsn", vmware_gen.checkpoint([(0, 0, 16), (16, 32, 16)])),
    "raw": lambda: ("mem.raw", MEM[:0x300] + K.vmcoreinfo() + b"\0" + K.banner() + b"\0"),
}
KNOWN = {v for k, v in vars(sniff).items() if k.isupper() and isinstance(v, str)} | set(
    sniff.COMPRESSED.values()
)
SETTINGS = {"default": 100, "deep": 100_000}


def mutations(seed: bytes) -> st.SearchStrategy[bytes]:
    head = min(len(seed), 8192)
    flips = st.lists(st.tuples(st.integers(0, head - 1), st.integers(0, 255)), max_size=12)
    words = st.lists(
        st.tuples(
            st.integers(0, head - 8),
            st.sampled_from(
                [b"\xff" * 8, b"\0" * 8, b"\x00\x00\x00\x80\xff\xff\xff\x7f", b"\x01\0\0\0\0\0\0\0"]
            ),
        ),
        max_size=4,
    )

    def apply(args: tuple[list[tuple[int, int]], list[tuple[int, bytes]], int]) -> bytes:
        byte_flips, word_sets, cut = args
        b = bytearray(seed)
        for pos, val in byte_flips:
            b[pos] = val
        for pos, w in word_sets:
            b[pos : pos + 8] = w
        return bytes(b[:cut])

    return st.tuples(flips, words, st.integers(0, len(seed))).map(apply)


def check(name: str, data: bytes, folder: Path) -> None:
    p = folder / name
    p.write_bytes(data)
    vmem = folder / (name[:-4] + "vmem") if name.endswith(("vmss", "vmsn")) else None
    if vmem is not None:
        vmem.write_bytes(MEM)
    info = identify(p)
    assert info.format in KNOWN
    if info.format in (sniff.UNKNOWN, sniff.TRUNCATED):
        assert info.message and info.kernel_release is None
    if info.kernel_release is not None:
        assert info.source in {
            "vmcoreinfo",
            "kdump-header",
            "vmx-hint",
            "vmcoreinfo-scan",
            "banner-scan",
            "utsname-scan",
            "cmdline-scan",
        }
    json.dumps(info.to_json())
    assert info.to_text()


def _fuzz(fmt: str, examples: int) -> None:
    name, seed = SEEDS[fmt]()
    with tempfile.TemporaryDirectory(prefix="hd-fuzz-") as tmp:
        folder = Path(tmp)
        check(name, seed, folder)  # the unmutated seed is identified

        @settings(
            max_examples=examples,
            deadline=None,
            database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        )
        @given(mutations(seed))
        def run(data: bytes) -> None:
            check(name, data, folder)

        run()


@pytest.mark.parametrize("fmt", sorted(SEEDS))
def test_fuzz(fmt: str) -> None:
    _fuzz(fmt, SETTINGS["default"])


def test_seeds_identify_the_kernel(tmp_path: Path) -> None:
    for fmt in ("elf", "elf-xnum", "kdump", "flattened", "raw"):
        name, seed = SEEDS[fmt]()
        (tmp_path / name).write_bytes(seed)
        assert identify(tmp_path / name).kernel_release == K.release, fmt


@pytest.mark.deep
@pytest.mark.parametrize("fmt", sorted(SEEDS))
def test_fuzz_deep(fmt: str) -> None:
    """100,000 cases per format; deselected by default (pyproject: -m "not deep")."""
    _fuzz(fmt, SETTINGS["deep"])
