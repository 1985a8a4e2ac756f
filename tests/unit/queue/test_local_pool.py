"""The embedded pool's supervision with real processes: a worker that dies fails or retries
only its own job and is replaced; a job past its deadline is stopped; the rest carry on."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from openbda.config import Settings
from openbda.domain.jobs import JobOutcome, JobStatus
from openbda.pipeline.runner import JobSpec
from openbda.queue.local import LocalWorkerPool
from tests.unit.queue.scripted_worker import scripted_worker


class Recorder:
    def __init__(self) -> None:
        self.started: list[str] = []
        self.outcomes: dict[str, JobOutcome] = {}
        self.refuse: set[str] = set()
        self.lock = threading.Lock()

    def on_start(self, job_ids: list[str]) -> set[str]:
        with self.lock:
            self.started.extend(job_ids)
        return {j for j in job_ids if j not in self.refuse}

    def on_outcome(self, outcomes: list[JobOutcome]) -> None:
        with self.lock:
            for outcome in outcomes:
                self.outcomes[outcome.job_id] = outcome

    def wait_for(self, *job_ids: str, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while not all(j in self.outcomes for j in job_ids):
            assert time.monotonic() < deadline, f"no outcome for {job_ids} in {timeout}s"
            time.sleep(0.02)


@pytest.fixture
def pool(tmp_path: Path) -> Iterator[tuple[LocalWorkerPool, Recorder]]:
    recorder = Recorder()
    settings = Settings(data_dir=tmp_path, workers=2, job_timeout_seconds=1.5)
    pool = LocalWorkerPool(
        settings,
        on_outcome=recorder.on_outcome,
        on_start=recorder.on_start,
        worker_main=scripted_worker,
    )
    pool.start()
    yield pool, recorder
    pool.stop()


def spec(job_id: str) -> JobSpec:
    return JobSpec(job_id=job_id, request={}, input_uri="s3://bda-in/x", output_uri="s3://o/p")


def test_jobs_run_and_report(pool: tuple[LocalWorkerPool, Recorder]) -> None:
    workers, recorder = pool
    for i in range(10):
        workers.submit(spec(f"ok-{i}"))
    recorder.wait_for(*(f"ok-{i}" for i in range(10)))
    assert {o.status for o in recorder.outcomes.values()} == {JobStatus.SUCCESS}


def test_a_crashing_job_is_retried_once_then_fails_alone(
    pool: tuple[LocalWorkerPool, Recorder],
) -> None:
    workers, recorder = pool
    workers.submit(spec("crash-1"))
    workers.submit(spec("ok-after-crash"))
    recorder.wait_for("crash-1", "ok-after-crash")
    failed = recorder.outcomes["crash-1"]
    assert failed.status == JobStatus.SERVICE_ERROR
    assert "exit code 3" in (failed.error_message or "")
    assert recorder.outcomes["ok-after-crash"].status == JobStatus.SUCCESS
    # The pool replaced the dead workers and still runs jobs on both.
    for i in range(4):
        workers.submit(spec(f"ok-later-{i}"))
    recorder.wait_for(*(f"ok-later-{i}" for i in range(4)))


def test_a_worker_that_dies_once_gets_a_second_chance(
    pool: tuple[LocalWorkerPool, Recorder],
) -> None:
    workers, recorder = pool
    workers.submit(spec("flaky-1"))
    recorder.wait_for("flaky-1")
    assert recorder.outcomes["flaky-1"].status == JobStatus.SUCCESS
    # Each attempt is recorded as a start, so the job record counts both attempts.
    assert recorder.started.count("flaky-1") == 2


def test_a_job_past_its_deadline_is_stopped(pool: tuple[LocalWorkerPool, Recorder]) -> None:
    workers, recorder = pool
    started = time.monotonic()
    workers.submit(spec("hang-1"))
    workers.submit(spec("ok-beside-hang"))
    recorder.wait_for("hang-1", "ok-beside-hang")
    timed_out = recorder.outcomes["hang-1"]
    assert timed_out.status == JobStatus.CLIENT_ERROR
    assert "1.5 seconds" in (timed_out.error_message or "")
    assert time.monotonic() - started < 15
    workers.submit(spec("ok-after-hang"))
    recorder.wait_for("ok-after-hang")


def test_sync_requests_get_their_outcome_directly(
    pool: tuple[LocalWorkerPool, Recorder],
) -> None:
    workers, recorder = pool
    outcome = workers.run_sync(spec("ok-sync")).result(timeout=30)
    assert outcome.status == JobStatus.SUCCESS
    assert "ok-sync" not in recorder.outcomes  # sync requests leave no job record


def test_a_job_the_store_refuses_is_not_run(pool: tuple[LocalWorkerPool, Recorder]) -> None:
    workers, recorder = pool
    recorder.refuse.add("ok-finished-already")
    workers.submit(spec("ok-finished-already"))
    workers.submit(spec("ok-next"))
    recorder.wait_for("ok-next")
    time.sleep(0.2)
    assert "ok-finished-already" not in recorder.outcomes
