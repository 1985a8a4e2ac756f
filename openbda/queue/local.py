"""The embedded worker pool: N worker processes fed by one supervisor thread.

Why not concurrent.futures: a worker that dies (a parser crash, the OOM killer) must fail or
retry only its own job and be replaced, and a job that runs past its deadline must be stopped;
a ProcessPoolExecutor breaks as a whole in both cases. The supervisor knows which job each
worker holds, so it can do both.
"""

from __future__ import annotations

import contextlib
import faulthandler
import gc
import logging
import multiprocessing as mp
import os
import re
import socket
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol

from openbda.config import Settings
from openbda.document.limits import (
    apply_memory_limit,
    memory_limit_message,
    restore_memory_limit,
    worker_memory_limit_mb,
)
from openbda.domain.jobs import JobOutcome, JobStatus
from openbda.pipeline.runner import JobSpec

if TYPE_CHECKING:
    from openbda.pipeline.worker import WorkerContext

log = logging.getLogger(__name__)

# A job whose worker dies is retried this many times on a fresh worker before it fails.
CRASH_RETRIES = 1


def _worker_main(conn: Connection, settings: Settings) -> None:
    # Workers yield the CPU to the API process so that submissions stay fast under load.
    os.nice(10)
    logging.basicConfig(level=settings.log_level)
    # The cap is in force before the engines load, so that what they take counts against it.
    limit_mb = worker_memory_limit_mb(settings.worker_memory_mb, max(1, settings.workers))
    uncapped = apply_memory_limit(limit_mb)
    try:
        context = _load_context(settings)
    except (MemoryError, ImportError):
        # A cap too small for the engines would fail every job: lift it (first, so that even
        # logging has memory again), run uncapped and say why. Under the cap a native module
        # fails to map into memory, which Python reports as an ImportError.
        restore_memory_limit(uncapped)
        gc.collect()
        log.error(
            "the worker memory limit of %s MB is too small to load the engines; workers run "
            "without a memory limit (raise worker_memory_mb)",
            limit_mb,
        )
        limit_mb = None
        context = _load_context(settings)
    records = _CrashRecords(_crash_folder(settings))
    conn.send(("ready", None))
    while True:
        try:
            spec = conn.recv()
        except (EOFError, OSError):
            return  # the supervisor is gone: exit rather than linger as an orphan
        if spec is None:
            return
        outcome = _run_guarded(context, spec, records, limit_mb)
        try:
            conn.send(("done", outcome))
        except (BrokenPipeError, OSError):
            return


def _load_context(settings: Settings) -> WorkerContext:
    # Imported in the worker: the server process never needs the context's clients and engines.
    from openbda.pipeline.worker import WorkerContext

    return WorkerContext(settings)


class _Runs(Protocol):
    def execute(self, spec: JobSpec) -> JobOutcome: ...


def _run_guarded(
    context: _Runs, spec: JobSpec, records: _CrashRecords, limit_mb: int | None
) -> JobOutcome:
    """Run one job so that input too big or too broken for the parsers ends as ClientError.

    Python allocations beyond the memory cap raise MemoryError, handled here. C libraries
    (pdfium, LibreOffice's filters) abort instead and take the worker with them; the pool
    retries such a job once on a fresh worker, which finds the crash record its predecessor
    left and fails the job rather than crash again.
    """
    cause = _fatal_cause(records.previous_crash(spec.job_id))
    if cause is not None:
        log.warning("job %s crashed its worker (%s); not running it again", spec.job_id, cause)
        return _client_error(spec, _crash_message(cause, limit_mb))
    records.start(spec.job_id)
    try:
        outcome = context.execute(spec)
    except MemoryError:
        gc.collect()
        log.warning("job %s ran out of memory under the %s MB limit", spec.job_id, limit_mb)
        outcome = _client_error(spec, memory_limit_message(limit_mb))
    finally:
        records.finish()
    return outcome


def _client_error(spec: JobSpec, message: str) -> JobOutcome:
    return JobOutcome(
        job_id=spec.job_id,
        status=JobStatus.CLIENT_ERROR,
        error_type=JobStatus.CLIENT_ERROR.value,
        error_message=message,
    )


# faulthandler's first line for each fatal signal; SIGABRT under the memory cap is an
# allocation that failed in C code (pdfium and C++'s bad_alloc both abort).
_FATAL = re.compile(r"Fatal Python error: (.+)")


def _fatal_cause(record: str | None) -> str | None:
    """What killed the previous attempt ("Aborted", "Segmentation fault", ...), or None when
    there was none or it was killed from outside (SIGKILL leaves no report) and may simply
    run again."""
    found = _FATAL.search(record or "")
    return found.group(1).strip() if found else None


def _crash_message(cause: str, limit_mb: int | None) -> str:
    if cause == "Aborted" and limit_mb is not None:
        return memory_limit_message(limit_mb)
    return (
        f"Processing the input crashed the document parser ({cause}); the file is probably "
        "damaged. Check that it opens in a viewer, save or print it to a new file, and "
        "submit that file."
    )


def _crash_folder(settings: Settings) -> Path:
    # Under the data directory, shared by a worker and the one that replaces it, and kept
    # across restarts: a job re-queued after a restart still knows it crashed a worker.
    return settings.data_dir / "workers" / "crash-records"


class _CrashRecords:
    """A file per running job that names it; a fatal signal appends faulthandler's report.

    A worker killed with SIGKILL (the kernel's OOM killer, an operator) leaves the record
    without a report, so its job runs again as before.
    """

    # Records of jobs that were never retried (a worker stopped at its deadline) are removed
    # by a worker starting once they are this old.
    STALE_SECONDS = 24 * 3600

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self._file: IO[str] | None = None
        self._path: Path | None = None
        # Outside jobs, fatal errors are reported on stderr, in the server's log.
        faulthandler.enable(file=sys.stderr)
        cutoff = time.time() - self.STALE_SECONDS
        for old in self.folder.glob("*.running"):
            with contextlib.suppress(OSError):
                if old.stat().st_mtime < cutoff:
                    old.unlink()

    def _path_for(self, job_id: str) -> Path:
        return self.folder / f"{re.sub(r'[^A-Za-z0-9_.-]', '_', job_id)}.running"

    def previous_crash(self, job_id: str) -> str | None:
        """The record a previous attempt of this job left, removed once read; None if none."""
        path = self._path_for(job_id)
        try:
            text = path.read_text(errors="replace")
        except OSError:
            return None
        with contextlib.suppress(OSError):
            path.unlink()
        return text

    def start(self, job_id: str) -> None:
        self._path = self._path_for(job_id)
        self._file = self._path.open("w")
        self._file.write(f"job {job_id} pid {os.getpid()}\n")
        self._file.flush()
        faulthandler.enable(file=self._file)

    def finish(self) -> None:
        faulthandler.enable(file=sys.stderr)
        if self._file is not None:
            self._file.close()
        if self._path is not None:
            with contextlib.suppress(OSError):
                self._path.unlink()
        self._file = self._path = None


@dataclass
class _Task:
    spec: JobSpec
    future: Future[JobOutcome] | None  # set for sync requests, None for async jobs
    crashes: int = 0


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    ready: bool = False
    task: _Task | None = None
    deadline: float = 0.0


# The supervisor records async jobs' state changes in the server process: with SQLite, one
# process writing (its threads queued on a mutex) avoids the lock contention between processes
# that would otherwise stall API requests.
# Both take batches, so a busy pool costs one transaction per round, not one per job.
OutcomeCallback = Callable[[list[JobOutcome]], object]
StartCallback = Callable[[list[str]], set[str]]


class LocalWorkerPool:
    def __init__(
        self,
        settings: Settings,
        *,
        on_outcome: OutcomeCallback,
        on_start: StartCallback,
        size: int | None = None,
        worker_main: Callable[[Connection, Settings], None] | None = None,
    ):
        self.settings = settings
        # What each worker process runs; tests substitute workers that crash or hang.
        self.worker_main = worker_main or _worker_main
        self.size = settings.workers if size is None else size
        self.on_outcome = on_outcome
        self.on_start = on_start
        self._ctx = mp.get_context("spawn")
        self._pending: deque[_Task] = deque()
        self._lock = threading.Lock()
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_r.setblocking(False)
        self._workers: list[_Worker] = []
        self._outcomes: list[JobOutcome] = []
        self._stopping = False
        self._thread: threading.Thread | None = None

    # -- public API ---------------------------------------------------------------------

    def start(self) -> None:
        for _ in range(self.size):
            self._workers.append(self._spawn())
        self._thread = threading.Thread(target=self._supervise, name="openbda-pool", daemon=True)
        self._thread.start()

    def submit(self, spec: JobSpec) -> None:
        self._enqueue(_Task(spec, None))

    def run_sync(self, spec: JobSpec) -> Future[JobOutcome]:
        future: Future[JobOutcome] = Future()
        self._enqueue(_Task(spec, future))
        return future

    def stop(self, timeout: float = 10.0) -> None:
        self._stopping = True
        self._wake()
        if self._thread is not None:
            self._thread.join(timeout)
        for worker in self._workers:
            with contextlib.suppress(OSError):
                worker.conn.send(None)
        end = time.monotonic() + timeout
        for worker in self._workers:
            worker.process.join(max(0.0, end - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(1)
        self._wake_r.close()
        self._wake_w.close()

    @property
    def backlog(self) -> int:
        with self._lock:
            return len(self._pending)

    # -- supervisor ---------------------------------------------------------------------

    def _enqueue(self, task: _Task) -> None:
        with self._lock:
            self._pending.append(task)
        self._wake()

    def _wake(self) -> None:
        # A full buffer means a wake-up is already pending; OSError means we are shutting down.
        with contextlib.suppress(BlockingIOError, OSError):
            self._wake_w.send(b"x")

    def _spawn(self) -> _Worker:
        parent, child = self._ctx.Pipe(duplex=True)
        process = self._ctx.Process(
            target=self.worker_main, args=(child, self.settings), name="openbda-worker", daemon=True
        )
        process.start()
        child.close()
        return _Worker(process, parent)

    def _supervise(self) -> None:
        while not self._stopping:
            try:
                self._step()
            except Exception:  # the supervisor must outlive any single failure
                log.exception("worker pool supervisor error")
                time.sleep(0.1)

    def _step(self) -> None:
        self._dispatch()
        now = time.monotonic()
        busy_deadlines = [w.deadline for w in self._workers if w.task is not None]
        timeout = max(0.0, min(busy_deadlines) - now) if busy_deadlines else None
        handles: list[Any] = [self._wake_r]
        for worker in self._workers:
            handles.append(worker.conn)
            handles.append(worker.process.sentinel)
        ready = wait(handles, timeout)
        if self._wake_r in ready:
            try:
                while self._wake_r.recv(4096):
                    pass
            except BlockingIOError:
                pass
        for worker in list(self._workers):
            if worker.conn in ready:
                self._receive(worker)
            elif worker.process.sentinel in ready:
                self._replace_dead(worker)
        self._enforce_deadlines()
        self._record_outcomes()

    def _receive(self, worker: _Worker) -> None:
        try:
            kind, payload = worker.conn.recv()
        except (EOFError, OSError):
            self._replace_dead(worker)
            return
        if kind == "ready":
            worker.ready = True
            return
        task, worker.task = worker.task, None
        if task is not None:
            self._complete(task, payload)

    def _complete(self, task: _Task, outcome: JobOutcome) -> None:
        if task.future is not None:
            task.future.set_result(outcome)
        else:
            self._outcomes.append(outcome)

    def _record_outcomes(self) -> None:
        if not self._outcomes:
            return
        outcomes, self._outcomes = self._outcomes, []
        try:
            self.on_outcome(outcomes)
        except Exception:
            log.exception("could not record the outcomes of %d job(s)", len(outcomes))

    def _replace_dead(self, worker: _Worker) -> None:
        worker.process.join(1)
        code = worker.process.exitcode
        self._workers.remove(worker)
        worker.conn.close()
        task = worker.task
        if task is not None:
            task.crashes += 1
            if task.crashes <= CRASH_RETRIES:
                log.warning("worker died (exit %s) running %s; retrying", code, task.spec.job_id)
                with self._lock:
                    self._pending.appendleft(task)
            else:
                self._complete(
                    task,
                    JobOutcome(
                        job_id=task.spec.job_id,
                        status=JobStatus.SERVICE_ERROR,
                        error_type=JobStatus.SERVICE_ERROR.value,
                        error_message=(
                            f"The worker processing this job stopped unexpectedly (exit code "
                            f"{code}) on {task.crashes} attempts."
                        ),
                    ),
                )
        if not self._stopping:
            self._workers.append(self._spawn())

    def _enforce_deadlines(self) -> None:
        now = time.monotonic()
        for worker in list(self._workers):
            if worker.task is None or worker.deadline > now:
                continue
            task, worker.task = worker.task, None
            log.warning("job %s exceeded its time limit; stopping its worker", task.spec.job_id)
            worker.process.kill()
            self._complete(
                task,
                JobOutcome(
                    job_id=task.spec.job_id,
                    status=JobStatus.CLIENT_ERROR,
                    error_type=JobStatus.CLIENT_ERROR.value,
                    error_message=(
                        f"Processing the input took longer than the limit of "
                        f"{self.settings.job_timeout_seconds:g} seconds."
                    ),
                ),
            )
            self._replace_dead(worker)

    def _dispatch(self) -> None:
        while True:
            idle = [w for w in self._workers if w.ready and w.task is None]
            tasks = self._take(len(idle))
            if not tasks:
                return
            # Persist InProgress for the whole batch before any of it starts; a job that is
            # already finished (e.g. recovered twice) is dropped rather than run again.
            job_ids = [t.spec.job_id for t in tasks if t.future is None]
            allowed = self.on_start(job_ids) if job_ids else set()
            runnable = [t for t in tasks if t.future is not None or t.spec.job_id in allowed]
            for worker, task in zip(idle, runnable, strict=False):
                worker.task = task
                worker.deadline = time.monotonic() + self.settings.job_timeout_seconds
                try:
                    worker.conn.send(task.spec)
                except OSError:
                    self._replace_dead(worker)
            if len(runnable) == len(tasks):
                return

    def _take(self, count: int) -> list[_Task]:
        with self._lock:
            return [self._pending.popleft() for _ in range(min(count, len(self._pending)))]
