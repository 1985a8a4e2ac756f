"""Projects on the control plane of a live ``openbda serve``, driven over HTTP with unmodified
boto3 and the aws CLI."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import botocore.exceptions
import pytest

from openbda.domain.projects import DEFAULT_OVERRIDE, DEFAULT_STANDARD_OUTPUT
from openbda.launcher import ACCOUNT, REGION, ServerProcess
from tests.e2e.conftest import OTHER_ACCOUNT, OTHER_KEY, OTHER_SECRET, aws_cli

pytestmark = pytest.mark.e2e

PUBLIC_DEFAULT = f"arn:aws:bedrock:{REGION}:aws:data-automation-project/public-default"
INVOICE = f"arn:aws:bedrock:{REGION}:aws:blueprint/bedrock-data-automation-public-invoice"
DOCUMENT_ONLY = {
    "document": {
        "extraction": {
            "granularity": {"types": ["DOCUMENT", "PAGE"]},
            "boundingBox": {"state": "ENABLED"},
        },
        "generativeField": {"state": "ENABLED"},
        "outputFormat": {
            "textFormat": {"types": ["MARKDOWN", "HTML"]},
            "additionalFileFormat": {"state": "DISABLED"},
        },
    }
}


# A small but complete blueprint schema, as CreateBlueprint accepts it.
SCHEMA = json.dumps(
    {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "class": "Claim",
        "description": "A claim to extract fields from",
        "type": "object",
        "properties": {
            "number": {
                "type": "string",
                "inferenceType": "explicit",
                "instruction": "The claim number",
            }
        },
    }
)


def control(server: ServerProcess, key: str = "test", secret: str = "test") -> Any:
    """A bedrock-data-automation client of ``server`` (the default account unless told)."""
    return server.client("bedrock-data-automation", key=key, secret=secret)


def unique(prefix: str = "project") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def error(exc: pytest.ExceptionInfo[botocore.exceptions.ClientError]) -> tuple[str, int, str]:
    response = exc.value.response
    return (
        response["Error"]["Code"],
        response["ResponseMetadata"]["HTTPStatusCode"],
        response["Error"]["Message"],
    )


def create(client: Any, name: str | None = None, **extra: Any) -> str:
    extra.setdefault("standardOutputConfiguration", {})
    arn: str = client.create_data_automation_project(projectName=name or unique(), **extra)[
        "projectArn"
    ]
    return arn


def make_blueprint(client: Any) -> str:
    arn: str = client.create_blueprint(
        blueprintName=unique("blueprint"), type="DOCUMENT", schema=SCHEMA
    )["blueprint"]["blueprintArn"]
    return arn


def test_full_lifecycle_of_one_project(server: ServerProcess) -> None:
    client = control(server)
    name = unique()
    before = datetime.now(UTC) - timedelta(seconds=1)
    created = client.create_data_automation_project(
        projectName=name,
        projectDescription="claims intake",
        standardOutputConfiguration=DOCUMENT_ONLY,
    )
    assert created["ResponseMetadata"]["HTTPStatusCode"] == 201
    arn = created["projectArn"]
    assert arn.startswith(f"arn:aws:bedrock:{REGION}:{ACCOUNT}:data-automation-project/")
    project_id = arn.rsplit("/", 1)[1]
    assert len(project_id) == 12 and int(project_id, 16) >= 0
    assert (created["projectStage"], created["status"]) == ("LIVE", "IN_PROGRESS")

    project = client.get_data_automation_project(projectArn=arn)["project"]
    assert project["status"] == "COMPLETED"
    assert (project["projectName"], project["projectStage"]) == (name, "LIVE")
    assert project["projectDescription"] == "claims intake"
    assert project["projectType"] == "ASYNC"
    assert before <= project["creationTime"] == project["lastModifiedTime"]
    assert project["standardOutputConfiguration"]["document"] == DOCUMENT_ONLY["document"]

    updated = client.update_data_automation_project(
        projectArn=arn,
        standardOutputConfiguration={"document": {"generativeField": {"state": "DISABLED"}}},
        customOutputConfiguration={"blueprints": [{"blueprintArn": INVOICE}]},
    )
    assert (updated["projectArn"], updated["projectStage"], updated["status"]) == (
        arn,
        "LIVE",
        "IN_PROGRESS",
    )
    live = client.get_data_automation_project(projectArn=arn, projectStage="LIVE")["project"]
    assert live["lastModifiedTime"] > live["creationTime"] == project["creationTime"]
    assert live["projectDescription"] == "claims intake"
    assert (
        live["standardOutputConfiguration"]["document"]["extraction"]
        == (DEFAULT_STANDARD_OUTPUT["document"]["extraction"])
    )
    assert live["customOutputConfiguration"] == {"blueprints": [{"blueprintArn": INVOICE}]}
    # The other stage was not touched.
    development = client.get_data_automation_project(projectArn=arn, projectStage="DEVELOPMENT")
    assert (
        development["project"]["standardOutputConfiguration"]
        == (project["standardOutputConfiguration"])
    )
    assert development["project"]["customOutputConfiguration"] == {}

    listed = client.list_data_automation_projects(maxResults=1000)["projects"]
    assert {"projectArn": arn, "projectStage": "LIVE", "projectType": "ASYNC",
            "projectName": name, "creationTime": project["creationTime"]} in listed  # fmt: skip

    deleted = client.delete_data_automation_project(projectArn=arn)
    assert (deleted["projectArn"], deleted["status"]) == (arn, "COMPLETED")
    for call in (client.get_data_automation_project, client.delete_data_automation_project):
        with pytest.raises(client.exceptions.ResourceNotFoundException) as err:
            call(projectArn=arn)
        code, status, message = error(err)
        assert (code, status) == ("ResourceNotFoundException", 404)
        assert arn in message
    assert arn not in {p["projectArn"] for p in client.list_data_automation_projects()["projects"]}


def test_both_stages_are_separate_mutable_configurations(server: ServerProcess) -> None:
    client = control(server)
    created = client.create_data_automation_project(
        projectName=unique(),
        projectStage="DEVELOPMENT",
        standardOutputConfiguration=DOCUMENT_ONLY,
    )
    assert created["projectStage"] == "DEVELOPMENT"
    arn = created["projectArn"]
    # Creating one stage starts the other as a copy.
    live = client.get_data_automation_project(projectArn=arn)["project"]
    dev = client.get_data_automation_project(projectArn=arn, projectStage="DEVELOPMENT")["project"]
    assert live["standardOutputConfiguration"] == dev["standardOutputConfiguration"]
    assert (live["projectStage"], dev["projectStage"]) == ("LIVE", "DEVELOPMENT")

    client.update_data_automation_project(
        projectArn=arn,
        projectStage="DEVELOPMENT",
        projectDescription="trying splitting",
        standardOutputConfiguration={},
        overrideConfiguration={"document": {"splitter": {"state": "ENABLED"}}},
    )
    dev = client.get_data_automation_project(projectArn=arn, projectStage="DEVELOPMENT")["project"]
    live_again = client.get_data_automation_project(projectArn=arn)["project"]
    assert dev["overrideConfiguration"]["document"]["splitter"] == {"state": "ENABLED"}
    assert dev["projectDescription"] == "trying splitting"
    assert live_again == live
    stages = {
        p["projectStage"]
        for p in client.list_data_automation_projects(projectStageFilter="ALL")["projects"]
        if p["projectArn"] == arn
    }
    assert stages == {"LIVE", "DEVELOPMENT"}


def test_get_echoes_the_configuration_with_bda_defaults(server: ServerProcess) -> None:
    client = control(server)
    arn = create(client, standardOutputConfiguration={})
    project = client.get_data_automation_project(projectArn=arn)["project"]
    assert project["standardOutputConfiguration"] == DEFAULT_STANDARD_OUTPUT
    assert project["customOutputConfiguration"] == {}
    assert project["overrideConfiguration"] == DEFAULT_OVERRIDE
    assert project["projectType"] == "ASYNC"
    for absent in ("projectDescription", "kmsKeyId", "dataAutomationLibraryConfiguration"):
        assert absent not in project

    arn = create(
        client,
        projectType="SYNC",
        standardOutputConfiguration={"image": {"generativeField": {"state": "ENABLED"}}},
        overrideConfiguration={
            "video": {"modalityProcessing": {"state": "DISABLED"}},
            "modalityRouting": {"png": "DOCUMENT"},
        },
        encryptionConfiguration={"kmsKeyId": "alias/bda", "kmsEncryptionContext": {"a": "b"}},
    )
    project = client.get_data_automation_project(projectArn=arn)["project"]
    assert project["projectType"] == "SYNC"
    assert project["standardOutputConfiguration"]["image"]["generativeField"] == {
        "state": "ENABLED",
        "types": ["IMAGE_SUMMARY"],
    }
    override = project["overrideConfiguration"]
    assert override["video"]["modalityProcessing"] == {"state": "DISABLED"}
    assert override["image"]["modalityProcessing"] == {"state": "ENABLED"}
    assert override["modalityRouting"] == {"png": "DOCUMENT"}
    assert (project["kmsKeyId"], project["kmsEncryptionContext"]) == ("alias/bda", {"a": "b"})


def test_custom_output_accepts_own_and_catalog_blueprints(server: ServerProcess) -> None:
    client = control(server)
    own = make_blueprint(client)
    custom = {
        "blueprints": [
            {"blueprintArn": own, "blueprintStage": "LIVE"},
            {"blueprintArn": INVOICE},
        ],
        "document": {"fallbackBlueprints": [{"blueprintArn": INVOICE}]},
    }
    arn = create(client, customOutputConfiguration=custom)
    project = client.get_data_automation_project(projectArn=arn)["project"]
    assert project["customOutputConfiguration"] == custom
    listed = client.list_data_automation_projects(blueprintFilter={"blueprintArn": own})
    assert [p["projectArn"] for p in listed["projects"]] == [arn]


@pytest.mark.parametrize(
    ("members", "path"),
    [
        (
            {
                "standardOutputConfiguration": {
                    "image": {"generativeField": {"state": "ENABLED", "types": []}}
                }
            },
            "standardOutputConfiguration.image.generativeField.types",
        ),
        (
            {
                "standardOutputConfiguration": {
                    "document": {
                        "extraction": {
                            "granularity": {"types": ["PAGE", "PAGE"]},
                            "boundingBox": {"state": "DISABLED"},
                        }
                    }
                }
            },
            "standardOutputConfiguration.document.extraction.granularity.types",
        ),
        (
            {
                "customOutputConfiguration": {
                    "blueprints": [
                        {
                            "blueprintArn": f"arn:aws:bedrock:{REGION}:{ACCOUNT}:blueprint/ffffffffffff"
                        }
                    ]
                }
            },
            "customOutputConfiguration.blueprints.1.member.blueprintArn",
        ),
        (
            {
                "customOutputConfiguration": {
                    "document": {
                        "fallbackBlueprints": [
                            {
                                "blueprintArn": f"arn:aws:bedrock:{REGION}:aws:blueprint/bedrock-data-automation-public-nope"
                            }
                        ]
                    }
                }
            },
            "customOutputConfiguration.document.fallbackBlueprints.1.member.blueprintArn",
        ),
        (
            {
                "overrideConfiguration": {
                    m: {"modalityProcessing": {"state": "DISABLED"}}
                    for m in ("document", "image", "video", "audio")
                }
            },
            "overrideConfiguration",
        ),
        (
            {"overrideConfiguration": {"modalityRouting": {"mp4": "DOCUMENT"}}},
            "overrideConfiguration.modalityRouting.mp4",
        ),
        (
            {
                "overrideConfiguration": {
                    "audio": {"modalityProcessing": {"state": "DISABLED"}},
                    "modalityRouting": {"mov": "AUDIO"},
                }
            },
            "overrideConfiguration.modalityRouting.mov",
        ),
        (
            {
                "projectType": "SYNC",
                "overrideConfiguration": {"document": {"splitter": {"state": "ENABLED"}}},
            },
            "overrideConfiguration.document.splitter.state",
        ),
        (
            {"tags": [{"key": "aws:owner", "value": "me"}]},
            "tags.1.member.key",
        ),
        # Constraints of the service model itself, checked by the wire layer.
        ({"projectName": "has spaces"}, "projectName"),
        ({"clientToken": "x" * 40 + "_underscore"}, "clientToken"),
    ],
)
def test_invalid_configurations_are_refused_naming_the_field(
    server: ServerProcess, members: dict[str, Any], path: str
) -> None:
    client = control(server)
    request: dict[str, Any] = {"projectName": unique(), "standardOutputConfiguration": {}}
    request.update(members)
    with pytest.raises(client.exceptions.ValidationException) as err:
        client.create_data_automation_project(**request)
    code, status, message = error(err)
    assert (code, status) == ("ValidationException", 400)
    assert f"'{path}'" in message
    if "blueprintArn" in path:
        arn = json.dumps(members)[json.dumps(members).index("arn:") :].split('"')[0]
        assert arn in message
    assert request["projectName"] not in {
        p["projectName"] for p in client.list_data_automation_projects(maxResults=1000)["projects"]
    }


def test_update_validates_like_create(server: ServerProcess) -> None:
    client = control(server)
    arn = create(client)
    missing = f"arn:aws:bedrock:{REGION}:{ACCOUNT}:blueprint/eeeeeeeeeeee"
    with pytest.raises(client.exceptions.ValidationException) as err:
        client.update_data_automation_project(
            projectArn=arn,
            standardOutputConfiguration={},
            customOutputConfiguration={"blueprints": [{"blueprintArn": missing}]},
        )
    assert missing in error(err)[2]
    assert (
        client.get_data_automation_project(projectArn=arn)["project"]["customOutputConfiguration"]
        == {}
    )


def test_names_clash_with_a_conflict(server: ServerProcess) -> None:
    client = control(server)
    name = unique()
    create(client, name)
    with pytest.raises(client.exceptions.ConflictException) as err:
        create(client, name)
    code, status, message = error(err)
    assert (code, status) == ("ConflictException", 409)
    assert name in message
    # Names belong to an account: another account may use the same one.
    create(control(server, OTHER_KEY, OTHER_SECRET), name)


def test_client_token_makes_create_idempotent(server: ServerProcess) -> None:
    client = control(server)
    token = str(uuid.uuid4())
    name = unique()
    first = client.create_data_automation_project(
        projectName=name, standardOutputConfiguration={}, clientToken=token
    )
    again = client.create_data_automation_project(
        projectName=name, standardOutputConfiguration={}, clientToken=token
    )
    assert again["projectArn"] == first["projectArn"]
    assert again["ResponseMetadata"]["HTTPStatusCode"] == 201
    listed = client.list_data_automation_projects(maxResults=1000)["projects"]
    assert [p["projectName"] for p in listed].count(name) == 1
    with pytest.raises(client.exceptions.ConflictException) as err:
        client.create_data_automation_project(
            projectName=name, standardOutputConfiguration=DOCUMENT_ONLY, clientToken=token
        )
    assert token in error(err)[2]
    # Without an explicit token, boto3 fills in a fresh one: a second create is a new request.
    with pytest.raises(client.exceptions.ConflictException):
        create(client, name)


def test_the_account_quota_is_one_hundred_projects(isolated_server: ServerProcess) -> None:
    client = control(isolated_server)
    for i in range(100):
        create(client, f"quota-{i:03d}")
    with pytest.raises(client.exceptions.ServiceQuotaExceededException) as err:
        create(client, "one-too-many")
    code, status, message = error(err)
    assert (code, status) == ("ServiceQuotaExceededException", 402)
    assert "100" in message
    # Another account has its own quota; freeing a slot lets the account create again.
    create(control(isolated_server, OTHER_KEY, OTHER_SECRET), "one-too-many")
    first = client.list_data_automation_projects(maxResults=1)["projects"][0]["projectArn"]
    client.delete_data_automation_project(projectArn=first)
    create(client, "one-too-many")


def test_pagination_across_several_pages(isolated_server: ServerProcess) -> None:
    client = control(isolated_server)
    arns = [create(client, f"page-{i:02d}") for i in range(11)]
    first = client.list_data_automation_projects(maxResults=4)
    assert [p["projectArn"] for p in first["projects"]] == arns[:4]
    # Changes between calls neither repeat nor skip what is still there.
    late = create(client, "page-late")
    client.delete_data_automation_project(projectArn=arns[5])
    seen = [p["projectArn"] for p in first["projects"]]
    token = first["nextToken"]
    while token:
        page = client.list_data_automation_projects(maxResults=4, nextToken=token)
        seen += [p["projectArn"] for p in page["projects"]]
        token = page.get("nextToken")
    assert seen == arns[:5] + arns[6:] + [late]

    paginator = client.get_paginator("list_data_automation_projects")
    pages = list(paginator.paginate(projectStageFilter="ALL", PaginationConfig={"PageSize": 5}))
    assert [len(p["projects"]) for p in pages] == [5, 5, 5, 5, 2]
    entries = [(p["projectArn"], p["projectStage"]) for page in pages for p in page["projects"]]
    assert len(set(entries)) == 22

    with pytest.raises(client.exceptions.ValidationException):
        client.list_data_automation_projects(nextToken="not-a-token")
    with pytest.raises(client.exceptions.ValidationException):
        client.list_data_automation_projects(nextToken=pages[0]["nextToken"])  # other filters


def test_accounts_do_not_see_each_other(server: ServerProcess) -> None:
    mine, theirs = control(server), control(server, OTHER_KEY, OTHER_SECRET)
    arn = create(mine)
    assert arn not in {p["projectArn"] for p in theirs.list_data_automation_projects()["projects"]}
    missing = arn[:-12] + "ffffffffffff"
    for target in (arn, missing):
        with pytest.raises(theirs.exceptions.AccessDeniedException) as err:
            theirs.get_data_automation_project(projectArn=target)
        assert error(err)[:2] == ("AccessDeniedException", 403)
        with pytest.raises(theirs.exceptions.AccessDeniedException):
            theirs.delete_data_automation_project(projectArn=target)
    assert mine.get_data_automation_project(projectArn=arn)["project"]["projectArn"] == arn
    other_arn = create(theirs)
    assert other_arn.split(":")[4] == OTHER_ACCOUNT


def test_the_public_default_project(server: ServerProcess) -> None:
    client = control(server)
    project = client.get_data_automation_project(projectArn=PUBLIC_DEFAULT)["project"]
    assert project["projectArn"] == PUBLIC_DEFAULT
    assert project["projectName"] == "public-default"
    assert project["status"] == "COMPLETED"
    assert project["standardOutputConfiguration"] == DEFAULT_STANDARD_OUTPUT
    assert project["customOutputConfiguration"] == {}
    assert project["overrideConfiguration"] == DEFAULT_OVERRIDE
    with pytest.raises(client.exceptions.AccessDeniedException):
        client.update_data_automation_project(
            projectArn=PUBLIC_DEFAULT, standardOutputConfiguration={}
        )
    with pytest.raises(client.exceptions.AccessDeniedException):
        client.delete_data_automation_project(projectArn=PUBLIC_DEFAULT)
    service = client.list_data_automation_projects(resourceOwner="SERVICE")["projects"]
    assert [p["projectArn"] for p in service] == [PUBLIC_DEFAULT]
    own = client.list_data_automation_projects(resourceOwner="ACCOUNT", maxResults=1000)
    assert PUBLIC_DEFAULT not in {p["projectArn"] for p in own["projects"]}


def test_a_restart_loses_nothing(isolated_server: ServerProcess) -> None:
    client = control(isolated_server)
    arn = create(
        client,
        "durable",
        standardOutputConfiguration=DOCUMENT_ONLY,
        tags=[{"key": "k", "value": "v"}],
    )
    client.update_data_automation_project(
        projectArn=arn, projectStage="DEVELOPMENT", standardOutputConfiguration={}
    )
    before = {
        stage: client.get_data_automation_project(projectArn=arn, projectStage=stage)["project"]
        for stage in ("LIVE", "DEVELOPMENT")
    }
    # A new process over the same data directory.
    isolated_server.stop()
    isolated_server.start()
    client = control(isolated_server)
    for stage, project in before.items():
        assert (
            client.get_data_automation_project(projectArn=arn, projectStage=stage)["project"]
            == project
        )
    assert client.list_tags_for_resource(resourceARN=arn)["tags"] == [{"key": "k", "value": "v"}]


def test_the_aws_cli_drives_the_lifecycle(server: ServerProcess) -> None:
    name = unique("cli")
    created = aws_cli(
        server,
        "create-data-automation-project",
        "--project-name", name,
        "--standard-output-configuration", json.dumps(DOCUMENT_ONLY),
        "--tags", json.dumps([{"key": "via", "value": "cli"}]),
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    answer = json.loads(created.stdout)
    arn = answer["projectArn"]
    assert answer["status"] == "IN_PROGRESS"

    got = aws_cli(server, "get-data-automation-project", "--project-arn", arn)
    assert got.returncode == 0, got.stderr
    project = json.loads(got.stdout)["project"]
    assert project["projectName"] == name
    assert project["standardOutputConfiguration"]["document"] == DOCUMENT_ONLY["document"]

    updated = aws_cli(
        server,
        "update-data-automation-project",
        "--project-arn", arn,
        "--project-stage", "DEVELOPMENT",
        "--standard-output-configuration", "{}",
    )  # fmt: skip
    assert updated.returncode == 0, updated.stderr
    assert json.loads(updated.stdout)["projectStage"] == "DEVELOPMENT"

    listed = aws_cli(
        server, "list-data-automation-projects", "--project-stage-filter", "ALL", "--page-size", "2"
    )
    assert listed.returncode == 0, listed.stderr
    entries = {(p["projectArn"], p["projectStage"]) for p in json.loads(listed.stdout)["projects"]}
    assert {(arn, "LIVE"), (arn, "DEVELOPMENT")} <= entries

    refused = aws_cli(
        server,
        "create-data-automation-project",
        "--project-name", unique("cli"),
        "--standard-output-configuration", "{}",
        "--override-configuration", json.dumps({"modalityRouting": {"jpeg": "VIDEO"}}),
    )  # fmt: skip
    assert refused.returncode != 0
    assert "ValidationException" in refused.stderr
    assert "overrideConfiguration.modalityRouting.jpeg" in refused.stderr

    deleted = aws_cli(server, "delete-data-automation-project", "--project-arn", arn)
    assert deleted.returncode == 0, deleted.stderr
    missing = aws_cli(server, "get-data-automation-project", "--project-arn", arn)
    assert missing.returncode != 0
    assert "ResourceNotFoundException" in missing.stderr
