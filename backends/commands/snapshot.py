"""``hangdump snapshot`` (see capture_cmds)."""

from backends.commands.capture_cmds import register_snapshot as register

__all__ = ["register"]
