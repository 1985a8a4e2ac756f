"""Blueprints: the records, the stage and version rules, and what the rest of the system sees.

A blueprint has an identity (ARN, name, type, creation time, tags) and up to two mutable
**stages**, ``LIVE`` and ``DEVELOPMENT``, each a full configuration (schema, encryption,
optimization samples). ``CreateBlueprint`` makes the stage it names (``LIVE`` by default);
``UpdateBlueprint`` writes one stage; ``CopyBlueprintStage`` copies one stage over the other.
**Versions** ``"1"``, ``"2"``, … are immutable snapshots of the blueprint's default stage,
numbered per blueprint and never reused, even after a version is deleted.

The default stage — used when a request names none — is ``LIVE`` if the blueprint has it,
else ``DEVELOPMENT``: a blueprint created in development is found without naming its stage.

No framework imports here: the store persists these records, the API renders them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from openbda.blueprints.model import BlueprintSchema, BlueprintType

MAX_BLUEPRINTS_PER_ACCOUNT = 1000  # per account and region
MAX_VERSIONS_PER_BLUEPRINT = 100


class BlueprintStage(StrEnum):
    DEVELOPMENT = "DEVELOPMENT"
    LIVE = "LIVE"


class StageFilter(StrEnum):
    DEVELOPMENT = "DEVELOPMENT"
    LIVE = "LIVE"
    ALL = "ALL"

    def admits(self, stage: BlueprintStage) -> bool:
        return self is StageFilter.ALL or self.value == stage.value


class ResourceOwner(StrEnum):
    SERVICE = "SERVICE"  # AWS-managed (catalog) blueprints
    ACCOUNT = "ACCOUNT"  # the caller's own


class Operation(StrEnum):
    """Operations whose ``clientToken`` makes a retry return the first outcome."""

    CREATE_BLUEPRINT = "CreateBlueprint"
    CREATE_BLUEPRINT_VERSION = "CreateBlueprintVersion"
    COPY_BLUEPRINT_STAGE = "CopyBlueprintStage"


def default_stage(stages: Collection[BlueprintStage]) -> BlueprintStage | None:
    if BlueprintStage.LIVE in stages:
        return BlueprintStage.LIVE
    if BlueprintStage.DEVELOPMENT in stages:
        return BlueprintStage.DEVELOPMENT
    return None


def request_fingerprint(params: dict[str, Any]) -> str:
    """Hash of a request without its clientToken: a retry with the same token must carry the
    same parameters."""
    material = {k: v for k, v in params.items() if k != "clientToken"}
    blob = json.dumps(material, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


@dataclass(frozen=True)
class Encryption:
    kms_key_id: str
    kms_encryption_context: dict[str, str] | None = None


@dataclass(frozen=True)
class StageConfig:
    """What a stage (or a version, frozen) holds."""

    schema: str
    encryption: Encryption | None = None
    optimization_samples: list[dict[str, Any]] | None = None
    optimization_time: datetime | None = None


@dataclass(frozen=True)
class BlueprintView:
    """One readable state of a blueprint: a stage, or a version when ``version`` is set."""

    arn: str
    name: str
    type: BlueprintType
    stage: BlueprintStage
    version: str | None
    creation_time: datetime
    last_modified_time: datetime
    config: StageConfig
    aws_owned: bool = False

    @property
    def schema(self) -> str:
        return self.config.schema


@dataclass(frozen=True)
class BlueprintSummary:
    arn: str
    name: str
    stage: BlueprintStage
    version: str | None
    creation_time: datetime
    last_modified_time: datetime

    def sort_key(self) -> tuple[int, str, str, int]:
        """Oldest first; a stable order that pagination can resume from."""
        micros = int(self.creation_time.timestamp() * 1_000_000)
        return (micros, self.arn, self.stage.value, int(self.version or 0))


@dataclass(frozen=True)
class ResolvedBlueprint:
    """A blueprint as an invocation uses it: catalog or account-owned, one stage or version,
    with its schema parsed."""

    arn: str
    name: str
    type: BlueprintType
    stage: BlueprintStage
    version: str | None
    schema: BlueprintSchema
    schema_text: str
    aws_owned: bool = False
    encryption: Encryption | None = None
