"""HangDump's window (PySide6). Nothing under ``backends/`` imports this package.

One process-wide setting must precede any QApplication, so it lives here, where
every importer of the GUI (the app, its tests, the screenshot script) passes first:
on Linux Qt's event dispatcher would otherwise iterate GLib's default main
context on the GUI thread. libvirt's event loop (``backends.hypervisors.
libvirt_events``, a thread of ours, as in virt-manager) iterates that same
context since libvirt 6.3, and GLib lets one thread own it at a time: with Qt
holding it, domain events never arrived and keepalive probes went unanswered.
Qt's own UNIX dispatcher leaves the context to libvirt.
"""

import os as _os
import sys as _sys

if _sys.platform.startswith("linux"):
    _os.environ.setdefault("QT_NO_GLIB", "1")
