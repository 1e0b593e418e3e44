"""Cancel tokens and progress callbacks for blocking back-end calls."""

from __future__ import annotations

import threading
from collections.abc import Callable

from backends.errors import Cancelled

#: ``progress(done, total, text)``; ``total`` is 0 when unknown.
Progress = Callable[[int, int, str], None]


def no_progress(done: int, total: int, text: str) -> None:
    """A progress callback that ignores everything."""


class CancelToken:
    """A flag a caller sets to ask a running operation to stop."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if cancellation was requested."""
        if self._event.is_set():
            raise Cancelled()

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``; True if cancelled meanwhile."""
        return self._event.wait(seconds)


NEVER = CancelToken()
