"""Kernel modules for the initramfs, in load order.

The host has no ``depmod`` (kmod is not among the lab's packages) and Debian's
image package ships no ``modules.dep``, so dependencies come from each module's
own ``.modinfo`` ``depends=`` entry -- the list ``modpost`` computed from the
symbols the module uses, which is what ``depmod`` records too.
"""

from __future__ import annotations

import struct
from pathlib import Path

from backends.errors import LabError
from backends.i18n import translate


def index(modules_dir: Path) -> dict[str, str]:
    """Module name (``virtio_net``) -> path relative to ``modules_dir``."""
    found: dict[str, str] = {}
    for line in (modules_dir / "modules.order").read_text().splitlines():
        rel = line.strip()
        if rel.endswith(".ko"):
            found[_name(Path(rel).name)] = rel
    return found


def resolve(modules_dir: Path, wanted: list[str]) -> list[str]:
    """Relative paths of ``wanted`` and their dependencies, each after what it needs.

    Names built into the kernel (``modules.builtin``) are dropped silently.
    """
    paths = index(modules_dir)
    builtin = {
        _name(Path(line.strip()).name)
        for line in (modules_dir / "modules.builtin").read_text().splitlines()
        if line.strip()
    }
    order: list[str] = []

    def visit(name: str, chain: tuple[str, ...]) -> None:
        name = _name(name)
        if name in builtin or paths.get(name) in order:
            return
        if name in chain:
            raise LabError(
                translate("Lab", "Kernel modules depend on each other in a loop: {chain}.").format(
                    chain=chain
                )
            )
        rel = paths.get(name)
        if rel is None:
            raise LabError(
                translate("Lab", "The guest kernel has no module {name}.").format(name=repr(name)),
                translate("Lab", "Check the kernel flavour in backends/lab/kernel.py."),
            )
        for dep in depends(modules_dir / rel):
            visit(dep, (*chain, name))
        order.append(rel)

    for w in wanted:
        visit(w, ())
    return order


def depends(ko: Path) -> list[str]:
    """The ``depends=`` list of a module's ``.modinfo`` section."""
    for key, value in modinfo(ko):
        if key == "depends":
            return [d for d in value.split(",") if d]
    return []


def modinfo(ko: Path) -> list[tuple[str, str]]:
    """``key=value`` pairs of an ELF64 module's ``.modinfo`` section."""
    data = ko.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2:
        raise LabError(
            translate(
                "Lab", "{path} is not an ELF64 kernel module (compressed modules are not read)."
            ).format(path=ko)
        )
    (shoff,) = struct.unpack_from("<Q", data, 40)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 58)

    def section(i: int) -> tuple[int, int, int]:
        name, _, _, _, off, size = struct.unpack_from("<IIQQQQ", data, shoff + i * shentsize)
        return name, off, size

    _, str_off, _ = section(shstrndx)
    for i in range(shnum):
        name_off, off, size = section(i)
        end = data.index(b"\0", str_off + name_off)
        if data[str_off + name_off : end] == b".modinfo":
            pairs = []
            for item in data[off : off + size].split(b"\0"):
                key, sep, value = item.decode(errors="replace").partition("=")
                if sep:
                    pairs.append((key, value))
            return pairs
    return []


def _name(filename: str) -> str:
    return filename.removesuffix(".ko").replace("-", "_")
