"""HangDump's back end: everything that is not Qt.

Hypervisor adapters, SSH/TLS trust, guest readiness, transfers, dump
identification, crash sessions, cases, the command line and the lab. Nothing in
this package imports PySide6 or the ``gui`` package (a test enforces it).
"""

__version__ = "0.1.0"
