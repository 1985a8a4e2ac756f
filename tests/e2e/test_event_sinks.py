"""A server configured with a webhook and with EventBridge delivers a job's events to both.

EventBridge itself cannot run here: a local double speaks its real PutEvents protocol, and the
server's real boto3 client talks to it."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from openbda.launcher import PROFILE_ARN, ServerProcess, wait_for_status
from openbda.samples import sample_invoice_pdf
from tests.support.eventbridge import EventBridgeDouble
from tests.support.http_server import RecordingHttpServer

pytestmark = pytest.mark.e2e

SECRET = "webhook-secret"


def eventually(check: Callable[[], bool], timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.05)


def test_webhook_and_eventbridge_receive_events(tmp_path: Path) -> None:
    # The webhook fails once: the sink retries, and the job is not affected.
    with RecordingHttpServer(responses=[503]) as hook, EventBridgeDouble() as bus:
        server = ServerProcess(
            tmp_path / "openbda",
            env={
                "OPENBDA_WEBHOOK_URL": hook.url,
                "OPENBDA_WEBHOOK_SECRET": SECRET,
                "OPENBDA_EVENTBRIDGE_ENABLED": "true",
                "OPENBDA_EVENTBRIDGE_ENDPOINT_URL": bus.url,
                "OPENBDA_EVENTBRIDGE_REGION": "us-east-1",
                "AWS_ACCESS_KEY_ID": "test",
                "AWS_SECRET_ACCESS_KEY": "test",
            },
        ).start()
        try:
            server.make_bucket("bda-out")
            source = server.put_object("bda-in", "hook.pdf", sample_invoice_pdf())
            client = server.client()
            arn = client.invoke_data_automation_async(
                inputConfiguration={"s3Uri": source},
                outputConfiguration={"s3Uri": "s3://bda-out/hook"},
                dataAutomationProfileArn=PROFILE_ARN,
                notificationConfiguration={
                    "eventBridgeConfiguration": {"eventBridgeEnabled": True}
                },
            )["invocationArn"]
            assert wait_for_status(client, arn)["status"] == "Success"
            job_id = arn.rsplit("/", 1)[1]

            eventually(lambda: len(bus.entries) >= 2)
            assert [e["DetailType"] for e in bus.entries] == [
                "Bedrock Data Automation Job Created",
                "Bedrock Data Automation Job Succeeded",
            ]
            assert {e["Source"] for e in bus.entries} == {"aws.bedrock"}
            assert json.loads(bus.entries[1]["Detail"])["job_id"] == job_id

            eventually(lambda: len([r for r in hook.requests if r.method == "POST"]) >= 3)
            delivered = [r for r in hook.requests if r.method == "POST"]
            # First attempt refused with 503, retried, then the second event.
            assert [json.loads(r.body)["detail-type"] for r in delivered[-2:]] == [
                "Bedrock Data Automation Job Created",
                "Bedrock Data Automation Job Succeeded",
            ]
            for request in delivered:
                expected = hmac.new(SECRET.encode(), request.body, hashlib.sha256).hexdigest()
                assert request.header("X-Openbda-Signature") == f"sha256={expected}"
        finally:
            server.stop()


def test_unreachable_sinks_never_fail_the_job(tmp_path: Path) -> None:
    server = ServerProcess(
        tmp_path / "openbda",
        env={
            "OPENBDA_WEBHOOK_URL": "http://127.0.0.1:9/unreachable",
            "OPENBDA_EVENTBRIDGE_ENABLED": "true",
            "OPENBDA_EVENTBRIDGE_ENDPOINT_URL": "http://127.0.0.1:9",
            "OPENBDA_EVENTBRIDGE_REGION": "us-east-1",
            "AWS_ACCESS_KEY_ID": "test",
            "AWS_SECRET_ACCESS_KEY": "test",
        },
    ).start()
    try:
        server.make_bucket("bda-out")
        source = server.put_object("bda-in", "quiet.pdf", sample_invoice_pdf())
        client = server.client()
        arns = [
            client.invoke_data_automation_async(
                inputConfiguration={"s3Uri": source},
                outputConfiguration={"s3Uri": "s3://bda-out/q"},
                dataAutomationProfileArn=PROFILE_ARN,
                notificationConfiguration={
                    "eventBridgeConfiguration": {"eventBridgeEnabled": True}
                },
            )["invocationArn"]
            for _ in range(3)
        ]
        assert [wait_for_status(client, a)["status"] for a in arns] == ["Success"] * 3
        # The JSON-lines sink is not held back by the failing ones: every event is there.
        events = server.data_dir / "events" / "events.jsonl"
        eventually(lambda: len(events.read_text().splitlines()) == 6, timeout=5)
    finally:
        server.stop()
