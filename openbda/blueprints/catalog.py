"""The AWS-managed (public) blueprints: read-only, owned by ``aws``, present in every region.

Their ARN is ``arn:aws:bedrock:<region>:aws:blueprint/bedrock-data-automation-public-<suffix>``.
Each schema lives in ``catalog/<suffix>.json`` beside this module, written in the GA format,
with the field names and class seen in BDA's real output where they are known; the name of a
catalog blueprint is its class (``US-Driver-License``), which is also what
``matched_blueprint.name`` reports for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from importlib import resources

from openbda.aws.arns import (
    AWS_OWNER,
    BLUEPRINT,
    PUBLIC_BLUEPRINT_PREFIX,
    InvalidArnError,
    parse_arn,
    public_blueprint_arn,
)
from openbda.blueprints.model import BlueprintSchema, BlueprintType
from openbda.blueprints.schema import parse_schema

# Catalog blueprints predate every account's own; BDA's general availability date.
CATALOG_CREATION_TIME = datetime(2025, 3, 3, tzinfo=UTC)

# (ARN suffix, modality), in the order ListBlueprints(resourceOwner=SERVICE) returns them.
CATALOG_ENTRIES: tuple[tuple[str, BlueprintType], ...] = (
    ("bank-statement", BlueprintType.DOCUMENT),
    ("birth-certificate", BlueprintType.DOCUMENT),
    ("form-1040", BlueprintType.DOCUMENT),
    ("form-1099-int", BlueprintType.DOCUMENT),
    ("form-1099-misc", BlueprintType.DOCUMENT),
    ("invoice", BlueprintType.DOCUMENT),
    ("payslip", BlueprintType.DOCUMENT),
    ("receipt", BlueprintType.DOCUMENT),
    ("us-bank-check", BlueprintType.DOCUMENT),
    ("us-driver-license", BlueprintType.DOCUMENT),
    ("us-passport", BlueprintType.DOCUMENT),
    ("w2-form", BlueprintType.DOCUMENT),
)


@dataclass(frozen=True)
class CatalogBlueprint:
    suffix: str
    type: BlueprintType
    schema_text: str
    schema: BlueprintSchema

    @property
    def name(self) -> str:
        return self.schema.class_name

    @property
    def resource_id(self) -> str:
        return PUBLIC_BLUEPRINT_PREFIX + self.suffix

    def arn(self, region: str) -> str:
        return public_blueprint_arn(region, self.suffix)


def schema_text(suffix: str) -> str:
    """The stored schema of a catalog blueprint, as GetBlueprint returns it."""
    source = resources.files("openbda.blueprints") / "catalog" / f"{suffix}.json"
    return source.read_text(encoding="utf-8").strip()


@cache
def catalog() -> tuple[CatalogBlueprint, ...]:
    """Every catalog blueprint, parsed once per process."""
    entries = []
    for suffix, kind in CATALOG_ENTRIES:
        text = schema_text(suffix)
        entries.append(CatalogBlueprint(suffix, kind, text, parse_schema(text, kind)))
    return tuple(entries)


@cache
def _by_resource_id() -> dict[str, CatalogBlueprint]:
    return {entry.resource_id: entry for entry in catalog()}


def is_catalog_arn(arn: str) -> bool:
    """Whether ``arn`` names an AWS-owned blueprint (existing or not): those are read-only."""
    try:
        parsed = parse_arn(arn, BLUEPRINT)
    except InvalidArnError:
        return False
    return parsed.account == AWS_OWNER


def lookup(arn: str, region: str) -> CatalogBlueprint | None:
    """The catalog blueprint ``arn`` names, as seen from ``region``; None if there is none."""
    try:
        parsed = parse_arn(arn, BLUEPRINT)
    except InvalidArnError:
        return None
    entry = _by_resource_id().get(parsed.resource_id)
    # Comparing with the canonical ARN checks partition, service, region and owner at once.
    if entry is None or entry.arn(region) != arn:
        return None
    return entry
