"""Records job state changes and sends the job's events after each committed change.

Both the server (submissions, crashed or timed-out workers) and the workers (start and outcome
of the jobs they run) record through this, so the rules live in one place: every transition is
a compare-and-set in the store, and an event goes out only for a transition that took effect.
"""

from __future__ import annotations

import logging
import queue
import threading
from typing import Any

from openbda.domain.jobs import Job, JobOutcome, utcnow
from openbda.events.payload import JobEventInfo, build_job_event
from openbda.events.publisher import EventPublisher
from openbda.objects.uri import parse_s3_uri
from openbda.store.jobs import JobStore

log = logging.getLogger(__name__)


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
        self.publisher = publisher
        # Events leave on their own thread: a slow webhook must not hold up jobs or requests.
        self._events: queue.SimpleQueue[dict[str, Any] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._send, name="openbda-events", daemon=True)
        self._thread.start()

    def created(self, job: Job) -> None:
        if job.event_bridge_enabled:
            self._events.put(build_job_event(event_info(job)))

    def started(self, job_ids: list[str]) -> set[str]:
        """Persist InProgress; ids missing from the result are finished and must not run."""
        return self.store.mark_started(job_ids, utcnow())

    def finished(self, outcomes: list[JobOutcome]) -> list[Job]:
        done = self.store.finish(outcomes, utcnow())
        for job in done:
            if job.event_bridge_enabled:
                self._events.put(build_job_event(event_info(job)))
        return done

    def close(self, timeout: float = 10.0) -> None:
        """Deliver what is queued, then stop."""
        self._events.put(None)
        self._thread.join(timeout)

    def _send(self) -> None:
        while (event := self._events.get()) is not None:
            try:
                self.publisher.publish(event)
            except Exception:  # publishing is best effort and must never stop this thread
                log.exception("event publishing failed")
