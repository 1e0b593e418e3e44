"""``hangdump memdump`` (see capture_cmds)."""

from backends.commands.capture_cmds import register_memdump as register

__all__ = ["register"]
