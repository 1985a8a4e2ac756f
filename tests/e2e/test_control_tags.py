"""Tags of projects and blueprints on the control plane of a live ``openbda serve``, over HTTP
with boto3 and the aws CLI."""

from __future__ import annotations

import json
import uuid
from typing import Any

import botocore.exceptions
import pytest

from openbda.launcher import ACCOUNT, REGION, ServerProcess
from tests.e2e.conftest import OTHER_ACCOUNT, OTHER_KEY, OTHER_SECRET, aws_cli

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


def control(server: ServerProcess, key: str = "test", secret: str = "test") -> Any:
    """A bedrock-data-automation client of ``server`` (the default account unless told)."""
    return server.client("bedrock-data-automation", key=key, secret=secret)


def unique(prefix: str = "tagged") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def project(client: Any, tags: list[dict[str, str]] | None = None) -> str:
    arn: str = client.create_data_automation_project(
        projectName=unique(), standardOutputConfiguration={}, **({"tags": tags} if tags else {})
    )["projectArn"]
    return arn


def blueprint(client: Any, tags: list[dict[str, str]] | None = None) -> str:
    arn: str = client.create_blueprint(
        blueprintName=unique("blueprint"),
        type="DOCUMENT",
        schema=SCHEMA,
        **({"tags": tags} if tags else {}),
    )["blueprint"]["blueprintArn"]
    return arn


def tags_of(client: Any, arn: str) -> dict[str, str]:
    return {t["key"]: t["value"] for t in client.list_tags_for_resource(resourceARN=arn)["tags"]}


def code_and_status(exc: pytest.ExceptionInfo[botocore.exceptions.ClientError]) -> tuple[str, int]:
    response = exc.value.response
    return response["Error"]["Code"], response["ResponseMetadata"]["HTTPStatusCode"]


def test_tags_given_at_create_are_stored(server: ServerProcess) -> None:
    client = control(server)
    arn = project(client, [{"key": "team", "value": "claims"}, {"key": "env", "value": "dev"}])
    assert client.list_tags_for_resource(resourceARN=arn)["tags"] == [
        {"key": "env", "value": "dev"},
        {"key": "team", "value": "claims"},
    ]


def test_project_tags_round_trip(server: ServerProcess) -> None:
    client = control(server)
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


def test_blueprint_tags_round_trip(server: ServerProcess) -> None:
    client = control(server)
    arn = blueprint(client)
    client.tag_resource(resourceARN=arn, tags=[{"key": "kind", "value": "receipt"}])
    assert tags_of(client, arn) == {"kind": "receipt"}
    client.untag_resource(resourceARN=arn, tagKeys=["kind"])
    assert tags_of(client, arn) == {}
    tagged_at_create = blueprint(client, [{"key": "team", "value": "finance"}])
    assert tags_of(client, tagged_at_create) == {"team": "finance"}


def test_deleting_a_project_deletes_its_tags(server: ServerProcess) -> None:
    client = control(server)
    arn = project(client, [{"key": "k", "value": "v"}])
    client.delete_data_automation_project(projectArn=arn)
    with pytest.raises(client.exceptions.ResourceNotFoundException):
        client.list_tags_for_resource(resourceARN=arn)


def test_deleting_a_blueprint_deletes_its_tags(server: ServerProcess) -> None:
    client = control(server)
    arn = blueprint(client, [{"key": "k", "value": "v"}])
    client.tag_resource(resourceARN=arn, tags=[{"key": "later", "value": "v"}])
    client.delete_blueprint(blueprintArn=arn)
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
def test_tagging_a_missing_resource_is_not_found(server: ServerProcess, arn: str) -> None:
    client = control(server)
    for call in (
        lambda: client.tag_resource(resourceARN=arn, tags=[{"key": "k", "value": "v"}]),
        lambda: client.untag_resource(resourceARN=arn, tagKeys=["k"]),
        lambda: client.list_tags_for_resource(resourceARN=arn),
    ):
        with pytest.raises(client.exceptions.ResourceNotFoundException) as err:
            call()
        assert code_and_status(err) == ("ResourceNotFoundException", 404)
        assert arn in err.value.response["Error"]["Message"]


@pytest.mark.parametrize("kind", ["project", "blueprint"])
def test_another_accounts_resource_is_denied(server: ServerProcess, kind: str) -> None:
    mine = control(server)
    arn = (project if kind == "project" else blueprint)(mine, [{"key": "k", "value": "v"}])
    theirs = control(server, OTHER_KEY, OTHER_SECRET)
    # Decided from the ARN alone: the same answer whether or not the resource exists.
    missing = arn[:-12] + "ffffffffffff"
    for target in (arn, missing):
        for operation, method, params in (
            ("ListTagsForResource", "list_tags_for_resource", {}),
            ("TagResource", "tag_resource", {"tags": [{"key": "k", "value": "theirs"}]}),
            ("UntagResource", "untag_resource", {"tagKeys": ["k"]}),
        ):
            with pytest.raises(theirs.exceptions.AccessDeniedException) as err:
                getattr(theirs, method)(resourceARN=target, **params)
            assert code_and_status(err) == ("AccessDeniedException", 403)
            assert err.value.response["Error"]["Message"] == (
                f"User: arn:aws:iam::{OTHER_ACCOUNT}:root is not authorized to perform: "
                f"bedrock:{operation} on resource: {target}"
            )
    assert tags_of(mine, arn) == {"k": "v"}


@pytest.mark.parametrize(
    ("call", "path"),
    [
        ("tag", "tags.2.member.key"),
        ("untag", "tagKeys.1.member"),
    ],
)
def test_aws_prefixed_keys_are_refused(server: ServerProcess, call: str, path: str) -> None:
    client = control(server)
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


def test_a_resource_holds_at_most_two_hundred_tags(server: ServerProcess) -> None:
    client = control(server)
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


def test_the_aws_cli_tags_and_untags(server: ServerProcess) -> None:
    arn = project(control(server))
    tagged = aws_cli(
        server,
        "tag-resource",
        "--resource-arn",
        arn,
        "--tags",
        json.dumps([{"key": "via", "value": "cli"}]),
    )
    assert tagged.returncode == 0, tagged.stderr
    listed = aws_cli(server, "list-tags-for-resource", "--resource-arn", arn)
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout)["tags"] == [{"key": "via", "value": "cli"}]
    untagged = aws_cli(server, "untag-resource", "--resource-arn", arn, "--tag-keys", "via")
    assert untagged.returncode == 0, untagged.stderr
    assert (
        json.loads(aws_cli(server, "list-tags-for-resource", "--resource-arn", arn).stdout)["tags"]
        == []
    )
