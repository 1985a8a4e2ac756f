"""The embedded worker pool: N worker processes fed by one supervisor thread.

Why not concurrent.futures: a worker that dies (a parser crash, the OOM killer) must fail or
retry only its own job and be replaced, and a job that runs past its deadline must be stopped;
a ProcessPoolExecutor breaks as a whole in both cases. The supervisor knows which job each
worker holds, so it can do both.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing as mp
import os
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any

from openbda.config import Settings
from openbda.domain.jobs import JobOutcome, JobStatus
from openbda.pipeline.runner import JobSpec

log = logging.getLogger(__name__)

# A job whose worker dies is retried this many times on a fresh worker before it fails.
CRASH_RETRIES = 1


def _worker_main(conn: Connection, settings: Settings) -> None:
    # Workers yield the CPU to the API process so that submissions stay fast under load.
    os.nice(10)
    logging.basicConfig(level=settings.log_level)
    from openbda.pipeline.worker import WorkerContext

    context = WorkerContext(settings)
    conn.send(("ready", None))
    while True:
        try:
            spec = conn.recv()
        except (EOFError, OSError):
            return  # the supervisor is gone: exit rather than linger as an orphan
        if spec is None:
            return
        outcome = context.execute(spec)
        try:
            conn.send(("done", outcome))
        except (BrokenPipeError, OSError):
            return


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
