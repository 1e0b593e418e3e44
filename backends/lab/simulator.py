"""The lab's vCenter: govmomi's simulator behind HangDump's small Go main.

``build()`` compiles ``resources/lab/simulator`` against Debian's govmomi with
Debian's Go (GOPATH mode, no network) and caches the binary by a hash of our Go
sources, the govmomi package version and the Go version. The component
(``start``/``alive``/``stop``) runs it on 127.0.0.1 with its own certificate,
which clients pin, and a random password in a 0600 file.

Declared imitations (DESIGN.md, "The lab"): the simulator's ``SendNMI``, the
``.vmem`` it writes beside a memory snapshot, and the ESXi host's vm-support CGI
with the service tickets that authorise it. For the VM mapped to the practice
guest they act on the real guest through a hook script written here: a real
NMI through libvirt, and the guest's real RAM as the ``.vmem``.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import secrets
import shlex
import shutil
import ssl
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from backends.cancel import Progress, no_progress
from backends.errors import LabError
from backends.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from backends.lab import paths
from backends.lab.control import Context
from backends.lab.process import free_port, pid_alive, run, spawn, stop_pid, wait_for

SOURCE = paths.RESOURCES / "simulator"
GOVMOMI_PACKAGE = "golang-github-vmware-govmomi-dev"
GOCODE = Path("/usr/share/gocode")
IMPORT_PATH = "hangdump-vcsim"
BINARY = "hangdump-vcsim"
HINT_PACKAGES = QT_TRANSLATE_NOOP(
    "Lab",
    "Install golang-go and golang-github-vmware-govmomi-dev (the README's set-up command does).",
)

USER = "administrator@vsphere.local"
DATACENTER = "DC0"
#: The simulated VM that stands for the practice guest (map by name, not moref).
NMI_VM = "DC0_H0_VM0"
LIBVIRT_URI = "qemu:///system"
READY_TIMEOUT = 30.0  # measured ~50 ms; generous for a loaded 2-core machine


# -- build -----------------------------------------------------------------


def _sources() -> list[Path]:
    files = sorted(SOURCE.glob("*.go"))
    if not files:
        raise LabError(
            translate("Lab", "The simulator's Go source is missing from {path}.").format(
                path=SOURCE
            ),
            translate("Lab", "Restore resources/lab/simulator from the repository."),
        )
    return files


def _package_version() -> str:
    proc = subprocess.run(
        ["dpkg-query", "-W", "-f=${Version}", GOVMOMI_PACKAGE],
        capture_output=True,
        check=False,
    )
    version = proc.stdout.decode().strip()
    if proc.returncode != 0 or not version:
        raise LabError(
            translate("Lab", "The Debian package {package} is not installed.").format(
                package=GOVMOMI_PACKAGE
            ),
            translate_marked("Lab", HINT_PACKAGES),
        )
    return version


def _go_version() -> str:
    what = translate("Lab", "Asking Go for its version")
    hint = translate_marked("Lab", HINT_PACKAGES)
    return run(["go", "version"], what=what, hint=hint).stdout.decode().strip()


def build_key() -> str:
    """Hash of what the binary is made from: our Go files, govmomi, Go."""
    h = hashlib.sha256()
    for f in _sources():
        h.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    h.update(_package_version().encode() + b"\0" + _go_version().encode())
    return h.hexdigest()[:16]


def go_cache() -> Path:
    """Go's build cache, kept with the lab's other caches so rebuilds are fast."""
    return paths.lab_root() / "go-build-cache"


def build(progress: Progress = no_progress) -> Path:
    """The simulator binary, compiled once per source/govmomi/Go version (~20-50 s cold)."""
    folder = paths.assets_dir("simulator", build_key())
    binary = folder / BINARY
    if binary.is_file():
        return binary
    folder.parent.mkdir(parents=True, exist_ok=True)
    with open(folder.parent / "build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another process may be building the same thing
        if binary.is_file():
            return binary
        progress(
            0, 1, translate("Lab", "compiling the vCenter simulator (Go, about half a minute)")
        )
        with tempfile.TemporaryDirectory(dir=folder.parent, prefix="gopath-") as gopath:
            src = Path(gopath, "src", IMPORT_PATH)
            src.mkdir(parents=True)
            for f in _sources():
                shutil.copy2(f, src / f.name)
            env = dict(
                os.environ,
                GO111MODULE="off",
                GOPATH=f"{gopath}:{GOCODE}",
                GOCACHE=str(go_cache()),
                GOFLAGS="",
                CGO_ENABLED="0",
            )
            out = Path(gopath, BINARY)
            run(
                ["go", "build", "-trimpath", "-ldflags", "-s -w", "-o", out, "."],
                what=translate("Lab", "Building the vCenter simulator"),
                hint=translate_marked("Lab", HINT_PACKAGES),
                env=env,
                cwd=src,
                timeout=900,
            )
            folder.mkdir(parents=True, exist_ok=True)
            tmp = folder / (BINARY + ".tmp")
            shutil.move(str(out), tmp)
            tmp.replace(binary)
    progress(1, 1, translate("Lab", "vCenter simulator built"))
    return binary


# -- the running server ------------------------------------------------------


def _write_private(path: Path, text: str) -> None:
    """Write ``text`` to a file only its owner may read (0600 from the start)."""
    path.unlink(missing_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(text)


HOOK = """#!/bin/sh
# Written by HangDump's lab (backends/lab/simulator.py) at every start. The
# vCenter simulator runs it for the simulated VM that stands for the practice
# guest:
#   hook nmi            inject a real NMI into the guest
#   hook memory PATH    save the guest's RAM (raw, from physical address 0) to PATH,
#                       which for a guest under 3 GiB is exactly a .vmem image
set -eu
URI={uri}
DOMAIN={domain}
virsh() {{ command virsh -q -c "$URI" "$@"; }}
case "${{1-}}" in
nmi)
    virsh inject-nmi "$DOMAIN"
    ;;
memory)
    dest=${{2:?usage: $0 memory PATH}}
    kib=$(virsh dominfo "$DOMAIN" | sed -n 's/^Max memory: *\\([0-9]*\\) KiB$/\\1/p')
    [ -n "$kib" ] || {{ echo "cannot read the memory size of $DOMAIN" >&2; exit 1; }}
    bytes=$((kib * 1024))
    # QEMU writes the file itself, as its own user: give it a private folder.
    qemu_pid=$(cat "/run/libvirt/qemu/$DOMAIN.pid")
    work=$(mktemp -d /tmp/hangdump-vmem.XXXXXX)
    paused=no
    cleanup() {{
        if [ "$paused" = yes ]; then virsh resume "$DOMAIN" >/dev/null || true; fi
        rm -rf "$work"
    }}
    trap cleanup EXIT
    chown "$(stat -c %u:%g "/proc/$qemu_pid")" "$work"
    # Stop the vCPUs while saving, as ESXi stuns a VM for a snapshot.
    if [ "$(virsh domstate "$DOMAIN")" = running ]; then
        virsh suspend "$DOMAIN" >/dev/null
        paused=yes
    fi
    # Quote the file name: HMP would read "/tmp" as a division of the size.
    said=$(virsh qemu-monitor-command --hmp "$DOMAIN" "pmemsave 0 $bytes \\"$work/ram\\"")
    size=$(stat -c %s "$work/ram" 2>/dev/null || echo 0)
    if [ "$size" != "$bytes" ]; then
        echo "pmemsave wrote $size of $bytes bytes: $said" >&2
        exit 1
    fi
    mv "$work/ram" "$dest"
    chown "$(id -u):$(id -g)" "$dest"
    chmod 0600 "$dest"
    ;;
*)
    echo "usage: $0 nmi | memory PATH" >&2
    exit 2
    ;;
esac
"""


def write_hook(path: Path, domain: str) -> Path:
    """Write the hook script for ``domain`` (names shell-quoted) and make it executable."""
    path.unlink(missing_ok=True)
    path.write_text(HOOK.format(uri=shlex.quote(LIBVIRT_URI), domain=shlex.quote(domain)))
    path.chmod(0o700)
    return path


def _guest_memory_mib(domain: str) -> int:
    """The practice guest's RAM in MiB, so the simulated VM reports the same size."""
    out = run(
        ["virsh", "-q", "-c", LIBVIRT_URI, "dominfo", domain],
        what=translate("Lab", "Reading the memory size of {domain}").format(domain=domain),
    ).stdout.decode()
    for line in out.splitlines():
        key, _, value = line.partition(":")
        if key.strip() == "Max memory":
            return int(value.split()[0]) // 1024
    raise LabError(
        translate("Lab", "`virsh dominfo {domain}` shows no memory size.").format(domain=domain)
    )


def _ready(log: Path) -> dict[str, Any] | None:
    """The simulator's ready line, once it has printed it."""
    try:
        text = log.read_text(errors="replace")
    except FileNotFoundError:
        return None
    for line in text.splitlines():
        if line.startswith("{"):
            with contextlib.suppress(ValueError):
                data = json.loads(line)
                if isinstance(data, dict) and data.get("ready") is True:
                    return data
    return None


def _log_tail(log: Path) -> str:
    try:
        return " | ".join(log.read_text(errors="replace").strip().splitlines()[-5:])
    except OSError:
        return translate("Lab", "(no log)")


def cert_sha256(pem_path: Path) -> str:
    """SHA-256 of the certificate's DER form, hex: what a client pins."""
    der = ssl.PEM_cert_to_DER_cert(pem_path.read_text())
    return hashlib.sha256(der).hexdigest()


def start(ctx: Context) -> dict[str, Any]:
    """Start the simulator on a free loopback port; return once it answers."""
    ctx.assets.require("simulator")  # prepared by `lab setup`
    # ...but rebuilt here if our Go sources changed since: build() is keyed by
    # them and returns at once when the binary is current.
    binary = build(ctx.progress)
    folder = ctx.dir()
    port = free_port()
    password_file = folder / "password"
    _write_private(password_file, secrets.token_urlsafe(24))
    cert = folder / "cert.pem"
    cert.unlink(missing_ok=True)
    # The simulator makes its datastores under $TMPDIR: keep them in our folder.
    datastores = folder / "datastores"
    shutil.rmtree(datastores, ignore_errors=True)
    datastores.mkdir(mode=0o700)
    log = folder / "simulator.log"
    log.unlink(missing_ok=True)

    argv: list[str | os.PathLike[str]] = [
        binary,
        "-addr",
        f"127.0.0.1:{port}",
        "-user",
        USER,
        "-password-file",
        password_file,
        "-cert-out",
        cert,
        "-guest-vm",
        NMI_VM,
    ]
    if ctx.options.get("machines"):
        argv += ["-machines", str(int(ctx.options["machines"]))]
    guest = ctx.infos.get("libvirt")
    if guest:  # without it SendNMI / memory snapshots of NMI_VM fail with SystemError
        hook = write_hook(folder / "hook.sh", str(guest["guest"]))
        argv += ["-hook", hook, "-guest-memory-mb", str(_guest_memory_mib(str(guest["guest"])))]
    pid = spawn(argv, log, env=dict(os.environ, TMPDIR=str(datastores)))
    info: dict[str, Any] = {
        "_pid": pid,
        "_build": binary.parent.name,
        "_datastores": str(datastores),
        "_password_file": str(password_file),
        "_log": str(log),
    }
    try:
        wait_for(
            lambda: _ready(log) is not None or not pid_alive(pid),
            timeout=READY_TIMEOUT,
            what=translate("Lab", "The vCenter simulator starting"),
            hint=translate("Lab", "Look at {log}.").format(log=log),
        )
        ready = _ready(log)
        if ready is None:
            raise LabError(
                translate("Lab", "The vCenter simulator exited at start: {log_tail}").format(
                    log_tail=_log_tail(log)
                ),
                translate("Lab", "Look at {log}; `hangdump lab setup` rebuilds it.").format(
                    log=log
                ),
            )
    except BaseException:
        stop(info)
        raise
    info.update(
        url=str(ready["url"]),
        user=USER,
        password_file=str(password_file),
        cert_pem=str(cert),
        cert_sha256=cert_sha256(cert),
        datacenter=DATACENTER,
        nmi_vm=str(ready["nmi_vm"]),
        nmi_vm_uuid=str(ready["nmi_vm_uuid"]),
    )
    return info


def _is_ours(pid: int) -> bool:
    """The pid is alive and still our simulator (not a recycled pid)."""
    if not pid_alive(pid):
        return False
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return BINARY.encode() in cmdline.split(b"\0", 1)[0]


def alive(info: dict[str, Any]) -> bool:
    return _is_ours(int(info.get("_pid", 0)))


def stale(info: dict[str, Any]) -> bool:
    """The running simulator was built from other Go sources than the current ones
    (``Lab.ensure`` then restarts it, so a test never meets an old extension)."""
    return info.get("_build") != build_key()


def stop(info: dict[str, Any]) -> None:
    """Stop the simulator and remove its datastores and password file."""
    pid = int(info.get("_pid", 0))
    if _is_ours(pid):
        stop_pid(pid, timeout=10)
    if info.get("_datastores"):
        shutil.rmtree(info["_datastores"], ignore_errors=True)
    if info.get("_password_file"):
        Path(info["_password_file"]).unlink(missing_ok=True)
