"""Pull a debug vmlinux out of .rpm / .deb / .ddeb packages, in pure Python.

No rpm2cpio or dpkg needed (Windows workstations have neither): an RPM is a
96-byte lead, two headers and a compressed cpio ("newc") payload; a .deb is an
``ar`` archive whose ``data.tar.*`` holds the files. zstd payloads (Fedora,
newer Ubuntu) go through the ``zstd`` program when it is installed.
"""

from __future__ import annotations

import bz2
import gzip
import lzma
import re
import shutil
import struct
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from backends.errors import UserError
from backends.i18n import translate

VMLINUX_RE = re.compile(
    r"(?:^|/)usr/lib/debug/(?:boot/vmlinux-[^/]+|lib/modules/[^/]+/vmlinux(?:\.debug)?)$"
)
_ZSTD = b"\x28\xb5\x2f\xfd"


def _decompressor(fh: IO[bytes], what: str) -> IO[bytes]:
    magic = fh.read(6)
    fh.seek(-len(magic), 1)
    if magic.startswith(b"\x1f\x8b"):
        return gzip.GzipFile(fileobj=fh)  # type: ignore[return-value]
    if magic.startswith(b"\xfd7zXZ"):
        return lzma.LZMAFile(fh)
    if magic.startswith(b"BZh"):
        return bz2.BZ2File(fh)
    if magic.startswith(_ZSTD):
        exe = shutil.which("zstd")
        if exe is None:
            raise UserError(
                translate(
                    "Dumps", "{package} is zstd-compressed and the zstd program is not installed."
                ).format(package=what),
                translate(
                    "Dumps", "Install zstd, or extract the vmlinux yourself and add that file."
                ),
            )
        # Decompressed into a temporary file so the zstd process is reaped here.
        out = tempfile.TemporaryFile()  # noqa: SIM115 (the caller reads and drops it)
        proc = subprocess.run(
            [exe, "-dcq"], stdin=fh, stdout=out, stderr=subprocess.PIPE, check=False
        )
        if proc.returncode != 0:
            out.close()
            raise UserError(
                translate("Dumps", "{package}: zstd failed: {error}").format(
                    package=what, error=proc.stderr.decode(errors="replace")[:200]
                )
            )
        out.seek(0)
        return out
    return fh


def rpm_members(path: Path) -> Iterator[tuple[str, IO[bytes]]]:
    """(name, stream) of each regular file in an RPM's payload, in order."""
    with open(path, "rb") as fh:
        lead = fh.read(96)
        if lead[:4] != b"\xed\xab\xee\xdb":
            raise UserError(
                translate("Dumps", "{package} is not an RPM package (no RPM lead).").format(
                    package=path.name
                )
            )
        for pad in (True, False):  # signature header (8-byte aligned), then the main header
            head = fh.read(16)
            if head[:3] != b"\x8e\xad\xe8" or len(head) < 16:
                raise UserError(
                    translate("Dumps", "{package}: a damaged RPM header.").format(package=path.name)
                )
            nindex, hsize = struct.unpack(">II", head[8:16])
            size = 16 * nindex + hsize
            fh.seek(size + ((-size) % 8 if pad else 0), 1)
        yield from _cpio(_decompressor(fh, path.name), path.name)


def _cpio(stream: IO[bytes], what: str) -> Iterator[tuple[str, IO[bytes]]]:
    while True:
        head = stream.read(110)
        if len(head) < 110 or head[:5] != b"07070":
            raise UserError(
                translate("Dumps", "{package}: a damaged cpio payload.").format(package=what)
            )
        fields = [int(head[6 + 8 * i : 14 + 8 * i], 16) for i in range(13)]
        mode, filesize, namesize = fields[1], fields[6], fields[11]
        name = stream.read(namesize).rstrip(b"\0").decode("utf-8", "replace")
        stream.read((-(110 + namesize)) % 4)
        if name == "TRAILER!!!":
            return
        reader = _Limited(stream, filesize)
        if mode & 0o170000 == 0o100000:
            yield name, reader  # type: ignore[misc]
        reader.drain()
        stream.read((-filesize) % 4)


class _Limited:
    """At most ``left`` bytes of an underlying stream."""

    def __init__(self, stream: IO[bytes], left: int) -> None:
        self.stream, self.left = stream, left

    def read(self, n: int = -1) -> bytes:
        n = self.left if n < 0 else min(n, self.left)
        data = self.stream.read(n) if n else b""
        self.left -= len(data)
        return data

    def drain(self) -> None:
        while self.left and self.read(1 << 20):
            pass


def deb_members(path: Path) -> Iterator[tuple[str, IO[bytes]]]:
    """(name, stream) of each regular file in a .deb/.ddeb's data.tar.*."""
    with open(path, "rb") as fh:
        if fh.read(8) != b"!<arch>\n":
            raise UserError(
                translate("Dumps", "{package} is not a Debian package (no ar header).").format(
                    package=path.name
                )
            )
        while True:
            head = fh.read(60)
            if len(head) < 60:
                raise UserError(
                    translate("Dumps", "{package} has no data.tar member.").format(
                        package=path.name
                    )
                )
            name = head[:16].decode("ascii", "replace").strip().rstrip("/")
            size = int(head[48:58].decode("ascii").strip() or 0)
            if name.startswith("data.tar"):
                break
            fh.seek(size + (size & 1), 1)
        stream = _decompressor(fh, path.name)
        with tarfile.open(fileobj=stream, mode="r|") as tar:
            for member in tar:
                if member.isfile():
                    f = tar.extractfile(member)
                    if f is not None:
                        yield member.name, f


def extract_vmlinux(package: Path, dest_dir: Path) -> list[tuple[str, Path]]:
    """Copy every debug vmlinux in ``package`` into ``dest_dir``; (member, file) pairs."""
    name = package.name
    if name.endswith(".rpm"):
        members = rpm_members(package)
    elif name.endswith((".deb", ".ddeb")):
        members = deb_members(package)
    else:
        raise UserError(
            translate("Dumps", "{file}: not a .rpm, .deb or .ddeb package.").format(file=name)
        )
    out: list[tuple[str, Path]] = []
    for member, stream in members:
        if VMLINUX_RE.search(member):
            target = dest_dir / f"extract-{len(out)}-{Path(member).name}"
            with open(target, "wb") as dst:
                shutil.copyfileobj(stream, dst, 1 << 20)
            out.append((member, target))
    return out
