"""The runtime honours the control plane: a job runs with its project stage's configuration,
request blueprints are checked, and what cannot run is refused at invoke time."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest

from openbda.launcher import ACCOUNT, PROFILE_ARN, REGION, ServerProcess, wait_for_status
from openbda.samples import sample_invoice_pdf
from tests.e2e.conftest import OTHER_KEY, OTHER_SECRET, create_project, standard_output

pytestmark = pytest.mark.e2e

RICH_DOCUMENT = {
    "extraction": {
        "granularity": {"types": ["DOCUMENT", "PAGE", "ELEMENT", "LINE", "WORD"]},
        "boundingBox": {"state": "ENABLED"},
    },
    "generativeField": {"state": "DISABLED"},
    "outputFormat": {
        "textFormat": {"types": ["PLAIN_TEXT", "HTML"]},
        "additionalFileFormat": {"state": "ENABLED"},
    },
}
PLAIN_DOCUMENT = {
    "extraction": {"granularity": {"types": ["PAGE"]}, "boundingBox": {"state": "DISABLED"}},
    "generativeField": {"state": "DISABLED"},
    "outputFormat": {
        "textFormat": {"types": ["PLAIN_TEXT"]},
        "additionalFileFormat": {"state": "DISABLED"},
    },
}


def run(server: ServerProcess, key: str, **extra: Any) -> tuple[str, dict[str, Any]]:
    client = server.client()
    source = server.put_object("bda-in", key, sample_invoice_pdf())
    arn: str = client.invoke_data_automation_async(
        inputConfiguration={"s3Uri": source},
        outputConfiguration={"s3Uri": "s3://bda-out/projects"},
        dataAutomationProfileArn=PROFILE_ARN,
        **extra,
    )["invocationArn"]
    return arn, wait_for_status(client, arn)


def test_project_settings_shape_the_output(server: ServerProcess) -> None:
    project = create_project(server, RICH_DOCUMENT)
    arn, status = run(
        server,
        "proj/rich.pdf",
        dataAutomationConfiguration={"dataAutomationProjectArn": project, "stage": "LIVE"},
    )
    assert status["status"] == "Success", status
    result = standard_output(server, status)
    assert set(result["document"]["representation"]) == {"text", "html"}
    assert "Northwind Supplies Ltd." in result["document"]["representation"]["text"]
    assert all("bounding_box" in loc for e in result["elements"] for loc in e["locations"])
    assert result["text_lines"] and result["text_words"]
    assert result["document"]["statistics"]["word_count"] == len(result["text_words"])
    page = result["pages"][0]
    job_id = arn.rsplit("/", 1)[1]
    folder = f"s3://bda-out/projects/{job_id}/0/standard_output/0"
    assert page["asset_metadata"]["rectified_image"] == f"{folder}/assets/rectified_image_0.png"
    assert server.object_path(f"{folder}/result.md").read_text().startswith("# Northwind")
    assert "Total due: 429.99 GBP" in server.object_path(f"{folder}/result.txt").read_text()
    png = server.object_path(f"{folder}/assets/rectified_image_0.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")


def test_each_stage_is_its_own_configuration(server: ServerProcess) -> None:
    control = server.client("bedrock-data-automation")
    project = create_project(server, RICH_DOCUMENT)
    control.update_data_automation_project(
        projectArn=project,
        projectStage="DEVELOPMENT",
        standardOutputConfiguration={"document": PLAIN_DOCUMENT},
    )
    _, dev = run(
        server,
        "proj/dev.pdf",
        dataAutomationConfiguration={"dataAutomationProjectArn": project, "stage": "DEVELOPMENT"},
    )
    dev_result = standard_output(server, dev)
    assert "elements" not in dev_result and "document" in dev_result
    assert set(dev_result["pages"][0]["representation"]) == {"text"}
    _, live = run(
        server, "proj/live.pdf", dataAutomationConfiguration={"dataAutomationProjectArn": project}
    )
    assert set(standard_output(server, live)["document"]["representation"]) == {"text", "html"}


def test_without_a_project_the_default_project_applies(server: ServerProcess) -> None:
    default = f"arn:aws:bedrock:{REGION}:aws:data-automation-project/public-default"
    _, explicit = run(
        server,
        "proj/default.pdf",
        dataAutomationConfiguration={"dataAutomationProjectArn": default},
    )
    result = standard_output(server, explicit)
    assert set(result["pages"][0]["representation"]) == {"markdown"}
    assert "text_lines" not in result


def test_unknown_and_foreign_projects_are_refused_at_invoke(server: ServerProcess) -> None:
    client = server.client()
    source = server.put_object("bda-in", "proj/refused.pdf", sample_invoice_pdf())
    base: dict[str, Any] = {
        "inputConfiguration": {"s3Uri": source},
        "outputConfiguration": {"s3Uri": "s3://bda-out/projects"},
        "dataAutomationProfileArn": PROFILE_ARN,
    }
    missing = f"arn:aws:bedrock:{REGION}:{ACCOUNT}:data-automation-project/0123456789ab"
    with pytest.raises(client.exceptions.ValidationException) as err:
        client.invoke_data_automation_async(
            **base, dataAutomationConfiguration={"dataAutomationProjectArn": missing}
        )
    assert missing in str(err.value)

    mine = create_project(server, PLAIN_DOCUMENT)
    theirs = server.client(key=OTHER_KEY, secret=OTHER_SECRET)
    other_profile = PROFILE_ARN.replace(ACCOUNT, "111111111111")
    with pytest.raises(theirs.exceptions.AccessDeniedException):
        theirs.invoke_data_automation_async(
            **{**base, "dataAutomationProfileArn": other_profile},
            dataAutomationConfiguration={"dataAutomationProjectArn": mine},
        )


def test_request_blueprints_must_exist(server: ServerProcess) -> None:
    client = server.client()
    control = server.client("bedrock-data-automation")
    schema = json.dumps(
        {
            "class": "Invoice",
            "description": "A supplier invoice",
            "type": "object",
            "properties": {
                "total": {"type": "number", "inferenceType": "explicit", "instruction": "Total"}
            },
        }
    )
    own = control.create_blueprint(
        blueprintName=f"b-{uuid.uuid4().hex[:8]}", type="DOCUMENT", schema=schema
    )["blueprint"]["blueprintArn"]
    catalog = f"arn:aws:bedrock:{REGION}:aws:blueprint/bedrock-data-automation-public-invoice"
    _, status = run(
        server,
        "proj/blueprints.pdf",
        blueprints=[{"blueprintArn": own}, {"blueprintArn": catalog}],
    )
    assert status["status"] == "Success"

    missing = f"arn:aws:bedrock:{REGION}:{ACCOUNT}:blueprint/0123456789ab"
    with pytest.raises(client.exceptions.ValidationException) as err:
        run(server, "proj/missing-blueprint.pdf", blueprints=[{"blueprintArn": missing}])
    assert missing in str(err.value)


def test_a_disabled_modality_is_refused(server: ServerProcess) -> None:
    client = server.client()
    project = create_project(
        server,
        PLAIN_DOCUMENT,
        overrideConfiguration={"document": {"modalityProcessing": {"state": "DISABLED"}}},
    )
    chosen = {"dataAutomationProjectArn": project}
    with pytest.raises(client.exceptions.ValidationException) as err:
        run(server, "proj/disabled.pdf", dataAutomationConfiguration=chosen)
    assert "DOCUMENT" in str(err.value)
    # Without an extension to go by, the job finds out from the file's bytes.
    _, status = run(server, "proj/disabled-no-extension", dataAutomationConfiguration=chosen)
    assert status["status"] == "ClientError"
    assert "DOCUMENT" in status["errorMessage"]


def test_sync_requests_use_the_project_but_write_no_files(server: ServerProcess) -> None:
    client = server.client()
    project = create_project(server, RICH_DOCUMENT)
    response = client.invoke_data_automation(
        inputConfiguration={"bytes": sample_invoice_pdf()},
        dataAutomationProfileArn=PROFILE_ARN,
        dataAutomationConfiguration={"dataAutomationProjectArn": project},
    )
    result = json.loads(response["outputSegments"][0]["standardOutput"])
    assert set(result["document"]["representation"]) == {"text", "html"}
    assert "rectified_image" not in result["pages"][0].get("asset_metadata", {})
