"""Workers under a memory cap: input that exhausts it ends ClientError, whether Python raises
MemoryError or C code aborts and takes the worker down, and the pool keeps running jobs."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from openbda.domain.jobs import JobOutcome, JobStatus
from openbda.pipeline.runner import JobSpec
from openbda.queue import local
from openbda.queue.local import LocalWorkerPool
from tests.unit.limits.hostile import flate_bomb_pdf, good_pdf
from tests.unit.limits.workers import TEST_CAP_MB, CappedSettings


class FakeContext:
    def __init__(self, error: BaseException | None = None) -> None:
        self.error = error
        self.ran: list[str] = []

    def execute(self, spec: JobSpec) -> JobOutcome:
        self.ran.append(spec.job_id)
        if self.error is not None:
            raise self.error
        return JobOutcome(spec.job_id, JobStatus.SUCCESS, "DOCUMENT", "s3://b/k")


def spec(job_id: str, data: bytes = b"") -> JobSpec:
    return JobSpec(job_id=job_id, request={}, input_bytes=data, sync=True)


def test_memory_error_in_a_job_becomes_client_error(tmp_path: Path) -> None:
    records = local._CrashRecords(tmp_path)
    outcome = local._run_guarded(FakeContext(MemoryError()), spec("j1"), records, 1536)
    assert outcome.status is JobStatus.CLIENT_ERROR
    assert "more memory than the limit of 1536 MB" in (outcome.error_message or "")
    assert list(tmp_path.iterdir()) == []  # the record is gone once the job is over


def test_a_job_that_aborted_its_worker_is_not_run_again(tmp_path: Path) -> None:
    records = local._CrashRecords(tmp_path)
    (tmp_path / "j2.running").write_text("job j2 pid 1\nFatal Python error: Aborted\n\n...")
    context = FakeContext()
    outcome = local._run_guarded(context, spec("j2"), records, 2048)
    assert context.ran == []
    assert outcome.status is JobStatus.CLIENT_ERROR
    assert "more memory than the limit of 2048 MB" in (outcome.error_message or "")


def test_a_job_that_crashed_its_worker_otherwise_is_reported_as_damaged_input(
    tmp_path: Path,
) -> None:
    records = local._CrashRecords(tmp_path)
    (tmp_path / "j3.running").write_text("job j3 pid 1\nFatal Python error: Segmentation fault\n")
    outcome = local._run_guarded(FakeContext(), spec("j3"), records, None)
    assert outcome.status is JobStatus.CLIENT_ERROR
    assert "crashed the document parser (Segmentation fault)" in (outcome.error_message or "")


def test_a_job_whose_worker_was_killed_from_outside_runs_again(tmp_path: Path) -> None:
    records = local._CrashRecords(tmp_path)
    (tmp_path / "j4.running").write_text("job j4 pid 1\n")  # SIGKILL leaves no report
    context = FakeContext()
    outcome = local._run_guarded(context, spec("j4"), records, 2048)
    assert context.ran == ["j4"]
    assert outcome.status is JobStatus.SUCCESS


def test_a_fatal_signal_leaves_its_report_in_the_record(tmp_path: Path) -> None:
    script = (
        "import os, sys; from pathlib import Path; from openbda.queue import local; "
        "records = local._CrashRecords(Path(sys.argv[1])); records.start('job-x'); os.abort()"
    )
    child = subprocess.run([sys.executable, "-c", script, str(tmp_path)], timeout=60, check=False)
    assert child.returncode < 0
    record = local._CrashRecords(tmp_path).previous_crash("job-x")
    assert record is not None and "Fatal Python error: Aborted" in record
    assert local._CrashRecords(tmp_path).previous_crash("job-x") is None


class Outcomes:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.recorded: dict[str, JobOutcome] = {}

    def on_outcome(self, outcomes: list[JobOutcome]) -> None:
        with self.lock:
            self.recorded.update({o.job_id: o for o in outcomes})

    def on_start(self, job_ids: list[str]) -> set[str]:
        return set(job_ids)


@pytest.fixture
def capped_pool(tmp_path: Path) -> Iterator[LocalWorkerPool]:
    settings = CappedSettings(data_dir=tmp_path, workers=2, job_timeout_seconds=120)
    outcomes = Outcomes()
    pool = LocalWorkerPool(settings, on_outcome=outcomes.on_outcome, on_start=outcomes.on_start)
    pool.start()
    yield pool
    pool.stop()


def test_a_pdf_bomb_ends_client_error_beside_a_good_job(capped_pool: LocalWorkerPool) -> None:
    started = time.monotonic()
    bomb = capped_pool.run_sync(spec("bomb", flate_bomb_pdf()))
    good = capped_pool.run_sync(spec("good", good_pdf()))
    assert good.result(timeout=120).status is JobStatus.SUCCESS
    outcome = bomb.result(timeout=120)
    assert outcome.status is JobStatus.CLIENT_ERROR, outcome
    assert f"more memory than the limit of {TEST_CAP_MB} MB" in (outcome.error_message or "")
    assert time.monotonic() - started < 120
    # The pool replaced the worker the bomb took down and still runs jobs.
    after = [capped_pool.run_sync(spec(f"after-{i}", good_pdf())) for i in range(3)]
    assert {f.result(timeout=60).status for f in after} == {JobStatus.SUCCESS}


def test_a_cap_too_small_for_the_worker_is_lifted_rather_than_failing_every_job(
    tmp_path: Path,
) -> None:
    settings = CappedSettings(data_dir=tmp_path, workers=1, worker_memory_mb=1)
    outcomes = Outcomes()
    pool = LocalWorkerPool(settings, on_outcome=outcomes.on_outcome, on_start=outcomes.on_start)
    pool.start()
    try:
        outcome = pool.run_sync(spec("fits-without-cap", good_pdf())).result(timeout=60)
    finally:
        pool.stop()
    assert outcome.status is JobStatus.SUCCESS
