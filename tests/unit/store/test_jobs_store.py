"""The job store on both backends it supports: SQLite (the embedded default) and PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Column, MetaData, Table, create_engine, text

from openbda.domain.jobs import (
    IllegalTransition,
    Job,
    JobOutcome,
    JobStatus,
    request_fingerprint,
)
from openbda.domain.times import utcnow
from openbda.store.db import Database
from openbda.store.jobs import DuplicateClientToken, JobStore, jobs_table
from openbda.store.jobs import _row_values as jobs_values

PG_URL = os.environ.get(
    "OPENBDA_TEST_POSTGRES_URL",
    "postgresql+psycopg://openbda:openbda@127.0.0.1:5432/openbda_test",
)


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[JobStore]:
    if request.param == "sqlite":
        s = JobStore(Database(f"sqlite:///{tmp_path / 'jobs.db'}"))
    else:
        db = Database(PG_URL)
        # Recreate the table so it always has the current columns.
        jobs_table.drop(db.engine, checkfirst=True)
        jobs_table.create(db.engine)
        s = JobStore(db)
    yield s
    s.db.close()


def make_job(token: str | None = None, **params: object) -> Job:
    request = {"inputConfiguration": {"s3Uri": "s3://in/doc.pdf"}, **params}
    return Job(
        job_id=str(uuid.uuid4()),
        account_id="000000000000",
        region="us-east-1",
        status=JobStatus.CREATED,
        input_s3_uri="s3://in/doc.pdf",
        output_s3_uri="s3://out/prefix",
        request=request,
        submitted_at=utcnow(),
        client_token=token,
        fingerprint=request_fingerprint(request),
        tags={"team": "finance"},
        config={"project": {"standardOutputConfiguration": {}}, "blueprints": []},
    )


def test_insert_and_read_back_everything(store: JobStore) -> None:
    job = make_job("tok-1")
    store.insert(job)
    got = store.get(job.job_id)
    assert got == job


def test_client_token_dedupes_within_an_account(store: JobStore) -> None:
    first = make_job("tok-2")
    store.insert(first)
    with pytest.raises(DuplicateClientToken) as err:
        store.insert(make_job("tok-2"))
    assert err.value.existing.job_id == first.job_id
    # Jobs without a token never collide.
    store.insert(make_job(None))
    store.insert(make_job(None))


def test_compare_and_set_lets_only_one_writer_finish(store: JobStore) -> None:
    job = store.insert(make_job())
    running = job.moved_to(JobStatus.IN_PROGRESS, started_at=utcnow(), attempts=1)
    assert store.save(running, expected=JobStatus.CREATED)
    done = running.moved_to(
        JobStatus.SUCCESS,
        completed_at=running.submitted_at + timedelta(seconds=3),
        output_uri="s3://out/prefix/x/job_metadata.json",
    )
    assert store.save(done, expected=JobStatus.IN_PROGRESS)
    failed = running.moved_to(JobStatus.SERVICE_ERROR, error_message="late")
    assert not store.save(failed, expected=JobStatus.IN_PROGRESS)
    stored = store.get(job.job_id)
    assert stored is not None and stored.status == JobStatus.SUCCESS
    assert stored.duration_seconds == 3


def test_unfinished_lists_created_and_in_progress_oldest_first(store: JobStore) -> None:
    a = store.insert(make_job())
    b = store.insert(make_job())
    c = store.insert(make_job())
    store.save(b.moved_to(JobStatus.IN_PROGRESS), expected=JobStatus.CREATED)
    store.save(c.moved_to(JobStatus.CLIENT_ERROR, error_message="bad"))
    assert [j.job_id for j in store.unfinished()] == [a.job_id, b.job_id]


def test_terminal_states_are_final() -> None:
    job = make_job().moved_to(JobStatus.SUCCESS)
    with pytest.raises(IllegalTransition):
        job.moved_to(JobStatus.IN_PROGRESS)


def test_sqlite_runs_in_wal_mode(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'wal.db'}")
    with db.read() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    db.close()


def test_fingerprint_ignores_the_token_only() -> None:
    base = {"inputConfiguration": {"s3Uri": "s3://a/b"}}
    assert request_fingerprint({**base, "clientToken": "x"}) == request_fingerprint(base)
    assert request_fingerprint(base) != request_fingerprint(
        {"inputConfiguration": {"s3Uri": "s3://a/c"}}
    )


def test_batched_start_and_finish_skip_finished_jobs(store: JobStore) -> None:
    a = store.insert(make_job())
    b = store.insert(make_job())
    c = store.insert(make_job())
    store.save(c.moved_to(JobStatus.CLIENT_ERROR, error_message="bad"))
    now = utcnow()
    assert store.mark_started([a.job_id, b.job_id, c.job_id, "unknown"], now) == {
        a.job_id,
        b.job_id,
    }
    # A re-run after a crash keeps the first start time and counts the attempt.
    assert store.mark_started([a.job_id], now + timedelta(seconds=5)) == {a.job_id}
    stored_a = store.get(a.job_id)
    assert stored_a is not None and stored_a.attempts == 2
    assert (
        stored_a.started_at is not None and abs((stored_a.started_at - now).total_seconds()) < 1e-3
    )

    outcomes = [
        JobOutcome(a.job_id, JobStatus.SUCCESS, "DOCUMENT", "s3://out/a/job_metadata.json"),
        JobOutcome(b.job_id, JobStatus.SERVICE_ERROR, error_type="ServiceError", error_message="x"),
        JobOutcome(c.job_id, JobStatus.SUCCESS),
    ]
    done = store.finish(outcomes, now)
    assert [(j.job_id, j.status) for j in done] == [
        (a.job_id, JobStatus.SUCCESS),
        (b.job_id, JobStatus.SERVICE_ERROR),
    ]
    assert done[0].output_uri == "s3://out/a/job_metadata.json"
    # Finishing twice changes nothing: the first outcome stands.
    assert store.finish([JobOutcome(a.job_id, JobStatus.CLIENT_ERROR)], now) == []
    final_c = store.get(c.job_id)
    assert final_c is not None and final_c.status == JobStatus.CLIENT_ERROR


def test_an_older_database_gains_new_columns(tmp_path: Path) -> None:
    """A data directory from an earlier version keeps working: columns added since are added."""
    url = f"sqlite:///{tmp_path / 'old.db'}"
    old = MetaData()
    columns = [c for c in jobs_table.columns if c.name != "config"]
    Table("jobs", old, *(Column(c.name, c.type, primary_key=c.primary_key) for c in columns))
    engine = create_engine(url)
    old.create_all(engine)
    job = make_job()
    with engine.begin() as conn:
        values = {k: v for k, v in jobs_values(job).items() if k != "config"}
        conn.execute(old.tables["jobs"].insert().values(**values))
    engine.dispose()
    store = JobStore(Database(url))
    stored = store.get(job.job_id)
    assert stored is not None and stored.config == {}
    store.db.close()
