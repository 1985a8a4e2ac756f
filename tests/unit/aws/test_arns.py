from __future__ import annotations

import re

import pytest

from openbda.aws import arns
from openbda.aws.spec import control_spec, runtime_spec
from openbda.aws.validate import matches_pattern


def _pattern(spec_shape: str, control: bool = False) -> str:
    spec = control_spec() if control else runtime_spec()
    return str(spec.model.shape_for(spec_shape).metadata["pattern"])


def test_invocation_arn_round_trip() -> None:
    job_id = arns.new_job_id()
    arn = arns.invocation_arn("us-west-2", "824467037051", job_id)
    assert arn == f"arn:aws:bedrock:us-west-2:824467037051:data-automation-invocation/{job_id}"
    parsed = arns.parse_arn(arn, arns.INVOCATION)
    assert (parsed.partition, parsed.service, parsed.region, parsed.account) == (
        "aws",
        "bedrock",
        "us-west-2",
        "824467037051",
    )
    assert parsed.resource_type == "data-automation-invocation"
    assert parsed.resource_id == job_id == arns.job_id_from_invocation_arn(arn)
    assert str(parsed) == arn
    assert matches_pattern(_pattern("InvocationArn"), arn)


def test_project_and_blueprint_arns_match_the_model_patterns() -> None:
    resource_id = arns.new_resource_id()
    assert re.fullmatch(r"[0-9a-f]{12}", resource_id)
    project = arns.project_arn("us-east-1", "000000000000", resource_id)
    blueprint = arns.blueprint_arn("us-east-1", "000000000000", resource_id)
    assert project.endswith(f":000000000000:data-automation-project/{resource_id}")
    assert matches_pattern(_pattern("DataAutomationProjectArn", control=True), project)
    assert matches_pattern(_pattern("BlueprintArn", control=True), blueprint)
    assert matches_pattern(_pattern("DataAutomationArn"), project)


def test_aws_owned_resources() -> None:
    public = arns.public_blueprint_arn("us-east-1", "invoice")
    assert (
        public == "arn:aws:bedrock:us-east-1:aws:blueprint/bedrock-data-automation-public-invoice"
    )
    assert (
        arns.public_blueprint_arn("us-east-1", "bedrock-data-automation-public-invoice") == public
    )
    assert arns.parse_arn(public).is_aws_owned
    assert matches_pattern(_pattern("BlueprintArn"), public)
    default = arns.default_project_arn("eu-west-1")
    assert default == "arn:aws:bedrock:eu-west-1:aws:data-automation-project/public-default"


def test_profile_arn_and_partitions() -> None:
    profile = arns.profile_arn("us-east-1", "000000000000")
    assert profile.endswith(":data-automation-profile/us.data-automation-v1")
    assert matches_pattern(_pattern("DataAutomationProfileArn"), profile)
    gov = arns.profile_arn("us-gov-west-1", "000000000000", geo="us-gov")
    assert gov.startswith("arn:aws-us-gov:bedrock:us-gov-west-1:")
    assert arns.partition_for_region("cn-north-1") == "aws-cn"


@pytest.mark.parametrize(
    "text",
    ["", "arn:aws:bedrock", "not:an:arn:at:all:x/y", "arn:aws:bedrock:r:a:noslash"],
)
def test_invalid_arns(text: str) -> None:
    with pytest.raises(arns.InvalidArnError):
        arns.parse_arn(text)


def test_wrong_resource_type() -> None:
    arn = arns.blueprint_arn("us-east-1", "000000000000", "abcdefabcdef")
    with pytest.raises(arns.InvalidArnError):
        arns.parse_arn(arn, arns.INVOCATION)
