"""Case folders: one per investigation, with an append-only audit log.

Layout::

    <case root>/<YYYYmmdd-HHMMSS>-<slug>/
        case.json        what the case is about (VM, connection, files, findings)
        audit.jsonl      one JSON line per step; destructive steps write an
                         ``intent`` line before and a ``result`` line after
        files/           downloaded dumps and snapshot files
        transcripts/     crash session transcripts
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import re
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from backends import __version__
from backends.errors import UserError
from backends.i18n import translate


def case_root() -> Path:
    """``HANGDUMP_CASE_ROOT``, else ``~/HangDump/cases``."""
    override = os.environ.get("HANGDUMP_CASE_ROOT")
    return Path(override) if override else Path.home() / "HangDump" / "cases"


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")


def _slug(text: str) -> str:
    s = re.sub(r"[^\w.-]+", "-", text, flags=re.UNICODE).strip("-.")
    return s[:48] or "case"


@dataclass
class Case:
    folder: Path

    @classmethod
    def create(cls, title: str, root: Path | None = None) -> Case:
        base = root or case_root()
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        folder = base / f"{stamp}-{_slug(title)}"
        n = 1
        while folder.exists():
            n += 1
            folder = base / f"{stamp}-{_slug(title)}-{n}"
        try:
            (folder / "files").mkdir(parents=True)
            (folder / "transcripts").mkdir()
        except OSError as exc:
            raise UserError(
                translate("Cases", "Cannot create the case folder {folder}: {reason}.").format(
                    folder=folder, reason=exc.strerror
                ),
                translate("Cases", "Choose another case root (--case DIR or the settings)."),
            ) from exc
        case = cls(folder)
        case.update(title=title, created=_now(), hangdump_version=__version__)
        return case

    @classmethod
    def open(cls, folder: Path, create_title: str | None = None) -> Case:
        """An existing case folder; with ``create_title``, make it if it is missing."""
        if (folder / "case.json").exists():
            return cls(folder)
        if create_title is None:
            raise UserError(
                translate("Cases", "{folder} is not a HangDump case folder.").format(folder=folder),
                translate("Cases", "Pick the folder that holds case.json."),
            )
        try:
            (folder / "files").mkdir(parents=True, exist_ok=True)
            (folder / "transcripts").mkdir(exist_ok=True)
        except OSError as exc:
            raise UserError(
                translate("Cases", "Cannot create the case folder {folder}: {reason}.").format(
                    folder=folder, reason=exc.strerror
                ),
                translate("Cases", "Choose another folder."),
            ) from exc
        case = cls(folder)
        case.update(title=create_title, created=_now(), hangdump_version=__version__)
        return case

    @property
    def files(self) -> Path:
        return self.folder / "files"

    @property
    def transcripts(self) -> Path:
        return self.folder / "transcripts"

    @property
    def audit_path(self) -> Path:
        return self.folder / "audit.jsonl"

    def info(self) -> dict[str, Any]:
        try:
            data = json.loads((self.folder / "case.json").read_text())
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def update(self, **fields: Any) -> None:
        data = self.info()
        data.update(fields)
        tmp = self.folder / "case.json.tmp"
        tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=str))
        tmp.replace(self.folder / "case.json")

    def add_file(self, record: dict[str, Any]) -> None:
        """Record a downloaded, verified file (name, size, sha256, source)."""
        files = [f for f in self.info().get("files", []) if f.get("name") != record.get("name")]
        files.append(record)
        self.update(files=files)

    def audit(self, action: str, phase: str, **fields: Any) -> dict[str, Any]:
        """Append one audit record and make sure it is on disk before returning."""
        record: dict[str, Any] = {
            "time": _now(),
            "phase": phase,  # intent | result | info
            "action": action,
            "os_user": _os_user(),
            "workstation": socket.gethostname(),
            "hangdump_version": __version__,
        }
        record.update(fields)
        line = json.dumps(record, ensure_ascii=False, default=str) + "\n"
        fd = os.open(self.audit_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, line.encode())
            os.fsync(fd)
        finally:
            os.close(fd)
        return record

    def audit_records(self) -> list[dict[str, Any]]:
        try:
            lines = self.audit_path.read_text().splitlines()
        except OSError:
            return []
        return [json.loads(x) for x in lines if x.strip()]


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return str(os.getuid()) if hasattr(os, "getuid") else "unknown"
