"""The project record: stages, the documents it answers with, addressing, list filters."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from openbda.domain.projects import (
    DEFAULT_STANDARD_OUTPUT,
    ProjectStage,
    ProjectType,
    StageConfig,
    address_of,
    new_project,
    public_default_project,
    request_fingerprint,
    stage_config_from_request,
    uses_blueprint,
    uses_library,
)
from openbda.domain.times import from_micros, to_micros

ACCOUNT = "123456789012"
REGION = "us-east-1"
NOW = datetime(2025, 6, 1, 12, 0, 0, 123456, tzinfo=UTC)
BLUEPRINT = f"arn:aws:bedrock:{REGION}:{ACCOUNT}:blueprint/a1b2c3d4e5f6"
LIBRARY = f"arn:aws:bedrock:{REGION}:{ACCOUNT}:data-automation-library/abcdefabcdef"


def create_params(**extra: Any) -> dict[str, Any]:
    return {
        "projectName": "claims",
        "standardOutputConfiguration": {"document": {"generativeField": {"state": "ENABLED"}}},
        **extra,
    }


def test_create_writes_both_stages_from_the_request() -> None:
    project = new_project(
        project_id="0123456789ab",
        account_id=ACCOUNT,
        region=REGION,
        params=create_params(projectStage="DEVELOPMENT", projectDescription="d"),
        now=NOW,
    )
    assert project.arn == f"arn:aws:bedrock:{REGION}:{ACCOUNT}:data-automation-project/0123456789ab"
    assert project.live == project.development
    assert project.live.description == "d"
    assert project.project_type == ProjectType.ASYNC
    assert project.created_at == project.live.modified_at == NOW
    assert project.live.standard_output["document"]["generativeField"] == {"state": "ENABLED"}
    assert project.live.standard_output["image"] == DEFAULT_STANDARD_OUTPUT["image"]


def test_fingerprint_ignores_only_the_client_token() -> None:
    base = create_params(clientToken="a" * 40)
    assert request_fingerprint(base) == request_fingerprint({**base, "clientToken": "b" * 40})
    assert request_fingerprint(base) != request_fingerprint({**base, "projectName": "other"})


def test_update_replaces_configurations_and_keeps_description_and_keys() -> None:
    first = stage_config_from_request(
        create_params(
            projectDescription="first",
            customOutputConfiguration={"blueprints": [{"blueprintArn": BLUEPRINT}]},
            encryptionConfiguration={"kmsKeyId": "key-1", "kmsEncryptionContext": {"a": "b"}},
        ),
        NOW,
    )
    later = NOW + timedelta(minutes=5)
    second = stage_config_from_request({"standardOutputConfiguration": {}}, later, first)
    assert second.custom_output == {}
    assert second.standard_output == DEFAULT_STANDARD_OUTPUT
    assert second.description == "first"
    assert (second.kms_key_id, second.kms_encryption_context) == ("key-1", {"a": "b"})
    assert second.modified_at == later
    third = stage_config_from_request(
        {
            "standardOutputConfiguration": {},
            "projectDescription": "",
            "encryptionConfiguration": {"kmsKeyId": "key-2"},
        },
        later,
        second,
    )
    assert third.description == ""
    assert (third.kms_key_id, third.kms_encryption_context) == ("key-2", None)


def test_stage_config_survives_its_stored_form() -> None:
    config = stage_config_from_request(
        create_params(
            projectDescription="x",
            dataAutomationLibraryConfiguration={"libraries": [{"libraryArn": LIBRARY}]},
            encryptionConfiguration={"kmsKeyId": "key-1"},
        ),
        NOW,
    )
    stored = json.loads(json.dumps(config.to_json()))
    assert StageConfig.from_json(stored) == config


def test_describe_answers_the_get_shape() -> None:
    project = new_project(
        project_id="0123456789ab",
        account_id=ACCOUNT,
        region=REGION,
        params=create_params(),
        now=NOW,
    )
    described = project.describe(ProjectStage.DEVELOPMENT)
    assert described["projectStage"] == "DEVELOPMENT"
    assert described["status"] == "COMPLETED"
    assert described["customOutputConfiguration"] == {}
    assert described["overrideConfiguration"]["document"]["splitter"] == {"state": "DISABLED"}
    assert {
        "projectDescription",
        "kmsKeyId",
        "kmsEncryptionContext",
        "dataAutomationLibraryConfiguration",
    }.isdisjoint(described)
    # The answer is a copy: changing it changes nothing stored.
    described["standardOutputConfiguration"]["document"]["generativeField"]["state"] = "DISABLED"
    assert project.live.standard_output["document"]["generativeField"]["state"] == "ENABLED"


def test_stages_are_independent_after_with_stage() -> None:
    project = new_project(
        project_id="0123456789ab",
        account_id=ACCOUNT,
        region=REGION,
        params=create_params(),
        now=NOW,
    )
    changed = stage_config_from_request(
        {"standardOutputConfiguration": {}}, NOW, project.development
    )
    updated = project.with_stage(ProjectStage.DEVELOPMENT, changed)
    assert updated.development == changed
    assert updated.live == project.live


def test_resolve_gives_plain_json_data() -> None:
    params = create_params(
        customOutputConfiguration={"blueprints": [{"blueprintArn": BLUEPRINT}]},
        encryptionConfiguration={"kmsKeyId": "key-1"},
    )
    project = new_project(
        project_id="0123456789ab", account_id=ACCOUNT, region=REGION, params=params, now=NOW
    )
    config = project.resolve(ProjectStage.LIVE).as_dict()
    assert json.loads(json.dumps(config)) == config
    assert config["projectArn"] == project.arn
    assert config["projectStage"] == "LIVE"
    assert config["customOutputConfiguration"]["blueprints"][0]["blueprintArn"] == BLUEPRINT
    assert config["kmsKeyId"] == "key-1"
    config["overrideConfiguration"]["image"]["modalityProcessing"]["state"] = "DISABLED"
    assert (
        project.resolve(ProjectStage.LIVE).as_dict()["overrideConfiguration"]["image"][
            "modalityProcessing"
        ]["state"]
        == "ENABLED"
    )


def test_the_public_default_project() -> None:
    project = public_default_project("eu-west-1")
    assert project.arn == "arn:aws:bedrock:eu-west-1:aws:data-automation-project/public-default"
    assert project.is_aws_managed
    described = project.describe(ProjectStage.LIVE)
    assert described["projectName"] == "public-default"
    assert described["standardOutputConfiguration"] == DEFAULT_STANDARD_OUTPUT
    assert described["customOutputConfiguration"] == {}


@pytest.mark.parametrize(
    ("arn", "expected"),
    [
        (
            f"arn:aws:bedrock:{REGION}:{ACCOUNT}:data-automation-project/0123456789ab",
            (ACCOUNT, "0123456789ab"),
        ),
        (
            f"arn:aws:bedrock:{REGION}:aws:data-automation-project/public-default",
            ("aws", "public-default"),
        ),
        (f"arn:aws:bedrock:{REGION}:aws:data-automation-project/0123456789ab", None),
        (f"arn:aws:bedrock:{REGION}:999999999999:data-automation-project/0123456789ab", None),
        (f"arn:aws:bedrock:eu-west-1:{ACCOUNT}:data-automation-project/0123456789ab", None),
        (f"arn:aws-cn:bedrock:{REGION}:{ACCOUNT}:data-automation-project/0123456789ab", None),
        (f"arn:aws:bedrock:{REGION}:{ACCOUNT}:blueprint/0123456789ab", None),
        ("not an arn", None),
    ],
)
def test_address_of(arn: str, expected: tuple[str, str] | None) -> None:
    address = address_of(arn, ACCOUNT, REGION)
    assert (None if address is None else (address.owner, address.project_id)) == expected


def test_blueprint_and_library_filters() -> None:
    config = stage_config_from_request(
        create_params(
            customOutputConfiguration={
                "blueprints": [{"blueprintArn": BLUEPRINT, "blueprintVersion": "2"}],
                "document": {
                    "fallbackBlueprints": [
                        {"blueprintArn": "fallback-arn", "blueprintStage": "DEVELOPMENT"}
                    ]
                },
            },
            dataAutomationLibraryConfiguration={"libraries": [{"libraryArn": LIBRARY}]},
        ),
        NOW,
    )
    assert uses_blueprint(config, BLUEPRINT)
    assert uses_blueprint(config, BLUEPRINT, "2", "LIVE")
    assert not uses_blueprint(config, BLUEPRINT, "1")
    assert not uses_blueprint(config, BLUEPRINT, None, "DEVELOPMENT")
    assert uses_blueprint(config, "fallback-arn", None, "DEVELOPMENT")
    assert not uses_blueprint(config, "other")
    assert uses_library(config, LIBRARY)
    assert not uses_library(config, "other")


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2025, 6, 1, 12, 0, 0, 123456, tzinfo=UTC),
        datetime(2286, 11, 20, 17, 46, 39, 999999, tzinfo=UTC),
        datetime(1970, 1, 1, tzinfo=UTC),
    ],
)
def test_times_survive_microseconds_exactly(moment: datetime) -> None:
    assert from_micros(to_micros(moment)) == moment
    assert to_micros(from_micros(to_micros(moment))) == to_micros(moment)
