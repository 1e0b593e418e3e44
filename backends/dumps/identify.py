"""``identify(path)``: format, kernel release, build-id, KASLR offset, distro, debuginfo.

Structured metadata first (the VMCOREINFO ELF note, the kdump sub-header and
header, the VMware ``.vmx`` hint); a streaming scan of the memory only where the
format carries none (raw images, ``.vmem``, VMware checkpoints, ELF cores
without VMCOREINFO). Damaged or cut files give a result with format
``unknown``/``truncated`` and a message; only an unreadable file raises.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable
from pathlib import Path

from backends.cancel import NEVER, CancelToken, Progress, no_progress
from backends.dumps import distro, elf, flattened, kdump, scan, sniff, vmware
from backends.dumps import vmcoreinfo as vmci
from backends.dumps.info import DumpInfo
from backends.dumps.source import (
    Extent,
    FileSource,
    PhysToFile,
    Source,
    extents_mapper,
    identity_mapper,
)
from backends.dumps.symbols import SymbolStore
from backends.errors import UserError
from backends.i18n import translate

_DAMAGED = (elf.ElfError, kdump.KdumpError, flattened.FlatError, vmware.VmssError)


def identify(
    path: Path | str,
    progress: Progress = no_progress,
    cancel: CancelToken = NEVER,
    store: Path | None = None,
) -> DumpInfo:
    """Identify the dump at ``path``; raises UserError only if it cannot be read."""
    p = Path(path)
    try:
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise UserError(
            translate("Dumps", "Cannot read {path}: {error}.").format(
                path=p, error=exc.strerror or exc
            ),
            translate("Dumps", "Check the path and that you may read the file."),
        ) from exc
    try:
        st = os.fstat(fd)
        if not os.path.isfile(p):
            raise UserError(
                translate("Dumps", "{path} is not a regular file.").format(path=p),
                translate("Dumps", "Give the dump file itself."),
            )
        src = FileSource(fd, st.st_size)
        head = src.read_at(0, sniff.HEAD)
        sniffed = sniff.sniff(head, p.name)
        info = DumpInfo(
            path=str(p), format=sniffed.format, size=st.st_size, message=sniffed.message
        )
        try:
            _dispatch(info, p, fd, src, progress, cancel)
        except _DAMAGED as exc:
            seen = info.format
            info.format = sniff.TRUNCATED if exc.truncated else sniff.UNKNOWN
            info.message = translate("Dumps", "looks like {format} but {problem}").format(
                format=seen, problem=exc
            )
        except (struct.error, ValueError, OverflowError) as exc:
            seen, info.format = info.format, sniff.UNKNOWN
            info.message = translate(
                "Dumps", "looks like {format} but its header is damaged ({error})"
            ).format(format=seen, error=exc)
    except OSError as exc:
        raise UserError(
            translate("Dumps", "Reading {path} failed: {error}.").format(
                path=p, error=exc.strerror or exc
            ),
            translate(
                "Dumps",
                "The disk or network share may have a problem; copy the file locally and retry.",
            ),
        ) from exc
    finally:
        os.close(fd)
    if info.kernel_release:
        info.distro = distro.lookup(info.kernel_release, info.kernel_version, info.machine)
        if store is not None:
            entry = SymbolStore(store).find(
                info.build_id, None if info.build_id else info.kernel_release
            )
            info.local_vmlinux = entry.path if entry else None
    return info


def _dispatch(
    info: DumpInfo, p: Path, fd: int, src: Source, progress: Progress, cancel: CancelToken
) -> None:
    f = info.format
    if f == sniff.ELF:
        _elf(info, src, fd, progress, cancel)
    elif f in (sniff.KDUMP, sniff.DISKDUMP):
        _kdump(info, src)
    elif f == sniff.KDUMP_FLATTENED:
        _flattened(info, src)
    elif f in (sniff.VMSS, sniff.VMSN):
        _vmss(info, p, fd, src, progress, cancel)
    elif f == sniff.VMEM:
        _vmem(info, p, fd, src, progress, cancel)
    elif f == sniff.RAW:
        res = scan.scan(
            fd, src, to_file=identity_mapper(src.size), progress=progress, cancel=cancel
        )
        _apply_scan(info, res)
        if not info.kernel_release:
            info.format = sniff.UNKNOWN
            info.message = translate(
                "Dumps",
                "not a known dump format, and none of VMCOREINFO, a Linux banner, "
                "init_uts_ns or BOOT_IMAGE= was found in its {size} bytes",
            ).format(size=src.size)


def apply_vmcoreinfo(info: DumpInfo, vi: vmci.VmcoreInfo, origin: str, source: str) -> None:
    """Copy VMCOREINFO facts into ``info``; the release's source becomes ``source``.

    ``origin`` is the (translated) place the block was read from, shown to the user.
    """
    if vi.osrelease and info.kernel_release is None:
        info.source = source
    info.set("kernel_release", vi.osrelease, f"{origin} OSRELEASE")
    info.set("build_id", vi.build_id, f"{origin} BUILD-ID")
    info.set("kernel_offset", vi.kernel_offset, f"{origin} KERNELOFFSET")
    info.set("phys_base", vi.phys_base, f"{origin} NUMBER(phys_base)")
    info.set("pagesize", vi.pagesize, f"{origin} PAGESIZE")
    info.set("crashtime", vi.crashtime, f"{origin} CRASHTIME")


def _elf(
    info: DumpInfo, src: Source, fd: int | None, progress: Progress, cancel: CancelToken
) -> None:
    e = elf.parse(src)
    info.machine = e.machine
    found = None
    for note in elf.notes(src, e):
        if note.name == vmci.NOTE_NAME:
            found = vmci.parse(note.desc)
            apply_vmcoreinfo(info, found, translate("Dumps", "VMCOREINFO note"), "vmcoreinfo")
            break
    mapper = extents_mapper(e.loads())
    if found is not None and found.osrelease:
        # The note has no uname -v; the live init_uts_ns in the dumped RAM does.
        version = scan.verify_utsname(src, mapper, found)
        info.set(
            "kernel_version", version, translate("Dumps", "init_uts_ns in memory (via VMCOREINFO)")
        )
        if version is None:
            info.warnings.append(
                translate(
                    "Dumps",
                    "init_uts_ns could not be read at the address VMCOREINFO "
                    "gives (filtered dump or non-x86_64 kernel)",
                )
            )
        return
    info.warnings.append(
        translate(
            "Dumps",
            "no VMCOREINFO note (QEMU without the vmcoreinfo device, or an old "
            "kernel): the release comes from a memory scan",
        )
    )
    if fd is not None:
        _apply_scan(info, scan.scan(fd, src, to_file=mapper, progress=progress, cancel=cancel))


def _kdump(info: DumpInfo, src: Source) -> None:
    h = kdump.parse_header(src)
    info.machine = h.machine or None
    raw = kdump.read_vmcoreinfo(src, h)
    if raw:
        apply_vmcoreinfo(
            info,
            vmci.parse(raw),
            translate("Dumps", "VMCOREINFO (kdump sub-header)"),
            "vmcoreinfo",
        )
    elif h.signature.startswith("KDUMP") and h.header_version >= 3:
        info.warnings.append(translate("Dumps", "the kdump sub-header points at no VMCOREINFO"))
    if h.release and info.kernel_release and h.release != info.kernel_release:
        info.warnings.append(
            translate(
                "Dumps",
                "the header says {header} but VMCOREINFO says {vmcoreinfo}; VMCOREINFO wins",
            ).format(header=h.release, vmcoreinfo=info.kernel_release)
        )
    if h.release and scan.valid_release(h.release) and info.kernel_release is None:
        info.source = "kdump-header"
        info.set("kernel_release", h.release, translate("Dumps", "kdump header utsname.release"))
    info.set("kernel_version", h.version, translate("Dumps", "kdump header utsname.version"))
    info.set("phys_base", h.phys_base, translate("Dumps", "kdump sub-header phys_base"))
    info.set(
        "pagesize",
        h.block_size if h.signature.startswith("KDUMP") else None,
        translate("Dumps", "kdump header block_size"),
    )
    if "incomplete" in h.status:
        info.warnings.append(
            translate("Dumps", "the dump is marked INCOMPLETE (the capture ran out of space?)")
        )
    for codec in ("lzo", "snappy", "zstd"):
        if codec in h.status:
            info.warnings.append(
                translate(
                    "Dumps",
                    "pages are {codec}-compressed: crash must be built with "
                    "`make {codec}` to read them",
                ).format(codec=codec)
            )
    if not info.kernel_release:
        info.message = translate(
            "Dumps", "the header carries no release and there is no VMCOREINFO"
        )


def _flattened(info: DumpInfo, src: Source) -> None:
    flattened.check_header(src)
    flat = flattened.FlatImage(src)
    inner = sniff.sniff(flat.read_at(0, sniff.HEAD))
    if inner.format == sniff.KDUMP:
        _kdump(info, flat)
    elif inner.format == sniff.ELF:
        info.format = sniff.ELF_FLATTENED
        _elf(info, flat, None, no_progress, NEVER)
    else:
        raise flattened.FlatError(
            translate("Dumps", "its first record is neither a kdump header nor an ELF core"),
            truncated=inner.format == sniff.TRUNCATED,
        )
    info.warnings.append(
        translate(
            "Dumps",
            "flattened (makedumpfile -F): crash reads it directly; drgn and "
            "libkdumpfile need `makedumpfile -R new.vmcore < file` first",
        )
    )
    if flat.warning:
        info.warnings.append(flat.warning)


def _vmss(
    info: DumpInfo, p: Path, fd: int, src: Source, progress: Progress, cancel: CancelToken
) -> None:
    v = vmware.parse(src)
    info.warnings += v.warnings
    hint = vmware.vmx_kernel_hint(p.parent, p.name.rsplit(".", 1)[0])
    if v.memory_in_file:
        if v.memory_compressed:
            info.warnings.append(
                translate(
                    "Dumps",
                    "the memory block is compressed: crash stops with 'Cannot "
                    "handle compressed memory dump yet!'",
                )
            )
        else:
            mapper = extents_mapper(v.extents(v.mem_size))
            _apply_scan(
                info,
                scan.scan(
                    fd,
                    src,
                    start=v.mem_offset,
                    end=v.mem_offset + v.mem_size,
                    to_file=mapper,
                    progress=progress,
                    cancel=cancel,
                ),
            )
    elif v.magic != vmware.OLD_32BIT:
        vmem = vmware.companion_vmem(p)
        if vmem is None or not vmem.is_file():
            info.message = translate(
                "Dumps",
                "the memory is not in this file; crash reads it from "
                "{vmem} in the same folder, and "
                "that file is missing (keep the snapshot's files' names)",
            ).format(vmem=vmem.name if vmem else "<name>.vmem")
        else:
            info.vmem = str(vmem)
            _scan_other(info, vmem, v.extents, progress, cancel)
    _apply_hint(info, hint)


def _vmem(
    info: DumpInfo, p: Path, fd: int, src: Source, progress: Progress, cancel: CancelToken
) -> None:
    mapper: PhysToFile = identity_mapper(src.size)
    checkpoint = vmware.checkpoint_for_vmem(p)
    if checkpoint is not None:
        with open(checkpoint, "rb") as fh:
            v = vmware.parse(FileSource(fh.fileno(), os.fstat(fh.fileno()).st_size))
        mapper = extents_mapper(v.extents(src.size))
    info.vmem = str(p)
    _apply_scan(info, scan.scan(fd, src, to_file=mapper, progress=progress, cancel=cancel))
    _apply_hint(info, vmware.vmx_kernel_hint(p.parent, p.name[: -len(".vmem")]))


def _scan_other(
    info: DumpInfo,
    path: Path,
    extents: Callable[[int], list[Extent]],
    progress: Progress,
    cancel: CancelToken,
) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        src = FileSource(fd, os.fstat(fd).st_size)
        _apply_scan(
            info,
            scan.scan(
                fd, src, to_file=extents_mapper(extents(src.size)), progress=progress, cancel=cancel
            ),
        )
    finally:
        os.close(fd)


def _apply_hint(info: DumpInfo, hint: tuple[str, Path] | None) -> None:
    if hint is None:
        return
    release, vmx = hint
    if info.kernel_release and info.kernel_release != release:
        info.warnings.append(
            translate(
                "Dumps",
                "{vmx} says kernelVersion {release} (VMware Tools' last "
                "report, possibly stale); memory says {memory}",
            ).format(vmx=vmx.name, release=release, memory=info.kernel_release)
        )
    elif info.kernel_release is None:
        info.source = "vmx-hint"
        info.set("kernel_release", release, f"{vmx.name} guestInfo kernelVersion")
        info.warnings.append(
            translate("Dumps", "the release comes only from the .vmx hint, which may be stale")
        )


def _apply_scan(info: DumpInfo, res: scan.ScanResult) -> None:
    info.scan = {
        "bytes": res.scanned,
        "total": res.total,
        "seconds": round(res.seconds, 3),
        "stopped_early": res.stopped_early,
        "passes": res.passes,
    }
    best = res.best
    if best is None:
        return
    info.candidates = [c.summary() for c in res.candidates]
    info.source = best.source
    where = translate("Dumps", "verified against init_uts_ns") if best.verified else best.source
    info.set(
        "kernel_release",
        best.release,
        translate("Dumps", "memory scan ({where})").format(where=where),
    )
    if best.info is not None:
        apply_vmcoreinfo(info, best.info, translate("Dumps", "VMCOREINFO in memory"), best.source)
    info.set("kernel_version", best.version, translate("Dumps", "memory scan"))
    if len(res.candidates) > 1 and not best.verified:
        others = ", ".join(c.release for c in res.candidates[1:4])
        info.warnings.append(
            translate(
                "Dumps",
                "strings of other kernels were found too ({others}); the "
                "release chosen has the strongest evidence",
            ).format(others=others)
        )
