"""The runtime API driven with unmodified boto3 against a live server."""

from __future__ import annotations

import json
import uuid
from typing import Any

import botocore.exceptions
import pytest

from openbda.launcher import ACCOUNT, PROFILE_ARN, REGION, ServerProcess, wait_for_status
from openbda.samples import sample_invoice_pdf
from tests.e2e.conftest import OTHER_KEY, OTHER_SECRET, invoke

pytestmark = pytest.mark.e2e


def error_code(exc: botocore.exceptions.ClientError) -> str:
    code: str = exc.response["Error"]["Code"]
    return code


def test_async_job_runs_to_success_and_writes_bda_layout(server: ServerProcess) -> None:
    client = server.client()
    source = server.put_object("bda-in", "docs/invoice.pdf", sample_invoice_pdf())
    arn = invoke(client, source)
    region, account = arn.split(":")[3:5]
    job_id = arn.rsplit("/", 1)[1]
    assert (region, account) == (REGION, ACCOUNT)
    assert arn == f"arn:aws:bedrock:{REGION}:{ACCOUNT}:data-automation-invocation/{job_id}"
    uuid.UUID(job_id, version=4)

    status = wait_for_status(client, arn)
    assert status["status"] == "Success", status
    metadata_uri = status["outputConfiguration"]["s3Uri"]
    assert metadata_uri == f"s3://bda-out/results/{job_id}/job_metadata.json"
    assert status["jobSubmissionTime"] <= status["jobCompletionTime"]
    assert status["jobDurationInSeconds"] >= 0
    assert "errorType" not in status

    folder = server.object_path(f"s3://bda-out/results/{job_id}")
    assert (folder / "0" / ".s3_access_check").read_bytes() == b""
    metadata_raw = server.object_path(metadata_uri).read_text()
    assert "\n" not in metadata_raw.strip()
    metadata = json.loads(metadata_raw)
    assert metadata["job_id"] == job_id
    assert metadata["job_status"] == "PROCESSED"
    assert metadata["semantic_modality"] == "DOCUMENT"
    segment = metadata["output_metadata"][0]["segment_metadata"][0]
    assert metadata["output_metadata"][0]["asset_id"] == 0
    result_uri = f"s3://bda-out/results/{job_id}/0/standard_output/0/result.json"
    assert segment["standard_output_path"] == result_uri
    assert "custom_output_path" not in segment

    result = json.loads(server.object_path(result_uri).read_text())
    assert list(result)[:4] == ["metadata", "document", "pages", "elements"]
    meta = result["metadata"]
    assert meta["asset_id"] == "0" and meta["logical_subdocument_id"] == "0"
    assert (meta["s3_bucket"], meta["s3_key"]) == ("bda-in", "docs/invoice.pdf")
    assert meta["number_of_pages"] == 1 and meta["file_type"] == "PDF"
    page_markdown = result["pages"][0]["representation"]["markdown"]
    assert "Northwind Supplies Ltd." in page_markdown
    assert "Total due: 429.99 GBP" in page_markdown
    texts = [e["representation"]["markdown"] for e in result["elements"]]
    assert any("Forty reams" in t for t in texts)
    # Default configuration: no bounding boxes, markdown only.
    assert all(set(loc) == {"page_index"} for e in result["elements"] for loc in e["locations"])


def test_trailing_slash_prefix_gives_bdas_double_slash(server: ServerProcess) -> None:
    client = server.client()
    source = server.put_object("bda-in", "slash.pdf", sample_invoice_pdf())
    arn = invoke(client, source, "s3://bda-out/prefix/")
    status = wait_for_status(client, arn)
    job_id = arn.rsplit("/", 1)[1]
    assert (
        status["outputConfiguration"]["s3Uri"] == f"s3://bda-out/prefix//{job_id}/job_metadata.json"
    )
    metadata = json.loads(server.object_path(status["outputConfiguration"]["s3Uri"]).read_text())
    path = metadata["output_metadata"][0]["segment_metadata"][0]["standard_output_path"]
    assert path == f"s3://bda-out/prefix//{job_id}/0/standard_output/0/result.json"
    assert json.loads(server.object_path(path).read_text())["metadata"]["number_of_pages"] == 1


def test_missing_input_object_ends_client_error_naming_it(server: ServerProcess) -> None:
    client = server.client()
    arn = invoke(client, "s3://bda-in/nope/missing.pdf")
    status = wait_for_status(client, arn)
    assert status["status"] == "ClientError"
    assert status["errorType"] == "ClientError"
    assert "s3://bda-in/nope/missing.pdf" in status["errorMessage"]
    assert "outputConfiguration" not in status


def test_missing_input_bucket_and_unsupported_type_fail_their_own_jobs(
    server: ServerProcess,
) -> None:
    client = server.client()
    no_bucket = invoke(client, "s3://no-such-bucket/a.pdf")
    text_file = invoke(client, server.put_object("bda-in", "notes.txt", b"just some words\n"))
    good = invoke(client, server.put_object("bda-in", "good.pdf", sample_invoice_pdf()))
    first = wait_for_status(client, no_bucket)
    assert first["status"] == "ClientError"
    assert "no-such-bucket" in first["errorMessage"]
    second = wait_for_status(client, text_file)
    assert second["status"] == "ClientError"
    assert "Unsupported file type" in second["errorMessage"]
    assert wait_for_status(client, good)["status"] == "Success"


def test_corrupt_pdf_fails_cleanly_and_worker_carries_on(server: ServerProcess) -> None:
    client = server.client()
    broken = sample_invoice_pdf()[:300]
    bad = invoke(client, server.put_object("bda-in", "broken.pdf", broken))
    good = invoke(client, server.put_object("bda-in", "fine.pdf", sample_invoice_pdf()))
    status = wait_for_status(client, bad)
    assert status["status"] == "ClientError"
    assert status["errorMessage"]
    assert wait_for_status(client, good)["status"] == "Success"


def test_client_token_returns_the_same_job(server: ServerProcess) -> None:
    client = server.client()
    source = server.put_object("bda-in", "idem.pdf", sample_invoice_pdf())
    token = f"tok-{uuid.uuid4()}"
    first = invoke(client, source, clientToken=token)
    second = invoke(client, source, clientToken=token)
    assert first == second
    with pytest.raises(client.exceptions.ValidationException):
        invoke(client, source, "s3://bda-out/elsewhere", clientToken=token)
    assert wait_for_status(client, first)["status"] == "Success"
    # One job only: the output folder holds exactly one job.
    job_id = first.rsplit("/", 1)[1]
    assert server.object_path(f"s3://bda-out/results/{job_id}/job_metadata.json").exists()


def test_tags_round_trip(server: ServerProcess) -> None:
    client = server.client()
    source = server.put_object("bda-in", "tags.pdf", sample_invoice_pdf())
    arn = invoke(client, source, tags=[{"key": "team", "value": "finance"}])
    assert client.list_tags_for_resource(resourceARN=arn)["tags"] == [
        {"key": "team", "value": "finance"}
    ]
    client.tag_resource(
        resourceARN=arn, tags=[{"key": "env", "value": "dev"}, {"key": "team", "value": "ops"}]
    )
    tags = {t["key"]: t["value"] for t in client.list_tags_for_resource(resourceARN=arn)["tags"]}
    assert tags == {"team": "ops", "env": "dev"}
    client.untag_resource(resourceARN=arn, tagKeys=["team"])
    assert client.list_tags_for_resource(resourceARN=arn)["tags"] == [
        {"key": "env", "value": "dev"}
    ]
    missing = f"arn:aws:bedrock:{REGION}:{ACCOUNT}:data-automation-invocation/{uuid.uuid4()}"
    with pytest.raises(client.exceptions.ResourceNotFoundException):
        client.list_tags_for_resource(resourceARN=missing)
    with pytest.raises(client.exceptions.ServiceQuotaExceededException):
        client.tag_resource(
            resourceARN=arn, tags=[{"key": f"k{i}", "value": "v"} for i in range(200)]
        )


def test_sync_invoke_with_bytes_and_with_s3(server: ServerProcess) -> None:
    client = server.client()
    response = client.invoke_data_automation(
        inputConfiguration={"bytes": sample_invoice_pdf()}, dataAutomationProfileArn=PROFILE_ARN
    )
    assert response["semanticModality"] == "DOCUMENT"
    standard = json.loads(response["outputSegments"][0]["standardOutput"])
    assert standard["metadata"]["number_of_pages"] == 1
    assert "Invoice INV-2041" in standard["pages"][0]["representation"]["markdown"]

    source = server.put_object("bda-in", "sync.pdf", sample_invoice_pdf())
    stored = client.invoke_data_automation(
        inputConfiguration={"s3Uri": source},
        outputConfiguration={"s3Uri": "s3://bda-out/sync"},
        dataAutomationProfileArn=PROFILE_ARN,
    )
    metadata = json.loads(server.object_path(stored["outputConfiguration"]["s3Uri"]).read_text())
    assert metadata["job_status"] == "PROCESSED"
    assert "outputSegments" not in stored

    with pytest.raises(client.exceptions.ValidationException) as err:
        client.invoke_data_automation(
            inputConfiguration={"bytes": b"not a document"}, dataAutomationProfileArn=PROFILE_ARN
        )
    assert "Unsupported file type" in str(err.value)


def test_validation_errors_come_from_the_model(server: ServerProcess) -> None:
    client = server.client(validate=False)
    source = server.put_object("bda-in", "v.pdf", sample_invoice_pdf())
    cases: list[tuple[dict[str, Any], str]] = [
        ({"invocationArn": "arn:aws:bedrock:us-east-1:000000000000:not-an-invocation/1"}, "invocationArn"),
        ({"invocationArn": "nonsense"}, "invocationArn"),
        ({}, "invocationArn"),
    ]  # fmt: skip
    for params, member in cases:
        with pytest.raises(client.exceptions.ValidationException) as err:
            client.get_data_automation_status(**params)
        assert member in str(err.value)

    base: dict[str, Any] = {
        "inputConfiguration": {"s3Uri": source},
        "outputConfiguration": {"s3Uri": "s3://bda-out/v"},
        "dataAutomationProfileArn": PROFILE_ARN,
    }
    bad_requests: list[tuple[dict[str, Any], str]] = [
        ({**base, "inputConfiguration": {"s3Uri": "http://in/v.pdf"}}, "inputConfiguration.s3Uri"),
        ({**base, "inputConfiguration": {"s3Uri": "s3://bda-in/../../etc/passwd"}}, "s3://bda-in/../../etc/passwd"),
        ({**base, "outputConfiguration": {"s3Uri": "s3://UPPER/case"}}, "outputConfiguration.s3Uri"),
        ({k: v for k, v in base.items() if k != "outputConfiguration"}, "outputConfiguration"),
        ({k: v for k, v in base.items() if k != "dataAutomationProfileArn"}, "dataAutomationProfileArn"),
        ({**base, "blueprints": [
            {"blueprintArn": f"arn:aws:bedrock:us-east-1:000000000000:blueprint/{i:012x}"}
            for i in range(41)
        ]}, "blueprints"),
        ({**base, "dataAutomationProfileArn": "arn:aws:bedrock:eu-west-1:000000000000:data-automation-profile/eu.data-automation-v1"}, "DataAutomationProfile"),
    ]  # fmt: skip
    for params, needle in bad_requests:
        with pytest.raises(client.exceptions.ValidationException) as err:
            client.invoke_data_automation_async(**params)
        assert needle in str(err.value), (needle, str(err.value))


def test_authentication_is_enforced(server: ServerProcess) -> None:
    with pytest.raises(botocore.exceptions.ClientError) as err:
        server.client(secret="wrong").list_tags_for_resource(
            resourceARN=f"arn:aws:bedrock:{REGION}:{ACCOUNT}:data-automation-invocation/x"
        )
    assert error_code(err.value) == "InvalidSignatureException"
    assert err.value.response["ResponseMetadata"]["HTTPStatusCode"] == 403
    with pytest.raises(botocore.exceptions.ClientError) as err:
        server.client(key="AKIDUNKNOWN", secret="x").list_tags_for_resource(
            resourceARN=f"arn:aws:bedrock:{REGION}:{ACCOUNT}:data-automation-invocation/x"
        )
    assert error_code(err.value) == "UnrecognizedClientException"


def test_accounts_are_isolated(server: ServerProcess) -> None:
    mine = server.client()
    theirs = server.client(key=OTHER_KEY, secret=OTHER_SECRET)
    arn = invoke(mine, server.put_object("bda-in", "private.pdf", sample_invoice_pdf()))
    for call in (
        lambda: theirs.get_data_automation_status(invocationArn=arn),
        lambda: theirs.list_tags_for_resource(resourceARN=arn),
        lambda: theirs.tag_resource(resourceARN=arn, tags=[{"key": "a", "value": "b"}]),
        lambda: theirs.untag_resource(resourceARN=arn, tagKeys=["a"]),
    ):
        with pytest.raises(theirs.exceptions.AccessDeniedException):
            call()
    # The same job id under the other account's own ARN does not exist for them either.
    theirs_arn = arn.replace(f":{ACCOUNT}:", ":111111111111:")
    with pytest.raises(theirs.exceptions.ResourceNotFoundException):
        theirs.get_data_automation_status(invocationArn=theirs_arn)
    assert wait_for_status(mine, arn)["status"] == "Success"
