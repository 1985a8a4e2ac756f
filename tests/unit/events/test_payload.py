import json
import uuid
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from openbda.events import JobEventInfo, JobEventStatus, build_job_event, event_id

GOLDEN = Path(__file__).parent / "golden"

# The documented sample event (reference §7), field for field.
DOCUMENTED_SAMPLE = {
    "version": "0",
    "id": "0cc3eaf7-dff6-6f67-0ee0-ae572fccfe84",
    "detail-type": "Bedrock Data Automation Job Succeeded",
    "source": "aws.bedrock",
    "account": "123456789012",
    "time": "2025-05-27T22:48:36Z",
    "region": "us-west-2",
    "resources": [],
    "detail": {
        "job_id": "25010344-03f7-4167-803a-837afdc7ce98",
        "job_status": "SUCCESS",
        "semantic_modality": "Document",
        "input_s3_object": {"s3_bucket": "input-s3-bucket-name", "name": "key/name"},
        "output_s3_location": {"s3_bucket": "output-s3-bucket-name", "name": "key"},
        "error_message": "",
    },
}


def sample_info(**changes: object) -> JobEventInfo:
    values: dict[str, object] = {
        "job_id": "25010344-03f7-4167-803a-837afdc7ce98",
        "account": "123456789012",
        "region": "us-west-2",
        "status": JobEventStatus.SUCCESS,
        "modality": "DOCUMENT",
        "input_bucket": "input-s3-bucket-name",
        "input_key": "key/name",
        "output_bucket": "output-s3-bucket-name",
        "output_prefix": "key",
        "duration_seconds": 16,
        "time": datetime(2025, 5, 27, 22, 48, 36, tzinfo=UTC),
    }
    values.update(changes)
    return JobEventInfo(**values)  # type: ignore[arg-type]


def golden(name: str) -> dict[str, object]:
    return json.loads((GOLDEN / name).read_text())


def test_success_event_matches_golden_file() -> None:
    assert build_job_event(sample_info()) == golden("job_succeeded.json")


def test_client_error_event_matches_golden_file() -> None:
    info = JobEventInfo(
        job_id="544dcfa2-fbf6-4018-b72c-52a2b552c121",
        account="000000000000",
        region="us-east-1",
        status=JobEventStatus.CLIENT_ERROR,
        modality="IMAGE",
        input_bucket="in",
        input_key="uploads/photo.png",
        output_bucket="out",
        output_prefix="output/Screenshot_20260105/",
        error_message="cannot read s3://in/uploads/photo.png: the object does not exist",
        duration_seconds=3,
        time=datetime(2026, 1, 5, 10, 0, 7, tzinfo=UTC),
    )
    assert build_job_event(info) == golden("job_failed_client_error.json")


def test_shape_and_key_order_follow_the_documented_sample() -> None:
    event = build_job_event(sample_info())
    assert list(event) == list(DOCUMENTED_SAMPLE)
    sample_detail = DOCUMENTED_SAMPLE["detail"]
    assert isinstance(sample_detail, dict)
    # The real 2026 event adds the duration after the documented fields.
    assert list(event["detail"]) == [*sample_detail, "job_duration_in_seconds"]
    for name in ("version", "detail-type", "source", "account", "time", "region", "resources"):
        assert event[name] == DOCUMENTED_SAMPLE[name]
    for name in ("job_id", "job_status", "semantic_modality", "input_s3_object", "error_message"):
        assert event["detail"][name] == sample_detail[name]
    # The documented `name: "key"` is hand-written; real events carry the asset folder.
    assert event["detail"]["output_s3_location"] == {
        "s3_bucket": "output-s3-bucket-name",
        "name": "key/25010344-03f7-4167-803a-837afdc7ce98/0",
    }
    json.dumps(event)  # serialisable as is


@pytest.mark.parametrize(
    ("status", "detail_type", "job_status"),
    [
        ("Created", "Bedrock Data Automation Job Created", "CREATED"),
        ("Success", "Bedrock Data Automation Job Succeeded", "SUCCESS"),
        ("ClientError", "Bedrock Data Automation Job Failed With Client Error", "CLIENT_ERROR"),
        ("ServiceError", "Bedrock Data Automation Job Failed With Service Error", "SERVICE_ERROR"),
    ],
)
def test_statuses(status: str, detail_type: str, job_status: str) -> None:
    # Job records hold the API's status strings; they are accepted as they are.
    event = build_job_event(sample_info(status=status, error_message="boom"))
    assert event["detail-type"] == detail_type
    assert event["detail"]["job_status"] == job_status
    assert event["source"] == "aws.bedrock"
    assert event["resources"] == []


def test_created_event_has_no_duration_and_no_error() -> None:
    event = build_job_event(
        sample_info(status=JobEventStatus.CREATED, duration_seconds=None, error_message="x")
    )
    assert "job_duration_in_seconds" not in event["detail"]
    assert event["detail"]["error_message"] == ""


def test_service_error_carries_message_and_duration() -> None:
    event = build_job_event(
        sample_info(status="ServiceError", error_message="engine crashed", duration_seconds=42)
    )
    assert event["detail"]["error_message"] == "engine crashed"
    assert event["detail"]["job_duration_in_seconds"] == 42


def test_unknown_status_is_refused() -> None:
    with pytest.raises(ValueError):
        sample_info(status="InProgress")


@pytest.mark.parametrize(
    ("modality", "expected"),
    [("DOCUMENT", "Document"), ("IMAGE", "Image"), ("audio", "Audio"), ("Video", "Video")],
)
def test_modality_is_title_case(modality: str, expected: str) -> None:
    assert (
        build_job_event(sample_info(modality=modality))["detail"]["semantic_modality"] == expected
    )


def test_unknown_modality_is_empty() -> None:
    event = build_job_event(sample_info(status="Created", modality=None))
    assert event["detail"]["semantic_modality"] == ""


@pytest.mark.parametrize(
    ("prefix", "name"),
    [
        ("output", "output/JOB/0"),
        ("output/", "output//JOB/0"),  # BDA's naive join, as seen in a real event
        ("", "JOB/0"),
    ],
)
def test_output_location_name(prefix: str, name: str) -> None:
    event = build_job_event(sample_info(job_id="JOB", output_prefix=prefix))
    assert event["detail"]["output_s3_location"]["name"] == name


def test_event_id_is_deterministic_per_job_and_detail_type() -> None:
    first = build_job_event(sample_info(time=datetime(2025, 1, 1, tzinfo=UTC)))
    rerun = build_job_event(sample_info(time=datetime(2025, 1, 2, tzinfo=UTC)))
    assert first["id"] == rerun["id"]
    assert uuid.UUID(first["id"]).version == 5
    created = build_job_event(sample_info(status="Created"))
    other_job = build_job_event(sample_info(job_id="11111111-1111-4111-8111-111111111111"))
    assert len({first["id"], created["id"], other_job["id"]}) == 3
    assert first["id"] == event_id(first["detail"]["job_id"], first["detail-type"])


def test_time_is_utc_whole_seconds() -> None:
    plus_two = timezone(timedelta(hours=2))
    moment = datetime(2025, 5, 28, 0, 48, 36, 999999, tzinfo=plus_two)
    assert build_job_event(sample_info(time=moment))["time"] == "2025-05-27T22:48:36Z"
    naive = datetime(2025, 5, 27, 22, 48, 36)
    assert build_job_event(sample_info(time=naive))["time"] == "2025-05-27T22:48:36Z"
    now = build_job_event(sample_info(time=None))["time"]
    assert datetime.strptime(now, "%Y-%m-%dT%H:%M:%SZ")
