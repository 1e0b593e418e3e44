"""The guest kernel: Debian's cloud kernel and its debug vmlinux, cached by ABI.

Debian moves kernel ABIs (``6.1.0-N``) with security updates and removes the old
packages from the archive, so the lab never pins one: it takes the newest ABI
whose ``-dbg`` package the configured apt sources carry. Both packages are
fetched with ``apt-get download`` and unpacked into the lab's cache; nothing is
installed on the host.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import struct
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from backends.cancel import Progress, no_progress
from backends.errors import LabError
from backends.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from backends.lab import paths
from backends.lab.process import run

FLAVOUR = "cloud-amd64"
SERIES = "6.1.0"
STAMP = "ready.json"
#: apt's package lists; their folder's mtime changes with every ``apt-get update``.
APT_LISTS = Path("/var/lib/apt/lists")
HINT_UPDATE = QT_TRANSLATE_NOOP(
    "Lab", "Run `apt-get update` so apt knows the current Debian kernel packages."
)


@dataclass(frozen=True)
class KernelAssets:
    """A guest kernel unpacked in the lab cache."""

    release: str  #: ``uname -r``, e.g. ``6.1.0-57-cloud-amd64``
    version: str  #: Debian package version, e.g. ``6.1.192-3``
    vmlinuz: Path  #: the bootable image
    vmlinux: Path  #: the debug vmlinux (~570 MB)
    modules: Path  #: the unpacked ``lib/modules/<release>`` tree
    build_id: str  #: GNU build-id of the vmlinux, hex


def ensure(progress: Progress = no_progress) -> KernelAssets:
    """Download and unpack the newest cloud kernel and its debug vmlinux, once.

    A warm call reads a stamp file and returns without asking apt, unless apt's
    package lists changed since (then a newer ABI may exist).
    """
    current = paths.assets_dir("kernel", "current.json")
    cached = _from_pointer(current)
    if cached is not None:
        return cached
    progress(0, 4, translate("Lab", "looking up the newest Debian cloud kernel"))
    release, version = newest_release()
    folder = paths.assets_dir("kernel", release)
    k = _load_stamp(folder)
    if k is None or k.version != version:
        k = _build(folder, release, version, progress)
    current.write_text(json.dumps({"release": release, "lists_mtime": _lists_mtime()}))
    progress(4, 4, translate("Lab", "kernel {release} ready").format(release=release))
    return k


def newest_release() -> tuple[str, str]:
    """``(release, version)`` of the newest ABI with both image and ``-dbg`` packages."""
    pattern = rf"^linux-image-{re.escape(SERIES)}-[0-9]+-{FLAVOUR}-dbg$"
    out = run(
        ["apt-cache", "search", "--names-only", pattern],
        what=translate("Lab", "Looking up Debian kernel packages"),
        hint=translate_marked("Lab", HINT_UPDATE),
    ).stdout.decode()
    abis = sorted(
        (
            int(m.group(1))
            for m in re.finditer(
                rf"^linux-image-{re.escape(SERIES)}-([0-9]+)-{FLAVOUR}-dbg ", out, re.M
            )
        ),
        reverse=True,
    )
    for abi in abis:
        release = f"{SERIES}-{abi}-{FLAVOUR}"
        image_v = _candidate(f"linux-image-{release}")
        dbg_v = _candidate(f"linux-image-{release}-dbg")
        if image_v and image_v == dbg_v:
            return release, image_v
    raise LabError(
        translate("Lab", "No linux-image-{series}-N-{flavour}-dbg package is known to apt.").format(
            series=SERIES, flavour=FLAVOUR
        ),
        translate(
            "Lab",
            "Run `apt-get update` so apt knows the current Debian kernel packages. "
            "The Debian security or main archive must be in the apt sources.",
        ),
    )


def _candidate(package: str) -> str:
    proc = subprocess.run(["apt-cache", "policy", package], capture_output=True, check=False)
    m = re.search(r"^\s*Candidate:\s*(\S+)", proc.stdout.decode(errors="replace"), re.M)
    return m.group(1) if m and m.group(1) != "(none)" else ""


def _lists_mtime() -> float:
    try:
        return APT_LISTS.stat().st_mtime
    except OSError:
        return 0.0


def _from_pointer(current: Path) -> KernelAssets | None:
    try:
        data = json.loads(current.read_text())
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("lists_mtime") != _lists_mtime():
        return None
    return _load_stamp(paths.assets_dir("kernel", str(data.get("release", ""))))


def _load_stamp(folder: Path) -> KernelAssets | None:
    try:
        data = json.loads((folder / STAMP).read_text())
        k = KernelAssets(
            release=data["release"],
            version=data["version"],
            vmlinuz=Path(data["vmlinuz"]),
            vmlinux=Path(data["vmlinux"]),
            modules=Path(data["modules"]),
            build_id=data["build_id"],
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not (k.vmlinuz.is_file() and k.vmlinux.is_file() and k.modules.is_dir()):
        return None
    return k


def _build(folder: Path, release: str, version: str, progress: Progress) -> KernelAssets:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="hd-kernel-") as tmp:
        work = Path(tmp)
        # apt's download sandbox user (_apt) must be able to write here.
        os.chmod(work, 0o755)  # noqa: S103 -- a private temp dir holding public packages
        progress(
            1,
            4,
            translate("Lab", "downloading linux-image-{release} and its -dbg package").format(
                release=release
            ),
        )
        run(
            [
                "apt-get",
                "download",
                "-q",
                f"linux-image-{release}={version}",
                f"linux-image-{release}-dbg={version}",
            ],
            what=translate("Lab", "Downloading the guest kernel packages"),
            hint=translate_marked("Lab", HINT_UPDATE),
            cwd=work,
            timeout=1800,
        )
        image_deb = _one(work, f"linux-image-{release}_*.deb")
        dbg_deb = _one(work, f"linux-image-{release}-dbg_*.deb")
        progress(2, 4, translate("Lab", "unpacking the kernel image and modules"))
        tree = folder / "image"
        run(
            ["dpkg-deb", "-x", image_deb, tree],
            what=translate("Lab", "Unpacking the kernel package"),
        )
        progress(3, 4, translate("Lab", "unpacking the debug vmlinux (~570 MB)"))
        member = f"./usr/lib/debug/boot/vmlinux-{release}"
        _extract_member(dbg_deb, member, folder)
    vmlinux = folder / member
    vmlinuz = tree / "boot" / f"vmlinuz-{release}"
    modules = tree / "lib" / "modules" / release
    for p in (vmlinux, vmlinuz, modules):
        if not p.exists():
            raise LabError(
                translate("Lab", "The kernel packages for {release} lack {name}.").format(
                    release=release, name=p.name
                ),
                translate("Lab", "Report this: Debian's package layout may have changed."),
            )
    k = KernelAssets(
        release=release,
        version=version,
        vmlinuz=vmlinuz,
        vmlinux=vmlinux,
        modules=modules,
        build_id=read_build_id(vmlinux),
    )
    (folder / STAMP).write_text(
        json.dumps(
            {
                "release": k.release,
                "version": k.version,
                "vmlinuz": str(k.vmlinuz),
                "vmlinux": str(k.vmlinux),
                "modules": str(k.modules),
                "build_id": k.build_id,
            },
            indent=2,
        )
    )
    return k


def _one(folder: Path, glob: str) -> Path:
    found = sorted(folder.glob(glob))
    if len(found) != 1:
        raise LabError(
            translate(
                "Lab", "apt-get download did not leave exactly one {glob} (found {count})."
            ).format(glob=glob, count=len(found)),
            translate_marked("Lab", HINT_UPDATE),
        )
    return found[0]


def _extract_member(deb: Path, member: str, dest: Path) -> None:
    """Extract one file of a .deb without unpacking its other 1.7 GB."""
    with subprocess.Popen(["dpkg-deb", "--fsys-tarfile", str(deb)], stdout=subprocess.PIPE) as dpkg:
        tar = subprocess.run(
            ["tar", "-x", "-C", str(dest), member],
            stdin=dpkg.stdout,
            capture_output=True,
            check=False,
        )
        if dpkg.stdout is not None:  # let dpkg see a closed pipe if tar stopped early
            dpkg.stdout.close()
        dpkg_rc = dpkg.wait()
    if tar.returncode != 0 or dpkg_rc != 0:
        raise LabError(
            translate("Lab", "Extracting {member} from {deb} failed: {error}").format(
                member=member,
                deb=deb.name,
                error=tar.stderr.decode(errors="replace").strip()[-300:],
            ),
            translate("Lab", "Check free disk space under ~/.cache (the vmlinux needs ~600 MB)."),
        )


def read_build_id(elf: Path) -> str:
    """The GNU build-id (hex) from an ELF64 file's note sections.

    Linux keeps it in ``.notes`` (user space in ``.note.gnu.build-id``), so every
    SHT_NOTE section is searched for a GNU note of type NT_GNU_BUILD_ID.
    """
    with open(elf, "rb") as fh:
        ident = fh.read(64)
        if ident[:4] != b"\x7fELF" or ident[4] != 2 or ident[5] != 1:
            raise LabError(
                translate("Lab", "{path} is not a little-endian ELF64 file.").format(path=elf)
            )
        (shoff,) = struct.unpack_from("<Q", ident, 40)
        shentsize, shnum = struct.unpack_from("<HH", ident, 58)
        fh.seek(shoff)
        table = fh.read(shentsize * shnum)
        for i in range(shnum):
            sh_type, _, _, off, size = struct.unpack_from("<IQQQQ", table, i * shentsize + 4)
            if sh_type == 7:  # SHT_NOTE
                fh.seek(off)
                found = _gnu_build_id(fh.read(size))
                if found:
                    return found
    raise LabError(translate("Lab", "{path} has no GNU build-id note.").format(path=elf))


def _gnu_build_id(notes: bytes) -> str:
    pos = 0
    while pos + 12 <= len(notes):
        namesz, descsz, ntype = struct.unpack_from("<III", notes, pos)
        name_end = pos + 12 + ((namesz + 3) & ~3)
        if ntype == 3 and notes[pos + 12 : pos + 12 + namesz].rstrip(b"\0") == b"GNU":
            return notes[name_end : name_end + descsz].hex()
        pos = name_end + ((descsz + 3) & ~3)
    return ""
