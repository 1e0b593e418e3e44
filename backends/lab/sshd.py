"""The lab's OpenSSH server: SFTP and ``virsh`` for the OS user, an ESXi shell for ``hdesxi``.

One ``sshd`` on 127.0.0.1 and a free port, configured entirely from files in
this component's run folder; keys for everyone, and a password too for the ESXi
account (``esxi_password_file``, root-only), as real ESXi hosts are reached. Two
accounts log in with the same client key:

* ``user`` -- the OS user running the lab (root under CI): SFTP downloads and
  ``virsh`` over SSH, like a KVM host;
* ``esxi_user`` -- the dedicated account ``hdesxi`` whose login shell puts the
  ESXi tool stand-ins (``resources/lab/esxi``, declared imitations) first on
  PATH, so ``ssh hdesxi@127.0.0.1 'vmdumper -l'`` answers like an ESXi host.

``hdesxi`` cannot read the run folder (it lives under root's home), so its
files -- authorized key, stand-in copies, inventory, argv log -- go to a folder
of their own under the account's fixed home, ``/var/lib/hangdump-esxi``.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pwd
import secrets
import shutil
import socket
from pathlib import Path
from typing import Any

from backends.errors import LabError
from backends.i18n import translate
from backends.lab import esxi_inventory
from backends.lab.control import Context
from backends.lab.paths import RESOURCES
from backends.lab.process import (
    free_port,
    pid_alive,
    port_open,
    run,
    spawn,
    stop_pid,
    wait_for,
)

SSHD = "/usr/sbin/sshd"
HOST = "127.0.0.1"
ESXI_USER = "hdesxi"
ESXI_HOME = Path("/var/lib/hangdump-esxi")
STANDINS = RESOURCES / "esxi"
STANDIN_TOOLS = ("vim-cmd", "vmdumper", "vm-support", "esxcli", "esxi_state.py")
DEFAULT_DOMAIN = "hangdump-practice"


def _keygen(path: Path, comment: str) -> str:
    """An ed25519 key at ``path`` (kept if present); returns the public key line."""
    if not path.exists():
        run(
            ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", comment, "-f", path],
            what=translate("Lab", "Generating the SSH key {name}").format(name=path.name),
            hint=translate("Lab", "Install openssh-client (the README's set-up command does)."),
        )
    return path.with_name(path.name + ".pub").read_text().strip()


def _check_strict_modes(path: Path) -> None:
    """sshd's StrictModes refuses keys below a group/world-writable folder; say so early."""
    for d in [path, *path.parents]:
        st = d.stat()
        if st.st_uid not in (0, os.getuid()) or st.st_mode & 0o022:
            raise LabError(
                translate(
                    "Lab",
                    "The lab run folder lies below {path}, which other users can write to; "
                    "sshd would refuse its authorized keys.",
                ).format(path=d),
                translate(
                    "Lab",
                    "Point HANGDUMP_LAB_DIR at a folder only you can write to (the default "
                    "~/.cache/hangdump/lab is fine).",
                ),
            )


def _ensure_esxi_account() -> pwd.struct_passwd:
    """Create or fix the ``hdesxi`` system account (root only) and its login shell."""
    ESXI_HOME.mkdir(mode=0o755, parents=True, exist_ok=True)
    shell = ESXI_HOME / "esxi-shell"
    tmp = shell.with_name(f".esxi-shell.{os.getpid()}")
    shutil.copyfile(STANDINS / "esxi-shell", tmp)
    tmp.chmod(0o755)
    tmp.replace(shell)  # other lab runs may be logging in through it right now
    try:
        pw = pwd.getpwnam(ESXI_USER)
    except KeyError:
        run(
            [
                "useradd",
                "--system",
                "--user-group",
                "--no-create-home",
                "--home-dir",
                ESXI_HOME,
                "--shell",
                shell,
                "--comment",
                "HangDump lab ESXi shell stand-in",
                ESXI_USER,
            ],
            what=translate("Lab", "Creating the lab account {user}").format(user=ESXI_USER),
        )
        pw = pwd.getpwnam(ESXI_USER)
    if pw.pw_shell != str(shell) or pw.pw_dir != str(ESXI_HOME):
        run(
            ["usermod", "--shell", shell, "--home", ESXI_HOME, ESXI_USER],
            what=translate("Lab", "Fixing the lab account {user}").format(user=ESXI_USER),
        )
    # With UsePAM no, sshd refuses accounts whose password field starts with "!"
    # (useradd's "locked"); _set_esxi_password gives it a real one, which unlocks it.
    # On a desktop, polkit lets the libvirt group use qemu:///system; the lab machine
    # has no system D-Bus, hence the NMI relay (resources/lab/esxi/nmi-relay).
    with contextlib.suppress(LabError):
        run(
            ["usermod", "--append", "--groups", "libvirt", ESXI_USER],
            what=translate("Lab", "Adding {user} to the libvirt group").format(user=ESXI_USER),
        )
    return pwd.getpwnam(ESXI_USER)


def _set_esxi_password() -> Path:
    """Give ``hdesxi`` its password, kept in a root-only 0600 file beside the account.

    Real ESXi shells are mostly reached with root's password, so the lab offers
    password logins too (keys keep working). The account is one per machine, so
    its password is too: every lab run folder (tests start private ones) shares
    the file rather than each setting a password of its own under the others.
    ``chpasswd`` reads it on stdin: it never appears in a process list.
    """
    path = ESXI_HOME / "password"
    with contextlib.suppress(FileExistsError):
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_urlsafe(18) + "\n")
    password = path.read_text().strip()
    run(
        ["chpasswd"],
        input=f"{ESXI_USER}:{password}\n".encode(),
        what=translate("Lab", "Setting the password of {user}").format(user=ESXI_USER),
        hint=translate("Lab", "Install the passwd package (the README's set-up command does)."),
    )
    return path


def _esxi_dir(ctx: Context) -> Path:
    """This run's folder under the account's home; one per lab run folder."""
    key = hashlib.sha256(str(ctx.dir()).encode()).hexdigest()[:12]
    return ESXI_HOME / "runs" / key


def _prepare_esxi(
    ctx: Context, pw: pwd.struct_passwd, client_pub: str, port: int, user: str, known_hosts: Path
) -> dict[str, Any]:
    """Stand-ins, keys, inventory and scratch folder for ``hdesxi``; returns paths."""
    base = _esxi_dir(ctx)
    if base.exists():
        shutil.rmtree(base)
    (base / "bin").mkdir(mode=0o755, parents=True)
    for tool in STANDIN_TOOLS:
        dst = base / "bin" / tool
        shutil.copyfile(STANDINS / tool, dst)
        dst.chmod(0o755 if "." not in tool else 0o644)
    relay = base / "nmi-relay"  # run as root: in a folder hdesxi cannot change
    shutil.copyfile(STANDINS / "nmi-relay", relay)
    relay.chmod(0o755)
    (base / "authorized_keys").write_text(client_pub + "\n")
    (base / "authorized_keys").chmod(0o644)
    esxi_known_hosts = base / "known_hosts"
    shutil.copyfile(known_hosts, esxi_known_hosts)
    esxi_known_hosts.chmod(0o644)

    state, scratch = base / "state", base / "scratch"
    for d in (state, scratch, scratch / "x", state / "var-tmp"):
        d.mkdir(mode=0o750 if d == state else 0o755)
        os.chown(d, pw.pw_uid, pw.pw_gid)
    # A canary for hostile names like "db01; rm -rf x": it must survive the tests.
    (scratch / "x" / "canary").write_text("an injected `rm -rf x` would remove this\n")

    relay_key = state / "relay_ed25519"
    relay_pub = _keygen(relay_key, "hangdump-esxi-nmi-relay")
    for p in (relay_key, relay_key.with_name(relay_key.name + ".pub")):
        os.chown(p, pw.pw_uid, pw.pw_gid)

    domain = str((ctx.infos.get("libvirt") or {}).get("guest") or DEFAULT_DOMAIN)
    inventory = state / "inventory.json"
    esxi_inventory.write(
        inventory,
        domain=domain,
        argv_log=state / "argv.log",
        support_dir=state / "var-tmp",
        relay={
            "host": HOST,
            "port": port,
            "user": user,
            "key": str(relay_key),
            "known_hosts": str(esxi_known_hosts),
        },
    )
    for name in ("inventory.json", "argv.log"):
        (state / name).touch()
        os.chown(state / name, pw.pw_uid, pw.pw_gid)
    return {
        "base": base,
        "inventory": inventory,
        "scratch": scratch,
        "relay_line": esxi_inventory.relay_authorized_line(relay, domain, relay_pub),
    }


def _config(d: Path, port: int, user: str, esxi: dict[str, Any]) -> str:
    base = esxi["base"]
    return "\n".join(
        [
            f"ListenAddress {HOST}",
            f"Port {port}",
            f"HostKey {d / 'ssh_host_ed25519_key'}",
            f"PidFile {d / 'sshd.pid'}",
            f"AuthorizedKeysFile {d / 'authorized_keys'}/%u",
            "PubkeyAuthentication yes",
            "PasswordAuthentication no",
            "KbdInteractiveAuthentication no",
            "PermitRootLogin prohibit-password",
            "PermitUserEnvironment no",
            "UsePAM no",
            "StrictModes yes",
            "UseDNS no",
            "PrintMotd no",
            "X11Forwarding no",
            "AllowTcpForwarding no",
            "AllowAgentForwarding no",
            "MaxStartups 50:30:100",
            f"AllowUsers {user} {ESXI_USER}",
            "LogLevel VERBOSE",
            "Subsystem sftp internal-sftp",
            f"Match User {ESXI_USER}",
            f"    AuthorizedKeysFile {base / 'authorized_keys'}",
            # Real ESXi hosts are mostly reached with root's password.
            "    PasswordAuthentication yes",
            f"    SetEnv HANGDUMP_ESXI_BIN={base / 'bin'} "
            f"HANGDUMP_ESXI_SCRATCH={esxi['scratch']} "
            f"HANGDUMP_ESXI_INVENTORY={esxi['inventory']}",
            "",
        ]
    )


def _banner(port: int) -> bool:
    """True when something on ``port`` greets with an SSH identification string."""
    try:
        with socket.create_connection((HOST, port), timeout=2) as s:
            return s.recv(64).startswith(b"SSH-2.0-")
    except OSError:
        return False


def start(ctx: Context) -> dict[str, Any]:
    """Start sshd on 127.0.0.1 and a free port; return its public and private info."""
    if os.geteuid() != 0:
        raise LabError(
            translate(
                "Lab",
                "The lab's sshd needs root (it logs in two accounts, one of them "
                "the dedicated {user}).",
            ).format(user=ESXI_USER),
            translate("Lab", "Run the lab as root."),
        )
    d = ctx.dir()
    _check_strict_modes(d)
    user = pwd.getpwuid(os.getuid()).pw_name
    host_pub = _keygen(d / "ssh_host_ed25519_key", "hangdump-lab-sshd")
    client_pub = _keygen(d / "client_ed25519", "hangdump-lab-client")
    port = free_port()
    known_hosts = d / "known_hosts"
    known_hosts.write_text(f"[{HOST}]:{port} {' '.join(host_pub.split()[:2])}\n")

    pw = _ensure_esxi_account()
    esxi_password = _set_esxi_password()
    esxi = _prepare_esxi(ctx, pw, client_pub, port, user, known_hosts)
    keys_dir = d / "authorized_keys"
    keys_dir.mkdir(mode=0o755, exist_ok=True)
    (keys_dir / user).write_text(client_pub + "\n" + esxi["relay_line"] + "\n")
    (keys_dir / user).chmod(0o600)

    cfg = d / "sshd_config"
    cfg.write_text(_config(d, port, user, esxi))
    log = d / "sshd.log"
    Path("/run/sshd").mkdir(mode=0o755, exist_ok=True)  # privilege separation folder
    run(
        [SSHD, "-t", "-f", cfg],
        what=translate("Lab", "Checking the lab sshd configuration"),
        hint=translate("Lab", "See {path}; openssh-server must be installed.").format(path=cfg),
    )
    pid = spawn([SSHD, "-D", "-f", cfg, "-E", log], log=d / "sshd.out")

    def up() -> bool:
        if not pid_alive(pid):
            tail = log.read_text(errors="replace").strip().splitlines()[-3:] if log.exists() else []
            raise LabError(
                translate("Lab", "The lab sshd exited right after starting: {detail}").format(
                    detail=" | ".join(tail)
                ),
                translate("Lab", "See {path}.").format(path=log),
            )
        return _banner(port)

    try:
        wait_for(
            up,
            timeout=20,
            what=translate("Lab", "The lab sshd accepting connections"),
            hint=translate("Lab", "See {path}.").format(path=log),
        )
    except LabError:
        stop_pid(pid)
        raise
    return {
        "host": HOST,
        "port": port,
        "user": user,
        "key": str(d / "client_ed25519"),
        "known_hosts": str(known_hosts),
        "esxi_user": ESXI_USER,
        "esxi_password_file": str(esxi_password),
        "esxi_inventory": str(esxi["inventory"]),
        "_pid": pid,
        "_config": str(cfg),
        "_log": str(log),
        "_esxi_dir": str(esxi["base"]),
    }


def public(info: dict[str, Any]) -> dict[str, Any]:
    """What ``lab status --json`` shows: addresses and trust material, no pids."""
    return {k: v for k, v in info.items() if not k.startswith("_")}


def _is_our_sshd(info: dict[str, Any]) -> bool:
    """The recorded pid is still this sshd (and not a recycled pid)."""
    pid = int(info.get("_pid", 0))
    if not pid_alive(pid):
        return False
    try:
        # sshd rewrites its title ("sshd: /usr/sbin/sshd -D -f CFG ... [listener]").
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
    except OSError:
        return False
    return b" -f " + str(info.get("_config", "")).encode() + b" " in cmdline + b" "


def alive(info: dict[str, Any]) -> bool:
    """sshd's pid is alive and its port accepts connections."""
    return _is_our_sshd(info) and port_open(int(info.get("port", 0)))


def _descendants(pid: int) -> list[int]:
    """Every process below ``pid`` (per-connection sshds call setsid, so no group kill)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = stat.read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found: list[int] = []
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def stop(info: dict[str, Any]) -> None:
    """Stop sshd and every session below it; remove this run's ESXi folder."""
    pid = int(info.get("_pid", 0))
    if _is_our_sshd(info):
        below = _descendants(pid)
        stop_pid(pid)
        for child in reversed(below):
            stop_pid(child, timeout=2)
    esxi_dir = info.get("_esxi_dir")
    if esxi_dir and Path(esxi_dir).parent == ESXI_HOME / "runs":
        shutil.rmtree(esxi_dir, ignore_errors=True)
