"""Invocations (jobs): the record, its states and the rules for moving between them.

No framework imports here: the store persists these records, the runtime API and the worker
pool drive the transitions.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from openbda.aws.arns import invocation_arn


class JobStatus(StrEnum):
    CREATED = "Created"
    IN_PROGRESS = "InProgress"
    SUCCESS = "Success"
    SERVICE_ERROR = "ServiceError"
    CLIENT_ERROR = "ClientError"

    @property
    def terminal(self) -> bool:
        return self in TERMINAL


TERMINAL = frozenset({JobStatus.SUCCESS, JobStatus.SERVICE_ERROR, JobStatus.CLIENT_ERROR})

_ALLOWED: dict[JobStatus, frozenset[JobStatus]] = {
    JobStatus.CREATED: frozenset({JobStatus.IN_PROGRESS, *TERMINAL}),
    # InProgress -> InProgress is a re-run after a crash; it keeps the job's identity.
    JobStatus.IN_PROGRESS: frozenset({JobStatus.IN_PROGRESS, *TERMINAL}),
    JobStatus.SUCCESS: frozenset(),
    JobStatus.SERVICE_ERROR: frozenset(),
    JobStatus.CLIENT_ERROR: frozenset(),
}


class IllegalTransition(Exception):
    pass


def check_transition(current: JobStatus, target: JobStatus) -> None:
    if target not in _ALLOWED[current]:
        raise IllegalTransition(f"job cannot move from {current} to {target}")


def request_fingerprint(params: dict[str, Any]) -> str:
    """Hash of an invoke request without its clientToken: a retried submit with the same
    token must carry the same parameters."""
    material = {k: v for k, v in params.items() if k != "clientToken"}
    blob = json.dumps(material, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


@dataclass(frozen=True)
class Job:
    job_id: str
    account_id: str
    region: str
    status: JobStatus
    input_s3_uri: str
    output_s3_uri: str
    # The validated InvokeDataAutomationAsync parameters, as JSON-able data.
    request: dict[str, Any]
    submitted_at: datetime
    client_token: str | None = None
    fingerprint: str = ""
    started_at: datetime | None = None
    completed_at: datetime | None = None
    error_type: str | None = None
    error_message: str | None = None
    # s3:// URI of job_metadata.json once the job succeeded.
    output_uri: str | None = None
    semantic_modality: str | None = None
    attempts: int = 0
    tags: dict[str, str] = field(default_factory=dict)
    # {"project": <effective stage configuration or None>, "blueprints": [...]}, resolved at
    # invoke time.
    config: dict[str, Any] = field(default_factory=dict)

    @property
    def arn(self) -> str:
        return invocation_arn(self.region, self.account_id, self.job_id)

    @property
    def event_bridge_enabled(self) -> bool:
        cfg = self.request.get("notificationConfiguration") or {}
        return bool((cfg.get("eventBridgeConfiguration") or {}).get("eventBridgeEnabled"))

    @property
    def duration_seconds(self) -> int | None:
        if self.completed_at is None:
            return None
        return int((self.completed_at - self.submitted_at).total_seconds())

    def moved_to(self, status: JobStatus, **changes: Any) -> Job:
        check_transition(self.status, status)
        return replace(self, status=status, **changes)


@dataclass(frozen=True)
class JobOutcome:
    """What running a job produced; the pool hands it to whoever persists state."""

    job_id: str
    status: JobStatus
    semantic_modality: str | None = None
    output_uri: str | None = None
    error_type: str | None = None
    error_message: str | None = None
    # Standard/custom output JSON texts per segment, for the sync API's inline response.
    segments: list[dict[str, Any]] = field(default_factory=list)
