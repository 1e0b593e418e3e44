"""libvirt through libvirt-python: ``qemu:///system``, ``qemu+ssh://``, ``test:///default``.

libvirt-python has no wheels (it builds against the system's libvirt), so it is
imported here only; without it, ``virsh+ssh://`` does the same over SSH.
``qemu+ssh://`` does not use libvirt's own ssh transport: its RPC goes through
HangDump's verified SSH connection (:mod:`backends.hypervisors.libvirt_tunnel`).
"""

from __future__ import annotations

import contextlib
import os
import queue
import threading
import time
from pathlib import Path
from typing import Any

from backends.cancel import NEVER, CancelToken, Progress, no_progress
from backends.errors import UserError
from backends.hypervisors.base import (
    Capabilities,
    DatastoreSpace,
    NmiResult,
    PowerState,
    RemoteFile,
    VmInfo,
    VmListener,
)
from backends.hypervisors.kinds import LibvirtFamily
from backends.hypervisors.libvirt_events import ensure_event_loop
from backends.hypervisors.libvirt_tunnel import LibvirtTunnel
from backends.hypervisors.uri import ConnectionSpec
from backends.i18n import translate

#: libvirt formats for memory-only dumps; the names are ours, the CLI shows them.
DUMP_FORMATS = {"kdump-zlib": 1, "elf": 0, "kdump-lzo": 2, "kdump-snappy": 3}
DUMP_SUFFIX = {
    "kdump-zlib": ".kdump",
    "kdump-lzo": ".kdump",
    "kdump-snappy": ".kdump",
    "elf": ".elf",
}
DUMP_DIR = "/var/lib/libvirt/qemu/dump"


def _libvirt() -> Any:
    try:
        import libvirt
    except ImportError as exc:
        raise UserError(
            translate(
                "Libvirt",
                "libvirt-python is not installed here, so qemu:// connections are unavailable.",
            ),
            translate(
                "Libvirt",
                "Use virsh+ssh://user@host (runs virsh on the host over SSH), or install "
                "libvirt-python (pip install 'hangdump[libvirt]', needs libvirt's headers).",
            ),
        ) from exc
    libvirt.registerErrorHandler(lambda _c, _e: None, None)
    return libvirt


def power_state(libvirt: Any, state: int) -> PowerState:
    table = {
        libvirt.VIR_DOMAIN_RUNNING: PowerState.ON,
        libvirt.VIR_DOMAIN_BLOCKED: PowerState.ON,
        libvirt.VIR_DOMAIN_SHUTDOWN: PowerState.ON,
        libvirt.VIR_DOMAIN_PAUSED: PowerState.PAUSED,
        libvirt.VIR_DOMAIN_SHUTOFF: PowerState.OFF,
        libvirt.VIR_DOMAIN_CRASHED: PowerState.CRASHED,
        libvirt.VIR_DOMAIN_PMSUSPENDED: PowerState.SUSPENDED,
    }
    return table.get(state, PowerState.UNKNOWN)


class LibvirtHypervisor(LibvirtFamily):
    kind = "libvirt"

    def __init__(
        self,
        spec: ConnectionSpec,
        *,
        ssh_host_fetch: Any = None,
        tunnel: LibvirtTunnel | None = None,
    ) -> None:
        """Open ``spec``; ``ssh_host_fetch(target)`` (remote only) returns a connector
        used to fetch dumps from the host over SFTP. With ``tunnel``, libvirt talks
        through it, and :meth:`close` closes it too."""
        self.libvirt = _libvirt()
        ensure_event_loop(self.libvirt)
        self.spec = spec
        self.uri = spec.uri
        self._ssh_host_fetch = ssh_host_fetch
        self._tunnel = tunnel
        self._listeners: list[VmListener] = []
        self._callback_id: int | None = None
        self._event_queue: queue.SimpleQueue[Any] | None = None
        try:
            self.conn = self.libvirt.open(tunnel.uri if tunnel else spec.libvirt_uri)
        except self.libvirt.libvirtError as exc:
            intro = translate("Libvirt", "Cannot connect to {uri}").format(uri=spec.libvirt_uri)
            # libvirt's own words may be translated: its error domain says "transport"
            eof = exc.get_error_domain() == self.libvirt.VIR_FROM_RPC
            failure = tunnel.failure(libvirt_saw_eof=eof) if tunnel is not None else ""
            if tunnel is not None and failure:
                raise UserError(
                    translate("Libvirt", "{intro}: on the host, {helper} said: {message}").format(
                        intro=intro, helper=tunnel.helper.name, message=failure
                    ),
                    translate(
                        "Libvirt",
                        "Check that libvirtd (or virtqemud) runs on the host and that this "
                        "SSH user may use it.",
                    ),
                ) from exc
            raise self._error(exc, intro) from exc
        with contextlib.suppress(self.libvirt.libvirtError):
            if spec.remote:
                self.conn.setKeepAlive(20, 1)
        self.hostname = self._hostname()

    def _hostname(self) -> str:
        try:
            return str(self.conn.getHostname())
        except self.libvirt.libvirtError:
            return self.spec.host or "localhost"

    def _error(self, exc: Any, intro: str) -> UserError:
        lv = self.libvirt
        code = exc.get_error_code() if hasattr(exc, "get_error_code") else None
        msg = exc.get_error_message() if hasattr(exc, "get_error_message") else str(exc)
        if code in (
            lv.VIR_ERR_AUTH_FAILED,
            lv.VIR_ERR_AUTH_CANCELLED,
            lv.VIR_ERR_ACCESS_DENIED,
            getattr(lv, "VIR_ERR_AUTH_UNAVAILABLE", -1),
        ):
            return UserError(
                translate("Libvirt", "{intro}: access denied ({message}).").format(
                    intro=intro, message=msg
                ),
                translate(
                    "Libvirt",
                    "This needs read-write libvirt access. On RHV/oVirt hosts libvirt is "
                    "protected by SASL (VDSM's account); use those credentials, or ask the "
                    "host's administrator.",
                ),
            )
        if code == lv.VIR_ERR_NO_DOMAIN:
            return UserError(
                translate("Libvirt", "{intro}: the VM no longer exists ({message}).").format(
                    intro=intro, message=msg
                ),
                translate("Libvirt", "Refresh the inventory."),
            )
        text = translate("Libvirt", "{intro}: {message}.").format(intro=intro, message=msg)
        if code == lv.VIR_ERR_OPERATION_INVALID:
            return UserError(text, translate("Libvirt", "Check that the VM is running."))
        if code == lv.VIR_ERR_NO_CONNECT or code == lv.VIR_ERR_SYSTEM_ERROR:
            return UserError(
                text,
                translate(
                    "Libvirt", "Check that libvirtd runs on the host and that you may use it."
                ),
            )
        return UserError(text, translate("Libvirt", "See the host's libvirt log for details."))

    # -- inventory -----------------------------------------------------------
    def _info(self, dom: Any, state: int | None = None, max_kib: int | None = None) -> VmInfo:
        lv = self.libvirt
        if state is None or max_kib is None:
            st, max_mem, _mem, _ncpu, _cpu = dom.info()
            state = st if state is None else state
            max_kib = max_mem if max_kib is None else max_kib
        name = dom.name()
        snapshots = 0
        with contextlib.suppress(lv.libvirtError):
            snapshots = int(dom.snapshotNum())
        return VmInfo(
            name=name,
            id=dom.UUIDString(),
            power_state=power_state(lv, int(state)),
            guest_os=self._guest_os(dom),
            host=self.hostname,
            memory_mib=int(max_kib) // 1024,
            path=f"{self.hostname}/{name}",
            ref=name,
            snapshot_count=snapshots,
        )

    def _guest_os(self, dom: Any) -> str:
        """The libosinfo short id when virt-install recorded one, else the OS type."""
        try:
            xml = str(dom.XMLDesc(0))
            marker = 'libosinfo:os id="'
            if marker in xml:
                return xml.split(marker, 1)[1].split('"', 1)[0].rsplit("/", 1)[-1]
            return str(dom.OSType())
        except self.libvirt.libvirtError:
            return ""

    def inventory(
        self, progress: Progress = no_progress, cancel: CancelToken = NEVER
    ) -> list[VmInfo]:
        lv = self.libvirt
        try:
            stats = self.conn.getAllDomainStats(
                lv.VIR_DOMAIN_STATS_STATE | lv.VIR_DOMAIN_STATS_BALLOON
            )
        except lv.libvirtError:
            stats = None
        out: list[VmInfo] = []
        try:
            if stats is not None:
                for i, (dom, s) in enumerate(stats):
                    cancel.check()
                    out.append(self._info(dom, s.get("state.state"), s.get("balloon.maximum")))
                    progress(i + 1, len(stats), translate("Libvirt", "reading domains"))
            else:
                doms = self.conn.listAllDomains(0)
                for i, dom in enumerate(doms):
                    cancel.check()
                    out.append(self._info(dom))
                    progress(i + 1, len(doms), translate("Libvirt", "reading domains"))
        except lv.libvirtError as exc:
            raise self._error(exc, translate("Libvirt", "Cannot list the domains")) from exc
        return sorted(out, key=lambda v: v.name)

    def _domain(self, vm: VmInfo) -> Any:
        try:
            return self.conn.lookupByUUIDString(vm.id)
        except self.libvirt.libvirtError as exc:
            raise self._error(
                exc, translate("Libvirt", "Cannot find {vm} ({id})").format(vm=vm.name, id=vm.id)
            ) from exc

    def refresh(self, vm: VmInfo) -> VmInfo:
        return self._info(self._domain(vm))

    def capabilities(self, vm: VmInfo) -> Capabilities:
        return Capabilities(
            nmi=True,
            nmi_methods=("injectNMI",),
            memory_snapshot=False,
            memory_dump=True,
            live_updates=True,
            reasons={
                "memory_snapshot": translate("Libvirt", "libvirt hosts use a memory-only dump.")
            },
        )

    # -- actions ---------------------------------------------------------------
    def send_nmi(
        self, vm: VmInfo, progress: Progress = no_progress, cancel: CancelToken = NEVER
    ) -> NmiResult:
        dom = self._domain(vm)
        try:
            dom.injectNMI(0)
        except self.libvirt.libvirtError as exc:
            raise self._error(
                exc, translate("Libvirt", "The NMI to {vm} failed").format(vm=vm.name)
            ) from exc
        return NmiResult("injectNMI", f"virDomainInjectNMI on {self.spec.libvirt_uri}")

    def memory_dump(
        self,
        vm: VmInfo,
        fmt: str = "kdump-zlib",
        progress: Progress = no_progress,
        cancel: CancelToken = NEVER,
        folder: str = DUMP_DIR,
    ) -> RemoteFile:
        """A memory-only dump written on the host; returns where to fetch it from."""
        lv = self.libvirt
        if fmt not in DUMP_FORMATS:
            raise UserError(
                translate("Libvirt", "Unknown dump format {format}.").format(format=repr(fmt)),
                translate("Libvirt", "Use one of: {formats}.").format(
                    formats=", ".join(DUMP_FORMATS)
                ),
            )
        dom = self._domain(vm)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in vm.name)
        path = f"{folder.rstrip('/')}/{safe}-{stamp}{DUMP_SUFFIX[fmt]}"
        done = threading.Event()
        error: list[BaseException] = []

        def work() -> None:
            try:
                dom.coreDumpWithFormat(path, DUMP_FORMATS[fmt], lv.VIR_DUMP_MEMORY_ONLY)
            except BaseException as exc:  # handed to the caller's thread
                error.append(exc)
            finally:
                done.set()

        threading.Thread(target=work, name="libvirt-dump", daemon=True).start()
        total_hint = vm.memory_mib * 1048576
        while not done.wait(0.5):
            if cancel.cancelled:
                with contextlib.suppress(lv.libvirtError):
                    dom.abortJob()
                done.wait(30)
                cancel.check()
            with contextlib.suppress(lv.libvirtError):
                stats = dom.jobStats()
                total = int(
                    stats.get("memory_total", 0) or stats.get("data_total", 0) or total_hint
                )
                processed = int(stats.get("memory_processed", 0) or stats.get("data_processed", 0))
                progress(
                    processed,
                    total,
                    translate("Libvirt", "dumping {vm} memory").format(vm=vm.name),
                )
        if error:
            exc = error[0]
            if isinstance(exc, lv.libvirtError):
                if cancel.cancelled:
                    cancel.check()
                raise self._error(
                    exc, translate("Libvirt", "The memory dump of {vm} failed").format(vm=vm.name)
                ) from exc
            raise exc
        return self._dump_file(path, fmt)

    def _dump_file(self, path: str, fmt: str) -> RemoteFile:
        name = Path(path).name
        if not self.spec.remote:
            try:
                size = os.stat(path).st_size
            except OSError as exc:
                raise UserError(
                    translate("Libvirt", "The dump {path} cannot be read here: {error}.").format(
                        path=path, error=exc.strerror
                    ),
                    translate(
                        "Libvirt", "Run HangDump as a user who may read libvirt's dump folder."
                    ),
                ) from exc
            return RemoteFile(name, size, path, kind="memoryDump")
        from backends.hypervisors.connect import ssh_target

        target = ssh_target(self.spec)
        port = f":{target.port}" if target.port != 22 else ""
        return RemoteFile(
            name, 0, f"sftp://{target.user}@{target.host}{port}{path}", kind="memoryDump"
        )

    def free_space_for(self, vm: VmInfo) -> DatastoreSpace | None:
        if self.spec.remote:
            return None  # measured over SSH by the flow (df on the host)
        import shutil

        usage = shutil.disk_usage(DUMP_DIR if Path(DUMP_DIR).exists() else "/")
        return DatastoreSpace(DUMP_DIR, usage.free, usage.total)

    def file_source(self, file: RemoteFile) -> Any:
        """Local dumps are read in place; remote ones over SFTP on the host."""
        from backends.transfers.sources import LocalSource, SftpSource

        if file.source.startswith("sftp://"):
            from backends.transfers.resolve import parse_sftp

            target, path = parse_sftp(file.source)
            if self._ssh_host_fetch is None:
                raise UserError(
                    translate("Libvirt", "No SSH access to the host is configured."),
                    translate("Libvirt", "Connect with qemu+ssh://user@host/system."),
                )
            return SftpSource(self._ssh_host_fetch(target), path, display=file.source)
        return LocalSource(Path(file.source))

    def delete_file(self, file: RemoteFile) -> None:
        if file.source.startswith("sftp://"):
            from backends.transfers.resolve import parse_sftp

            target, path = parse_sftp(file.source)
            client = self._ssh_host_fetch(target)()
            try:
                with client.open_sftp() as sftp:
                    sftp.remove(path)
            finally:
                client.close()
            return
        try:
            os.remove(file.source)
        except OSError as exc:
            raise UserError(
                translate("Libvirt", "Cannot remove {path}: {error}.").format(
                    path=file.source, error=exc.strerror
                ),
                translate("Libvirt", "Remove it by hand on the host."),
            ) from exc

    # -- live updates ------------------------------------------------------------
    def watch(self, listener: VmListener) -> None:
        """Call ``listener(vm)`` from libvirt's event thread on every lifecycle event."""
        self._listeners.append(listener)
        if self._callback_id is not None:
            return

        # The callback runs on libvirt's one event thread for the whole process: it
        # only queues the domain. Reading its state is an RPC, done by a worker of
        # this connection, so a slow or dead connection never holds up the events
        # of the others (virt-manager defers its work out of callbacks the same way).
        pending: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._event_queue = pending

        def on_event(_conn: Any, dom: Any, _event: int, _detail: int, _opaque: Any) -> None:
            pending.put(dom)

        def deliver() -> None:
            while (dom := pending.get()) is not None:
                try:
                    info = self._info(dom)
                except self.libvirt.libvirtError:
                    continue
                for cb in list(self._listeners):
                    with contextlib.suppress(Exception):
                        cb(info)

        threading.Thread(target=deliver, name="libvirt-vm-updates", daemon=True).start()
        self._callback_id = self.conn.domainEventRegisterAny(
            None, self.libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE, on_event, None
        )

    def close(self) -> None:
        with contextlib.suppress(Exception):
            if self._callback_id is not None:
                self.conn.domainEventDeregisterAny(self._callback_id)
        if self._event_queue is not None:
            self._event_queue.put(None)  # ends the update worker
        with contextlib.suppress(Exception):
            self.conn.close()
        if self._tunnel is not None:
            self._tunnel.close()


def open_hypervisor(spec: ConnectionSpec, access: Any) -> LibvirtHypervisor:
    """Entry point for :func:`backends.hypervisors.connect.open_connection`."""
    if spec.scheme != "qemu+ssh":
        return LibvirtHypervisor(spec, ssh_host_fetch=access.ssh)
    # libvirt's own ssh transport would trust only ~/.ssh/known_hosts and could not use
    # a password: carry its RPC over our verified connection instead.
    from backends.hypervisors.connect import ssh_target

    target = ssh_target(spec)
    connector = access.ssh(target)  # asks for a password (if any) once, for both uses

    def host_fetch(wanted: Any) -> Any:
        return connector if wanted == target else access.ssh(wanted)

    _libvirt()  # no libvirt-python: say so before connecting anywhere
    tunnel = LibvirtTunnel.open(connector, spec.path or "/system", str(target))
    try:
        return LibvirtHypervisor(spec, ssh_host_fetch=host_fetch, tunnel=tunnel)
    except BaseException:
        tunnel.close()
        raise
