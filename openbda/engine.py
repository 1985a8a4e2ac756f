"""The job engine: accepts invocations, persists every state change, feeds the worker pool,
records outcomes and publishes events. The runtime API handlers are thin calls into it."""

from __future__ import annotations

import logging
import uuid
from typing import Any

from openbda.aws.arns import parse_arn
from openbda.aws.errors import (
    ResourceNotFoundException,
    ServiceQuotaExceededException,
    ValidationException,
)
from openbda.config import Settings
from openbda.domain.jobs import Job, JobStatus, request_fingerprint
from openbda.domain.times import utcnow
from openbda.events.publisher import EventPublisher
from openbda.invocation import InvocationResolver, not_authorized
from openbda.pipeline.runner import JobSpec
from openbda.queue.local import LocalWorkerPool
from openbda.recorder import JobRecorder
from openbda.store.jobs import DuplicateClientToken, JobStore

log = logging.getLogger(__name__)

MAX_TAGS = 200


class JobEngine:
    def __init__(
        self,
        settings: Settings,
        store: JobStore,
        publisher: EventPublisher,
        resolver: InvocationResolver,
    ):
        self.settings = settings
        self.store = store
        self.resolver = resolver
        self.recorder = JobRecorder(store, publisher)
        self.pool = LocalWorkerPool(
            settings, on_outcome=self.recorder.finished, on_start=self.recorder.started
        )

    # -- lifecycle -----------------------------------------------------------------------

    def start(self) -> int:
        """Start workers and re-queue every job a previous run left unfinished."""
        self.pool.start()
        recovered = self.store.unfinished()
        for job in recovered:
            self.pool.submit(self._spec(job))
        if recovered:
            log.info("re-queued %d unfinished job(s) from a previous run", len(recovered))
        return len(recovered)

    def stop(self) -> None:
        self.pool.stop()
        self.recorder.close()

    # -- runtime operations --------------------------------------------------------------

    def check_request(
        self, account: str, region: str, params: dict[str, Any], *, sync: bool = False
    ) -> dict[str, Any]:
        """Refuse at once what cannot succeed; return the configuration the job runs with."""
        action = "InvokeDataAutomation" if sync else "InvokeDataAutomationAsync"
        return self.resolver.resolve(account, region, params, sync=sync, action=action)

    def submit(self, account: str, region: str, params: dict[str, Any]) -> Job:
        config = self.check_request(account, region, params)
        job = Job(
            job_id=str(uuid.uuid4()),
            account_id=account,
            region=region,
            status=JobStatus.CREATED,
            input_s3_uri=params["inputConfiguration"]["s3Uri"],
            output_s3_uri=params["outputConfiguration"]["s3Uri"],
            request=params,
            submitted_at=utcnow(),
            client_token=params.get("clientToken"),
            fingerprint=request_fingerprint(params),
            tags={t["key"]: t["value"] for t in params.get("tags") or []},
            config=config,
        )
        try:
            self.store.insert(job)
        except DuplicateClientToken as dup:
            if dup.existing.fingerprint != job.fingerprint:
                raise ValidationException(
                    "The clientToken was already used for a request with different parameters."
                ) from None
            return dup.existing
        self.recorder.created(job)
        self.pool.submit(self._spec(job))
        return job

    def job_for(self, account: str, region: str, arn: str, action: str) -> Job:
        parsed = parse_arn(arn)
        if parsed.account != account:
            # Never reveal whether another account's invocation exists.
            raise not_authorized(account, action, arn)
        job = self.store.get(parsed.resource_id) if parsed.region == region else None
        if job is None or job.account_id != account:
            raise ResourceNotFoundException(f"Invocation {arn} was not found.")
        return job

    def status(self, account: str, region: str, arn: str) -> dict[str, Any]:
        job = self.job_for(account, region, arn, "GetDataAutomationStatus")
        result: dict[str, Any] = {"status": job.status.value, "jobSubmissionTime": job.submitted_at}
        if job.status == JobStatus.SUCCESS:
            result["outputConfiguration"] = {"s3Uri": job.output_uri}
        if job.status in (JobStatus.CLIENT_ERROR, JobStatus.SERVICE_ERROR):
            result["errorType"] = job.error_type
            result["errorMessage"] = job.error_message
        if job.completed_at is not None:
            result["jobCompletionTime"] = job.completed_at
            result["jobDurationInSeconds"] = job.duration_seconds
        return result

    def tag(self, account: str, region: str, arn: str, tags: list[dict[str, str]]) -> None:
        job = self.job_for(account, region, arn, "TagResource")
        merged = {**job.tags, **{t["key"]: t["value"] for t in tags}}
        if len(merged) > MAX_TAGS:
            raise ServiceQuotaExceededException(
                f"A resource can have at most {MAX_TAGS} tags; this request would give it "
                f"{len(merged)}."
            )
        self.store.set_tags(job.job_id, merged)

    def untag(self, account: str, region: str, arn: str, keys: list[str]) -> None:
        job = self.job_for(account, region, arn, "UntagResource")
        self.store.set_tags(job.job_id, {k: v for k, v in job.tags.items() if k not in keys})

    def list_tags(self, account: str, region: str, arn: str) -> list[dict[str, str]]:
        job = self.job_for(account, region, arn, "ListTagsForResource")
        return [{"key": k, "value": v} for k, v in job.tags.items()]

    def _spec(self, job: Job) -> JobSpec:
        return JobSpec(
            job_id=job.job_id,
            request=job.request,
            input_uri=job.input_s3_uri,
            output_uri=job.output_s3_uri,
            project=job.config.get("project"),
            blueprints=job.config.get("blueprints") or [],
            fallback_blueprint=job.config.get("fallbackBlueprint"),
        )

    def sync_spec(self, params: dict[str, Any], config: dict[str, Any]) -> JobSpec:
        source = params["inputConfiguration"]
        return JobSpec(
            project=config.get("project"),
            blueprints=config.get("blueprints") or [],
            fallback_blueprint=config.get("fallbackBlueprint"),
            job_id=str(uuid.uuid4()),
            request=params,
            sync=True,
            input_uri=source.get("s3Uri"),
            input_bytes=source.get("bytes"),
            output_uri=(params.get("outputConfiguration") or {}).get("s3Uri"),
        )
