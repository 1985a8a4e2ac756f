"""Job persistence with SQLAlchemy 2 Core: SQLite (WAL) by default, PostgreSQL at scale.

Every state change is committed before it is acknowledged to a caller, so a crash at any point
leaves a job either unseen (the submit was never answered) or recoverable from its stored row.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    Index,
    Integer,
    String,
    Table,
    Text,
    func,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError

from openbda.domain.jobs import (
    TERMINAL,
    Job,
    JobOutcome,
    JobStatus,
)
from openbda.domain.times import from_micros, to_micros
from openbda.store.db import Database, metadata

log = logging.getLogger(__name__)


jobs_table = Table(
    "jobs",
    metadata,
    Column("job_id", String(64), primary_key=True),
    Column("account_id", String(12), nullable=False),
    Column("region", String(32), nullable=False),
    Column("status", String(16), nullable=False),
    Column("input_s3_uri", Text, nullable=False),
    Column("output_s3_uri", Text, nullable=False),
    Column("request", Text, nullable=False),
    Column("client_token", String(256)),
    Column("fingerprint", String(64), nullable=False, default=""),
    # Times as integer microseconds since the epoch: exact and identical on every backend.
    Column("submitted_at", BigInteger, nullable=False),
    Column("started_at", BigInteger),
    Column("completed_at", BigInteger),
    Column("error_type", String(32)),
    Column("error_message", Text),
    Column("output_uri", Text),
    Column("semantic_modality", String(16)),
    Column("attempts", Integer, nullable=False, default=0),
    Column("tags", Text, nullable=False, default="{}"),
    # The project stage configuration and blueprints resolved at invoke time: a job runs with
    # what was in force when it was accepted, also when it is re-run after a crash.
    Column("config", Text, nullable=False, default="{}", server_default="{}"),
    Index("ix_jobs_client_token", "account_id", "client_token", unique=True),
    Index("ix_jobs_status", "status"),
)


class DuplicateClientToken(Exception):
    def __init__(self, existing: Job):
        super().__init__(f"client token already used by {existing.job_id}")
        self.existing = existing


def _to_us(value: datetime | None) -> int | None:
    return None if value is None else to_micros(value)


def _from_us(value: int | None) -> datetime | None:
    return None if value is None else from_micros(value)


def _row_values(job: Job) -> dict[str, Any]:
    return {
        "job_id": job.job_id,
        "account_id": job.account_id,
        "region": job.region,
        "status": job.status.value,
        "input_s3_uri": job.input_s3_uri,
        "output_s3_uri": job.output_s3_uri,
        "request": json.dumps(job.request, separators=(",", ":")),
        "client_token": job.client_token,
        "fingerprint": job.fingerprint,
        "submitted_at": _to_us(job.submitted_at),
        "started_at": _to_us(job.started_at),
        "completed_at": _to_us(job.completed_at),
        "error_type": job.error_type,
        "error_message": job.error_message,
        "output_uri": job.output_uri,
        "semantic_modality": job.semantic_modality,
        "attempts": job.attempts,
        "tags": json.dumps(job.tags, separators=(",", ":")),
        "config": json.dumps(job.config, separators=(",", ":")),
    }


def _job_from_row(row: Any) -> Job:
    m = row._mapping
    submitted = _from_us(m["submitted_at"])
    assert submitted is not None
    return Job(
        job_id=m["job_id"],
        account_id=m["account_id"],
        region=m["region"],
        status=JobStatus(m["status"]),
        input_s3_uri=m["input_s3_uri"],
        output_s3_uri=m["output_s3_uri"],
        request=json.loads(m["request"]),
        submitted_at=submitted,
        client_token=m["client_token"],
        fingerprint=m["fingerprint"],
        started_at=_from_us(m["started_at"]),
        completed_at=_from_us(m["completed_at"]),
        error_type=m["error_type"],
        error_message=m["error_message"],
        output_uri=m["output_uri"],
        semantic_modality=m["semantic_modality"],
        attempts=m["attempts"],
        tags=json.loads(m["tags"]),
        config=json.loads(m["config"]),
    )


class JobStore:
    def __init__(self, db: Database):
        self.db = db

    def insert(self, job: Job) -> Job:
        """Store a new job; a clientToken already used in the account raises
        DuplicateClientToken carrying the earlier job."""
        try:
            with self.db.transaction() as conn:
                conn.execute(jobs_table.insert().values(**_row_values(job)))
            return job
        except IntegrityError:
            if job.client_token is None:
                raise
            existing = self.get_by_client_token(job.account_id, job.client_token)
            if existing is None:
                raise
            raise DuplicateClientToken(existing) from None

    def get(self, job_id: str) -> Job | None:
        with self.db.read() as conn:
            row = conn.execute(select(jobs_table).where(jobs_table.c.job_id == job_id)).first()
        return _job_from_row(row) if row is not None else None

    def get_by_client_token(self, account_id: str, token: str) -> Job | None:
        query = select(jobs_table).where(
            jobs_table.c.account_id == account_id, jobs_table.c.client_token == token
        )
        with self.db.read() as conn:
            row = conn.execute(query).first()
        return _job_from_row(row) if row is not None else None

    def save(self, job: Job, *, expected: JobStatus | None = None) -> bool:
        """Persist a job's mutable fields. With `expected`, only if the stored status still is
        that one (compare-and-set), so two writers can never both finish a job."""
        values = _row_values(job)
        for immutable in ("job_id", "account_id", "region", "request", "client_token", "config"):
            values.pop(immutable)
        stmt = update(jobs_table).where(jobs_table.c.job_id == job.job_id).values(**values)
        if expected is not None:
            stmt = stmt.where(jobs_table.c.status == expected.value)
        with self.db.transaction() as conn:
            result = conn.execute(stmt)
        return bool(result.rowcount)

    def mark_started(self, job_ids: list[str], now: datetime) -> set[str]:
        """Created/InProgress -> InProgress for a batch of jobs in one transaction. Returns the
        ids that moved; a finished (or unknown) job is left alone and must not run."""
        if not job_ids:
            return set()
        stmt = (
            update(jobs_table)
            .where(
                jobs_table.c.job_id.in_(job_ids),
                jobs_table.c.status.in_([JobStatus.CREATED.value, JobStatus.IN_PROGRESS.value]),
            )
            .values(
                status=JobStatus.IN_PROGRESS.value,
                started_at=func.coalesce(jobs_table.c.started_at, _to_us(now)),
                attempts=jobs_table.c.attempts + 1,
            )
            .returning(jobs_table.c.job_id)
        )
        with self.db.transaction() as conn:
            return {row[0] for row in conn.execute(stmt)}

    def finish(self, outcomes: list[JobOutcome], now: datetime) -> list[Job]:
        """InProgress -> the outcome's terminal status, for a batch in one transaction. Returns
        the jobs that changed; an outcome for a job that already finished is ignored."""
        finished: list[Job] = []
        with self.db.transaction() as conn:
            for outcome in outcomes:
                if not outcome.status.terminal:
                    raise ValueError(f"outcome of {outcome.job_id} is not terminal")
                stmt = (
                    update(jobs_table)
                    .where(
                        jobs_table.c.job_id == outcome.job_id,
                        jobs_table.c.status == JobStatus.IN_PROGRESS.value,
                    )
                    .values(
                        status=outcome.status.value,
                        completed_at=_to_us(now),
                        error_type=outcome.error_type,
                        error_message=outcome.error_message,
                        output_uri=outcome.output_uri,
                        semantic_modality=outcome.semantic_modality,
                    )
                    .returning(*jobs_table.c)
                )
                row = conn.execute(stmt).first()
                if row is not None:
                    finished.append(_job_from_row(row))
        return finished

    def unfinished(self) -> list[Job]:
        """Jobs that are not in a terminal state, oldest first."""
        terminal = [s.value for s in TERMINAL]
        query = (
            select(jobs_table)
            .where(jobs_table.c.status.not_in(terminal))
            .order_by(jobs_table.c.submitted_at)
        )
        with self.db.read() as conn:
            return [_job_from_row(r) for r in conn.execute(query)]

    def set_tags(self, job_id: str, tags: dict[str, str]) -> None:
        stmt = (
            update(jobs_table)
            .where(jobs_table.c.job_id == job_id)
            .values(tags=json.dumps(tags, separators=(",", ":")))
        )
        with self.db.transaction() as conn:
            conn.execute(stmt)
