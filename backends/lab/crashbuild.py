"""The lab's ``crash``: 8.0.6 from Debian trixie's source package, with our one fix.

Debian 12's crash 8.0.2 misreads the lab's 6.1 kernel (``TASKS: 1``, an empty
``ps``); 8.0.6 reads it. Nothing is installed on the host: a private apt
configuration adds a trixie ``deb-src`` line on the mirror this machine already
uses, apt fetches the upstream tarball (it bundles gdb, so ``make`` needs no
network), and the binary built from it is cached under
``assets/crash/<version>-hd<revision>``.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from backends.cancel import Progress, no_progress
from backends.errors import LabError
from backends.i18n import translate
from backends.lab import paths
from backends.lab.process import run

VERSION = "8.0.6"
SUITE = "trixie"
#: Revision of our fix set; bump it whenever resources/lab/crash/ changes.
FIX_REVISION = 1
FIXES = (paths.RESOURCES / "crash" / "zero-size-exception-stack.patch",)
#: Debian packages the build needs (installed by installer/debian/bootstrap.sh).
BUILD_DEPS = (
    "g++", "make", "bison", "flex", "texinfo", "gawk", "patch",
    "libncurses-dev", "zlib1g-dev", "liblzo2-dev", "libsnappy-dev", "libzstd-dev",
)  # fmt: skip
STAMP = "ready.json"
STEPS = 6  #: progress steps of a cold build
#: Lines ``make`` prints in a cold build (measured), to turn its output into progress.
MAKE_LINES = 5400
DEFAULT_KEYRING = Path("/usr/share/keyrings/debian-archive-keyring.gpg")
APT_ETC = Path("/etc/apt")


@dataclass(frozen=True)
class SourceTarball:
    """The upstream tarball of a Debian source package, as its Sources index lists it."""

    version: str  #: the Debian version, e.g. ``8.0.6-1``
    name: str  #: e.g. ``crash_8.0.6.orig.tar.gz``
    size: int
    sha256: str


def ensure(progress: Progress = no_progress) -> Path:
    """The crash binary for the lab, built once (~10 min on 2 cores) and cached.

    A warm call reads a stamp and returns at once.
    """
    folder = paths.assets_dir("crash", f"{VERSION}-hd{FIX_REVISION}")
    binary = _cached(folder)
    if binary is not None:
        return binary
    folder.parent.mkdir(parents=True, exist_ok=True)
    with _locked(folder.parent / "build.lock"):
        binary = _cached(folder)  # another process may have built it meanwhile
        if binary is None:
            binary = _build(folder, progress)
    return binary


def _cached(folder: Path) -> Path | None:
    try:
        stamp = json.loads((folder / STAMP).read_text())
    except (OSError, ValueError):
        return None
    binary = folder / "crash"
    if not isinstance(stamp, dict) or stamp.get("fixes") != _fixes_digest():
        return None
    return binary if binary.is_file() and os.access(binary, os.X_OK) else None


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    with open(path, "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        yield


def _fixes_digest() -> str:
    h = hashlib.sha256()
    for fix in FIXES:
        h.update(fix.name.encode() + b"\0" + fix.read_bytes())
    return h.hexdigest()


def check_build_deps() -> None:
    """Raise a :class:`LabError` naming the build packages that are not installed."""
    proc = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Package} ${db:Status-Status}\n", *BUILD_DEPS],
        capture_output=True,
        check=False,
    )
    installed = {
        line.split()[0]
        for line in proc.stdout.decode(errors="replace").splitlines()
        if line.endswith(" installed")
    }
    missing = [p for p in BUILD_DEPS if p not in installed]
    if missing:
        raise LabError(
            translate(
                "Lab", "Building crash {version} needs these Debian packages: {packages}."
            ).format(version=VERSION, packages=" ".join(missing)),
            translate(
                "Lab",
                "Install them (apt-get install {packages}), or run the set-up command "
                "from the README (installer/debian/bootstrap.sh).",
            ).format(packages=" ".join(missing)),
        )


def _build(folder: Path, progress: Progress) -> Path:
    started = time.monotonic()
    progress(
        0,
        STEPS,
        translate("Lab", "crash {version}: checking build packages").format(version=VERSION),
    )
    check_build_deps()
    mirror = system_mirror()
    work = paths.assets_dir("crash", "build.tmp")
    shutil.rmtree(work, ignore_errors=True)  # a leftover of an interrupted build
    work.mkdir(parents=True)
    try:
        tarball = _fetch_source(mirror, progress)
        progress(
            3,
            STEPS,
            translate("Lab", "crash {version}: unpacking and applying our fix").format(
                version=VERSION
            ),
        )
        src = _unpack(tarball, work)
        for fix in FIXES:
            run(
                ["patch", "-p1", "--forward", "--batch", "--fuzz=0", "-d", src, "-i", fix],
                what=translate("Lab", "Applying {fix} to crash {version}").format(
                    fix=fix.name, version=VERSION
                ),
                hint=translate(
                    "Lab", "The fix no longer matches crash {version}'s source: update it."
                ).format(version=VERSION),
            )
        log = paths.assets_dir("crash", "build.log")
        _make(src, log, lambda text: progress(4, STEPS, text))
        progress(
            5,
            STEPS,
            translate("Lab", "crash {version}: caching the binary").format(version=VERSION),
        )
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        tmp = folder / "crash.tmp"
        shutil.copy2(src / "crash", tmp)
        tmp.replace(folder / "crash")
        (folder / STAMP).write_text(
            json.dumps(
                {
                    "version": VERSION,
                    "fix_revision": FIX_REVISION,
                    "fixes": _fixes_digest(),
                    "source": tarball.name,
                    "source_sha256": _sha256(tarball),
                    "build_seconds": round(time.monotonic() - started),
                },
                indent=2,
            )
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)  # ~650 MB of objects
    progress(STEPS, STEPS, translate("Lab", "crash {version} ready").format(version=VERSION))
    return folder / "crash"


def _fetch_source(mirror: MirrorSource, progress: Progress) -> Path:
    """The verified upstream tarball, downloaded once into the lab cache."""
    cache = paths.assets_dir("crash", "src")
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="hd-crash-apt-") as tmp:
        apt_dir = Path(tmp)
        # apt downloads as user _apt where it can: let it into the folder.
        os.chmod(apt_dir, 0o755)  # noqa: S103 -- a private temp dir holding public files
        conf = _private_apt(apt_dir, mirror)
        progress(
            1,
            STEPS,
            translate("Lab", "crash {version}: reading Debian {suite}'s source index").format(
                version=VERSION, suite=SUITE
            ),
        )
        run(
            ["apt-get", "-c", conf, "-q", "update"],
            what=translate("Lab", "Reading Debian {suite}'s source index from {uri}").format(
                suite=SUITE, uri=mirror.uri
            ),
            hint=translate(
                "Lab",
                "Check the network path to that mirror, and that {keyring} holds "
                "Debian {suite}'s keys (upgrade debian-archive-keyring).",
            ).format(keyring=mirror.signed_by, suite=SUITE),
        )
        want = source_tarball(conf)
        kept = cache / want.name
        if kept.is_file() and _sha256(kept) == want.sha256:
            return kept
        progress(
            2,
            STEPS,
            translate("Lab", "crash {version}: downloading {name} ({size} MB)").format(
                version=VERSION, name=want.name, size=want.size >> 20
            ),
        )
        download = apt_dir / "download"
        download.mkdir(mode=0o755)
        # Debian's own packaging tarball is sometimes missing from mirrors (404) while
        # the upstream one is there; we need only the upstream one, and check it ourselves.
        proc = subprocess.run(
            ["apt-get", "-c", str(conf), "-q", "source", "--download-only",
             f"crash={want.version}"],
            cwd=download,
            capture_output=True,
            check=False,
        )  # fmt: skip
        got = download / want.name
        if not got.is_file():
            tail = proc.stderr.decode(errors="replace").strip().splitlines()[-3:]
            raise LabError(
                translate("Lab", "apt could not download {name}: {error}").format(
                    name=want.name, error=" | ".join(tail)
                ),
                translate(
                    "Lab", "Check the network path to the Debian mirror in /etc/apt/sources*."
                ),
            )
        if got.stat().st_size != want.size or _sha256(got) != want.sha256:
            raise LabError(
                translate(
                    "Lab",
                    "{name} does not match the SHA-256 in Debian's signed source index; "
                    "refusing to build it.",
                ).format(name=want.name),
                translate("Lab", "Retry later; if it persists, the mirror serves a damaged file."),
            )
        shutil.move(got, kept)
    return kept


@dataclass(frozen=True)
class MirrorSource:
    """The Debian archive this machine's apt already uses, and the keyring it trusts."""

    uri: str
    signed_by: Path


def system_mirror(etc: Path = APT_ETC) -> MirrorSource:
    """The Debian mirror of this machine's own release, read from its apt sources.

    The host name is never written into the project: mirrors differ between
    sites (a company proxy, a national mirror) and only the local sources know it.
    """
    suite = _codename()
    entries: list[tuple[str, str]] = []
    for path in sorted((etc / "sources.list.d").glob("*.sources")):
        entries += deb822_entries(_read(path), suite)
    for path in [etc / "sources.list", *sorted((etc / "sources.list.d").glob("*.list"))]:
        entries += one_line_entries(_read(path), suite)
    for uri, signed_by in entries:
        if uri.startswith(("http://", "https://")):
            keyring = Path(signed_by) if signed_by.startswith("/") else DEFAULT_KEYRING
            if not keyring.is_file():
                raise LabError(
                    translate("Lab", "The Debian archive keyring {keyring} is missing.").format(
                        keyring=keyring
                    ),
                    translate("Lab", "Install the debian-archive-keyring package."),
                )
            return MirrorSource(uri.rstrip("/"), keyring)
    raise LabError(
        translate(
            "Lab", "No http(s) Debian mirror for {suite} found in {etc}/sources.list(.d)."
        ).format(suite=suite, etc=etc),
        translate(
            "Lab",
            "Add the Debian {suite} archive to apt's sources; the lab builds crash "
            "from Debian {source_suite}'s source package on the same mirror.",
        ).format(suite=suite, source_suite=SUITE),
    )


def deb822_entries(text: str, suite: str) -> list[tuple[str, str]]:
    """``(uri, signed_by)`` of each enabled entry of a ``.sources`` file for ``suite``."""
    found: list[tuple[str, str]] = []
    for para in re.split(r"\n\s*\n", text):
        fields: dict[str, str] = {}
        key = ""
        for line in para.splitlines():
            if line.startswith("#") or not line.strip():
                continue
            if line[0] in " \t" and key:  # a continuation line (e.g. an inline key)
                fields[key] += "\n" + line.strip()
                continue
            key, _, value = line.partition(":")
            key = key.strip().lower()
            fields[key] = value.strip()
        if fields.get("enabled", "yes").lower() == "no":
            continue
        if not {"deb", "deb-src"} & set(fields.get("types", "").split()):
            continue
        if suite not in fields.get("suites", "").split():
            continue
        signed_by = fields.get("signed-by", "")
        found += [(uri, signed_by) for uri in fields.get("uris", "").split()]
    return found


def one_line_entries(text: str, suite: str) -> list[tuple[str, str]]:
    """``(uri, signed_by)`` of each ``deb``/``deb-src`` line of ``sources.list`` for ``suite``."""
    found: list[tuple[str, str]] = []
    pattern = r"^\s*deb(?:-src)?\s+(?:\[([^\]]*)\]\s+)?(\S+)\s+(\S+)"
    for m in re.finditer(pattern, text, re.M):
        options, uri, line_suite = m.groups()
        if line_suite != suite:
            continue
        opts = dict(o.partition("=")[::2] for o in (options or "").split())
        found.append((uri, opts.get("signed-by", "")))
    return found


def _codename() -> str:
    """This machine's release codename (``bookworm`` on Debian 12)."""
    text = _read(Path("/etc/os-release"))
    m = re.search(r"^VERSION_CODENAME=\"?([a-z]+)", text, re.M)
    return m.group(1) if m else "bookworm"


def _read(path: Path) -> str:
    try:
        return path.read_text(errors="replace")
    except OSError:
        return ""


def _private_apt(folder: Path, mirror: MirrorSource) -> Path:
    """An apt configuration that sees only the ``deb-src`` line of ``SUITE``."""
    for sub in ("lists/partial", "cache/archives/partial", "sources.list.d"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    (folder / "sources.list").write_text(
        f"deb-src [signed-by={mirror.signed_by}] {mirror.uri} {SUITE} main\n"
    )
    conf = folder / "apt.conf"
    conf.write_text(
        f'Dir::Etc::SourceList "{folder}/sources.list";\n'
        f'Dir::Etc::SourceParts "{folder}/sources.list.d";\n'
        f'Dir::State::Lists "{folder}/lists";\n'
        f'Dir::Cache "{folder}/cache";\n'
        'Acquire::Languages "none";\n'
    )
    return conf


def source_tarball(conf: Path) -> SourceTarball:
    """The ``.orig`` tarball of crash ``VERSION`` in the private index of ``conf``."""
    out = run(
        ["apt-cache", "-c", conf, "showsrc", "--only-source", "crash"],
        what=translate("Lab", "Looking up crash in Debian {suite}'s source index").format(
            suite=SUITE
        ),
    ).stdout.decode(errors="replace")
    for record in out.split("\n\n"):
        found = parse_orig(record)
        if found is not None and _upstream(found.version) == VERSION:
            return found
    versions = re.findall(r"^Version: (\S+)", out, re.M)
    raise LabError(
        translate(
            "Lab", "Debian {suite} no longer offers crash {version} (it has: {versions})."
        ).format(suite=SUITE, version=VERSION, versions=", ".join(versions)),
        translate(
            "Lab",
            "Update VERSION in backends/lab/crashbuild.py and check that our fix still applies.",
        ),
    )


def parse_orig(record: str) -> SourceTarball | None:
    """The ``.orig`` tarball named in one ``apt-cache showsrc`` record, if any."""
    version = re.search(r"^Version: (\S+)$", record, re.M)
    block = re.search(r"^Checksums-Sha256:\n((?: .*\n?)+)", record, re.M)
    if not (version and block):
        return None
    for line in block.group(1).splitlines():
        parts = line.split()
        if len(parts) == 3 and ".orig.tar." in parts[2]:
            return SourceTarball(version.group(1), parts[2], int(parts[1]), parts[0])
    return None


def _upstream(debian_version: str) -> str:
    return debian_version.split(":", 1)[-1].rsplit("-", 1)[0]


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _unpack(tarball: Path, work: Path) -> Path:
    run(
        ["tar", "-xzf", tarball, "-C", work, "--no-same-owner"],
        what=translate("Lab", "Unpacking {name}").format(name=tarball.name),
    )
    src = work / f"crash-{VERSION}"
    # crash's Makefile downloads gdb from the internet when its tarball is absent;
    # the lab has no such network path, so insist on the bundled copy.
    if not (src / "Makefile").is_file() or not list(src.glob("gdb-*.tar.gz")):
        raise LabError(
            translate(
                "Lab", "{name} does not hold crash's sources with the bundled gdb tarball."
            ).format(name=tarball.name),
            translate("Lab", "Debian's packaging changed: update backends/lab/crashbuild.py."),
        )
    return src


def _make(src: Path, log: Path, report: Callable[[str], None]) -> None:
    """``make lzo snappy zstd`` (compressed kdump formats) on every core, logged."""
    jobs = str(len(os.sched_getaffinity(0)))  # what `nproc` prints
    log.parent.mkdir(parents=True, exist_ok=True)
    lines = 0
    with (
        open(log, "wb") as out,
        subprocess.Popen(
            ["make", f"-j{jobs}", "lzo", "snappy", "zstd"],
            cwd=src,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        ) as proc,
    ):
        for line in proc.stdout or ():
            out.write(line)
            lines += 1
            if lines % 100 == 0:
                pct = min(99, lines * 100 // MAKE_LINES)
                report(
                    translate(
                        "Lab", "crash {version}: compiling with gdb, ~{percent}% (log: {log})"
                    ).format(version=VERSION, percent=pct, log=log)
                )
        rc = proc.wait()
    if rc != 0 or not (src / "crash").is_file():
        tail = log.read_text(errors="replace").strip().splitlines()[-5:]
        raise LabError(
            translate("Lab", "Building crash {version} failed (make exit {code}): {detail}").format(
                version=VERSION, code=rc, detail=" | ".join(tail)
            ),
            translate("Lab", "The whole log is in {log}.").format(log=log),
        )
