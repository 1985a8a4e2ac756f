"""Events for tests, built the way the job engine builds them."""

from datetime import UTC, datetime
from typing import Any

from openbda.events import JobEventInfo, JobEventStatus, build_job_event


def make_event(job_id: str = "25010344-03f7-4167-803a-837afdc7ce98", **changes: Any) -> dict:
    values: dict[str, Any] = {
        "job_id": job_id,
        "account": "000000000000",
        "region": "us-east-1",
        "status": JobEventStatus.SUCCESS,
        "modality": "DOCUMENT",
        "input_bucket": "in",
        "input_key": "docs/caf\u00e9 invoice.pdf",
        "output_bucket": "out",
        "output_prefix": "output/",
        "duration_seconds": 7,
        "time": datetime(2026, 1, 5, 10, 0, 7, tzinfo=UTC),
    }
    values.update(changes)
    return build_job_event(JobEventInfo(**values))
