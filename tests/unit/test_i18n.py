"""Every user-visible string is translated into Simplified Chinese, and the .qm is fresh."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "hangdump_zh_CN.ts"
QM = TS.with_suffix(".qm")
TOOLS = Path(sys.executable).parent


def _untranslated(ts: Path) -> list[str]:
    out = []
    for msg in ET.parse(ts).iter("message"):  # noqa: S314 (our own file)
        tr = msg.find("translation")
        src = msg.findtext("source") or ""
        kind = None if tr is None else tr.get("type")
        if kind in ("vanished", "obsolete"):
            continue
        if tr is None or kind == "unfinished" or not tr.text:
            out.append(src)
    return out


def test_every_string_in_the_sources_is_translated(tmp_path: Path) -> None:
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sources = sorted(str(p) for d in ("gui", "backends") for p in (ROOT / d).rglob("*.py"))
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    assert _untranslated(copy) == []


def test_qm_is_built_from_the_current_ts(tmp_path: Path) -> None:
    out = tmp_path / "check.qm"
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(TS), "-qm", str(out)], check=True, capture_output=True
    )
    assert out.read_bytes() == QM.read_bytes(), (
        "run pyside6-lrelease (see resources/i18n/README.md)"
    )


def test_chinese_translation_loads(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from gui import i18n

    try:
        assert i18n.install(qapp, "zh_CN") == "zh_CN"
        assert QCoreApplication.translate("LabPanel", "Start the lab") == "启动实验室"
    finally:
        i18n.install(qapp, "en")
