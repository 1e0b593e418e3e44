"""A local symbol store: a folder of debug vmlinux files indexed by build-id and release.

Users add extracted vmlinux files or the distribution's debuginfo packages
(.rpm/.deb/.ddeb, see :mod:`backends.dumps.packages`); each vmlinux lands in
``<store>/<build-id>/vmlinux-<release>`` and ``index.json`` remembers it. A
lookup by build-id re-reads the file's ELF note, so a swapped file is not
trusted.
"""

from __future__ import annotations

import json
import mmap
import os
import re
import shutil
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from backends.dumps import elf, packages
from backends.errors import UserError
from backends.i18n import translate

INDEX = "index.json"
_BANNER_RE = re.compile(rb"Linux version ([0-9][0-9A-Za-z._+~-]{0,63}) \(")


@dataclass(frozen=True)
class Entry:
    build_id: str
    release: str
    path: str
    origin: str  #: the file or package member it came from


def release_of(vmlinux: Path) -> str | None:
    """The release in a vmlinux's ``linux_banner`` (its .rodata), or None."""
    with open(vmlinux, "rb") as fh:
        if os.fstat(fh.fileno()).st_size == 0:
            return None
        with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            pos = mm.find(b"Linux version ")
            while pos >= 0:
                m = _BANNER_RE.match(mm[pos : pos + 100])
                if m:
                    return m.group(1).decode("latin-1")
                pos = mm.find(b"Linux version ", pos + 1)
    return None


class SymbolStore:
    """A folder of debug vmlinux files the user chose."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def entries(self) -> list[Entry]:
        try:
            data = json.loads((self.root / INDEX).read_text())
            return [Entry(**e) for e in data.get("entries", [])]
        except FileNotFoundError:
            return []
        except (OSError, ValueError, TypeError) as exc:
            raise UserError(
                translate("Dumps", "The symbol store index {path} is unreadable: {error}").format(
                    path=self.root / INDEX, error=exc
                ),
                translate("Dumps", "Remove index.json and add the files again."),
            ) from exc

    def _save(self, entries: list[Entry]) -> None:
        tmp = self.root / (INDEX + ".tmp")
        tmp.write_text(json.dumps({"entries": [asdict(e) for e in entries]}, indent=2))
        os.replace(tmp, self.root / INDEX)

    def add(self, path: Path) -> list[Entry]:
        """Add a vmlinux file or a debuginfo package; returns the new entries."""
        if not path.is_file():
            raise UserError(translate("Dumps", "{path} is not a file.").format(path=path))
        self.root.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=self.root, prefix=".add-") as tmp:
            if path.name.endswith((".rpm", ".deb", ".ddeb")):
                found = packages.extract_vmlinux(path, Path(tmp))
                if not found:
                    raise UserError(
                        translate("Dumps", "{package} holds no debug vmlinux.").format(
                            package=path.name
                        ),
                        translate(
                            "Dumps",
                            "Debug kernels come in kernel-debuginfo (RPM), "
                            "linux-image-*-dbg (Debian) or *-dbgsym (Ubuntu) packages.",
                        ),
                    )
                items = [(f"{path.name}:{member}", f, True) for member, f in found]
            else:
                items = [(str(path), path, False)]
            added = [self._file(origin, f, move) for origin, f, move in items]
        entries = [e for e in self.entries() if e.build_id not in {a.build_id for a in added}]
        self._save(entries + added)
        return added

    def _file(self, origin: str, f: Path, move: bool) -> Entry:
        build_id = elf.build_id_of(f)
        if build_id is None:
            raise UserError(
                translate("Dumps", "{file} is not an ELF file with a GNU build-id note.").format(
                    file=origin
                ),
                translate("Dumps", "Add the debug vmlinux (with symbols), not vmlinuz."),
            )
        release = release_of(f) or "unknown"
        folder = self.root / build_id
        folder.mkdir(exist_ok=True)
        target = folder / f"vmlinux-{release}"
        if move:
            os.replace(f, target)
        else:
            shutil.copyfile(f, target)
        return Entry(build_id, release, str(target), origin)

    def find(self, build_id: str | None = None, release: str | None = None) -> Entry | None:
        """The entry for ``build_id`` (checked against the file) or else ``release``."""
        entries = self.entries()
        if build_id:
            for e in entries:
                if (
                    e.build_id == build_id.lower()
                    and Path(e.path).is_file()
                    and elf.build_id_of(Path(e.path)) == e.build_id
                ):
                    return e
            return None
        for e in entries:
            if release and e.release == release and Path(e.path).is_file():
                return e
        return None
