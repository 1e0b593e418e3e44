"""A gzip'd ``newc`` cpio writer for the guests' initramfs images.

Written here rather than piping ``find | cpio`` so that the image needs no root
(``/dev/console`` is a device entry, not a node made with mknod), owners are
always root, and the same inputs give the same bytes.
"""

from __future__ import annotations

import gzip
import stat
from pathlib import Path, PurePosixPath

TRAILER = "TRAILER!!!"


class Archive:
    """Entries of an initramfs, written in the order they were added."""

    def __init__(self) -> None:
        self._entries: dict[str, tuple[int, bytes, int]] = {}  # path -> (mode, data, rdev)

    def __contains__(self, path: str) -> bool:
        return _norm(path) in self._entries

    def dir(self, path: str, mode: int = 0o755) -> None:
        """Add a folder and its missing parents."""
        parts = PurePosixPath(_norm(path)).parts
        for i in range(1, len(parts) + 1):
            p = "/".join(parts[:i])
            if p not in self._entries:
                self._entries[p] = (stat.S_IFDIR | mode, b"", 0)

    def data(self, path: str, content: bytes, mode: int = 0o644) -> None:
        """Add a regular file holding ``content``."""
        self._parent(path)
        self._entries[_norm(path)] = (stat.S_IFREG | mode, content, 0)

    def file(self, path: str, source: Path, mode: int | None = None) -> None:
        """Add a copy of the host file ``source`` (symlinks followed)."""
        perm = stat.S_IMODE(source.stat().st_mode) if mode is None else mode
        self.data(path, source.read_bytes(), perm)

    def symlink(self, path: str, target: str) -> None:
        self._parent(path)
        self._entries[_norm(path)] = (stat.S_IFLNK | 0o777, target.encode(), 0)

    def chardev(self, path: str, major: int, minor: int, mode: int = 0o600) -> None:
        self._parent(path)
        self._entries[_norm(path)] = (stat.S_IFCHR | mode, b"", (major << 8) | minor)

    def _parent(self, path: str) -> None:
        parent = str(PurePosixPath(_norm(path)).parent)
        if parent != ".":
            self.dir(parent)

    def write(self, dest: Path) -> int:
        """Write the gzip'd archive to ``dest``; return its size in bytes."""
        tmp = dest.with_suffix(".tmp")
        with open(tmp, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
            for ino, (path, (mode, content, rdev)) in enumerate(self._entries.items(), 1):
                _entry(gz, ino, path, mode, content, rdev)
            _entry(gz, 0, TRAILER, 0, b"", 0)
        tmp.replace(dest)
        return dest.stat().st_size


def _norm(path: str) -> str:
    return path.strip("/")


def _entry(out: gzip.GzipFile, ino: int, name: str, mode: int, content: bytes, rdev: int) -> None:
    encoded = name.encode() + b"\0"
    nlink = 2 if stat.S_ISDIR(mode) else 1
    fields = (
        ino,
        mode,
        0,
        0,
        nlink,
        0,
        len(content),
        0,
        0,
        rdev >> 8,
        rdev & 0xFF,
        len(encoded),
        0,
    )
    header = b"070701" + b"".join(b"%08X" % f for f in fields)
    out.write(header + encoded + _pad(len(header) + len(encoded)))
    out.write(content + _pad(len(content)))


def _pad(n: int) -> bytes:
    return b"\0" * (-n % 4)
