"""What an invoke request means before any job exists: the profile, the project stage whose
configuration applies, the blueprints in play, and whether the input's modality may run.

Everything here is checked at invoke time, as BDA does, so a request that cannot succeed is
refused with an error the caller sees at once instead of a failed job later.
"""

from __future__ import annotations

import posixpath
from typing import Any

from openbda.aws.arns import default_project_arn, parse_arn
from openbda.aws.errors import AccessDeniedException, ValidationException
from openbda.blueprints.schema import SYNC_MAX_LEAF_FIELDS
from openbda.objects.uri import InvalidS3Uri, parse_s3_uri
from openbda.pipeline.config import JobConfig, ModalityDisabledError, ProjectConfigError
from openbda.store.blueprints import BlueprintStore
from openbda.store.projects import ProjectStore

MAX_BLUEPRINTS = 40

# File types by extension, for the invoke-time modality check only; the job itself decides by
# the file's bytes.
EXTENSION_TYPES = {
    ".pdf": "PDF", ".tif": "TIFF", ".tiff": "TIFF", ".jpg": "JPEG", ".jpeg": "JPEG",
    ".png": "PNG", ".docx": "DOCX", ".mp4": "MP4", ".m4v": "MP4", ".mov": "MOV",
    ".mp3": "MP3", ".wav": "WAV", ".flac": "FLAC", ".ogg": "OGG", ".m4a": "M4A",
    ".amr": "AMR", ".webm": "WEBM",
}  # fmt: skip


def check_s3_uri(uri: str, member: str) -> None:
    try:
        parse_s3_uri(uri)
    except InvalidS3Uri as exc:
        raise ValidationException(f"{member}: {exc}") from None


def not_authorized(account: str, action: str, arn: str) -> AccessDeniedException:
    return AccessDeniedException(
        f"User: arn:aws:iam::{account}:root is not authorized to perform: "
        f"bedrock:{action} on resource: {arn}"
    )


class InvocationResolver:
    def __init__(self, projects: ProjectStore, blueprints: BlueprintStore):
        self.projects = projects
        self.blueprints = blueprints

    def resolve(
        self, account: str, region: str, params: dict[str, Any], *, sync: bool, action: str
    ) -> dict[str, Any]:
        """-> {"project": <effective stage configuration>, "blueprints": [...],
        "fallbackBlueprint": {...} or None} for the job."""
        self._check_profile(account, region, params["dataAutomationProfileArn"])
        source = params["inputConfiguration"].get("s3Uri")
        if source is not None:
            check_s3_uri(source, "inputConfiguration.s3Uri")
        if "outputConfiguration" in params:
            check_s3_uri(params["outputConfiguration"]["s3Uri"], "outputConfiguration.s3Uri")
        project = self._project(account, region, params, action)
        blueprints = self._blueprints(account, region, params, project, action)
        fallback = self._fallback(account, region, project, action)
        if sync:
            self._check_sync_blueprints([*blueprints, *([fallback] if fallback else [])])
        if source is not None:
            self._check_modality(project, source, sync)
        return {"project": project, "blueprints": blueprints, "fallbackBlueprint": fallback}

    def _check_profile(self, account: str, region: str, arn: str) -> None:
        profile = parse_arn(arn)
        if (
            profile.account not in (account, "aws")
            or profile.region != region
            or not profile.resource_id.endswith(".data-automation-v1")
        ):
            raise ValidationException("The provided DataAutomationProfile ARN is invalid.")

    def _project(
        self, account: str, region: str, params: dict[str, Any], action: str
    ) -> dict[str, Any]:
        chosen = params.get("dataAutomationConfiguration") or {}
        arn = chosen.get("dataAutomationProjectArn") or default_project_arn(region)
        stage = chosen.get("stage", "LIVE")
        owner = parse_arn(arn).account
        if owner not in (account, "aws"):
            raise not_authorized(account, action, arn)
        config = self.projects.resolve(account, region, arn, stage)
        if config is None:
            raise ValidationException(
                f"dataAutomationConfiguration.dataAutomationProjectArn: the project {arn} "
                f"does not exist in {region}."
            )
        return config.as_dict()

    def _blueprints(
        self,
        account: str,
        region: str,
        params: dict[str, Any],
        project: dict[str, Any],
        action: str,
    ) -> list[dict[str, Any]]:
        """The request's blueprints join the project's document blueprints; a blueprint named
        in both is used once, in the request's version and stage."""
        custom = project.get("customOutputConfiguration") or {}
        from_project = [
            {"blueprintArn": b["blueprintArn"], "version": b.get("blueprintVersion"),
             "stage": b.get("blueprintStage")}
            for b in (custom.get("blueprints") or [])
        ]  # fmt: skip
        from_request = [
            {
                "blueprintArn": b["blueprintArn"],
                "version": b.get("version"),
                "stage": b.get("stage"),
            }
            for b in (params.get("blueprints") or [])
        ]
        requested = {b["blueprintArn"] for b in from_request}
        wanted = [b for b in from_project if b["blueprintArn"] not in requested] + from_request
        if len(wanted) > MAX_BLUEPRINTS:
            raise ValidationException(
                f"blueprints: at most {MAX_BLUEPRINTS} blueprints can apply to one invocation; "
                f"the request and the project together name {len(wanted)}."
            )
        return [self._resolve(account, region, ref, action) for ref in wanted]

    def _fallback(
        self, account: str, region: str, project: dict[str, Any], action: str
    ) -> dict[str, Any] | None:
        """The project's fallback blueprint (documents only, at most one), resolved like the
        others: used when a segment matches none of the blueprints."""
        custom = project.get("customOutputConfiguration") or {}
        items = (custom.get("document") or {}).get("fallbackBlueprints") or []
        if not items:
            return None
        item = items[0]
        ref = {
            "blueprintArn": item["blueprintArn"],
            "version": item.get("blueprintVersion"),
            "stage": item.get("blueprintStage"),
        }
        return self._resolve(account, region, ref, action)

    def _resolve(
        self, account: str, region: str, ref: dict[str, Any], action: str
    ) -> dict[str, Any]:
        arn = ref["blueprintArn"]
        if parse_arn(arn).account not in (account, "aws"):
            raise not_authorized(account, action, arn)
        blueprint = self.blueprints.resolve(account, region, arn, ref["version"], ref["stage"])
        if blueprint is None:
            detail = f" version {ref['version']}" if ref["version"] else ""
            raise ValidationException(f"blueprints: the blueprint {arn}{detail} does not exist.")
        return {
            "blueprintArn": blueprint.arn,
            "name": blueprint.name,
            "type": blueprint.type.value,
            "stage": blueprint.stage.value,
            "version": blueprint.version,
            # The schema as it was at invoke time: later edits do not reach this job.
            "schema": blueprint.schema_text,
            "leafCount": blueprint.schema.leaf_count,
        }

    def _check_sync_blueprints(self, blueprints: list[dict[str, Any]]) -> None:
        for blueprint in blueprints:
            if blueprint["leafCount"] > SYNC_MAX_LEAF_FIELDS:
                raise ValidationException(
                    f"The blueprint {blueprint['blueprintArn']} has {blueprint['leafCount']} "
                    f"fields; InvokeDataAutomation accepts blueprints of at most "
                    f"{SYNC_MAX_LEAF_FIELDS} fields. Use InvokeDataAutomationAsync."
                )

    def _check_modality(self, project: dict[str, Any], source: str, sync: bool) -> None:
        extension = posixpath.splitext(parse_s3_uri(source).key)[1].lower()
        file_type = EXTENSION_TYPES.get(extension)
        if file_type is None:
            return  # decided by the file's bytes when the job runs
        try:
            JobConfig.from_project(project, sync=sync).route(file_type)
        except ModalityDisabledError as exc:
            raise ValidationException(str(exc)) from None
        except ProjectConfigError as exc:
            raise ValidationException(str(exc)) from None
        except Exception:
            return  # unsupported types fail in the job with the full message
