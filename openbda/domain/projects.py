"""Data automation projects: the record and its two stages, the defaults BDA fills into a
configuration, and the rules a configuration must satisfy.

A project has one name, type and creation time, and two stages, ``LIVE`` and ``DEVELOPMENT``:
"each stage is a unique and mutable version of the project". Creating a project writes the
stage asked for and starts the other one as a copy, so both can be read, invoked and updated at
once; an update writes one stage only. Configurations are stored with BDA's defaults already
filled in, so that what ``GetDataAutomationProject`` echoes, what the runtime resolves and what
the store holds are the same document.

No framework imports: the store persists these records, the control-plane handlers apply the
rules and turn the problems found into ``ValidationException``.
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from openbda.aws.arns import (
    AWS_OWNER,
    BLUEPRINT,
    LIBRARY,
    PROJECT,
    PUBLIC_DEFAULT_PROJECT_ID,
    InvalidArnError,
    build_arn,
    parse_arn,
    project_arn,
)
from openbda.domain.times import from_micros, to_micros


class ProjectStage(StrEnum):
    LIVE = "LIVE"
    DEVELOPMENT = "DEVELOPMENT"


STAGES: tuple[ProjectStage, ...] = (ProjectStage.LIVE, ProjectStage.DEVELOPMENT)


class ProjectStatus(StrEnum):
    COMPLETED = "COMPLETED"
    IN_PROGRESS = "IN_PROGRESS"
    FAILED = "FAILED"


class ProjectType(StrEnum):
    ASYNC = "ASYNC"
    SYNC = "SYNC"


MODALITIES = ("document", "image", "video", "audio")

# Limits from BDA's quota page (§8) and its project page (§5.3).
MAX_PROJECTS_PER_ACCOUNT = 100
# "≤40 document blueprints, 1 image, 1 audio, 1 video": a BlueprintItem does not say which
# modality its blueprint serves, so the project-level rule counts every blueprint against 40,
# the same bound the runtime applies to a request's own blueprint list.
MAX_PROJECT_BLUEPRINTS = 40

PUBLIC_DEFAULT_NAME = PUBLIC_DEFAULT_PROJECT_ID
# The AWS-managed default project predates every account's projects; BDA's GA date stands in
# for its creation time so that it sorts first and never changes.
PUBLIC_DEFAULT_CREATED = datetime(2025, 3, 3, tzinfo=UTC)


# ---------------------------------------------------------------------------------- defaults
#
# What BDA fills in for a setting a project leaves out. A block the caller turned off
# (``state: DISABLED``) is kept exactly as given: its sub-settings are moot.

DEFAULT_STANDARD_OUTPUT: dict[str, Any] = {
    # §3.1 [OBS + DOC]: PAGE + ELEMENT granularity, MARKDOWN text, everything else off.
    "document": {
        "extraction": {
            "granularity": {"types": ["PAGE", "ELEMENT"]},
            "boundingBox": {"state": "DISABLED"},
        },
        "generativeField": {"state": "DISABLED"},
        "outputFormat": {
            "textFormat": {"types": ["MARKDOWN"]},
            "additionalFileFormat": {"state": "DISABLED"},
        },
    },
    # §4.1 [DOC]: "image summarization and text detection will be enabled by default"; logos
    # are "not enabled by default". Text detection reports boxes, so boxes are on.
    "image": {
        "extraction": {
            "category": {"state": "ENABLED", "types": ["TEXT_DETECTION"]},
            "boundingBox": {"state": "ENABLED"},
        },
        "generativeField": {"state": "ENABLED", "types": ["IMAGE_SUMMARY"]},
    },
    # §4.3 [DOC]: "By default, full video summary, chapter summary and video text detection
    # are enabled"; logos off.
    "video": {
        "extraction": {
            "category": {"state": "ENABLED", "types": ["TEXT_DETECTION"]},
            "boundingBox": {"state": "ENABLED"},
        },
        "generativeField": {"state": "ENABLED", "types": ["VIDEO_SUMMARY", "CHAPTER_SUMMARY"]},
    },
    # §4.2 [DOC]: the full summary and transcript are the audio output; topic summary is "not
    # enabled by default"; speaker and channel labels are options "you can enable".
    "audio": {
        "extraction": {
            "category": {
                "state": "ENABLED",
                "types": ["TRANSCRIPT"],
                "typeConfiguration": {
                    "transcript": {
                        "speakerLabeling": {"state": "DISABLED"},
                        "channelLabeling": {"state": "DISABLED"},
                    }
                },
            }
        },
        "generativeField": {"state": "ENABLED", "types": ["AUDIO_SUMMARY"]},
    },
}

DEFAULT_OVERRIDE: dict[str, Any] = {
    # §5.3 [DOC]: every modality is processed unless disabled; the splitter is off. Routing has
    # no default to write down (JPEG/PNG go to a classifier), so it appears only when given.
    "document": {"splitter": {"state": "DISABLED"}, "modalityProcessing": {"state": "ENABLED"}},
    "image": {"modalityProcessing": {"state": "ENABLED"}},
    "video": {"modalityProcessing": {"state": "ENABLED"}},
    "audio": {"modalityProcessing": {"state": "ENABLED"}},
}

# Filled only inside a sensitiveDataConfiguration the caller gave (detection is off by default,
# §5.6). [UNCONFIRMED] values: both scopes, every entity type, the "[PII]" mask.
DEFAULT_SENSITIVE_DATA: dict[str, Any] = {
    "detectionScope": ["STANDARD", "CUSTOM"],
    "piiEntitiesConfiguration": {"piiEntityTypes": ["ALL"], "redactionMaskMode": "PII"},
}

# Filled only inside an audio languageConfiguration the caller gave (§4.2): summaries in the
# dominant language, one language per file. No input languages means "detect".
DEFAULT_AUDIO_LANGUAGE: dict[str, Any] = {
    "generativeOutputLanguage": "DEFAULT",
    "identifyMultipleLanguages": False,
}


def _filled(given: Any, default: Any) -> Any:
    """``given`` with every setting it leaves out taken from ``default``; lists are values."""
    if given is None:
        return copy.deepcopy(default)
    if isinstance(given, dict) and isinstance(default, dict):
        if given.get("state") == "DISABLED":
            return copy.deepcopy(given)
        merged = copy.deepcopy(given)
        for key, value in default.items():
            merged[key] = _filled(given.get(key), value)
        return merged
    return copy.deepcopy(given)


def filled_standard_output(given: Mapping[str, Any] | None) -> dict[str, Any]:
    result: dict[str, Any] = _filled(dict(given or {}), DEFAULT_STANDARD_OUTPUT)
    return result


def filled_custom_output(given: Mapping[str, Any] | None) -> dict[str, Any]:
    # BDA answers ``customOutputConfiguration: {}`` for a project without blueprints (§6).
    return copy.deepcopy(dict(given or {}))


def filled_override(given: Mapping[str, Any] | None) -> dict[str, Any]:
    result: dict[str, Any] = _filled(dict(given or {}), DEFAULT_OVERRIDE)
    for modality in MODALITIES:
        block = result[modality]
        if "sensitiveDataConfiguration" in block:
            block["sensitiveDataConfiguration"] = _filled(
                block["sensitiveDataConfiguration"], DEFAULT_SENSITIVE_DATA
            )
    audio = result["audio"]
    if "languageConfiguration" in audio:
        audio["languageConfiguration"] = _filled(
            audio["languageConfiguration"], DEFAULT_AUDIO_LANGUAGE
        )
    return result


def enabled_modalities(override: Mapping[str, Any]) -> set[str]:
    """The modalities a filled overrideConfiguration processes."""
    return {m for m in MODALITIES if override[m]["modalityProcessing"].get("state") != "DISABLED"}


# ---------------------------------------------------------------------------------- records


@dataclass(frozen=True)
class StageConfig:
    """One stage of a project: its configuration (defaults filled) and when it last changed."""

    standard_output: dict[str, Any]
    custom_output: dict[str, Any]
    override: dict[str, Any]
    modified_at: datetime
    library: dict[str, Any] | None = None
    description: str | None = None
    kms_key_id: str | None = None
    kms_encryption_context: dict[str, str] | None = None
    # Validation is synchronous here, so a stored stage is always complete.
    status: ProjectStatus = ProjectStatus.COMPLETED

    def to_json(self) -> dict[str, Any]:
        """The stored form, in the API's own member names."""
        data: dict[str, Any] = {
            "standardOutputConfiguration": self.standard_output,
            "customOutputConfiguration": self.custom_output,
            "overrideConfiguration": self.override,
            "status": self.status.value,
            "lastModifiedTime": to_micros(self.modified_at),
        }
        optional = {
            "dataAutomationLibraryConfiguration": self.library,
            "projectDescription": self.description,
            "kmsKeyId": self.kms_key_id,
            "kmsEncryptionContext": self.kms_encryption_context,
        }
        data.update({k: v for k, v in optional.items() if v is not None})
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> StageConfig:
        return cls(
            standard_output=data["standardOutputConfiguration"],
            custom_output=data["customOutputConfiguration"],
            override=data["overrideConfiguration"],
            modified_at=from_micros(data["lastModifiedTime"]),
            library=data.get("dataAutomationLibraryConfiguration"),
            description=data.get("projectDescription"),
            kms_key_id=data.get("kmsKeyId"),
            kms_encryption_context=data.get("kmsEncryptionContext"),
            status=ProjectStatus(data["status"]),
        )


def stage_config_from_request(
    params: Mapping[str, Any], now: datetime, previous: StageConfig | None = None
) -> StageConfig:
    """The stage a Create or Update request describes.

    The configurations are replaced as a whole (an Update without ``customOutputConfiguration``
    leaves the stage without blueprints), while the description and the encryption settings are
    kept from ``previous`` when the request leaves them out.
    """
    encryption = params.get("encryptionConfiguration")
    if encryption is not None:
        kms_key_id: str | None = encryption["kmsKeyId"]
        context = encryption.get("kmsEncryptionContext")
        kms_context = dict(context) if context is not None else None
    else:
        kms_key_id = previous.kms_key_id if previous else None
        kms_context = previous.kms_encryption_context if previous else None
    library = params.get("dataAutomationLibraryConfiguration")
    return StageConfig(
        standard_output=filled_standard_output(params["standardOutputConfiguration"]),
        custom_output=filled_custom_output(params.get("customOutputConfiguration")),
        override=filled_override(params.get("overrideConfiguration")),
        modified_at=now,
        library=copy.deepcopy(dict(library)) if library is not None else None,
        description=params.get("projectDescription", previous.description if previous else None),
        kms_key_id=kms_key_id,
        kms_encryption_context=kms_context,
    )


def default_stage_config(modified_at: datetime = PUBLIC_DEFAULT_CREATED) -> StageConfig:
    """BDA's default configuration: what a project with nothing set processes with."""
    return StageConfig(
        standard_output=filled_standard_output(None),
        custom_output=filled_custom_output(None),
        override=filled_override(None),
        modified_at=modified_at,
    )


@dataclass(frozen=True)
class ProjectConfig:
    """The effective configuration of one project stage, as the job pipeline consumes it."""

    project_arn: str
    stage: ProjectStage
    project_type: ProjectType
    standard_output: dict[str, Any]
    custom_output: dict[str, Any]
    override: dict[str, Any]
    library: dict[str, Any] | None = None
    kms_key_id: str | None = None
    kms_encryption_context: dict[str, str] | None = None

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-able data in the API's member names (a fresh copy each call)."""
        data: dict[str, Any] = {
            "projectArn": self.project_arn,
            "projectStage": self.stage.value,
            "projectType": self.project_type.value,
            "standardOutputConfiguration": self.standard_output,
            "customOutputConfiguration": self.custom_output,
            "overrideConfiguration": self.override,
        }
        optional = {
            "dataAutomationLibraryConfiguration": self.library,
            "kmsKeyId": self.kms_key_id,
            "kmsEncryptionContext": self.kms_encryption_context,
        }
        data.update({k: v for k, v in optional.items() if v is not None})
        return copy.deepcopy(data)


@dataclass(frozen=True)
class Project:
    project_id: str
    account_id: str
    region: str
    name: str
    project_type: ProjectType
    created_at: datetime
    live: StageConfig
    development: StageConfig
    client_token: str | None = None
    # Hash of the Create request without its clientToken: a retry must match it.
    fingerprint: str = ""

    @property
    def arn(self) -> str:
        return project_arn(self.region, self.account_id, self.project_id)

    @property
    def is_aws_managed(self) -> bool:
        return self.account_id == AWS_OWNER

    def stage(self, stage: ProjectStage) -> StageConfig:
        return self.live if stage == ProjectStage.LIVE else self.development

    def with_stage(self, stage: ProjectStage, config: StageConfig) -> Project:
        if stage == ProjectStage.LIVE:
            return replace(self, live=config)
        return replace(self, development=config)

    def describe(self, stage: ProjectStage) -> dict[str, Any]:
        """``GetDataAutomationProject``'s ``project`` member for one stage."""
        config = self.stage(stage)
        data: dict[str, Any] = {
            "projectArn": self.arn,
            "creationTime": self.created_at,
            "lastModifiedTime": config.modified_at,
            "projectName": self.name,
            "projectStage": stage.value,
            "projectType": self.project_type.value,
            "standardOutputConfiguration": copy.deepcopy(config.standard_output),
            "customOutputConfiguration": copy.deepcopy(config.custom_output),
            "overrideConfiguration": copy.deepcopy(config.override),
            "status": config.status.value,
        }
        optional = {
            "projectDescription": config.description,
            "dataAutomationLibraryConfiguration": copy.deepcopy(config.library),
            "kmsKeyId": config.kms_key_id,
            "kmsEncryptionContext": dict(config.kms_encryption_context or {}) or None,
        }
        data.update({k: v for k, v in optional.items() if v is not None})
        return data

    def summary(self, stage: ProjectStage) -> dict[str, Any]:
        """One ``ListDataAutomationProjects`` entry."""
        return {
            "projectArn": self.arn,
            "projectStage": stage.value,
            "projectType": self.project_type.value,
            "projectName": self.name,
            "creationTime": self.created_at,
        }

    def resolve(self, stage: ProjectStage) -> ProjectConfig:
        config = self.stage(stage)
        return ProjectConfig(
            project_arn=self.arn,
            stage=stage,
            project_type=self.project_type,
            standard_output=copy.deepcopy(config.standard_output),
            custom_output=copy.deepcopy(config.custom_output),
            override=copy.deepcopy(config.override),
            library=copy.deepcopy(config.library),
            kms_key_id=config.kms_key_id,
            kms_encryption_context=dict(config.kms_encryption_context)
            if config.kms_encryption_context is not None
            else None,
        )


def new_project(
    *,
    project_id: str,
    account_id: str,
    region: str,
    params: Mapping[str, Any],
    now: datetime,
) -> Project:
    """The project a Create request describes: the requested stage, the other one a copy."""
    config = stage_config_from_request(params, now)
    return Project(
        project_id=project_id,
        account_id=account_id,
        region=region,
        name=params["projectName"],
        project_type=ProjectType(params.get("projectType", ProjectType.ASYNC)),
        created_at=now,
        live=config,
        development=config,
        client_token=params.get("clientToken"),
        fingerprint=request_fingerprint(params),
    )


def public_default_project(region: str) -> Project:
    """``arn:aws:bedrock:<region>:aws:data-automation-project/public-default``: owned by AWS,
    visible to every account, read-only, configured with BDA's defaults."""
    config = default_stage_config()
    return Project(
        project_id=PUBLIC_DEFAULT_PROJECT_ID,
        account_id=AWS_OWNER,
        region=region,
        name=PUBLIC_DEFAULT_NAME,
        project_type=ProjectType.ASYNC,
        created_at=PUBLIC_DEFAULT_CREATED,
        live=config,
        development=config,
    )


def request_fingerprint(params: Mapping[str, Any]) -> str:
    material = {k: v for k, v in params.items() if k != "clientToken"}
    blob = json.dumps(material, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


# ------------------------------------------------------------------------------ addressing


@dataclass(frozen=True)
class ProjectAddress:
    """Where a project ARN points, once checked against the caller's account and region."""

    owner: str  # the caller's account id, or "aws" for the AWS-managed default project
    project_id: str


def address_of(arn: str, account_id: str, region: str) -> ProjectAddress | None:
    """Read a project ARN as the caller may use it; None when it cannot name one of the
    caller's projects nor the AWS default project (another region, a malformed ARN, ...).
    Whether the project exists is the store's business."""
    try:
        parsed = parse_arn(arn, PROJECT)
    except InvalidArnError:
        return None
    if parsed.account not in (account_id, AWS_OWNER) or parsed.region != region:
        return None
    if build_arn(region, parsed.account, PROJECT, parsed.resource_id) != arn:
        return None  # another partition or service
    if parsed.account == AWS_OWNER and parsed.resource_id != PUBLIC_DEFAULT_PROJECT_ID:
        return None
    return ProjectAddress(parsed.account, parsed.resource_id)


# ------------------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class Problem:
    """One rule a request breaks: the member path (as AWS writes it) and why."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"Invalid value at '{self.path}': {self.message}"


# (arn, version, stage) -> whether the caller may use that blueprint.
BlueprintLookup = Callable[[str, str | None, str | None], bool]
# The blueprint registry as the control plane provides it:
# (account_id, region, arn, version, stage) -> whether that blueprint exists for the account
# (its own, or a public catalog blueprint).
BlueprintExists = Callable[[str, str, str, str | None, str | None], bool]

# Lists of enum values inside standardOutputConfiguration, and whether their block has a state.
_TYPE_LISTS: tuple[tuple[str, ...], ...] = (
    ("document", "extraction", "granularity"),
    ("document", "outputFormat", "textFormat"),
    ("image", "extraction", "category"),
    ("image", "generativeField"),
    ("video", "extraction", "category"),
    ("video", "generativeField"),
    ("audio", "extraction", "category"),
    ("audio", "generativeField"),
)

# §5.3 [DOC]: which modalities each routable file type may be sent to.
ROUTABLE: dict[str, tuple[str, ...]] = {
    "jpeg": ("IMAGE", "DOCUMENT"),
    "png": ("IMAGE", "DOCUMENT"),
    "mp4": ("VIDEO", "AUDIO"),
    "mov": ("VIDEO", "AUDIO"),
}


def configuration_problems(
    params: Mapping[str, Any],
    *,
    account_id: str,
    region: str,
    project_type: ProjectType,
    blueprint_exists: BlueprintLookup,
) -> list[Problem]:
    """Every rule the configuration members of a Create/Update request break."""
    problems = standard_output_problems(params["standardOutputConfiguration"])
    problems += custom_output_problems(
        params.get("customOutputConfiguration"),
        account_id=account_id,
        region=region,
        blueprint_exists=blueprint_exists,
    )
    problems += override_problems(params.get("overrideConfiguration"), project_type)
    problems += library_problems(
        params.get("dataAutomationLibraryConfiguration"), account_id=account_id, region=region
    )
    return problems


def standard_output_problems(given: Mapping[str, Any]) -> list[Problem]:
    root = "standardOutputConfiguration"
    problems: list[Problem] = []
    for keys in _TYPE_LISTS:
        block = _dig(given, keys)
        if not isinstance(block, Mapping) or "types" not in block:
            continue
        path = ".".join((root, *keys, "types"))
        types = block["types"]
        problems += _duplicates(types, path)
        has_state = "state" in block
        if not types and (not has_state or block["state"] == "ENABLED"):
            when = " when state is ENABLED" if has_state else ""
            problems.append(Problem(path, f"must name at least one type{when}"))
    # Speaker and channel labels are labels of a transcript: they need one to label.
    category = filled_standard_output(given)["audio"]["extraction"]["category"]
    transcribing = category.get("state") == "ENABLED" and "TRANSCRIPT" in category.get("types", ())
    transcript = (category.get("typeConfiguration") or {}).get("transcript") or {}
    for option in ("speakerLabeling", "channelLabeling"):
        if (transcript.get(option) or {}).get("state") == "ENABLED" and not transcribing:
            path = f"{root}.audio.extraction.category.typeConfiguration.transcript.{option}.state"
            problems.append(
                Problem(path, "can be ENABLED only when audio TRANSCRIPT extraction is enabled")
            )
    return problems


def custom_output_problems(
    given: Mapping[str, Any] | None,
    *,
    account_id: str,
    region: str,
    blueprint_exists: BlueprintLookup,
) -> list[Problem]:
    if not given:
        return []
    root = "customOutputConfiguration"
    problems: list[Problem] = []
    blueprints = list(given.get("blueprints") or [])
    if len(blueprints) > MAX_PROJECT_BLUEPRINTS:
        problems.append(
            Problem(
                f"{root}.blueprints",
                f"a project can use at most {MAX_PROJECT_BLUEPRINTS} blueprints; "
                f"{len(blueprints)} were given",
            )
        )
    seen: set[str] = set()
    for index, item in enumerate(blueprints, start=1):
        path = f"{root}.blueprints.{index}.member.blueprintArn"
        arn = item["blueprintArn"]
        if arn in seen:
            problems.append(Problem(path, f"blueprint {arn} is listed more than once"))
            continue
        seen.add(arn)
        problems += _blueprint_reference_problems(item, path, account_id, region, blueprint_exists)
    fallbacks = list((given.get("document") or {}).get("fallbackBlueprints") or [])
    for index, item in enumerate(fallbacks, start=1):
        path = f"{root}.document.fallbackBlueprints.{index}.member.blueprintArn"
        problems += _blueprint_reference_problems(item, path, account_id, region, blueprint_exists)
    return problems


def _blueprint_reference_problems(
    item: Mapping[str, Any],
    path: str,
    account_id: str,
    region: str,
    blueprint_exists: BlueprintLookup,
) -> list[Problem]:
    arn: str = item["blueprintArn"]
    version: str | None = item.get("blueprintVersion")
    stage: str | None = item.get("blueprintStage")
    usable = _owned_here(arn, BLUEPRINT, account_id, region, allow_aws=True) and blueprint_exists(
        arn, version, stage
    )
    if usable:
        return []
    qualifiers = [f"version {version}"] if version else []
    qualifiers += [f"stage {stage}"] if stage else []
    what = f"blueprint {arn}" + (f" ({', '.join(qualifiers)})" if qualifiers else "")
    return [Problem(path, f"{what} does not exist in this account and region")]


def override_problems(given: Mapping[str, Any] | None, project_type: ProjectType) -> list[Problem]:
    root = "overrideConfiguration"
    given = given or {}
    override = filled_override(given)
    enabled = enabled_modalities(override)
    problems: list[Problem] = []
    if not enabled:
        problems.append(
            Problem(
                root,
                "at least one modality (document, image, video, audio) must have "
                "modalityProcessing.state ENABLED",
            )
        )
    for file_type, modality in (given.get("modalityRouting") or {}).items():
        path = f"{root}.modalityRouting.{file_type}"
        allowed = ROUTABLE.get(file_type, ())
        if modality not in allowed:
            problems.append(
                Problem(
                    path,
                    f"{file_type.upper()} files can be routed to {' or '.join(allowed)} only, "
                    f"not {modality}",
                )
            )
        elif modality.lower() not in enabled:
            problems.append(
                Problem(
                    path,
                    f"routes {file_type.upper()} files to {modality}, but "
                    f"{root}.{modality.lower()}.modalityProcessing.state is DISABLED",
                )
            )
    if override["document"]["splitter"].get("state") == "ENABLED":
        path = f"{root}.document.splitter.state"
        if "document" not in enabled:
            problems.append(
                Problem(
                    path,
                    f"cannot be ENABLED while {root}.document.modalityProcessing.state is DISABLED",
                )
            )
        # §5.3/§8 [DOC]: splitting is asynchronous only.
        if project_type == ProjectType.SYNC:
            problems.append(Problem(path, "the splitter is available to ASYNC projects only"))
    for modality in MODALITIES:
        sensitive = (given.get(modality) or {}).get("sensitiveDataConfiguration")
        if sensitive:
            problems += _sensitive_data_problems(
                sensitive, f"{root}.{modality}.sensitiveDataConfiguration"
            )
    languages = ((given.get("audio") or {}).get("languageConfiguration") or {}).get(
        "inputLanguages"
    )
    if languages:
        problems += _duplicates(languages, f"{root}.audio.languageConfiguration.inputLanguages")
    return problems


def _sensitive_data_problems(given: Mapping[str, Any], root: str) -> list[Problem]:
    problems = _duplicates(given.get("detectionScope") or [], f"{root}.detectionScope")
    entity_types = (given.get("piiEntitiesConfiguration") or {}).get("piiEntityTypes") or []
    path = f"{root}.piiEntitiesConfiguration.piiEntityTypes"
    problems += _duplicates(entity_types, path)
    if "ALL" in entity_types and len(set(entity_types)) > 1:
        problems.append(Problem(path, "ALL cannot be combined with other entity types"))
    return problems


def library_problems(
    given: Mapping[str, Any] | None, *, account_id: str, region: str
) -> list[Problem]:
    problems: list[Problem] = []
    for index, item in enumerate((given or {}).get("libraries") or [], start=1):
        arn = item["libraryArn"]
        if not _owned_here(arn, LIBRARY, account_id, region, allow_aws=False):
            path = f"dataAutomationLibraryConfiguration.libraries.{index}.member.libraryArn"
            problems.append(
                Problem(path, f"data automation library {arn} does not exist in this account")
            )
    return problems


def _owned_here(arn: str, kind: str, account_id: str, region: str, *, allow_aws: bool) -> bool:
    """Whether ``arn`` names a resource of ``kind`` the caller may reference: its own in this
    region, or (``allow_aws``) an AWS-owned one. Another account's resource reads as absent."""
    try:
        parsed = parse_arn(arn, kind)
    except InvalidArnError:
        return False
    owners = (account_id, AWS_OWNER) if allow_aws else (account_id,)
    if parsed.account not in owners or parsed.region != region:
        return False
    return build_arn(region, parsed.account, kind, parsed.resource_id) == arn


def _duplicates(values: Iterable[Any], path: str) -> list[Problem]:
    seen: set[Any] = set()
    repeated: list[Any] = []
    for value in values:
        if value in seen and value not in repeated:
            repeated.append(value)
        seen.add(value)
    return [Problem(path, f"{value} appears more than once") for value in repeated]


def _dig(data: Mapping[str, Any], keys: Iterable[str]) -> Any:
    current: Any = data
    for key in keys:
        if not isinstance(current, Mapping):
            return None
        current = current.get(key)
    return current


# --------------------------------------------------------------------------------- listing


def uses_blueprint(
    config: StageConfig, arn: str, version: str | None = None, stage: str | None = None
) -> bool:
    """Whether a stage references the blueprint (as a candidate or a fallback). A filter's
    version must match exactly; a reference without a stage means LIVE."""
    custom = config.custom_output
    items = list(custom.get("blueprints") or [])
    items += (custom.get("document") or {}).get("fallbackBlueprints") or []
    for item in items:
        if item["blueprintArn"] != arn:
            continue
        if version is not None and item.get("blueprintVersion") != version:
            continue
        if stage is not None and item.get("blueprintStage", ProjectStage.LIVE.value) != stage:
            continue
        return True
    return False


def uses_library(config: StageConfig, arn: str) -> bool:
    return any(item["libraryArn"] == arn for item in (config.library or {}).get("libraries", []))
