"""Refresh the Chinese catalogue from the sources, fill in translations, rebuild the .qm.

    .venv/bin/python installer/i18n_update.py [TRANSLATIONS.json ...]

1. ``pyside6-lupdate`` re-reads every ``tr()``/``translate()`` call under gui/ and
   backends/ into ``resources/i18n/hangdump_zh_CN.ts`` (existing translations kept;
   strings no longer in the sources become "vanished" and are dropped).
2. Each JSON file given, ``{"Context": {"English source": "中文", ...}, ...}``, fills
   the entries it names (a translator's batch; a newer file wins).
3. ``pyside6-lrelease`` writes the ``.qm`` the application loads.

It prints what is still untranslated and exits 1 while anything is, so it can
gate a commit. Concurrent runs are serialised with a lock file in the temporary folder.
"""

from __future__ import annotations

import fcntl
import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "hangdump_zh_CN.ts"
QM = TS.with_suffix(".qm")
TOOLS = Path(sys.executable).parent


def sources() -> list[str]:
    return sorted(str(p) for d in ("gui", "backends") for p in (ROOT / d).rglob("*.py"))


def fill(ts: Path, table: dict[str, dict[str, str]]) -> int:
    """Write translations from ``table`` into ``ts``; return how many entries changed."""
    tree = ET.parse(ts)  # noqa: S314 (our own file)
    changed = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        wanted = table.get(name, {})
        for msg in context.iter("message"):
            src = msg.findtext("source") or ""
            if src not in wanted:
                continue
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            if msg.get("numerus") == "yes":  # "%n ..." : Chinese has one plural form
                forms = tr.findall("numerusform") or [ET.SubElement(tr, "numerusform")]
                if any(f.text != wanted[src] for f in forms) or tr.get("type"):
                    for form in forms:
                        form.text = wanted[src]
                    tr.attrib.pop("type", None)
                    changed += 1
            elif tr.text != wanted[src] or tr.get("type"):
                tr.text = wanted[src]
                tr.attrib.pop("type", None)
                changed += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    # lupdate writes <!DOCTYPE TS>; ElementTree drops it. Put it back so
    # lupdate's next rewrite produces the same file.
    text = ts.read_text(encoding="utf-8")
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        ts.write_text(text, encoding="utf-8")
    return changed


def untranslated(ts: Path) -> list[tuple[str, str]]:
    out = []
    for context in ET.parse(ts).getroot().iter("context"):  # noqa: S314
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            tr = msg.find("translation")
            kind = None if tr is None else tr.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            text = (
                "".join(f.text or "" for f in tr.findall("numerusform")) if tr is not None else ""
            )
            if tr is None or kind == "unfinished" or (not (tr.text or "").strip() and not text):
                out.append((name, msg.findtext("source") or ""))
    return out


def main(argv: list[str]) -> int:
    with open(Path(tempfile.gettempdir()) / "hangdump-i18n.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        subprocess.run(
            [str(TOOLS / "pyside6-lupdate"), "-no-obsolete", *sources(), "-ts", str(TS)],
            check=True,
            capture_output=True,
        )
        table: dict[str, dict[str, str]] = {}
        for name in argv:
            for context, entries in json.loads(Path(name).read_text(encoding="utf-8")).items():
                table.setdefault(context, {}).update(entries)
        changed = fill(TS, table) if table else 0
        # A second lupdate pass normalises the file's layout after our edit.
        subprocess.run(
            [str(TOOLS / "pyside6-lupdate"), "-no-obsolete", *sources(), "-ts", str(TS)],
            check=True,
            capture_output=True,
        )
        subprocess.run(
            [str(TOOLS / "pyside6-lrelease"), str(TS), "-qm", str(QM)],
            check=True,
            capture_output=True,
        )
    missing = untranslated(TS)
    print(f"{changed} translations filled; {len(missing)} untranslated")
    for context, src in missing:
        print(f"  [{context}] {src}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
