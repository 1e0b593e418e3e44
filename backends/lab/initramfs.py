"""The two guests' initramfs images: busybox, dropbear, kernel modules (+ kdump).

*practice*: busybox init running ``resources/lab/guest/boot.sh``; SSH by dropbear
with keys made at build time, SFTP by OpenSSH's ``sftp-server``.
*kdump*: the same plus kexec-tools and makedumpfile, the kernel image and a
*capture* image (the same tree without the kernel) that ``kexec -p`` loads into the
crash kernel region; the capture boot saves ``/proc/vmcore`` to the dump disk.

The images are cached by a hash of everything that goes into them.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from backends.cancel import Progress, no_progress
from backends.errors import LabError
from backends.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from backends.lab import kmodules, paths
from backends.lab.cpio import Archive
from backends.lab.kernel import KernelAssets
from backends.lab.process import run

GUEST = paths.RESOURCES / "guest"
#: Loaded at every boot, in this order (dependencies are added before each).
BOOT_MODULES = [
    "qemu_fw_cfg",
    "virtio_ring",
    "virtio",
    "virtio_pci",
    "failover",
    "net_failover",
    "virtio_net",
    "virtio_blk",
    "configfs",
]
#: Shipped but left unloaded: tests load them with their own parameters (modprobe).
EXTRA_MODULES = ["null_blk"]
PACKAGES = ["busybox-static", "dropbear-bin", "openssh-sftp-server", "kexec-tools", "makedumpfile"]
DROPBEAR = Path("/usr/sbin/dropbear")
SFTP_SERVER = Path("/usr/lib/openssh/sftp-server")
KEXEC = Path("/sbin/kexec")
MAKEDUMPFILE = Path("/usr/bin/makedumpfile")
BUSYBOX = Path("/bin/busybox")
HINT_PACKAGES = QT_TRANSLATE_NOOP("Lab", "Install the lab's packages: apt-get install {packages}")


def _hint_packages() -> str:
    return translate_marked("Lab", HINT_PACKAGES).format(packages=" ".join(PACKAGES))


@dataclass(frozen=True)
class Images:
    """Built guest images and the SSH trust material that goes with them."""

    practice: Path
    kdump: Path
    client_key: Path  #: ed25519 private key (OpenSSH format) the guests accept for root
    host_key_pub: str  #: the guests' host key, ``ssh-ed25519 AAAA...``


def ensure(k: KernelAssets, progress: Progress = no_progress) -> Images:
    """Build both images for kernel ``k`` unless a build of the same inputs is cached."""
    folder = paths.assets_dir("initramfs", f"{k.release}-{_key(k)}")
    stamp = folder / "ready.json"
    if stamp.is_file():
        data = json.loads(stamp.read_text())
        return Images(
            practice=folder / "practice.img",
            kdump=folder / "kdump.img",
            client_key=folder / "client_key",
            host_key_pub=data["host_key_pub"],
        )
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    progress(0, 4, translate("Lab", "making the guests' SSH keys"))
    host_key, host_pub = _host_key(folder)
    client_key = folder / "client_key"
    run(
        ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "hangdump-lab", "-f", client_key],
        what=translate("Lab", "Making the lab's SSH client key"),
    )
    client_pub = (folder / "client_key.pub").read_text()

    progress(1, 4, translate("Lab", "practice initramfs"))
    base = _base(k, "practice", host_key, client_pub)
    practice = folder / "practice.img"
    base.write(practice)

    progress(2, 4, translate("Lab", "kdump capture initramfs"))
    capture = _base(k, "kdump", host_key, client_pub)
    _add_kdump_tools(capture)
    capture_img = folder / "capture.img"
    capture.write(capture_img)

    progress(3, 4, translate("Lab", "kdump initramfs"))
    kdump = _base(k, "kdump", host_key, client_pub)
    _add_kdump_tools(kdump)
    kdump.file(f"/boot/vmlinuz-{k.release}", k.vmlinuz, 0o644)
    kdump.file("/boot/capture.img", capture_img, 0o644)
    kdump.write(folder / "kdump.img")

    stamp.write_text(json.dumps({"host_key_pub": host_pub, "release": k.release}, indent=2))
    progress(4, 4, translate("Lab", "initramfs images ready"))
    return Images(
        practice=practice, kdump=folder / "kdump.img", client_key=client_key, host_key_pub=host_pub
    )


def _key(k: KernelAssets) -> str:
    """Hash of the inputs: kernel, resource files, this builder, package versions."""
    h = hashlib.sha256(f"{k.release} {k.version}\n".encode())
    here = Path(__file__).parent
    for f in [*sorted(GUEST.rglob("*")), here / "cpio.py", here / "kmodules.py"]:
        if f.is_file():
            h.update(f.name.encode() + b"\0" + f.read_bytes())
    h.update(Path(__file__).read_bytes())
    proc = subprocess.run(
        ["dpkg-query", "-W", "-f=${Package} ${Version}\n", *PACKAGES],
        capture_output=True,
        check=False,
    )
    h.update(proc.stdout)
    return h.hexdigest()[:12]


def _host_key(folder: Path) -> tuple[Path, str]:
    """A dropbear ed25519 host key made now (first-boot generation waits for entropy)."""
    key = folder / "dropbear_ed25519_host_key"
    run(
        ["dropbearkey", "-t", "ed25519", "-f", key],
        what=translate("Lab", "Making the guests' host key"),
        hint=_hint_packages(),
    )
    what = translate("Lab", "Reading the guests' host key")
    out = run(["dropbearkey", "-y", "-f", key], what=what).stdout
    m = re.search(rb"^(ssh-ed25519 [A-Za-z0-9+/=]+)", out, re.M)
    if not m:
        raise LabError(
            translate("Lab", "dropbearkey printed no ssh-ed25519 public key."), _hint_packages()
        )
    return key, m.group(1).decode()


def _base(k: KernelAssets, variant: str, host_key: Path, client_pub: str) -> Archive:
    a = Archive()
    a.dir("tmp", 0o1777)
    for d in (
        "proc",
        "sys",
        "dev",
        "run",
        "var/crash",
        "var/log",
        "root",
        "etc/sysctl.d",
        "usr/lib",
        "lib64",
    ):
        a.dir(d)
    a.chardev("/dev/console", 5, 1)
    a.chardev("/dev/null", 1, 3, 0o666)
    _add_busybox(a)
    a.symlink("/init", "/bin/busybox")
    a.file("/etc/inittab", GUEST / "inittab", 0o644)
    a.file("/etc/hangdump/boot.sh", GUEST / "boot.sh", 0o755)
    a.file("/etc/hangdump/capture.sh", GUEST / "capture.sh", 0o644)
    a.file("/etc/hangdump/udhcpc.sh", GUEST / "udhcpc.sh", 0o755)
    a.file("/etc/os-release", GUEST / "os-release", 0o644)
    a.data("/etc/hangdump/release", k.release.encode() + b"\n")
    a.data("/etc/hangdump/variant", variant.encode() + b"\n")
    a.data("/etc/passwd", b"root:x:0:0:root:/root:/bin/sh\n")
    a.data("/etc/group", b"root:x:0:\n")
    a.data("/etc/shells", b"/bin/sh\n")
    a.data("/etc/hostname", f"hangdump-{variant}\n".encode())
    a.dir("/root/.ssh", 0o700)
    a.data("/root/.ssh/authorized_keys", client_pub.encode(), 0o600)
    a.dir("/etc/dropbear", 0o700)
    a.file("/etc/dropbear/dropbear_ed25519_host_key", host_key, 0o600)
    _add_program(a, DROPBEAR)
    _add_program(a, SFTP_SERVER)
    a.symlink("/usr/lib/sftp-server", str(SFTP_SERVER))  # where Debian's dropbear looks
    _add_modules(a, k)
    return a


def _add_kdump_tools(a: Archive) -> None:
    _add_program(a, KEXEC)
    _add_program(a, MAKEDUMPFILE)


def _add_busybox(a: Archive) -> None:
    if not BUSYBOX.is_file():
        raise LabError(translate("Lab", "busybox-static is not installed."), _hint_packages())
    a.file("/bin/busybox", BUSYBOX, 0o755)
    what = translate("Lab", "Listing busybox applets")
    out = run([BUSYBOX, "--list-full"], what=what).stdout.decode()
    for applet in out.split():
        if applet != "bin/busybox" and applet not in a:
            a.symlink(applet, "/bin/busybox")


def _add_program(a: Archive, program: Path) -> None:
    """Copy a dynamically linked program and the libraries ``ldd`` finds for it."""
    if not program.is_file():
        raise LabError(
            translate("Lab", "{program} is missing on this machine.").format(program=program),
            _hint_packages(),
        )
    a.file(str(program), program, 0o755)
    what = translate("Lab", "Listing the libraries of {name}").format(name=program.name)
    out = run(["ldd", program], what=what).stdout
    for line in out.decode().splitlines():
        m = re.search(r"(?:=>\s*)?(/\S+)\s+\(0x", line)
        if m and m.group(1) not in a:
            # Real files under their usual names; the loader finds them by its default path.
            a.file(m.group(1), Path(m.group(1)).resolve(), 0o755)


def _add_modules(a: Archive, k: KernelAssets) -> None:
    boot = kmodules.resolve(k.modules, BOOT_MODULES)
    shipped = kmodules.resolve(k.modules, BOOT_MODULES + EXTRA_MODULES)
    root = f"/lib/modules/{k.release}"
    dep_lines = []
    for rel in shipped:
        a.file(f"{root}/{rel}", k.modules / rel, 0o644)
        deps = _closure(k.modules, rel, shipped)
        dep_lines.append(f"{rel}: {' '.join(deps)}".rstrip())
    # busybox modprobe reads modules.dep: `modprobe null_blk shared_tags=1` works in the guest.
    a.data(f"{root}/modules.dep", ("\n".join(dep_lines) + "\n").encode())
    a.file(f"{root}/modules.builtin", k.modules / "modules.builtin", 0o644)
    a.data("/etc/hangdump/modules", ("\n".join(boot) + "\n").encode())


def _closure(modules_dir: Path, rel: str, shipped: list[str]) -> list[str]:
    """modules.dep order: what ``rel`` needs, nearest first (the reverse of load order)."""
    name = Path(rel).name.removesuffix(".ko")
    needed = kmodules.resolve(modules_dir, [name])[:-1]
    return [r for r in reversed(needed) if r in shipped]
