"""EventBridge notifications through the default JSON-lines sink of a live server."""

from __future__ import annotations

import json
import time

import pytest

from openbda.launcher import ACCOUNT, PROFILE_ARN, REGION, ServerProcess, wait_for_status
from openbda.samples import sample_invoice_pdf

pytestmark = pytest.mark.e2e


def read_events(server: ServerProcess, job_id: str, count: int) -> list[dict]:
    path = server.data_dir / "events" / "events.jsonl"
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if path.exists():
            events = [json.loads(line) for line in path.read_text().splitlines() if line]
            mine = [e for e in events if e["detail"]["job_id"] == job_id]
            if len(mine) >= count:
                return mine
        time.sleep(0.05)
    raise AssertionError(f"expected {count} events for {job_id}")


def test_created_and_succeeded_events(server: ServerProcess) -> None:
    client = server.client()
    source = server.put_object("bda-in", "ev/doc.pdf", sample_invoice_pdf())
    arn = client.invoke_data_automation_async(
        inputConfiguration={"s3Uri": source},
        outputConfiguration={"s3Uri": "s3://bda-out/ev/"},
        dataAutomationProfileArn=PROFILE_ARN,
        notificationConfiguration={"eventBridgeConfiguration": {"eventBridgeEnabled": True}},
    )["invocationArn"]
    assert wait_for_status(client, arn)["status"] == "Success"
    job_id = arn.rsplit("/", 1)[1]
    created, succeeded = read_events(server, job_id, 2)
    assert created["detail-type"] == "Bedrock Data Automation Job Created"
    assert succeeded["detail-type"] == "Bedrock Data Automation Job Succeeded"
    for event in (created, succeeded):
        assert event["source"] == "aws.bedrock"
        assert (event["account"], event["region"], event["resources"]) == (ACCOUNT, REGION, [])
    detail = succeeded["detail"]
    assert detail["job_status"] == "SUCCESS"
    assert detail["semantic_modality"] == "Document"
    assert detail["input_s3_object"] == {"s3_bucket": "bda-in", "name": "ev/doc.pdf"}
    assert detail["output_s3_location"] == {"s3_bucket": "bda-out", "name": f"ev//{job_id}/0"}


def test_failed_job_event_and_no_events_when_disabled(server: ServerProcess) -> None:
    client = server.client()
    arn = client.invoke_data_automation_async(
        inputConfiguration={"s3Uri": "s3://bda-in/ev/absent.pdf"},
        outputConfiguration={"s3Uri": "s3://bda-out/ev"},
        dataAutomationProfileArn=PROFILE_ARN,
        notificationConfiguration={"eventBridgeConfiguration": {"eventBridgeEnabled": True}},
    )["invocationArn"]
    assert wait_for_status(client, arn)["status"] == "ClientError"
    job_id = arn.rsplit("/", 1)[1]
    failed = read_events(server, job_id, 2)[1]
    assert failed["detail-type"] == "Bedrock Data Automation Job Failed With Client Error"
    assert "s3://bda-in/ev/absent.pdf" in failed["detail"]["error_message"]

    quiet = client.invoke_data_automation_async(
        inputConfiguration={"s3Uri": server.put_object("bda-in", "ev/q.pdf", sample_invoice_pdf())},
        outputConfiguration={"s3Uri": "s3://bda-out/ev"},
        dataAutomationProfileArn=PROFILE_ARN,
    )["invocationArn"]
    assert wait_for_status(client, quiet)["status"] == "Success"
    path = server.data_dir / "events" / "events.jsonl"
    assert quiet.rsplit("/", 1)[1] not in path.read_text()
