"""The REST-JSON control plane driven by real boto3 through the gateway."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from botocore.exceptions import ClientError

from openbda.aws import errors
from tests.unit.aws.wiring import (
    ACCOUNT,
    BLUEPRINT_ARN,
    PROJECT_ARN,
    REGION,
    Wire,
    signed_request,
    utc,
)

SCHEMA = '{"class": "Invoice", "properties": {"total": {"type": "number"}}}'


def blueprint_record(**overrides: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "blueprintArn": BLUEPRINT_ARN,
        "schema": SCHEMA,
        "type": "DOCUMENT",
        "creationTime": utc(2025, 1, 2, 3, 4, 5),
        "lastModifiedTime": dt.datetime(2025, 1, 2, 3, 4, 5, 250000, tzinfo=dt.UTC),
        "blueprintName": "invoice",
        "blueprintStage": "LIVE",
    }
    record.update(overrides)
    return record


def test_create_blueprint_answers_201_with_timestamps(wire: Wire) -> None:
    wire.control_handler.results["create_blueprint"] = {"blueprint": blueprint_record()}
    client = wire.control()
    response = client.create_blueprint(
        blueprintName="invoice", type="DOCUMENT", blueprintStage="LIVE", schema=SCHEMA
    )
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 201
    blueprint = response["blueprint"]
    assert blueprint["blueprintArn"] == BLUEPRINT_ARN
    assert blueprint["schema"] == SCHEMA
    assert blueprint["creationTime"] == utc(2025, 1, 2, 3, 4, 5)
    assert blueprint["lastModifiedTime"].microsecond == 250000

    request = wire.requests[-1]
    assert (request.method, request.path) == ("PUT", "/blueprints/")
    assert wire.responses[-1].headers["content-type"] == "application/json"
    name, ctx, params = wire.control_handler.last
    assert name == "create_blueprint"
    assert ctx.service == "bedrock-data-automation"
    assert (ctx.account_id, ctx.region) == (ACCOUNT, REGION)
    assert params["blueprintName"] == "invoice"
    assert params["schema"] == SCHEMA
    assert len(params["clientToken"]) == 36


def test_get_blueprint_takes_the_arn_from_the_path(wire: Wire) -> None:
    wire.control_handler.results["get_blueprint"] = {"blueprint": blueprint_record()}
    response = wire.control().get_blueprint(blueprintArn=BLUEPRINT_ARN, blueprintStage="LIVE")
    assert response["blueprint"]["blueprintName"] == "invoice"
    request = wire.requests[-1]
    assert request.method == "POST"
    # The ARN travels percent-encoded as one path segment (and is signed double-encoded).
    assert (
        request.path == "/blueprints/arn%3Aaws%3Abedrock%3Aus-east-1%3A000000000000%3A"
        "blueprint%2Fc189cf94ddd7/"
    )
    assert wire.control_handler.last[2] == {"blueprintArn": BLUEPRINT_ARN, "blueprintStage": "LIVE"}


def test_delete_blueprint_reads_the_query_string(wire: Wire) -> None:
    wire.control().delete_blueprint(blueprintArn=BLUEPRINT_ARN, blueprintVersion="3")
    assert wire.requests[-1].method == "DELETE"
    assert wire.requests[-1].query == "blueprintVersion=3"
    assert wire.control_handler.last == (
        "delete_blueprint",
        wire.control_handler.last[1],
        {"blueprintArn": BLUEPRINT_ARN, "blueprintVersion": "3"},
    )


def test_list_data_automation_projects(wire: Wire) -> None:
    wire.control_handler.results["list_data_automation_projects"] = {
        "projects": [
            {
                "projectArn": PROJECT_ARN,
                "projectName": "invoices",
                "projectStage": "LIVE",
                "creationTime": utc(2024, 12, 1),
            }
        ],
        "nextToken": "abc",
    }
    response = wire.control().list_data_automation_projects(
        maxResults=10, projectStageFilter="ALL", resourceOwner="ACCOUNT"
    )
    assert response["projects"][0]["projectArn"] == PROJECT_ARN
    assert response["projects"][0]["creationTime"] == utc(2024, 12, 1)
    assert response["nextToken"] == "abc"
    assert wire.control_handler.last[2] == {
        "maxResults": 10,
        "projectStageFilter": "ALL",
        "resourceOwner": "ACCOUNT",
    }


def test_paginator_works_over_the_wire(wire: Wire) -> None:
    pages = iter(
        [
            {
                "projects": [{"projectArn": PROJECT_ARN, "creationTime": utc(2024, 1, 1)}],
                "nextToken": "t",
            },
            {"projects": [{"projectArn": PROJECT_ARN, "creationTime": utc(2024, 1, 2)}]},
        ]
    )
    wire.control_handler.results["list_data_automation_projects"] = lambda ctx, p: next(pages)
    paginator = wire.control().get_paginator("list_data_automation_projects")
    projects = [p for page in paginator.paginate() for p in page["projects"]]
    assert len(projects) == 2
    assert wire.control_handler.calls[-1][2] == {"nextToken": "t"}


def test_validation_on_path_label(wire: Wire) -> None:
    client = wire.control()
    with pytest.raises(client.exceptions.ValidationException) as info:
        client.get_data_automation_project(projectArn="arn:aws:bedrock:us-east-1:1:project/x")
    response: Any = info.value.response
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 400
    assert "at 'projectArn' failed to satisfy constraint" in response["Error"]["Message"]


def test_union_violation_in_rest_json_body(wire: Wire) -> None:
    client = wire.control(validate=False)
    library = f"arn:aws:bedrock:{REGION}:{ACCOUNT}:data-automation-library/0123456789ab"
    with pytest.raises(client.exceptions.ValidationException) as info:
        client.invoke_data_automation_library_ingestion_job(
            libraryArn=library,
            inputConfiguration={
                "inlinePayload": {
                    "upsertEntitiesInfo": [
                        {"vocabulary": {"language": "EN", "phrases": [{"text": "BDA"}]}}
                    ],
                    "deleteEntitiesInfo": {"entityIds": ["a"]},
                }
            },
            entityType="VOCABULARY",
            operationType="UPSERT",
            outputConfiguration={"s3Uri": "s3://out-bucket/x"},
        )
    assert (
        "at 'inputConfiguration.inlinePayload' failed to satisfy constraint: "
        "Member must have exactly one member set" in info.value.response["Error"]["Message"]
    )


@pytest.mark.parametrize(
    ("error", "status"),
    [
        (errors.ResourceNotFoundException, 404),
        (errors.ConflictException, 409),
        (errors.ServiceQuotaExceededException, 402),
        (errors.AccessDeniedException, 403),
        (errors.ThrottlingException, 429),
        (errors.InternalServerException, 500),
    ],
)
def test_rest_json_errors_map_to_botocore_exception_classes(
    wire: Wire, error: type[errors.AwsError], status: int
) -> None:
    def fail(ctx: Any, params: Any) -> Any:
        raise error("it went wrong")

    wire.control_handler.results["create_blueprint"] = fail
    client = wire.control()
    with pytest.raises(getattr(client.exceptions, error.code)) as info:
        client.create_blueprint(blueprintName="x", type="IMAGE", schema="{}")
    response: Any = info.value.response
    assert response["Error"]["Code"] == error.code
    assert response["Error"]["Message"] == "it went wrong"
    assert response["ResponseMetadata"]["HTTPStatusCode"] == status
    assert wire.responses[-1].headers["x-amzn-errortype"] == error.code


def test_unknown_route_is_unknown_operation(wire: Wire) -> None:
    response = wire.send(signed_request("GET", "/no-such-thing"))
    assert response.status == 404
    assert response.headers["x-amzn-errortype"] == "UnknownOperationException"
    assert response.headers["x-amzn-requestid"]


def test_client_error_has_request_id(wire: Wire) -> None:
    def missing(ctx: Any, params: Any) -> Any:
        raise errors.ResourceNotFoundException("Project not found")

    wire.control_handler.results["delete_data_automation_project"] = missing
    client = wire.control()
    with pytest.raises(ClientError) as info:
        client.delete_data_automation_project(projectArn=PROJECT_ARN)
    response: Any = info.value.response
    assert response["Error"]["Message"] == "Project not found"
    assert (
        response["ResponseMetadata"]["RequestId"] == wire.responses[-1].headers["x-amzn-requestid"]
    )
