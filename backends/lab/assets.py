"""The lab's slow artefacts, prepared once and cached by version.

``setup()`` runs every builder (each idempotent, keyed by the version of what
it builds) and writes ``assets/manifest.json``; ``load()`` reads it back.
Builders never run apt-get install: the README's set-up command and ``.ci/run``
install packages, ``hangdump lab setup`` only downloads Debian packages with
``apt-get download`` / ``apt-get source`` and builds from them.
"""

from __future__ import annotations

import fcntl
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from backends.cancel import Progress, no_progress
from backends.errors import LabError
from backends.i18n import translate
from backends.lab import paths


@dataclass(frozen=True)
class Assets:
    """Paths of everything the lab's servers start from."""

    kernel_release: str = ""  #: ``uname -r`` of the guest kernel, e.g. 6.1.0-57-cloud-amd64
    kernel_version: str = ""  #: Debian package version, e.g. 6.1.192-3
    vmlinuz: str = ""  #: the guest kernel image
    vmlinux: str = ""  #: the matching debug vmlinux
    modules: str = ""  #: the unpacked /lib/modules/<release> tree of the guest kernel
    initramfs: str = ""  #: practice guest initramfs
    kdump_initramfs: str = ""  #: in-guest kdump variant (kexec + capture path)
    guest_key: str = ""  #: private ed25519 key (OpenSSH format) accepted by both guests
    guest_host_key_pub: str = ""  #: the guests' host public key line (``ssh-ed25519 AAAA...``)
    crash: str = ""  #: a crash binary that reads this kernel
    simulator: str = ""  #: the vCenter simulator binary
    build_id: str = ""  #: the kernel's GNU build-id (hex), for debuginfod tests

    def require(self, name: str) -> str:
        """The path or value ``name``; a :class:`LabError` if it was not prepared."""
        value = str(getattr(self, name, "") or "")
        if not value or (value.startswith("/") and not Path(value).exists()):
            raise LabError(
                translate("Lab", "The lab asset {name} is not prepared on this machine.").format(
                    name=repr(name)
                ),
                translate(
                    "Lab", "Run `hangdump lab setup` (the README's set-up command does it for you)."
                ),
            )
        return value

    def to_json(self) -> dict[str, str]:
        return asdict(self)


def manifest_path() -> Path:
    return paths.assets_dir("manifest.json")


def load() -> Assets:
    """The prepared assets; a :class:`LabError` if ``lab setup`` has not run."""
    path = manifest_path()
    try:
        data = json.loads(path.read_text())
        assets = Assets(**data)
    except (OSError, ValueError, TypeError) as exc:
        raise LabError(
            translate("Lab", "The lab is not set up on this machine."),
            translate(
                "Lab", "Run `hangdump lab setup` (the README's set-up command does it for you)."
            ),
        ) from exc
    return assets


STEPS = ("kernel", "initramfs", "crash", "simulator")


def _previous() -> dict[str, str]:
    try:
        data = json.loads(manifest_path().read_text())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def setup(progress: Progress = no_progress, only: tuple[str, ...] = STEPS) -> Assets:
    """Prepare the assets of the steps in ``only`` (idempotent; a warm cache takes seconds).

    Values of steps not run are kept from the previous manifest.
    """
    values: dict[str, str] = {}
    n = len(only) + 1
    # Each builder is imported in its own step: it pulls in what it needs only when it
    # runs, and a step works while another step's builder is still being written.
    if "kernel" in only or "initramfs" in only:
        from backends.lab import initramfs, kernel

        progress(0, n, translate("Lab", "guest kernel and debug vmlinux"))
        k = kernel.ensure(progress)
        values.update(
            kernel_release=k.release,
            kernel_version=k.version,
            vmlinuz=str(k.vmlinuz),
            vmlinux=str(k.vmlinux),
            modules=str(k.modules),
            build_id=k.build_id,
        )
        if "initramfs" in only:
            progress(1, n, translate("Lab", "initramfs images"))
            images = initramfs.ensure(k, progress)
            values.update(
                initramfs=str(images.practice),
                kdump_initramfs=str(images.kdump),
                guest_key=str(images.client_key),
                guest_host_key_pub=images.host_key_pub,
            )
    if "crash" in only:
        from backends.lab import crashbuild

        progress(2, n, "crash")
        values.update(crash=str(crashbuild.ensure(progress)))
    if "simulator" in only:
        from backends.lab import simulator

        progress(3, n, translate("Lab", "vCenter simulator"))
        values.update(simulator=str(simulator.build(progress)))
    path = manifest_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # builders of different steps may run at once
        merged = {k: v for k, v in _previous().items() if k in Assets.__dataclass_fields__}
        merged.update(values)
        assets = Assets(**merged)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(assets.to_json(), indent=2))
        tmp.replace(path)
    progress(n, n, translate("Lab", "lab assets ready"))
    return assets
