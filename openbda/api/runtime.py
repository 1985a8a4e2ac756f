"""bedrock-data-automation-runtime: one thin handler per operation. The wire layer has parsed
and validated the parameters against botocore's model; the engine owns the state."""

from __future__ import annotations

from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any

from openbda.aws.errors import (
    InternalServerException,
    ServiceUnavailableException,
    ValidationException,
)
from openbda.aws.gateway import RequestContext
from openbda.domain.jobs import JobStatus
from openbda.engine import JobEngine

SYNC_MAX_BYTES = 50 * 1024 * 1024


class RuntimeApi:
    def __init__(self, engine: JobEngine):
        self.engine = engine

    def invoke_data_automation_async(
        self, ctx: RequestContext, params: dict[str, Any]
    ) -> dict[str, Any]:
        job = self.engine.submit(ctx.account_id, ctx.region, params)
        return {"invocationArn": job.arn}

    def get_data_automation_status(
        self, ctx: RequestContext, params: dict[str, Any]
    ) -> dict[str, Any]:
        return self.engine.status(ctx.account_id, ctx.region, params["invocationArn"])

    def invoke_data_automation(self, ctx: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        source = params["inputConfiguration"]
        if ("bytes" in source) == ("s3Uri" in source):
            raise ValidationException(
                "inputConfiguration must contain exactly one of 'bytes' or 's3Uri'."
            )
        if "bytes" in source and len(source["bytes"]) > SYNC_MAX_BYTES:
            raise ValidationException(
                f"The document is {len(source['bytes'])} bytes; the synchronous API accepts at "
                f"most {SYNC_MAX_BYTES} bytes. Use InvokeDataAutomationAsync for larger files."
            )
        config = self.engine.check_request(ctx.account_id, ctx.region, params, sync=True)
        if self.engine.pool.size == 0:
            raise ServiceUnavailableException("No workers are running to process the request.")
        spec = self.engine.sync_spec(params, config)
        try:
            outcome = self.engine.pool.run_sync(spec).result(
                timeout=self.engine.settings.job_timeout_seconds + 30
            )
        except FutureTimeout:
            raise InternalServerException("The request timed out.") from None
        if outcome.status == JobStatus.CLIENT_ERROR:
            raise ValidationException(outcome.error_message or "The input cannot be processed.")
        if outcome.status != JobStatus.SUCCESS:
            raise InternalServerException(outcome.error_message or "Processing failed.")
        result: dict[str, Any] = {"semanticModality": outcome.semantic_modality}
        if spec.output_uri:
            result["outputConfiguration"] = {"s3Uri": outcome.output_uri}
        else:
            result["outputSegments"] = outcome.segments
        return result

    def tag_resource(self, ctx: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        self.engine.tag(ctx.account_id, ctx.region, params["resourceARN"], params["tags"])
        return {}

    def untag_resource(self, ctx: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        self.engine.untag(ctx.account_id, ctx.region, params["resourceARN"], params["tagKeys"])
        return {}

    def list_tags_for_resource(self, ctx: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        return {"tags": self.engine.list_tags(ctx.account_id, ctx.region, params["resourceARN"])}
