"""The architecture rule: backends never import Qt or the gui package."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import backends

ROOT = Path(__file__).resolve().parents[2]


def test_import_linter_contract_holds() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    proc = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "KEPT" in proc.stdout


def test_every_backend_module_imports_with_qt_unavailable() -> None:
    """Import each backends module in a fresh interpreter where PySide6 cannot load."""
    names = [m.name for m in pkgutil.walk_packages(backends.__path__, "backends.")]
    assert len(names) > 5
    code = (
        "import sys, importlib\n"
        "for blocked in ('PySide6', 'shiboken6', 'gui'):\n"
        "    sys.modules[blocked] = None\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "print('ok')\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr


def test_no_qt_import_statement_in_backends() -> None:
    offenders = []
    for path in (ROOT / "backends").rglob("*.py"):
        for n, line in enumerate(path.read_text().splitlines(), 1):
            stripped = line.strip()
            if stripped.startswith(
                ("import PySide6", "from PySide6", "import shiboken6", "from gui", "import gui")
            ):
                offenders.append(f"{path}:{n}: {stripped}")
    assert offenders == []
