"""bedrock-data-automation projects: Create, Get, List, Update and Delete, one thin handler
each. The wire layer has validated the request against botocore's model; the rules beyond the
model live in ``openbda.domain.projects``, the state in ``ProjectStore``.

A mixin without ``__init__``: the composed control-plane handler provides ``self.projects``
(ProjectStore), ``self.tags`` (TagStore) and ``self.blueprint_exists``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

from openbda.api.control.tagging import access_denied, check_tags
from openbda.aws.arns import AWS_OWNER, InvalidArnError, new_resource_id, parse_arn
from openbda.aws.errors import (
    AccessDeniedException,
    ConflictException,
    ResourceNotFoundException,
    ServiceQuotaExceededException,
    ValidationException,
)
from openbda.aws.gateway import RequestContext
from openbda.aws.validate import format_violations
from openbda.domain.projects import (
    STAGES,
    BlueprintExists,
    Project,
    ProjectStage,
    ProjectStatus,
    ProjectType,
    StageConfig,
    address_of,
    configuration_problems,
    new_project,
    public_default_project,
    request_fingerprint,
    stage_config_from_request,
    uses_blueprint,
    uses_library,
)
from openbda.domain.times import to_micros, utcnow
from openbda.store.projects import (
    DuplicateProjectToken,
    ProjectNameTaken,
    ProjectQuotaExceeded,
    ProjectStore,
)
from openbda.store.tags import TagStore

DEFAULT_PAGE_SIZE = 100
# §6 [OBS]: Create and Update answer IN_PROGRESS and clients poll Get for COMPLETED. Here the
# work is done before the answer, so Get already reports COMPLETED.
ACCEPTED = ProjectStatus.IN_PROGRESS.value
# Nothing is left to wait for once a delete is answered.
DELETED = ProjectStatus.COMPLETED.value

# Ordering key of one list entry: (creation microseconds, project id, stage index).
ListKey = tuple[int, str, int]


class ProjectsApi:
    projects: ProjectStore
    tags: TagStore
    blueprint_exists: BlueprintExists

    def create_data_automation_project(
        self, ctx: RequestContext, params: dict[str, Any]
    ) -> dict[str, Any]:
        token = params.get("clientToken")
        if token is not None:
            earlier = self.projects.get_by_client_token(ctx.account_id, ctx.region, token)
            if earlier is not None:
                return self._replayed(earlier, params)
        tags = check_tags(params.get("tags") or [])
        project_type = ProjectType(params.get("projectType", ProjectType.ASYNC))
        self._check_configuration(ctx, params, project_type)
        project = new_project(
            project_id=new_resource_id(),
            account_id=ctx.account_id,
            region=ctx.region,
            params=params,
            now=utcnow(),
        )
        try:
            self.projects.create(project, tags)
        except DuplicateProjectToken as dup:
            # Same token submitted twice at once: the other request won the insert.
            return self._replayed(dup.existing, params)
        except ProjectNameTaken:
            raise ConflictException(
                f"A data automation project named {project.name} already exists."
            ) from None
        except ProjectQuotaExceeded as err:
            raise ServiceQuotaExceededException(
                f"The account already has the maximum of {err.limit} data automation projects "
                f"in {ctx.region}."
            ) from None
        return {"projectArn": project.arn, "projectStage": _stage(params).value, "status": ACCEPTED}

    def get_data_automation_project(
        self, ctx: RequestContext, params: dict[str, Any]
    ) -> dict[str, Any]:
        project = self._find(ctx, params["projectArn"])
        return {"project": project.describe(_stage(params))}

    def update_data_automation_project(
        self, ctx: RequestContext, params: dict[str, Any]
    ) -> dict[str, Any]:
        arn = params["projectArn"]
        project = self._find_writable(ctx, arn)
        stage = _stage(params)
        self._check_configuration(ctx, params, project.project_type)
        config = stage_config_from_request(params, utcnow(), previous=project.stage(stage))
        if not self.projects.update_stage(
            ctx.account_id, ctx.region, project.project_id, stage, config
        ):
            raise _not_found(arn)
        return {"projectArn": arn, "projectStage": stage.value, "status": ACCEPTED}

    def delete_data_automation_project(
        self, ctx: RequestContext, params: dict[str, Any]
    ) -> dict[str, Any]:
        arn = params["projectArn"]
        project = self._find_writable(ctx, arn)
        if not self.projects.delete(ctx.account_id, ctx.region, project.project_id):
            raise _not_found(arn)
        return {"projectArn": arn, "status": DELETED}

    def list_data_automation_projects(
        self, ctx: RequestContext, params: dict[str, Any]
    ) -> dict[str, Any]:
        stage_filter = params.get("projectStageFilter", ProjectStage.LIVE.value)
        stages = STAGES if stage_filter == "ALL" else (ProjectStage(stage_filter),)
        limit: int = params.get("maxResults", DEFAULT_PAGE_SIZE)
        query = _query_id(params)
        after = _decode_token(params["nextToken"], query) if "nextToken" in params else None
        if params.get("resourceOwner") == "SERVICE":
            candidates: Iterable[Project] = [public_default_project(ctx.region)]
        else:
            # ACCOUNT, and the default: what a caller lists is its own projects.
            start = (after[0], after[1]) if after is not None else None
            candidates = self.projects.iter_projects(ctx.account_id, ctx.region, start)
        page: list[tuple[ListKey, dict[str, Any]]] = []
        for project in candidates:
            for stage in stages:
                key = (to_micros(project.created_at), project.project_id, STAGES.index(stage))
                if after is not None and key <= after:
                    continue
                if not _matches(project.stage(stage), params):
                    continue
                if len(page) == limit:
                    # One more entry exists: the page ends here and says where to resume.
                    return {
                        "projects": [s for _, s in page],
                        "nextToken": _encode_token(page[-1][0], query),
                    }
                page.append((key, project.summary(stage)))
        return {"projects": [s for _, s in page]}

    # -- helpers -----------------------------------------------------------------------------

    def _check_configuration(
        self, ctx: RequestContext, params: Mapping[str, Any], project_type: ProjectType
    ) -> None:
        def exists(arn: str, version: str | None, stage: str | None) -> bool:
            return self.blueprint_exists(ctx.account_id, ctx.region, arn, version, stage)

        problems = configuration_problems(
            params,
            account_id=ctx.account_id,
            region=ctx.region,
            project_type=project_type,
            blueprint_exists=exists,
        )
        if problems:
            raise ValidationException(format_violations([str(p) for p in problems]))

    def _find(self, ctx: RequestContext, arn: str) -> Project:
        """The project ``arn`` names, as the caller may see it: its own, or the AWS default."""
        try:
            owner = parse_arn(arn).account
        except InvalidArnError:
            raise _not_found(arn) from None
        if owner not in (ctx.account_id, AWS_OWNER):
            raise access_denied(ctx, arn)
        address = address_of(arn, ctx.account_id, ctx.region)
        if address is None:
            raise _not_found(arn)
        if address.owner == AWS_OWNER:
            return public_default_project(ctx.region)
        project = self.projects.get(ctx.account_id, ctx.region, address.project_id)
        if project is None:
            raise _not_found(arn)
        return project

    def _find_writable(self, ctx: RequestContext, arn: str) -> Project:
        project = self._find(ctx, arn)
        if project.is_aws_managed:
            raise AccessDeniedException(
                f"{arn} is managed by AWS and cannot be changed; create a project of your own."
            )
        return project

    def _replayed(self, earlier: Project, params: Mapping[str, Any]) -> dict[str, Any]:
        """The answer to a Create retried with its clientToken: the first answer again, if
        the request is the same one."""
        if earlier.fingerprint != request_fingerprint(params):
            raise ConflictException(
                f"The clientToken {params['clientToken']} was already used to create "
                f"{earlier.arn} with different parameters."
            )
        return {"projectArn": earlier.arn, "projectStage": _stage(params).value, "status": ACCEPTED}


def _stage(params: Mapping[str, Any]) -> ProjectStage:
    return ProjectStage(params.get("projectStage", ProjectStage.LIVE))


def _not_found(arn: str) -> ResourceNotFoundException:
    return ResourceNotFoundException(f"The data automation project {arn} does not exist.")


def _matches(config: StageConfig, params: Mapping[str, Any]) -> bool:
    blueprint = params.get("blueprintFilter")
    if blueprint is not None and not uses_blueprint(
        config,
        blueprint["blueprintArn"],
        blueprint.get("blueprintVersion"),
        blueprint.get("blueprintStage"),
    ):
        return False
    library = params.get("libraryFilter")
    return library is None or uses_library(config, library["libraryArn"])


# -- pagination ------------------------------------------------------------------------------
#
# A token is the key of the last entry served plus a digest of the filters it was served for.
# Resuming strictly after a key (rather than at an offset) keeps pages stable while projects
# are created or deleted between calls: a new project sorts after every existing one.


def _query_id(params: Mapping[str, Any]) -> str:
    filters = {
        k: params.get(k)
        for k in ("projectStageFilter", "blueprintFilter", "resourceOwner", "libraryFilter")
    }
    blob = json.dumps(filters, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def _encode_token(key: ListKey, query: str) -> str:
    blob = json.dumps({"v": 1, "k": list(key), "q": query}, separators=(",", ":"))
    return base64.urlsafe_b64encode(blob.encode()).decode("ascii").rstrip("=")


def _decode_token(token: str, query: str) -> ListKey:
    invalid = ValidationException(f"The nextToken {token!r} is not valid for this request.")
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        data = json.loads(raw)
    except (binascii.Error, ValueError):
        raise invalid from None
    if not isinstance(data, dict) or data.get("v") != 1 or data.get("q") != query:
        raise invalid
    key = data.get("k")
    if (
        not isinstance(key, list)
        or len(key) != 3
        or not isinstance(key[0], int)
        or not isinstance(key[1], str)
        or key[2] not in (0, 1)
    ):
        raise invalid
    return (key[0], key[1], key[2])
