"""Dump identification and debuginfo lookup (no Qt).

``identify(path, progress, cancel) -> DumpInfo`` is the entry point; the other
modules are one format or responsibility each.
"""

from backends.dumps.identify import identify
from backends.dumps.info import DumpInfo

__all__ = ["DumpInfo", "identify"]
