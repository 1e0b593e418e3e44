"""Release/version strings -> distribution, debuginfo package, vmlinux path, URLs."""

from __future__ import annotations

import pytest

from backends.dumps.distro import lookup

CASES = [
    # release, version, distro, package, vmlinux path, package version, url fragment
    (
        "5.14.0-503.22.1.el9_5.x86_64",
        None,
        "rhel",
        "kernel-debuginfo-5.14.0-503.22.1.el9_5.x86_64.rpm",
        "/usr/lib/debug/lib/modules/5.14.0-503.22.1.el9_5.x86_64/vmlinux",
        "5.14.0-503.22.1.el9_5.x86_64",
        "rocky/9.5/BaseOS/x86_64/debug/tree/Packages/k/",
    ),
    (
        "3.10.0-1160.el7.x86_64",
        None,
        "rhel",
        "kernel-debuginfo-3.10.0-1160.el7.x86_64.rpm",
        "/usr/lib/debug/lib/modules/3.10.0-1160.el7.x86_64/vmlinux",
        "3.10.0-1160.el7.x86_64",
        "debuginfo.centos.org/7/x86_64/kernel-debuginfo-3.10.0-1160.el7.x86_64.rpm",
    ),
    (
        "4.18.0-513.5.1.el8_9.x86_64+debug",
        None,
        "rhel",
        "kernel-debug-debuginfo-4.18.0-513.5.1.el8_9.x86_64.rpm",
        "/usr/lib/debug/lib/modules/4.18.0-513.5.1.el8_9.x86_64+debug/vmlinux",
        "4.18.0-513.5.1.el8_9.x86_64",
        "vault.almalinux.org/8.9/",
    ),
    (
        "5.15.0-300.163.18.el9uek.x86_64",
        None,
        "oracle-uek",
        "kernel-uek-debuginfo-5.15.0-300.163.18.el9uek.x86_64.rpm",
        "/usr/lib/debug/lib/modules/5.15.0-300.163.18.el9uek.x86_64/vmlinux",
        "5.15.0-300.163.18.el9uek.x86_64",
        "oss.oracle.com/ol9/debuginfo/",
    ),
    (
        "6.5.6-300.fc39.x86_64",
        None,
        "fedora",
        "kernel-debuginfo-6.5.6-300.fc39.x86_64.rpm",
        "/usr/lib/debug/lib/modules/6.5.6-300.fc39.x86_64/vmlinux",
        "6.5.6-300.fc39",
        "kojipkgs.fedoraproject.org/packages/kernel/6.5.6/300.fc39/x86_64/",
    ),
    (
        "5.15.0-43-generic",
        "#46-Ubuntu SMP Tue Jul 12 10:30:17 UTC 2022 (Ubuntu 5.15.0-43.46-generic 5.15.39)",
        "ubuntu",
        "linux-image-unsigned-5.15.0-43-generic-dbgsym",
        "/usr/lib/debug/boot/vmlinux-5.15.0-43-generic",
        "5.15.0-43.46",
        "linux-image-unsigned-5.15.0-43-generic-dbgsym_5.15.0-43.46_amd64.ddeb",
    ),
    (
        "6.1.0-25-amd64",
        "#1 SMP PREEMPT_DYNAMIC Debian 6.1.106-3 (2024-08-26)",
        "debian",
        "linux-image-6.1.0-25-amd64-dbg",
        "/usr/lib/debug/boot/vmlinux-6.1.0-25-amd64",
        "6.1.106-3",
        "snapshot.debian.org/package/linux/6.1.106-3/",
    ),
    (
        "6.12.12+bpo-cloud-amd64",
        "#1 SMP PREEMPT_DYNAMIC Debian 6.12.12-1~bpo12+1 (2025-02-23)",
        "debian",
        "linux-image-6.12.12+bpo-cloud-amd64-dbg",
        "/usr/lib/debug/boot/vmlinux-6.12.12+bpo-cloud-amd64",
        "6.12.12-1~bpo12+1",
        "snapshot.debian.org/package/linux/6.12.12-1~bpo12+1/",
    ),
    (
        "5.14.21-150500.55.39-default",
        None,
        "suse",
        "kernel-default-debuginfo",
        "/usr/lib/debug/boot/vmlinux-5.14.21-150500.55.39-default.debug",
        "5.14.21-150500.55.39",
        None,
    ),
    (
        "5.10.0-136.12.0.86.oe2203sp1.x86_64",
        None,
        "openeuler",
        "kernel-debuginfo-5.10.0-136.12.0.86.oe2203sp1.x86_64.rpm",
        "/usr/lib/debug/lib/modules/5.10.0-136.12.0.86.oe2203sp1.x86_64/vmlinux",
        "5.10.0-136.12.0.86.oe2203sp1.x86_64",
        "openEuler-22.03-LTS-SP1/debuginfo/x86_64/",
    ),
    (
        "4.19.90-23.60.v2101.ky10.x86_64",
        None,
        "kylin",
        "kernel-debuginfo-4.19.90-23.60.v2101.ky10.x86_64.rpm",
        "/usr/lib/debug/lib/modules/4.19.90-23.60.v2101.ky10.x86_64/vmlinux",
        "4.19.90-23.60.v2101.ky10.x86_64",
        "update.cs2c.com.cn/NS/V10/",
    ),
]


@pytest.mark.parametrize(("release", "version", "name", "package", "path", "pv", "url"), CASES)
def test_mapping(
    release: str, version: str | None, name: str, package: str, path: str, pv: str, url: str | None
) -> None:
    d = lookup(release, version, "x86_64")
    assert (d.name, d.package, d.vmlinux_path, d.package_version) == (name, package, path, pv)
    if url is not None:
        assert any(url in u for u in d.urls), d.urls


def test_debian_same_abi_different_uploads() -> None:
    a = lookup("6.1.0-10-amd64", "#1 SMP PREEMPT_DYNAMIC Debian 6.1.38-2 (2023-07-27)")
    b = lookup("6.1.0-10-amd64", "#1 SMP PREEMPT_DYNAMIC Debian 6.1.38-4 (2023-08-08)")
    assert (a.package_version, b.package_version) == ("6.1.38-2", "6.1.38-4")
    bare = lookup("6.1.0-10-amd64")
    assert bare.name == "debian" and bare.package_version is None
    assert any("build-id" in n for n in bare.notes)


def test_rhel_needs_common_package_and_ubuntu_without_banner() -> None:
    assert lookup("5.14.0-503.22.1.el9_5.x86_64").packages[1] == (
        "kernel-debuginfo-common-x86_64-5.14.0-503.22.1.el9_5.x86_64.rpm"
    )
    u = lookup("5.15.0-91-generic")
    assert u.name == "ubuntu" and u.package_version is None and u.urls


def test_unknown() -> None:
    d = lookup("6.6.6-custom")
    assert d.name == "unknown" and d.package is None and d.notes
