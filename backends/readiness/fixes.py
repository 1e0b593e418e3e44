"""The exact commands that fix each item, per distribution family.

Every fix is persistent (it survives a reboot) and idempotent (running it on a
guest that is already right changes nothing). A ``crashkernel=`` change takes
effect at the next boot: it is flagged ``needs_reboot`` and HangDump never
reboots a guest itself.
"""

from __future__ import annotations

from backends.i18n import translate
from backends.readiness.checks import Fix, Step
from backends.readiness.distro import Family, crashkernel_args
from backends.readiness.probes import HANGDUMP_SYSCTL_FILE, NMI_SYSCTLS

HANG_SYSCTL_FILE = "/etc/sysctl.d/90-hangdump-hang.conf"


def write_file(path: str, lines: list[str]) -> tuple[str, ...]:
    """A command that writes ``lines`` to ``path`` (via a temporary file and a rename)."""
    script = 'printf "%s\\n" "$@" > "$0.tmp" && mv -f "$0.tmp" "$0"'
    return ("sh", "-c", script, path, *lines)


def _restore(path: str, previous: str | None) -> tuple[str, ...]:
    if previous is None:
        return ("rm", "-f", path)
    return write_file(path, previous.rstrip("\n").split("\n"))


def persist_sysctls(path: str, values: dict[str, int], previous: str | None, why: str) -> Step:
    lines = [f"# Written by HangDump: {why}", *(f"{k} = {v}" for k, v in values.items())]
    return Step(write_file(path, lines), _restore(path, previous))


def nmi_sysctls(now: dict[str, int | None], previous_file: str | None) -> Fix:
    """Set both NMI sysctls now and persist them in /etc/sysctl.d."""
    steps = [
        persist_sysctls(
            HANGDUMP_SYSCTL_FILE,
            dict.fromkeys(NMI_SYSCTLS, 1),
            previous_file,
            "panic on an NMI so that kdump saves a vmcore when the VM hangs",
        )
    ]
    for key in NMI_SYSCTLS:
        old = now.get(key)
        if old != 1:
            undo = ("sysctl", "-w", f"{key}={old}") if old is not None else None
            steps.append(Step(("sysctl", "-w", f"{key}=1"), undo))
    return Fix(
        translate(
            "Readiness",
            "set kernel.unknown_nmi_panic and kernel.panic_on_unrecovered_nmi to 1, now and "
            "at every boot ({file})",
        ).format(file=HANGDUMP_SYSCTL_FILE),
        tuple(steps),
        writes=("/etc/sysctl.d",),
    )


def hang_panics(previous_file: str | None) -> Fix:
    keys = ("kernel.hung_task_panic", "kernel.softlockup_panic")
    steps = [
        persist_sysctls(
            HANG_SYSCTL_FILE,
            dict.fromkeys(keys, 1),
            previous_file,
            "panic (and so dump) on hung tasks and soft lockups",
        ),
        *(Step(("sysctl", "-w", f"{k}=1"), ("sysctl", "-w", f"{k}=0")) for k in keys),
    ]
    return Fix(
        translate(
            "Readiness",
            "optional: panic on hung tasks and soft lockups, so kdump saves a dump without an NMI",
        ),
        tuple(steps),
        optional=True,
        writes=("/etc/sysctl.d",),
    )


def install_packages(family: Family, missing: list[str]) -> Fix | None:
    if not family.installer or not missing:
        return None
    return Fix(
        translate("Readiness", "install {packages}").format(packages=", ".join(missing)),
        (Step((*family.installer, *missing)),),
    )


def enable_service(family: Family) -> Fix | None:
    if not family.service:
        return None
    return Fix(
        translate(
            "Readiness",
            "enable the {service} service and start it now (it loads the capture kernel)",
        ).format(service=family.service),
        (Step(("systemctl", "enable", "--now", family.service)),),
    )


def restart_service(family: Family) -> Fix | None:
    if not family.service:
        return None
    return Fix(
        translate("Readiness", "restart {service} so it loads the capture kernel").format(
            service=family.service
        ),
        (Step(("systemctl", "restart", family.service)),),
    )


def crashkernel(family: Family) -> Fix | None:
    """Reserve memory for the capture kernel at the next boot."""
    args = crashkernel_args(family)
    if (family.key == "rhel" and (family.major or 9) >= 9) or family.key == "fedora":
        # kdumpctl knows the sizes its capture initramfs needs on this release.
        steps: tuple[Step, ...] = (Step(("kdumpctl", "reset-crashkernel", "--kernel=ALL")),)
        writes: tuple[str, ...] = ("/boot",)
    elif family.key in ("rhel", "openeuler"):
        steps = (Step(("grubby", "--update-kernel=ALL", f"--args={' '.join(args)}")),)
        writes = ("/boot",)
    elif family.key == "debian":
        line = f'GRUB_CMDLINE_LINUX_DEFAULT="$GRUB_CMDLINE_LINUX_DEFAULT {" ".join(args)}"'
        cfg = "/etc/default/grub.d/90-hangdump-crashkernel.cfg"
        guard = (
            "grep -qs crashkernel= /etc/default/grub /etc/default/grub.d/*.cfg || "
            '{ mkdir -p "${0%/*}" && printf "%s\\n" "$1" > "$0"; }'
        )
        steps = (Step(("sh", "-c", guard, cfg, line), ("rm", "-f", cfg)), Step(("update-grub",)))
        writes = ("/etc/default", "/boot")
    elif family.key == "suse":
        sed = f's/^GRUB_CMDLINE_LINUX_DEFAULT="/&{" ".join(args)} /'
        guard = 'grep -q crashkernel= /etc/default/grub || sed -i "$0" /etc/default/grub'
        steps = (
            Step(("sh", "-c", guard, sed)),
            Step(("grub2-mkconfig", "-o", "/boot/grub2/grub.cfg")),
        )
        writes = ("/etc/default", "/boot")
    else:
        return None
    return Fix(
        translate(
            "Readiness",
            "reserve memory for the capture kernel ({args}) from the next boot; "
            "reboot the guest when convenient (HangDump does not reboot it)",
        ).format(args=" ".join(args)),
        steps,
        needs_reboot=True,
        writes=writes,
    )
