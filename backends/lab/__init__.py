"""The local lab: real servers on loopback for rehearsals, demos and tests.

* a practice guest and an in-guest kdump guest under libvirt + QEMU (TCG),
* govmomi's vCenter simulator with the extensions HangDump needs,
* an OpenSSH server with ESXi-shell stand-ins.

``hangdump lab setup`` prepares the slow, cached assets (kernel, debug vmlinux,
crash build, simulator build, initramfs); ``hangdump lab up|down|status``
runs the servers. Everything binds to 127.0.0.1.
"""
