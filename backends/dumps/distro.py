"""Kernel release/version strings -> distribution, debuginfo package, vmlinux path, URLs.

The table follows the project's research notes (dumps-and-crash.md section 5).
Where a download location is only a folder (not an exact file), the URL says so
by ending in ``/``. Debian's archive is named through packages.debian.org and
snapshot.debian.org (its mirrors vary per site).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from backends.i18n import translate

RPM_VMLINUX = "/usr/lib/debug/lib/modules/{r}/vmlinux"
DEB_VMLINUX = "/usr/lib/debug/boot/vmlinux-{r}"
DEBIAN_ARCH = {
    "x86_64": "amd64",
    "aarch64": "arm64",
    "i386": "i386",
    "ppc64": "ppc64el",
    "s390x": "s390x",
    "riscv64": "riscv64",
}
UBUNTU_FLAVOURS = (
    "generic",
    "lowlatency",
    "aws",
    "azure",
    "gcp",
    "gke",
    "kvm",
    "oracle",
    "ibm",
    "raspi",
    "nvidia",
    "oem",
    "realtime",
    "generic-64k",
    "virtual",
)
DEBIAN_FLAVOURS = re.compile(
    r"-(?:(?:cloud|rt)-)?(amd64|arm64|686|686-pae|armmp|armmp-lpae|ppc64el|s390x|riscv64|"
    r"marvell|rpi|loong64|mips64r2el|octeon)$"
)


@dataclass
class Distro:
    """Where the debug vmlinux of one kernel comes from."""

    name: str  #: rhel, oracle-uek, fedora, ubuntu, debian, suse, openeuler, kylin, unknown
    label: str  #: human name, e.g. "RHEL 9.5 (or CentOS Stream/Rocky/Alma 9)"
    package: str | None = None
    packages: list[str] = field(default_factory=list)  #: everything to install
    package_version: str | None = None
    vmlinux_path: str | None = None
    alt_vmlinux_paths: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    debuginfod: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def lookup(release: str, version: str | None = None, machine: str | None = None) -> Distro:
    """Guess the distribution of kernel ``release`` (``uname -r``) and ``version``
    (``uname -v`` or the banner's tail); never raises."""
    v = version or ""
    for rule in (_uek, _el, _fedora, _openeuler, _kylin, _ubuntu, _debian, _suse):
        d = rule(release, v, machine)
        if d is not None:
            return d
    return Distro(
        "unknown",
        translate("Dumps", "unknown distribution"),
        notes=[
            translate(
                "Dumps",
                "no known distribution pattern in the release; look up the kernel "
                "by its build-id (debuginfod) or where the VM's owner got it",
            )
        ],
    )


def _rpm_arch(release: str, machine: str | None) -> str:
    tail = release.rsplit(".", 1)[-1].split("+", 1)[0]
    if tail in ("x86_64", "aarch64", "ppc64le", "s390x", "i686", "noarch"):
        return tail
    return machine or "x86_64"


def _rpm_flavour(release: str) -> tuple[str, str]:
    """(package prefix, release without a +debug/+rt suffix) for RHEL-style kernels."""
    base, _, plus = release.partition("+")
    if plus in ("debug", "rt", "64k", "64k-debug", "rt-debug"):
        return f"kernel-{plus}", base
    if base.endswith(".debug"):
        return "kernel-debug", base[: -len(".debug")]
    if re.search(r"\.rt\d", base):
        return "kernel-rt", base
    return "kernel", base


def _el(release: str, version: str, machine: str | None) -> Distro | None:
    m = re.search(r"\.el(\d+)(?:_(\d+))?", release)
    if not m:
        return None
    major, minor = m.group(1), m.group(2)
    prefix, r = _rpm_flavour(release)
    arch = _rpm_arch(release, machine)
    pkg = f"{prefix}-debuginfo-{r}"
    pv = f"{major}.{minor}" if minor else major
    urls = []
    if major == "7":
        urls.append(f"http://debuginfo.centos.org/7/{arch}/{pkg}.rpm")
    if int(major) >= 8:
        urls.append(
            f"https://mirror.stream.centos.org/{major}-stream/BaseOS/{arch}/debug/tree/"
            f"Packages/{pkg}.rpm"
        )
        urls.append(
            f"https://dl.rockylinux.org/vault/rocky/{pv}/BaseOS/{arch}/debug/tree/"
            f"Packages/k/{pkg}.rpm"
        )
        urls.append(f"https://vault.almalinux.org/{pv}/BaseOS/debug/{arch}/Packages/{pkg}.rpm")
    return Distro(
        "rhel",
        translate("Dumps", "RHEL {version} family (RHEL, CentOS, Rocky, Alma, Oracle RHCK)").format(
            version=pv
        ),
        f"{pkg}.rpm",
        [f"{pkg}.rpm", f"{prefix}-debuginfo-common-{arch}-{r}.rpm"],
        r,
        RPM_VMLINUX.format(r=release),
        urls=urls,
        debuginfod=["https://debuginfod.centos.org/"],
        notes=[
            translate("Dumps", "RHEL: enable {repo} and `dnf install {package}`").format(
                repo=f"rhel-{major}-for-{arch}-baseos-debug-rpms", package=f"{prefix}-debuginfo-{r}"
            )
        ],
    )


def _uek(release: str, version: str, machine: str | None) -> Distro | None:
    m = re.search(r"\.el(\d+)uek", release)
    if not m:
        return None
    arch = _rpm_arch(release, machine)
    pkg = f"kernel-uek-debuginfo-{release}"
    return Distro(
        "oracle-uek",
        f"Oracle Linux {m.group(1)} (UEK)",
        f"{pkg}.rpm",
        [f"{pkg}.rpm", f"kernel-uek-debuginfo-common-{release}.rpm"],
        release,
        RPM_VMLINUX.format(r=release),
        urls=[f"https://oss.oracle.com/ol{m.group(1)}/debuginfo/{pkg}.rpm"],
        notes=[translate("Dumps", "architecture {arch}").format(arch=arch)],
    )


def _fedora(release: str, version: str, machine: str | None) -> Distro | None:
    m = re.fullmatch(r"(\d[\w.]*)-(\d[\w.]*\.fc\d+)\.(\w+)(\+\w+)?", release)
    if not m:
        return None
    ver, rel, arch = m.group(1), m.group(2), m.group(3)
    pkg = f"kernel-debuginfo-{ver}-{rel}.{arch}"
    return Distro(
        "fedora",
        f"Fedora {rel.rsplit('fc', 1)[1]}",
        f"{pkg}.rpm",
        [f"{pkg}.rpm", f"kernel-debuginfo-common-{arch}-{ver}-{rel}.{arch}.rpm"],
        f"{ver}-{rel}",
        RPM_VMLINUX.format(r=release),
        urls=[f"https://kojipkgs.fedoraproject.org/packages/kernel/{ver}/{rel}/{arch}/{pkg}.rpm"],
        debuginfod=["https://debuginfod.fedoraproject.org/"],
    )


def _openeuler(release: str, version: str, machine: str | None) -> Distro | None:
    m = re.search(r"\.oe(\d\d)(\d\d)(?:sp(\d+))?", release)
    if not m:
        return None
    rel_name = f"{m.group(1)}.{m.group(2)}-LTS" + (f"-SP{m.group(3)}" if m.group(3) else "")
    arch = _rpm_arch(release, machine)
    pkg = f"kernel-debuginfo-{release}"
    return Distro(
        "openeuler",
        f"openEuler {rel_name}",
        f"{pkg}.rpm",
        [f"{pkg}.rpm"],
        release,
        RPM_VMLINUX.format(r=release),
        urls=[
            f"http://repo.openeuler.org/openEuler-{rel_name}/debuginfo/{arch}/Packages/{pkg}.rpm"
        ],
    )


def _kylin(release: str, version: str, machine: str | None) -> Distro | None:
    if ".ky10" not in release:
        return None
    arch = _rpm_arch(release, machine)
    pkg = f"kernel-debuginfo-{release}"
    return Distro(
        "kylin",
        "Kylin V10",
        f"{pkg}.rpm",
        [f"{pkg}.rpm"],
        release,
        RPM_VMLINUX.format(r=release),
        urls=["https://update.cs2c.com.cn/NS/V10/"],
        notes=[
            translate("Dumps", "look under {folder} for {package}").format(
                folder=f"NS/V10/<SPx>/os/adv/lic/updates/{arch}/debug/", package=f"{pkg}.rpm"
            )
        ],
    )


def _ubuntu(release: str, version: str, machine: str | None) -> Distro | None:
    m = re.search(r"\(Ubuntu (\S+?)-(\w[\w-]*) [\d.]+\)", version)
    flavour_ok = release.rsplit("-", 1)[-1] in UBUNTU_FLAVOURS or any(
        release.endswith("-" + f) for f in UBUNTU_FLAVOURS
    )
    if not m and "-Ubuntu" not in version and not (flavour_ok and not version):
        return None
    pkg_version = m.group(1) if m else None
    arch = DEBIAN_ARCH.get(machine or "x86_64", "amd64")
    pkg = f"linux-image-unsigned-{release}-dbgsym"
    urls = []
    if pkg_version:
        name = f"{pkg}_{pkg_version}_{arch}.ddeb"
        urls += [
            f"http://ddebs.ubuntu.com/pool/main/l/linux/{name}",
            f"https://launchpad.net/ubuntu/+archive/primary/+files/{name}",
        ]
    else:
        urls.append(f"https://launchpad.net/ubuntu/+source/linux/+publishinghistory?name={pkg}")
    return Distro(
        "ubuntu",
        "Ubuntu",
        pkg,
        [pkg, f"linux-image-{release}-dbgsym"],
        pkg_version,
        DEB_VMLINUX.format(r=release),
        urls=urls,
        debuginfod=["https://debuginfod.ubuntu.com/"],
        notes=[
            translate("Dumps", "unsigned kernels use linux-image-<release>-dbgsym instead"),
            translate("Dumps", "pool paths differ for linux-hwe-*, linux-aws... source packages"),
        ],
    )


def _debian(release: str, version: str, machine: str | None) -> Distro | None:
    m = re.search(r"Debian (\d[\w.+~]*-[\w.+~]+)", version)
    fm = DEBIAN_FLAVOURS.search(release)
    if not m and not fm:
        return None
    pkg = f"linux-image-{release}-dbg"
    pkg_version = m.group(1) if m else None
    urls = [f"https://packages.debian.org/search?keywords={pkg}"]
    if pkg_version:
        urls.append(f"https://snapshot.debian.org/package/linux/{pkg_version}/")
    notes = (
        []
        if pkg_version
        else [
            translate(
                "Dumps",
                "no 'Debian x.y.z-n' version string was found: one ABI spans several uploads, "
                "so check the vmlinux build-id against the dump's BUILD-ID",
            )
        ]
    )
    return Distro(
        "debian",
        "Debian",
        pkg,
        [pkg],
        pkg_version,
        DEB_VMLINUX.format(r=release),
        urls=urls,
        debuginfod=["https://debuginfod.debian.net/"],
        notes=notes,
    )


def _suse(release: str, version: str, machine: str | None) -> Distro | None:
    m = re.fullmatch(r"(\d+\.\d+\.\d+)-([\d.]+)-(default|azure|rt|64kb|kvmsmall|preempt)", release)
    if not m:
        return None
    flavour = m.group(3)
    pkg = f"kernel-{flavour}-debuginfo"
    return Distro(
        "suse",
        "SUSE / openSUSE",
        pkg,
        [pkg, f"kernel-{flavour}-devel", f"kernel-{flavour}-devel-debuginfo"],
        f"{m.group(1)}-{m.group(2)}",
        f"/usr/lib/debug/boot/vmlinux-{release}.debug",
        [f"/usr/lib/debug/lib/modules/{release}/vmlinux.debug"],
        urls=[],
        debuginfod=["https://debuginfod.opensuse.org/"],
        notes=[
            translate("Dumps", "`{command}`; crash also needs {file} from {package}").format(
                command=f"zypper --plus-content debug install {pkg}={m.group(1)}-{m.group(2)}",
                file=f"/boot/vmlinux-{release}.xz",
                package=f"kernel-{flavour}",
            )
        ],
    )
