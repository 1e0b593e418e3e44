"""Passwords: the OS keyring, or asked each time; never plaintext, argv or logs.

On a headless Linux machine keyring falls back to a backend that cannot store
anything; then :func:`available` is False and callers ask every time.
"""

from __future__ import annotations

import logging
import os

SERVICE = "hangdump"
ENV = "HANGDUMP_PASSWORD"

log = logging.getLogger(__name__)


def _key(user: str, host: str, port: int) -> str:
    return f"{user}@{host}:{port}"


def available() -> bool:
    """True when a real keyring backend (not the fail/null one) is present."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:  # keyring itself may fail to load on odd systems
        return False
    name = type(backend).__module__ + "." + type(backend).__name__
    return not isinstance(backend, fail.Keyring) and "null" not in name.lower()


def lookup(user: str, host: str, port: int) -> str | None:
    """``HANGDUMP_PASSWORD`` first (scripts, CI), then the keyring."""
    env = os.environ.get(ENV)
    if env:
        return env
    if not available():
        return None
    try:
        import keyring

        value = keyring.get_password(SERVICE, _key(user, host, port))
    except Exception as exc:
        log.warning("keyring lookup failed: %s", type(exc).__name__)
        return None
    return value


def store(user: str, host: str, port: int, password: str) -> bool:
    """Save in the keyring; False (nothing written anywhere) when none is available."""
    if not available():
        return False
    try:
        import keyring

        keyring.set_password(SERVICE, _key(user, host, port), password)
    except Exception as exc:
        log.warning("keyring store failed: %s", type(exc).__name__)
        return False
    return True


def forget(user: str, host: str, port: int) -> None:
    if not available():
        return
    try:
        import keyring

        keyring.delete_password(SERVICE, _key(user, host, port))
    except Exception as exc:
        log.debug("keyring delete: %s", type(exc).__name__)
