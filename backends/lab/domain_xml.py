"""libvirt domain XML for the lab's two guests (TCG, direct kernel boot)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import quoteattr

QEMU_NS = "http://libvirt.org/schemas/domain/qemu/1.0"


@dataclass(frozen=True)
class GuestSpec:
    """What differs between the practice guest and the kdump guest."""

    name: str
    kernel: Path
    initrd: Path
    cmdline: str
    console_log: Path
    ssh_port: int
    memory_mib: int = 512
    vcpus: int = 1
    disk: Path | None = None  #: raw image with the ext4 dump filesystem (kdump guest)


def _text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def domain_xml(spec: GuestSpec) -> str:
    """A persistent domain definition for ``spec``.

    - ``type='qemu'``: TCG; a KVM guest stalls in the decompressor on these machines.
    - ``vmcoreinfo``: the guest's VMCOREINFO reaches libvirt's memory-only dumps.
    - a static DAC label ``+0:+0`` runs this QEMU as root so it reads the kernel and
      initrd under root's cache, without editing ``/etc/libvirt/qemu.conf``.
    - networking through QEMU's own user-mode stack, forwarding 127.0.0.1:PORT to
      the guest's port 22 (libvirt's passt backend is disabled in Debian 12); the NIC
      sits in a fixed high PCI slot so it never takes a slot libvirt gives a disk.
    - ``on_reboot`` restart: kdump's capture kernel reboots into the normal kernel.
    """
    disk = ""
    if spec.disk is not None:
        disk = f"""
    <disk type='file' device='disk'>
      <driver name='qemu' type='raw' cache='writeback'/>
      <source file={quoteattr(str(spec.disk))}/>
      <target dev='vdb' bus='virtio'/>
    </disk>"""
    netdev = f"user,id=n0,hostfwd=tcp:127.0.0.1:{spec.ssh_port}-:22"
    return f"""<domain type='qemu' xmlns:qemu='{QEMU_NS}'>
  <name>{_text(spec.name)}</name>
  <memory unit='MiB'>{spec.memory_mib}</memory>
  <vcpu>{spec.vcpus}</vcpu>
  <os>
    <type arch='x86_64' machine='pc'>hvm</type>
    <kernel>{_text(str(spec.kernel))}</kernel>
    <initrd>{_text(str(spec.initrd))}</initrd>
    <cmdline>{_text(spec.cmdline)}</cmdline>
  </os>
  <features><acpi/><apic/><vmcoreinfo state='on'/></features>
  <on_poweroff>destroy</on_poweroff>
  <on_reboot>restart</on_reboot>
  <on_crash>destroy</on_crash>
  <devices>{disk}
    <controller type='usb' model='none'/>
    <serial type='pty'>
      <log file={quoteattr(str(spec.console_log))} append='off'/>
      <target port='0'/>
    </serial>
    <console type='pty'><target type='serial' port='0'/></console>
    <memballoon model='none'/>
  </devices>
  <seclabel type='static' model='dac' relabel='no'><label>+0:+0</label></seclabel>
  <qemu:commandline>
    <qemu:arg value='-netdev'/>
    <qemu:arg value={quoteattr(netdev)}/>
    <qemu:arg value='-device'/>
    <qemu:arg value='virtio-net-pci,netdev=n0,addr=0x1e'/>
  </qemu:commandline>
</domain>
"""
