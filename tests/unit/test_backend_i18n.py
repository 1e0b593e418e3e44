"""Backend messages reach the user translated (backends/i18n.py).

A static check: every error a user can see is built from ``translate()``, never
from a bare literal or an f-string that lupdate cannot extract. And a live one:
with the Chinese catalogue installed, a real failure reads in Chinese, in the
window's translator and on a Chinese-locale command line.
"""

from __future__ import annotations

import ast
import importlib
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import backends
from backends import i18n
from backends.errors import UserError

ROOT = Path(__file__).resolve().parents[2]


def _error_classes() -> set[str]:
    for mod in pkgutil.walk_packages(backends.__path__, "backends."):
        importlib.import_module(mod.name)
    names: set[str] = set()
    todo: list[type] = [UserError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return names


def _bare_text(node: ast.expr) -> bool:
    """A literal sentence the extractor cannot see through translate()."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and node.value.strip() != ""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _bare_text(node.left) or _bare_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        # "literal".format(...) / "literal".join(...)
        return isinstance(node.func.value, (ast.Constant, ast.JoinedStr)) and _bare_text(
            node.func.value
        )
    return False


def _callee(node: ast.Call) -> str:
    f = node.func
    if isinstance(f, ast.Name):
        return f.id
    if isinstance(f, ast.Attribute):
        if f.attr == "__init__" and isinstance(f.value, ast.Call):
            return "super().__init__"
        return f.attr
    return ""


def test_every_user_error_message_goes_through_translate() -> None:
    classes = _error_classes()
    offenders = []
    for path in sorted((ROOT / "backends").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _callee(node) not in classes | {
                "super().__init__"
            }:
                continue
            args = [*node.args, *(k.value for k in node.keywords if k.arg in ("message", "hint"))]
            for arg in args:
                if _bare_text(arg):
                    rel = path.relative_to(ROOT)
                    offenders.append(f"{rel}:{node.lineno}: {ast.unparse(arg)[:70]}")
    assert offenders == [], "wrap these in translate():\n" + "\n".join(offenders)


def test_translate_arguments_are_literals_lupdate_can_extract() -> None:
    offenders = []
    for path in sorted((ROOT / "backends").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("translate", "QT_TRANSLATE_NOOP")
            ):
                ok = len(node.args) == 2 and all(
                    isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args
                )
                if not ok and path.name != "i18n.py":
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == [], "translate(context, text) needs two string literals:\n" + "\n".join(
        offenders
    )


def test_installed_translator_is_used_and_english_is_the_fallback() -> None:
    try:
        table = {"Ctx": {"Hello {who}.": "你好，{who}。"}}
        i18n.install(lambda ctx, text: table[ctx].get(text, ""))
        assert i18n.translate("Ctx", "Hello {who}.").format(who="x") == "你好，x。"
        assert i18n.translate("Ctx", "Untranslated") == "Untranslated"
    finally:
        i18n.install(None)
    assert i18n.translate("Ctx", "Hello {who}.") == "Hello {who}."


def _identify(missing: Path, **locale: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gui.launch", "identify", str(missing)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=dict(os.environ, LC_ALL="", **locale),
        check=False,
    )


@pytest.mark.gui
def test_a_real_failure_reads_in_chinese_on_a_chinese_command_line(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-dump"
    zh = _identify(missing, LANG="zh_CN.UTF-8", LANGUAGE="zh_CN")
    en = _identify(missing, LANG="C.UTF-8", LANGUAGE="")
    assert zh.returncode == en.returncode != 0
    assert str(missing) in zh.stderr and str(missing) in en.stderr
    assert any("\u4e00" <= ch <= "\u9fff" for ch in zh.stderr), zh.stderr
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in en.stderr), en.stderr
