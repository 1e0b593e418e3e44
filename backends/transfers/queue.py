"""The transfer queue: persistent (SQLite), two downloads at a time, events for the window.

Jobs survive an application restart: a job that was running when the process
died is found in state ``running`` at the next start, put back to ``queued`` and
resumed from its ``.part`` file.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from backends import appdirs
from backends.cancel import CancelToken, Progress
from backends.errors import Cancelled, UserError
from backends.i18n import QT_TRANSLATE_NOOP, translate, translate_marked
from backends.transfers.download import Downloaded, download
from backends.transfers.sources import Source

STATES = ("queued", "running", "paused", "failed", "done", "verified", "cancelled")

#: How a state reads in a job's log and messages (the state itself stays English).
STATE_TEXT = {
    "queued": QT_TRANSLATE_NOOP("Transfers", "queued"),
    "running": QT_TRANSLATE_NOOP("Transfers", "running"),
    "paused": QT_TRANSLATE_NOOP("Transfers", "paused"),
    "failed": QT_TRANSLATE_NOOP("Transfers", "failed"),
    "done": QT_TRANSLATE_NOOP("Transfers", "done"),
    "verified": QT_TRANSLATE_NOOP("Transfers", "verified"),
    "cancelled": QT_TRANSLATE_NOOP("Transfers", "cancelled"),
}


def state_text(state: str) -> str:
    """``state`` as the user reads it."""
    return translate_marked("Transfers", STATE_TEXT[state]) if state in STATE_TEXT else state


SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    source TEXT NOT NULL,
    dest TEXT NOT NULL,
    connection TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL,
    size INTEGER NOT NULL DEFAULT 0,
    done INTEGER NOT NULL DEFAULT 0,
    speed REAL NOT NULL DEFAULT 0,
    sha256 TEXT NOT NULL DEFAULT '',
    error TEXT NOT NULL DEFAULT '',
    log TEXT NOT NULL DEFAULT '[]',
    created REAL NOT NULL,
    updated REAL NOT NULL
)
"""


@dataclass
class Job:
    id: int
    source: str
    dest: str
    connection: str
    state: str
    size: int = 0
    done: int = 0
    speed: float = 0.0
    sha256: str = ""
    error: str = ""
    log: list[str] = field(default_factory=list)

    @property
    def eta_seconds(self) -> float | None:
        if self.speed <= 0 or not self.size:
            return None
        return max(self.size - self.done, 0) / self.speed


#: ``resolve(job) -> Source``: turns a stored job into a live source (credentials are
#: never stored in the queue; the resolver asks the keyring or the user).
Resolver = Callable[[Job], Source]
Listener = Callable[[Job], None]


class TransferQueue:
    def __init__(self, resolve: Resolver, db_path: Path | None = None, parallel: int = 2) -> None:
        self.db_path = db_path or appdirs.data_dir() / "transfers.sqlite3"
        self.resolve = resolve
        self.parallel = parallel
        self._lock = threading.RLock()
        self._listeners: list[Listener] = []
        self._cancels: dict[int, CancelToken] = {}
        self._intent: dict[int, str] = {}  # why a running job was stopped: paused|cancelled
        self._threads: dict[int, threading.Thread] = {}
        self._closing = False
        self._db = sqlite3.connect(str(self.db_path), check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(SCHEMA)
        # A job "running" in the file belongs to a process that died: resume it.
        self._db.execute("UPDATE jobs SET state='queued' WHERE state='running'")

    # -- observation ---------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _emit(self, job: Job) -> None:
        for listener in list(self._listeners):
            with contextlib.suppress(Exception):
                listener(job)

    def jobs(self) -> list[Job]:
        with self._lock:
            rows = self._db.execute(
                "SELECT id, source, dest, connection, state, size, done, speed, sha256, "
                "error, log FROM jobs ORDER BY id"
            ).fetchall()
        return [self._job(r) for r in rows]

    def get(self, job_id: int) -> Job:
        with self._lock:
            row = self._db.execute(
                "SELECT id, source, dest, connection, state, size, done, speed, sha256, "
                "error, log FROM jobs WHERE id=?",
                (job_id,),
            ).fetchone()
        if row is None:
            raise UserError(
                translate("Transfers", "There is no transfer number {job}.").format(job=job_id),
                translate("Transfers", "Refresh the list."),
            )
        return self._job(row)

    @staticmethod
    def _job(r: tuple[Any, ...]) -> Job:
        return Job(
            id=r[0],
            source=r[1],
            dest=r[2],
            connection=r[3],
            state=r[4],
            size=r[5],
            done=r[6],
            speed=r[7],
            sha256=r[8],
            error=r[9],
            log=json.loads(r[10]),
        )

    def _set(self, job_id: int, **fields: Any) -> Job:
        with self._lock:
            if "log" in fields:
                fields["log"] = json.dumps(fields["log"][-200:])
            cols = ", ".join(f"{k}=?" for k in fields)
            self._db.execute(
                f"UPDATE jobs SET {cols}, updated=? WHERE id=?",  # noqa: S608
                (*fields.values(), time.time(), job_id),
            )
            job = self.get(job_id)
        self._emit(job)
        return job

    def _log(self, job_id: int, text: str) -> None:
        job = self.get(job_id)
        stamp = time.strftime("%H:%M:%S")
        self._set(job_id, log=[*job.log, f"{stamp} {text}"])

    # -- commands --------------------------------------------------------------
    def add(self, source: str, dest: Path, connection: str = "") -> Job:
        """Queue a download; it starts when a slot is free."""
        with self._lock:
            for j in self.jobs():
                if j.dest == str(dest) and j.state in ("queued", "running", "paused"):
                    raise UserError(
                        translate(
                            "Transfers", "{dest} is already being downloaded (transfer {job})."
                        ).format(dest=dest, job=j.id),
                        translate("Transfers", "Wait for it, or cancel it first."),
                    )
            now = time.time()
            cur = self._db.execute(
                "INSERT INTO jobs (source, dest, connection, state, created, updated) "
                "VALUES (?, ?, ?, 'queued', ?, ?)",
                (source, str(dest), connection, now, now),
            )
            job_id = int(cur.lastrowid or 0)
        self._log(
            job_id,
            translate("Transfers", "queued {source} -> {dest}").format(source=source, dest=dest),
        )
        self.pump()
        return self.get(job_id)

    def pause(self, job_id: int) -> None:
        self._stop(job_id, "paused")

    def cancel(self, job_id: int) -> None:
        """Stop and forget the partial file's job (the ``.part`` stays on disk)."""
        self._stop(job_id, "cancelled")

    def _stop(self, job_id: int, state: str) -> None:
        with self._lock:
            job = self.get(job_id)
            if job.state == "running" and job_id in self._cancels:
                self._intent[job_id] = state
                self._cancels[job_id].cancel()
            elif job.state in ("queued", "paused", "failed"):
                self._set(job_id, state=state, speed=0.0)

    def resume(self, job_id: int) -> None:
        """Resume a paused, failed or cancelled job (retry)."""
        with self._lock:
            job = self.get(job_id)
            if job.state in ("paused", "failed", "cancelled"):
                self._set(job_id, state="queued", error="")
        self.pump()

    retry = resume

    def pump(self) -> None:
        """Start queued jobs while fewer than ``parallel`` run."""
        with self._lock:
            if self._closing:
                return
            running = sum(1 for t in self._threads.values() if t.is_alive())
            for job in self.jobs():
                if running >= self.parallel:
                    break
                if job.state != "queued" or job.id in self._threads:
                    continue
                token = CancelToken()
                self._cancels[job.id] = token
                self._set(job.id, state="running", error="")
                t = threading.Thread(
                    target=self._run, args=(job.id, token), name=f"transfer-{job.id}", daemon=True
                )
                self._threads[job.id] = t
                running += 1
                t.start()

    def run_to_end(
        self, source: str, dest: Path, connection: str, progress: Progress, cancel: CancelToken
    ) -> Job:
        """Queue a download and block until it ends (for capture flows run in a job
        thread): its progress is reported, a cancel cancels the transfer, a failure
        raises its message."""
        job = self.add(source, dest, connection)
        while True:
            if cancel.cancelled:
                self.cancel(job.id)
                raise Cancelled()
            job = self.get(job.id)
            if job.state in ("done", "verified"):
                return job
            if job.state in ("failed", "cancelled", "paused"):
                raise UserError(
                    translate("Transfers", "The transfer of {source} stopped: {reason}.").format(
                        source=source, reason=job.error or state_text(job.state)
                    ),
                    translate(
                        "Transfers",
                        "Resume it in the transfer panel, then run the capture's collection again.",
                    ),
                )
            progress(job.done, job.size, f"{Path(dest).name}: {job.speed / 1e6:.1f} MB/s")
            cancel.wait(0.25)

    def wait(self, timeout: float | None = None) -> bool:
        """Block until no job runs or is queued (tests, the CLI)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            with self._lock:
                busy = any(j.state in ("queued", "running") for j in self.jobs())
            if not busy:
                return True
            if deadline is not None and time.monotonic() > deadline:
                return False
            time.sleep(0.05)

    def close(self, timeout: float = 5.0) -> None:
        """Pause running jobs (they resume at the next start) and close the database."""
        with self._lock:
            self._closing = True
            for job_id, token in self._cancels.items():
                self._intent[job_id] = "queued"
                token.cancel()
            threads = list(self._threads.values())
        for t in threads:
            t.join(timeout)
        with self._lock:
            self._db.close()

    # -- the worker ------------------------------------------------------------
    def _run(self, job_id: int, token: CancelToken) -> None:
        job = self.get(job_id)
        source: Source | None = None

        rate = _Rate()
        last = [0.0]

        def progress(done: int, total: int, text: str) -> None:
            speed = rate.update(done)
            now = time.monotonic()
            if now - last[0] >= 0.25 or done >= total:  # the database, not every chunk
                last[0] = now
                self._set(job_id, done=done, size=total, speed=speed)

        try:
            source = self.resolve(job)
            result: Downloaded = download(source, Path(job.dest), progress=progress, cancel=token)
        except Cancelled:
            state = self._intent.pop(job_id, "paused")
            self._set(job_id, state=state, speed=0.0)
            self._log(job_id, state_text(state))
        except UserError as exc:
            self._set(job_id, state="failed", error=str(exc), speed=0.0)
            self._log(job_id, translate("Transfers", "failed: {error}").format(error=exc))
        except Exception as exc:  # a bug: keep the queue alive, show it in the job
            error = translate("Transfers", "unexpected: {error}").format(error=repr(exc))
            self._set(job_id, state="failed", error=error, speed=0.0)
            self._log(
                job_id,
                translate("Transfers", "failed unexpectedly: {error}").format(error=repr(exc)),
            )
        else:
            state = "verified" if result.remote_sha256 else "done"
            self._set(
                job_id,
                state=state,
                done=result.size,
                size=result.size,
                sha256=result.sha256,
                speed=0.0,
            )
            how = (
                translate("Transfers", "SHA-256 matches the source's")
                if result.remote_sha256
                else translate("Transfers", "size checked")
            )
            self._log(
                job_id,
                translate("Transfers", "{state}: {size} bytes, sha256 {sha256} ({how})").format(
                    state=state_text(state), size=result.size, sha256=result.sha256, how=how
                ),
            )
        finally:
            if source is not None:
                with contextlib.suppress(Exception):
                    source.close()
            with self._lock:
                self._cancels.pop(job_id, None)
                self._threads.pop(job_id, None)
            with contextlib.suppress(sqlite3.ProgrammingError):
                self.pump()


class _Rate:
    """Bytes per second as an exponential moving average (about 2 s of memory)."""

    def __init__(self) -> None:
        self.t: float | None = None
        self.b = 0
        self.value = 0.0

    def update(self, done: int) -> float:
        now = time.monotonic()
        if self.t is None or done < self.b:
            self.t, self.b = now, done
            return self.value
        dt = now - self.t
        if dt >= 0.2:
            inst = (done - self.b) / dt
            alpha = min(1.0, dt / 2.0)
            self.value = inst if self.value == 0 else (1 - alpha) * self.value + alpha * inst
            self.t, self.b = now, done
        return self.value
