"""The server on a real S3-compatible store (SeaweedFS), configured with standard AWS settings
(AWS_ENDPOINT_URL_S3 and credentials): input read from S3, the whole BDA tree written to S3."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from openbda.launcher import PROFILE_ARN, ServerProcess, wait_for_status
from openbda.samples import sample_invoice_pdf
from tests.support.seaweed import SeaweedS3, seaweed_s3

pytestmark = [pytest.mark.e2e, pytest.mark.s3]
__all__ = ["seaweed_s3"]


@pytest.fixture
def s3_server(tmp_path: Path, seaweed_s3: SeaweedS3) -> Iterator[ServerProcess]:
    proc = ServerProcess(tmp_path / "openbda", env=seaweed_s3.env()).start()
    yield proc
    proc.stop()


def test_job_reads_and_writes_s3(s3_server: ServerProcess, seaweed_s3: SeaweedS3) -> None:
    s3 = seaweed_s3.client()
    source_bucket = seaweed_s3.create_bucket("bda-in")
    output_bucket = seaweed_s3.create_bucket("bda-out")
    s3.put_object(Bucket=source_bucket, Key="docs/invoice.pdf", Body=sample_invoice_pdf())
    client = s3_server.client()
    arn = client.invoke_data_automation_async(
        inputConfiguration={"s3Uri": f"s3://{source_bucket}/docs/invoice.pdf"},
        outputConfiguration={"s3Uri": f"s3://{output_bucket}/runs"},
        dataAutomationProfileArn=PROFILE_ARN,
    )["invocationArn"]
    status = wait_for_status(client, arn)
    assert status["status"] == "Success", status
    job_id = arn.rsplit("/", 1)[1]
    keys = sorted(o["Key"] for o in s3.list_objects_v2(Bucket=output_bucket)["Contents"])
    assert keys == [
        f"runs/{job_id}/0/.s3_access_check",
        f"runs/{job_id}/0/standard_output/0/result.json",
        f"runs/{job_id}/job_metadata.json",
    ]
    metadata = json.loads(
        s3.get_object(Bucket=output_bucket, Key=f"runs/{job_id}/job_metadata.json")["Body"].read()
    )
    path = metadata["output_metadata"][0]["segment_metadata"][0]["standard_output_path"]
    assert path == f"s3://{output_bucket}/runs/{job_id}/0/standard_output/0/result.json"
    result = json.loads(
        s3.get_object(Bucket=output_bucket, Key=path.split("/", 3)[3])["Body"].read()
    )
    assert result["metadata"]["s3_bucket"] == source_bucket
    assert "Invoice INV-2041" in result["pages"][0]["representation"]["markdown"]
    # Nothing was written to the local data directory's buckets.
    assert not any((s3_server.data_dir / "buckets").rglob("*.json"))


def test_missing_s3_object_and_bucket_fail_with_clear_messages(
    s3_server: ServerProcess, seaweed_s3: SeaweedS3
) -> None:
    output_bucket = seaweed_s3.create_bucket("bda-out")
    client = s3_server.client()
    missing_key = client.invoke_data_automation_async(
        inputConfiguration={"s3Uri": f"s3://{output_bucket}/absent.pdf"},
        outputConfiguration={"s3Uri": f"s3://{output_bucket}/runs"},
        dataAutomationProfileArn=PROFILE_ARN,
    )["invocationArn"]
    status = wait_for_status(client, missing_key)
    assert status["status"] == "ClientError"
    assert f"s3://{output_bucket}/absent.pdf" in status["errorMessage"]

    no_output_bucket = client.invoke_data_automation_async(
        inputConfiguration={"s3Uri": f"s3://{output_bucket}/absent.pdf"},
        outputConfiguration={"s3Uri": "s3://bda-no-such-output-bucket/runs"},
        dataAutomationProfileArn=PROFILE_ARN,
    )["invocationArn"]
    status = wait_for_status(client, no_output_bucket)
    assert status["status"] == "ClientError"
    assert "bda-no-such-output-bucket" in status["errorMessage"]
