"""The one job runner: every blocking back-end call runs here, off the GUI thread.

Callers pass a callable, an error intro and, where it makes sense, a progress
callback; results, progress and errors come back as signals on the GUI thread.
No widget starts a thread of its own.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from backends.cancel import CancelToken
from backends.errors import Cancelled


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(str, object, str)  # intro, exception, traceback text
    cancelled = Signal()


class Job(QRunnable):
    """One blocking call; progress is throttled to about 10 updates a second."""

    def __init__(self, fn: Callable[..., Any], intro: str, wants_progress: bool) -> None:
        super().__init__()
        self.fn = fn
        self.intro = intro
        self.wants_progress = wants_progress
        self.cancel = CancelToken()
        self.signals = _Signals()  # created on the GUI thread: its slots run there
        self._last = 0.0

    def _progress(self, done: int, total: int, text: str) -> None:
        now = time.monotonic()
        if now - self._last >= 0.1 or (total and done >= total):
            self._last = now
            self.signals.progress.emit(done, total, text)

    def run(self) -> None:
        try:
            result = self.fn(self._progress, self.cancel) if self.wants_progress else self.fn()
        except Cancelled:
            self.signals.cancelled.emit()
            return
        except Exception as exc:  # reported through the one error funnel
            self.signals.failed.emit(self.intro, exc, traceback.format_exc())
            return
        self.signals.done.emit(result)


class JobRunner(QObject):
    """Runs jobs on a shared thread pool and reports failures to one handler."""

    def __init__(
        self, on_error: Callable[[str, BaseException, str], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(4)
        self.on_error = on_error
        self._jobs: set[Job] = set()

    def submit(
        self,
        fn: Callable[..., Any],
        intro: str,
        on_done: Callable[[Any], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        with_progress: bool = False,
        on_failed: Callable[[BaseException, str], bool] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> Job:
        """Run ``fn`` in the pool. With ``with_progress`` it is called as
        ``fn(progress, cancel)``; otherwise with no arguments.

        ``on_failed(exc, details)`` sees a failure first (e.g. an unknown host key
        to ask about); when it returns False the error goes to the one error funnel.
        """
        job = Job(fn, intro, with_progress)
        job.setAutoDelete(False)
        self._jobs.add(job)
        if on_done:
            job.signals.done.connect(on_done)
        if on_progress:
            job.signals.progress.connect(on_progress)
        if on_failed is None:
            job.signals.failed.connect(self.on_error)
        else:

            def first(intro: str, exc: BaseException, details: str) -> None:
                if not on_failed(exc, details):
                    self.on_error(intro, exc, details)

            job.signals.failed.connect(first)
        if on_cancelled:
            job.signals.cancelled.connect(on_cancelled)
        job.signals.done.connect(lambda _r, j=job: self._jobs.discard(j))
        job.signals.failed.connect(lambda *_a, j=job: self._jobs.discard(j))
        job.signals.cancelled.connect(lambda j=job: self._jobs.discard(j))
        self.pool.start(job)
        return job

    @property
    def active(self) -> int:
        """How many submitted jobs have not finished yet."""
        return len(self._jobs)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for every running job (used at shutdown and in tests)."""
        return bool(self.pool.waitForDone(msecs))


class StreamBuffer:
    """Text a worker produces, collected under a lock until the GUI thread takes it."""

    def __init__(self) -> None:
        import threading

        self._lock = threading.Lock()
        self._parts: list[str] = []

    def put(self, text: str) -> None:
        if text:
            with self._lock:
                self._parts.append(text)

    def take(self) -> str:
        with self._lock:
            parts, self._parts = self._parts, []
        return "".join(parts)


def submit_stream(
    runner: JobRunner,
    fn: Callable[[Callable[[str], None], CancelToken], Any],
    intro: str,
    on_text: Callable[[str], None],
    on_done: Callable[[Any], None] | None = None,
    interval_ms: int = 50,
    on_failed: Callable[[BaseException, str], bool] | None = None,
) -> Job:
    """Run ``fn(emit, cancel)`` in the pool; what it emits reaches ``on_text`` in batches.

    The worker only appends to a buffer; a timer on the GUI thread hands the batch
    over about 20 times a second, so a fast producer cannot flood the event loop.
    The last batch is delivered before ``on_done`` (and before a failure is reported).
    """
    from PySide6.QtCore import QTimer

    buffer = StreamBuffer()
    timer = QTimer(runner)
    timer.setInterval(interval_ms)

    def flush() -> None:
        text = buffer.take()
        if text:
            on_text(text)

    timer.timeout.connect(flush)

    def finish(*_args: Any) -> None:
        timer.stop()
        flush()
        timer.deleteLater()

    job = Job(lambda: fn(buffer.put, job.cancel), intro, False)
    job.setAutoDelete(False)
    runner._jobs.add(job)
    # connected first, so the last text is shown before on_done / the error
    job.signals.done.connect(finish)
    job.signals.failed.connect(finish)
    job.signals.cancelled.connect(finish)
    if on_done:
        job.signals.done.connect(on_done)
    if on_failed is None:
        job.signals.failed.connect(runner.on_error)
    else:

        def first(intro: str, exc: BaseException, details: str) -> None:
            if not on_failed(exc, details):
                runner.on_error(intro, exc, details)

        job.signals.failed.connect(first)
    job.signals.done.connect(lambda _r, j=job: runner._jobs.discard(j))
    job.signals.failed.connect(lambda *_a, j=job: runner._jobs.discard(j))
    job.signals.cancelled.connect(lambda j=job: runner._jobs.discard(j))
    timer.start()
    runner.pool.start(job)
    return job
