"""The EventBridge event BDA emits for a job, built by a pure function.

Shape (reference §7): the standard EventBridge envelope with `source: "aws.bedrock"`, an empty
`resources` list, and a snake_case `detail` in the documented key order. `semantic_modality` is
title case here (`Document`), unlike the upper case used in output files.
`output_s3_location.name` is the job's asset folder, `<output prefix>/<job_id>/0`, built with
BDA's naive join (so an output prefix ending in `/` gives `//`).

The event `id` is derived from the job id and the detail-type, so a job that is re-run after a
crash re-emits the same id and consumers can drop the duplicate.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from openbda.objects.uri import join_key

SOURCE = "aws.bedrock"
DETAIL_TYPE_PREFIX = "Bedrock Data Automation Job"
# Changing this namespace would change every event id ever emitted.
EVENT_ID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:openbda:events")
ASSET_ID = "0"


class JobEventStatus(StrEnum):
    """A job status that produces an event; values are the API's status strings."""

    CREATED = "Created"
    SUCCESS = "Success"
    CLIENT_ERROR = "ClientError"
    SERVICE_ERROR = "ServiceError"

    @property
    def detail_type(self) -> str:
        return _DETAIL_TYPES[self]

    @property
    def job_status(self) -> str:
        """The value of `detail.job_status`."""
        return _JOB_STATUSES[self]

    @property
    def terminal(self) -> bool:
        return self is not JobEventStatus.CREATED


_DETAIL_TYPES = {
    JobEventStatus.CREATED: f"{DETAIL_TYPE_PREFIX} Created",
    JobEventStatus.SUCCESS: f"{DETAIL_TYPE_PREFIX} Succeeded",
    JobEventStatus.CLIENT_ERROR: f"{DETAIL_TYPE_PREFIX} Failed With Client Error",
    JobEventStatus.SERVICE_ERROR: f"{DETAIL_TYPE_PREFIX} Failed With Service Error",
}
_JOB_STATUSES = {
    JobEventStatus.CREATED: "CREATED",
    JobEventStatus.SUCCESS: "SUCCESS",
    JobEventStatus.CLIENT_ERROR: "CLIENT_ERROR",
    JobEventStatus.SERVICE_ERROR: "SERVICE_ERROR",
}


@dataclass(frozen=True, slots=True)
class JobEventInfo:
    """What an event says about a job.

    `output_prefix` is the key part of the caller's `outputConfiguration.s3Uri` exactly as given
    (`"output/"` for `s3://bucket/output/`). `modality` may be None while it is not known yet;
    the event then carries an empty string. `time` defaults to now; naive datetimes are UTC.
    """

    job_id: str
    account: str
    region: str
    status: JobEventStatus | str
    input_bucket: str
    input_key: str
    output_bucket: str
    output_prefix: str
    modality: str | None = None
    error_message: str = ""
    duration_seconds: int | None = None
    time: datetime | None = None

    def __post_init__(self) -> None:
        # Job records hold the API's plain status strings; refuse anything else early.
        object.__setattr__(self, "status", JobEventStatus(self.status))


def event_id(job_id: str, detail_type: str) -> str:
    """Deterministic event id: the same job and detail-type always give the same id."""
    return str(uuid.uuid5(EVENT_ID_NAMESPACE, f"{job_id}\n{detail_type}"))


def title_case_modality(modality: str | None) -> str:
    """`DOCUMENT` → `Document`, as BDA writes it in events."""
    return modality.strip().capitalize() if modality else ""


def format_time(moment: datetime) -> str:
    """EventBridge's time format: UTC, whole seconds, `Z` suffix."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def build_job_event(info: JobEventInfo) -> dict[str, Any]:
    """The complete event for `info`, ready to serialise as JSON."""
    status = JobEventStatus(info.status)
    detail: dict[str, Any] = {
        "job_id": info.job_id,
        "job_status": status.job_status,
        "semantic_modality": title_case_modality(info.modality),
        "input_s3_object": {"s3_bucket": info.input_bucket, "name": info.input_key},
        "output_s3_location": {
            "s3_bucket": info.output_bucket,
            "name": join_key(info.output_prefix, info.job_id, ASSET_ID),
        },
        "error_message": info.error_message if status.terminal else "",
    }
    if status.terminal:
        detail["job_duration_in_seconds"] = int(info.duration_seconds or 0)
    return {
        "version": "0",
        "id": event_id(info.job_id, status.detail_type),
        "detail-type": status.detail_type,
        "source": SOURCE,
        "account": info.account,
        "time": format_time(info.time or datetime.now(UTC)),
        "region": info.region,
        "resources": [],
        "detail": detail,
    }
