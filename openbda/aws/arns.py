"""ARNs and ids in the forms BDA uses.

- invocation: ``arn:aws:bedrock:<region>:<account>:data-automation-invocation/<uuid4 job id>``
- project:    ``arn:aws:bedrock:<region>:<account>:data-automation-project/<12 hex>``
- blueprint:  ``arn:aws:bedrock:<region>:<account>:blueprint/<12 hex>``; AWS catalog blueprints are
  owned by ``aws``: ``arn:aws:bedrock:<region>:aws:blueprint/bedrock-data-automation-public-<name>``
- profile:    ``arn:aws:bedrock:<region>:<account|aws>:data-automation-profile/<profile>``, the
  profile being ``<geo>.data-automation-v1`` with geo in us, eu, apac, na, us-gov, global
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass

SERVICE = "bedrock"
AWS_OWNER = "aws"  # the "account" of AWS-owned resources (catalog blueprints, default project)

INVOCATION = "data-automation-invocation"
PROJECT = "data-automation-project"
BLUEPRINT = "blueprint"
PROFILE = "data-automation-profile"
BLUEPRINT_OPTIMIZATION_INVOCATION = "blueprint-optimization-invocation"
LIBRARY = "data-automation-library"
LIBRARY_INGESTION_JOB = "data-automation-library-ingestion-job"

PUBLIC_BLUEPRINT_PREFIX = "bedrock-data-automation-public-"
PUBLIC_DEFAULT_PROJECT_ID = "public-default"


class InvalidArnError(ValueError):
    """A string that is not an ARN of the expected form."""


@dataclass(frozen=True)
class Arn:
    partition: str
    service: str
    region: str
    account: str
    resource_type: str
    resource_id: str

    def __str__(self) -> str:
        return (
            f"arn:{self.partition}:{self.service}:{self.region}:{self.account}:"
            f"{self.resource_type}/{self.resource_id}"
        )

    @property
    def is_aws_owned(self) -> bool:
        return self.account == AWS_OWNER


def parse_arn(text: str, resource_type: str | None = None) -> Arn:
    """Split ``arn:partition:service:region:account:type/id``; check the type when given."""
    parts = text.split(":", 5)
    if len(parts) != 6 or parts[0] != "arn" or not parts[1] or not parts[2]:
        raise InvalidArnError(f"Not an ARN: {text!r}")
    _, partition, service, region, account, resource = parts
    kind, sep, resource_id = resource.partition("/")
    if not sep or not kind or not resource_id:
        raise InvalidArnError(f"ARN has no resource type/id: {text!r}")
    if resource_type is not None and kind != resource_type:
        raise InvalidArnError(f"Expected a {resource_type} ARN, got {text!r}")
    return Arn(partition, service, region, account, kind, resource_id)


def partition_for_region(region: str) -> str:
    if region.startswith("cn-"):
        return "aws-cn"
    if region.startswith("us-gov-"):
        return "aws-us-gov"
    if region.startswith("us-iso-"):
        return "aws-iso"
    if region.startswith("us-isob-"):
        return "aws-iso-b"
    return "aws"


def build_arn(region: str, account: str, resource_type: str, resource_id: str) -> str:
    return str(
        Arn(partition_for_region(region), SERVICE, region, account, resource_type, resource_id)
    )


def new_job_id() -> str:
    return str(uuid.uuid4())


def new_resource_id() -> str:
    """Project and blueprint ids: 12 lowercase hex characters."""
    return secrets.token_hex(6)


def invocation_arn(region: str, account: str, job_id: str) -> str:
    return build_arn(region, account, INVOCATION, job_id)


def project_arn(region: str, account: str, project_id: str) -> str:
    return build_arn(region, account, PROJECT, project_id)


def default_project_arn(region: str) -> str:
    return build_arn(region, AWS_OWNER, PROJECT, PUBLIC_DEFAULT_PROJECT_ID)


def blueprint_arn(region: str, account: str, blueprint_id: str) -> str:
    return build_arn(region, account, BLUEPRINT, blueprint_id)


def public_blueprint_arn(region: str, name: str) -> str:
    """AWS catalog blueprint; ``name`` with or without the ``bedrock-data-automation-public-``
    prefix, e.g. ``invoice`` -> ``.../aws:blueprint/bedrock-data-automation-public-invoice``."""
    prefix = PUBLIC_BLUEPRINT_PREFIX
    resource_id = name if name.startswith(prefix) else prefix + name
    return build_arn(region, AWS_OWNER, BLUEPRINT, resource_id)


def profile_arn(region: str, account: str, geo: str = "us") -> str:
    return build_arn(region, account, PROFILE, f"{geo}.data-automation-v1")


def blueprint_optimization_invocation_arn(region: str, account: str, invocation_id: str) -> str:
    return build_arn(region, account, BLUEPRINT_OPTIMIZATION_INVOCATION, invocation_id)


def job_id_from_invocation_arn(text: str) -> str:
    return parse_arn(text, INVOCATION).resource_id
