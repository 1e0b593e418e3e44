"""One adapter per hypervisor behind one typed interface (:mod:`.base`).

Adapters import their SDK (pyvmomi, libvirt, paramiko) inside themselves, so a
missing SDK disables one adapter with a clear message instead of breaking the
application. Use :func:`backends.hypervisors.connect.open_connection`.
"""
