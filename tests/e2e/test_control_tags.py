"""Tags of projects and blueprints on the control plane, over HTTP with boto3 and the aws CLI."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import Any

import botocore.exceptions
import pytest

from tests.unit.control.harness import (
    ACCOUNT,
    OTHER_KEY,
    OTHER_SECRET,
    REGION,
    ControlServer,
)

pytestmark = pytest.mark.e2e


# A small but complete blueprint schema, as CreateBlueprint accepts it.
SCHEMA = json.dumps(
    {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "class": "Receipt",
        "description": "A receipt to extract fields from",
        "type": "object",
        "properties": {
            "number": {
                "type": "string",
                "inferenceType": "explicit",
                "instruction": "The receipt number",
            }
        },
    }
)


@pytest.fixture(scope="module")
def control(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ControlServer]:
    server = ControlServer(tmp_path_factory.mktemp("control-tags")).start()
    yield server
    server.stop()


def unique(prefix: str = "tagged") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def project(client: Any, tags: list[dict[str, str]] | None = None) -> str:
    arn: str = client.create_data_automation_project(
        projectName=unique(), standardOutputConfiguration={}, **({"tags": tags} if tags else {})
    )["projectArn"]
    return arn


def blueprint(client: Any) -> str:
    arn: str = client.create_blueprint(
        blueprintName=unique("blueprint"),
        type="DOCUMENT",
        schema=SCHEMA,
    )["blueprint"]["blueprintArn"]
    return arn


def tags_of(client: Any, arn: str) -> dict[str, str]:
    return {t["key"]: t["value"] for t in client.list_tags_for_resource(resourceARN=arn)["tags"]}


def code_and_status(exc: pytest.ExceptionInfo[botocore.exceptions.ClientError]) -> tuple[str, int]:
    response = exc.value.response
    return response["Error"]["Code"], response["ResponseMetadata"]["HTTPStatusCode"]


def test_tags_given_at_create_are_stored(control: ControlServer) -> None:
    client = control.client()
    arn = project(client, [{"key": "team", "value": "claims"}, {"key": "env", "value": "dev"}])
    assert client.list_tags_for_resource(resourceARN=arn)["tags"] == [
        {"key": "env", "value": "dev"},
        {"key": "team", "value": "claims"},
    ]


def test_project_tags_round_trip(control: ControlServer) -> None:
    client = control.client()
    arn = project(client)
    assert tags_of(client, arn) == {}
    client.tag_resource(
        resourceARN=arn, tags=[{"key": "a", "value": "1"}, {"key": "b", "value": "2"}]
    )
    client.tag_resource(
        resourceARN=arn, tags=[{"key": "a", "value": "one"}, {"key": "c", "value": ""}]
    )
    assert tags_of(client, arn) == {"a": "one", "b": "2", "c": ""}
    client.untag_resource(resourceARN=arn, tagKeys=["b", "not-there"])
    assert tags_of(client, arn) == {"a": "one", "c": ""}


def test_blueprint_tags_round_trip(control: ControlServer) -> None:
    client = control.client()
    arn = blueprint(client)
    client.tag_resource(resourceARN=arn, tags=[{"key": "kind", "value": "receipt"}])
    assert tags_of(client, arn) == {"kind": "receipt"}
    client.untag_resource(resourceARN=arn, tagKeys=["kind"])
    assert tags_of(client, arn) == {}


def test_deleting_a_project_deletes_its_tags(control: ControlServer) -> None:
    client = control.client()
    arn = project(client, [{"key": "k", "value": "v"}])
    client.delete_data_automation_project(projectArn=arn)
    with pytest.raises(client.exceptions.ResourceNotFoundException):
        client.list_tags_for_resource(resourceARN=arn)


@pytest.mark.parametrize(
    "arn",
    [
        f"arn:aws:bedrock:{REGION}:{ACCOUNT}:data-automation-project/ffffffffffff",
        f"arn:aws:bedrock:{REGION}:{ACCOUNT}:blueprint/ffffffffffff",
        f"arn:aws:bedrock:eu-west-1:{ACCOUNT}:blueprint/ffffffffffff",
        f"arn:aws:bedrock:{REGION}:{ACCOUNT}:data-automation-library/ffffffffffff",
    ],
)
def test_tagging_a_missing_resource_is_not_found(control: ControlServer, arn: str) -> None:
    client = control.client()
    for call in (
        lambda: client.tag_resource(resourceARN=arn, tags=[{"key": "k", "value": "v"}]),
        lambda: client.untag_resource(resourceARN=arn, tagKeys=["k"]),
        lambda: client.list_tags_for_resource(resourceARN=arn),
    ):
        with pytest.raises(client.exceptions.ResourceNotFoundException) as err:
            call()
        assert code_and_status(err) == ("ResourceNotFoundException", 404)
        assert arn in err.value.response["Error"]["Message"]


def test_another_accounts_resource_is_denied(control: ControlServer) -> None:
    arn = project(control.client(), [{"key": "k", "value": "v"}])
    theirs = control.client(OTHER_KEY, OTHER_SECRET)
    with pytest.raises(theirs.exceptions.AccessDeniedException) as err:
        theirs.list_tags_for_resource(resourceARN=arn)
    assert code_and_status(err) == ("AccessDeniedException", 403)
    with pytest.raises(theirs.exceptions.AccessDeniedException):
        theirs.tag_resource(resourceARN=arn, tags=[{"key": "k", "value": "theirs"}])
    assert tags_of(control.client(), arn) == {"k": "v"}


@pytest.mark.parametrize(
    ("call", "path"),
    [
        ("tag", "tags.2.member.key"),
        ("untag", "tagKeys.1.member"),
    ],
)
def test_aws_prefixed_keys_are_refused(control: ControlServer, call: str, path: str) -> None:
    client = control.client()
    arn = project(client)
    with pytest.raises(client.exceptions.ValidationException) as err:
        if call == "tag":
            client.tag_resource(
                resourceARN=arn, tags=[{"key": "ok", "value": "1"}, {"key": "aws:x", "value": "1"}]
            )
        else:
            client.untag_resource(resourceARN=arn, tagKeys=["aws:cloudformation:stack-name"])
    assert code_and_status(err) == ("ValidationException", 400)
    assert f"'{path}'" in err.value.response["Error"]["Message"]
    assert tags_of(client, arn) == {}


def test_a_resource_holds_at_most_two_hundred_tags(control: ControlServer) -> None:
    client = control.client()
    arn = project(client, [{"key": f"k{i:03d}", "value": "v"} for i in range(150)])
    client.tag_resource(
        resourceARN=arn, tags=[{"key": f"k{i:03d}", "value": "w"} for i in range(100, 200)]
    )
    assert len(tags_of(client, arn)) == 200
    with pytest.raises(client.exceptions.ServiceQuotaExceededException) as err:
        client.tag_resource(resourceARN=arn, tags=[{"key": "one-more", "value": "v"}])
    assert code_and_status(err) == ("ServiceQuotaExceededException", 402)
    # Overwriting an existing key is still fine at the limit.
    client.tag_resource(resourceARN=arn, tags=[{"key": "k000", "value": "changed"}])
    assert tags_of(client, arn)["k000"] == "changed"


def test_the_aws_cli_tags_and_untags(control: ControlServer) -> None:
    arn = project(control.client())
    tagged = control.cli(
        "tag-resource",
        "--resource-arn",
        arn,
        "--tags",
        json.dumps([{"key": "via", "value": "cli"}]),
    )
    assert tagged.returncode == 0, tagged.stderr
    listed = control.cli("list-tags-for-resource", "--resource-arn", arn)
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout)["tags"] == [{"key": "via", "value": "cli"}]
    untagged = control.cli("untag-resource", "--resource-arn", arn, "--tag-keys", "via")
    assert untagged.returncode == 0, untagged.stderr
    assert (
        json.loads(control.cli("list-tags-for-resource", "--resource-arn", arn).stdout)["tags"]
        == []
    )
