"""Records job state changes and sends the job's events after each committed change.

Both the server (submissions, crashed or timed-out workers) and the workers (start and outcome
of the jobs they run) record through this, so the rules live in one place: every transition is
a compare-and-set in the store, and an event goes out only for a transition that took effect.
"""

from __future__ import annotations

from openbda.domain.jobs import Job, JobOutcome
from openbda.domain.times import utcnow
from openbda.events.payload import JobEventInfo, build_job_event
from openbda.events.publisher import EventPublisher
from openbda.objects.uri import parse_s3_uri
from openbda.store.jobs import JobStore


def event_info(job: Job) -> JobEventInfo:
    source = parse_s3_uri(job.input_s3_uri)
    target = parse_s3_uri(job.output_s3_uri)
    return JobEventInfo(
        job_id=job.job_id,
        account=job.account_id,
        region=job.region,
        status=job.status.value,
        input_bucket=source.bucket,
        input_key=source.key,
        output_bucket=target.bucket,
        output_prefix=target.key,
        modality=job.semantic_modality,
        error_message=job.error_message or "",
        duration_seconds=job.duration_seconds,
        time=job.completed_at or job.submitted_at,
    )


class JobRecorder:
    def __init__(self, store: JobStore, publisher: EventPublisher):
        self.store = store
        # Events leave on the sinks' own threads: a slow webhook never holds up a job.
        self.publisher = publisher

    def created(self, job: Job) -> None:
        if job.event_bridge_enabled:
            self.publisher.publish_later(build_job_event(event_info(job)))

    def started(self, job_ids: list[str]) -> set[str]:
        """Persist InProgress; ids missing from the result are finished and must not run."""
        return self.store.mark_started(job_ids, utcnow())

    def finished(self, outcomes: list[JobOutcome]) -> list[Job]:
        done = self.store.finish(outcomes, utcnow())
        for job in done:
            if job.event_bridge_enabled:
                self.publisher.publish_later(build_job_event(event_info(job)))
        return done

    def close(self) -> None:
        """Deliver what is queued, then stop."""
        self.publisher.close()
