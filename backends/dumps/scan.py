"""Find the running kernel's release in raw memory (.vmem, raw images, bare ELF).

One streaming pass over an ``mmap`` with literal ``find`` calls (CPython's
fast search, ~2-4 GB/s per literal from the page cache); a regex runs only on a
small window around each hit. Anchors, strongest first:

* VMCOREINFO text in RAM, found by its ``SYMBOL(init_uts_ns)=`` line and read
  from the ``OSRELEASE=`` before it (never the ``OSRELEASE=%s`` format string
  in .rodata; it needs ``PAGESIZE=``/``SYMBOL(`` in the block). It is *verified*
  when ``SYMBOL(init_uts_ns)`` + ``phys_base`` point at a ``new_utsname``
  holding the same release: that is the live kernel, and the scan stops.
* ``Linux version `` -- the ``linux_banner`` in .rodata (NUL before, ``\\n\\0``
  after) or a copy in log text (kernel log, old log files in the page cache).
* ``init_uts_ns`` -- ``"Linux\\0"`` then the release at +130; searched for by
  the candidate releases in a second pass, only when the first left doubt.
* ``BOOT_IMAGE=...vmlinu[xz]-<release>`` -- the command line, searched (second
  pass) only when nothing above was found.

Stale banners and command lines of other kernels sit in the page cache and in
RAM freed by an earlier boot, so candidates are scored per release and the
kinds of evidence are capped: many log copies never outweigh one utsname.
"""

from __future__ import annotations

import mmap
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from backends.cancel import NEVER, CancelToken, Progress, no_progress
from backends.dumps import vmcoreinfo as vmci
from backends.dumps.source import PhysToFile, Source, read_phys
from backends.i18n import translate

SEGMENT = 16 << 20
OVERLAP = 4096  # longer than any window we parse past a hit's start
START_KERNEL_MAP = 0xFFFFFFFF80000000
OSRELEASE, BANNER, BOOT_IMAGE = b"OSRELEASE=", b"Linux version ", b"BOOT_IMAGE="
UTS_SYMBOL = b"SYMBOL(init_uts_ns)="
#: weight, and how many hits of a kind count, per release.
WEIGHTS = {
    "vmcoreinfo": (40, 1),
    "utsname": (30, 1),
    "banner": (20, 2),
    "cmdline": (5, 2),
    "log": (2, 3),
}
VERIFIED_BONUS = 1000
SOURCES = {
    "vmcoreinfo": "vmcoreinfo-scan",
    "utsname": "utsname-scan",
    "banner": "banner-scan",
    "log": "banner-scan",
    "cmdline": "cmdline-scan",
}

_BANNER_RE = re.compile(
    rb"Linux version ([0-9][0-9A-Za-z._+~-]{0,63}) \(([^\x00\n]{1,400}?)\) (#[^\x00\n]{1,300})"
)
_CMDLINE_RE = re.compile(rb"BOOT_IMAGE=[^\s\x00]{0,200}?vmlinu[xz]-([0-9][0-9A-Za-z._+~-]{0,63})")
_RELEASE_RE = re.compile(rb"[0-9][0-9A-Za-z._+~-]{0,63}")


@dataclass
class Hit:
    kind: str  #: vmcoreinfo, utsname, banner, log, cmdline
    release: str
    offset: int  #: file offset of the hit
    version: str | None = None
    info: vmci.VmcoreInfo | None = None
    verified: bool = False


@dataclass
class Candidate:
    release: str
    score: int
    counts: dict[str, int]
    source: str
    version: str | None
    info: vmci.VmcoreInfo | None
    verified: bool

    def summary(self) -> str:
        kinds = ", ".join(f"{k} x{n}" for k, n in self.counts.items())
        return translate("Dumps", "{release} (score {score}: {kinds})").format(
            release=self.release, score=self.score, kinds=kinds
        )


@dataclass
class ScanResult:
    candidates: list[Candidate] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    scanned: int = 0
    total: int = 0
    seconds: float = 0.0
    stopped_early: bool = False
    passes: int = 0

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None


def verify_utsname(src: Source, to_file: PhysToFile, info: vmci.VmcoreInfo) -> str | None:
    """The live ``utsname.version`` if VMCOREINFO's ``init_uts_ns`` holds its release.

    x86_64 only: a kernel-text address maps to ``vaddr - __START_KERNEL_map +
    phys_base``. The name is at ``OFFSET(uts_namespace.name)`` when given, else
    at 0 (Linux >= 5.11) or 4 (after a ``struct kref``).
    """
    sym, base = info.symbol("init_uts_ns"), info.phys_base
    if sym is None or base is None or sym < START_KERNEL_MAP or info.osrelease is None:
        return None
    phys = (sym - START_KERNEL_MAP + base) & ((1 << 64) - 1)
    offsets = [info.offset("uts_namespace.name"), 0, 4]
    for off in dict.fromkeys(o for o in offsets if o is not None and 0 <= o < 4096):
        data = read_phys(src, to_file, phys + off, 6 * 65)
        if data[:6] == b"Linux\0" and _cstr(data[130:195]) == info.osrelease:
            return _cstr(data[195:260]) or ""
    return None


def _cstr(raw: bytes) -> str:
    return raw.split(b"\0", 1)[0].decode("latin-1")


class _Scanner:
    def __init__(self, mm: mmap.mmap, src: Source, to_file: PhysToFile | None) -> None:
        self.mm, self.src, self.to_file = mm, src, to_file
        self.hits: list[Hit] = []
        self.seen: set[int] = set()

    def window(self, a: int, b: int) -> bytes:
        return self.mm[max(0, a) : min(len(self.mm), b)]

    def on_vmcoreinfo(self, i: int) -> bool:
        """A ``SYMBOL(init_uts_ns)=`` line; the block starts at ``OSRELEASE=`` before it.

        This literal is longer (a faster search) than ``OSRELEASE=`` and never in
        .rodata, where the kernel keeps only ``OSRELEASE=%s`` and ``SYMBOL(%s)=%lx``.
        """
        start = self.mm.rfind(OSRELEASE, max(0, i - 2048), i)
        if start < 0 or start in self.seen:
            return False
        self.seen.add(start)
        w = self.window(start, start + 4096)
        if w[10:11] in (b"%", b"", b"\0", b"\n"):
            return False
        info = vmci.parse(w)
        if info.osrelease is None or not info.complete:
            return False
        hit = Hit("vmcoreinfo", info.osrelease, start, info=info)
        if self.to_file is not None:
            version = verify_utsname(self.src, self.to_file, info)
            if version is not None:
                hit.verified, hit.version = True, version or None
        self.hits.append(hit)
        return hit.verified

    def on_banner(self, i: int) -> bool:
        w = self.window(i, i + 800)
        m = _BANNER_RE.match(w)
        if m is None:
            return False
        end = m.end()
        rodata = (i == 0 or self.mm[i - 1] == 0) and w[end : end + 2] == b"\n\0"
        kind = "banner" if rodata else "log"
        self.hits.append(
            Hit(kind, m.group(1).decode("latin-1"), i, version=m.group(3).decode("latin-1").strip())
        )
        return False

    def on_cmdline(self, i: int) -> bool:
        m = _CMDLINE_RE.match(self.window(i, i + 300))
        if m is not None:
            self.hits.append(Hit("cmdline", m.group(1).decode("latin-1"), i))
        return False

    def release_handler(self, release: str) -> Handler:
        rel = release.encode("latin-1")
        return lambda i: self.on_release(i, rel)

    def on_release(self, i: int, release: bytes) -> bool:
        """A bare release string: keep it only where it sits in a new_utsname."""
        if (
            self.window(i - 130, i - 124) == b"Linux\0"
            and self.window(i + len(release), i + len(release) + 1) == b"\0"
        ):
            version = _cstr(self.window(i + 65, i + 130))
            self.hits.append(Hit("utsname", release.decode("latin-1"), i, version=version or None))
        return False


Handler = Callable[[int], bool]


def _pass(
    mm: mmap.mmap,
    handlers: dict[bytes, Handler],
    start: int,
    end: int,
    report: Callable[[int], None],
    cancel: CancelToken,
) -> tuple[bool, int]:
    """One literal-find pass over ``[start, end)``; (stopped early, bytes done)."""
    for seg in range(start, end, SEGMENT):
        cancel.check()
        stop = min(end, seg + SEGMENT)
        ext = min(end, stop + OVERLAP)
        for lit, handle in handlers.items():
            i = mm.find(lit, seg, ext)
            while 0 <= i < stop:
                if handle(i):
                    return True, stop - start
                i = mm.find(lit, i + 1, ext)
        report(stop - start)
    return False, end - start


def scan(
    fd: int,
    src: Source,
    *,
    start: int = 0,
    end: int | None = None,
    to_file: PhysToFile | None = None,
    progress: Progress = no_progress,
    cancel: CancelToken = NEVER,
    early_stop: bool = True,
) -> ScanResult:
    """Scan file bytes ``[start, end)`` of ``fd`` for the kernel's identity.

    ``to_file`` maps physical addresses to file offsets (to verify a VMCOREINFO
    hit against ``init_uts_ns``); None disables verification.
    """
    t0 = time.perf_counter()
    end = src.size if end is None else min(end, src.size)
    result = ScanResult(total=max(0, end - start))
    if result.total <= 0:
        return result
    with mmap.mmap(fd, 0, access=mmap.ACCESS_READ) as mm:
        if hasattr(mm, "madvise") and hasattr(mmap, "MADV_SEQUENTIAL"):
            mm.madvise(mmap.MADV_SEQUENTIAL)
        sc = _Scanner(mm, src, to_file)
        total = result.total

        def report(passno: int) -> Callable[[int], None]:
            text = (
                translate("Dumps", "scanning memory: {done} of {total} MiB")
                if passno == 1
                else translate("Dumps", "checking candidates: {done} of {total} MiB")
            )
            return lambda done: progress(
                done, total, text.format(done=done >> 20, total=total >> 20)
            )

        first: dict[bytes, Handler] = {
            UTS_SYMBOL: lambda i: sc.on_vmcoreinfo(i) and early_stop,
            BANNER: sc.on_banner,
        }
        stopped, done = _pass(mm, first, start, end, report(1), cancel)
        result.passes, result.scanned = 1, done
        result.stopped_early = stopped
        cands = rank(sc.hits)
        if not stopped and _doubtful(cands):
            # With candidates, look for their init_uts_ns copies; with none, for a
            # command line. Each literal costs a pass's worth of time.
            handlers: dict[bytes, Handler] = {} if cands else {BOOT_IMAGE: sc.on_cmdline}
            for c in cands[:2]:
                handlers[c.release.encode("latin-1")] = sc.release_handler(c.release)
            _pass(mm, handlers, start, end, report(2), cancel)
            result.passes = 2
            cands = rank(sc.hits)
    result.hits, result.candidates = sc.hits, cands
    result.seconds = time.perf_counter() - t0
    return result


def _doubtful(cands: list[Candidate]) -> bool:
    """A second pass is needed unless the best release has the only .rodata banner.

    Log-text copies of other kernels (old log files in the page cache) do not make
    a doubt; a second .rodata banner (a previous kernel's image in freed RAM) does.
    """
    if not cands:
        return True
    if cands[0].verified:
        return False
    others_banner = any("banner" in c.counts for c in cands[1:])
    return "banner" not in cands[0].counts or others_banner


def rank(hits: list[Hit]) -> list[Candidate]:
    """Group hits by release and order them by score (best first)."""
    by_release: dict[str, list[Hit]] = {}
    for h in hits:
        by_release.setdefault(h.release, []).append(h)
    out = []
    for release, hs in by_release.items():
        counts: dict[str, int] = {}
        for h in hs:
            counts[h.kind] = counts.get(h.kind, 0) + 1
        score = sum(WEIGHTS[k][0] * min(n, WEIGHTS[k][1]) for k, n in counts.items())
        verified = any(h.verified for h in hs)
        score += VERIFIED_BONUS if verified else 0
        strongest = next(k for k in WEIGHTS if k in counts)
        info = next((h.info for h in hs if h.verified), None) or next(
            (h.info for h in hs if h.info), None
        )
        version = _best_version(hs)
        out.append(Candidate(release, score, counts, SOURCES[strongest], version, info, verified))
    out.sort(key=lambda c: (-c.score, c.release))
    return out


def _best_version(hits: list[Hit]) -> str | None:
    # The banner's tail carries Ubuntu's "(Ubuntu 5.15.0-43.46-generic 5.15.39)";
    # utsname.version lacks it, so banners go first.
    for kind in ("banner", "log", "vmcoreinfo", "utsname"):
        for h in hits:
            if h.kind == kind and h.version:
                return h.version
    return None


def valid_release(text: str) -> bool:
    """True for a plausible ``uname -r`` string."""
    return _RELEASE_RE.fullmatch(text.encode("latin-1", "replace")) is not None
