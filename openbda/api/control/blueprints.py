"""bedrock-data-automation blueprints: one thin handler per operation.

The wire layer has validated each request against botocore's model; the schema's own rules
live in ``openbda.blueprints.schema``, the stages, versions, quotas and idempotency in
``BlueprintStore``. Results are plain dicts in the model's member names.

A mixin without ``__init__``: the composed control-plane handler provides ``self.blueprints``
(BlueprintStore) and ``self.project_blueprints(account_id, region, project_arn, stage)``, the
blueprint references of a project stage (dicts with ``blueprintArn`` and optionally
``blueprintVersion`` / ``blueprintStage``), or None when there is no such project.

An ARN of another account (neither the caller's nor ``aws``) is refused with
AccessDeniedException, decided from the ARN alone before any lookup, as for projects and tags:
the answer is the same whether or not that account has such a blueprint.

ListBlueprints follows BDA's documented defaults: the caller's own blueprints, ``LIVE`` stage,
no versions. ``blueprintArn`` lists that blueprint's versions; ``projectFilter`` lists the
blueprints a project uses, in the project's order. Page tokens are opaque, bound to the
request's filters, and resume after the last item returned, so that blueprints created or
deleted between pages neither repeat nor shift the rest.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from openbda.api.control.tagging import access_denied, check_tags
from openbda.aws.arns import AWS_OWNER, BLUEPRINT, InvalidArnError, parse_arn
from openbda.aws.errors import ResourceNotFoundException, ValidationException
from openbda.aws.gateway import RequestContext
from openbda.blueprints.model import BlueprintType
from openbda.blueprints.schema import parse_schema
from openbda.domain.blueprints import (
    BlueprintStage,
    BlueprintSummary,
    BlueprintView,
    Encryption,
    ResourceOwner,
    StageConfig,
    StageFilter,
    request_fingerprint,
)
from openbda.store.blueprints import BlueprintStore

DEFAULT_PAGE_SIZE = 100

ProjectBlueprints = Callable[[str, str, str, str], list[dict[str, Any]] | None]


class BlueprintsApi:
    blueprints: BlueprintStore
    project_blueprints: ProjectBlueprints

    def create_blueprint(self, ctx: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        kind = BlueprintType(params["type"])
        parse_schema(params["schema"], kind)
        tags = check_tags(params.get("tags") or [])
        view = self.blueprints.create(
            ctx.account_id,
            ctx.region,
            name=params["blueprintName"],
            blueprint_type=kind,
            stage=BlueprintStage(params.get("blueprintStage", BlueprintStage.LIVE)),
            config=StageConfig(schema=params["schema"], encryption=_encryption(params)),
            tags=tags,
            client_token=params.get("clientToken"),
            fingerprint=request_fingerprint(params),
        )
        return {"blueprint": blueprint_record(view)}

    def get_blueprint(self, ctx: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        view = self.blueprints.get(
            ctx.account_id,
            ctx.region,
            _accessible(ctx, params["blueprintArn"]),
            version=params.get("blueprintVersion"),
            stage=_optional_stage(params.get("blueprintStage")),
        )
        return {"blueprint": blueprint_record(view)}

    def update_blueprint(self, ctx: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        arn = _accessible(ctx, params["blueprintArn"])
        # The schema's rules depend on the blueprint's type; an AWS-managed or unknown
        # blueprint is refused before its schema is looked at.
        kind = self.blueprints.writable_type(ctx.account_id, ctx.region, arn)
        parse_schema(params["schema"], kind)
        view = self.blueprints.update(
            ctx.account_id,
            ctx.region,
            arn,
            schema=params["schema"],
            stage=_optional_stage(params.get("blueprintStage")),
            encryption=_encryption(params),
        )
        return {"blueprint": blueprint_record(view)}

    def delete_blueprint(self, ctx: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        self.blueprints.delete(
            ctx.account_id,
            ctx.region,
            _accessible(ctx, params["blueprintArn"]),
            params.get("blueprintVersion"),
        )
        return {}

    def create_blueprint_version(
        self, ctx: RequestContext, params: dict[str, Any]
    ) -> dict[str, Any]:
        view = self.blueprints.create_version(
            ctx.account_id,
            ctx.region,
            _accessible(ctx, params["blueprintArn"]),
            client_token=params.get("clientToken"),
            fingerprint=request_fingerprint(params),
        )
        return {"blueprint": blueprint_record(view)}

    def copy_blueprint_stage(self, ctx: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        self.blueprints.copy_stage(
            ctx.account_id,
            ctx.region,
            _accessible(ctx, params["blueprintArn"]),
            source=BlueprintStage(params["sourceStage"]),
            target=BlueprintStage(params["targetStage"]),
            client_token=params.get("clientToken"),
            fingerprint=request_fingerprint(params),
        )
        return {}

    def list_blueprints(self, ctx: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        filters = {k: v for k, v in params.items() if k not in ("maxResults", "nextToken")}
        rows = self._listing(ctx, params)
        page, token = paginate(
            rows, filters, params.get("nextToken"), params.get("maxResults", DEFAULT_PAGE_SIZE)
        )
        result: dict[str, Any] = {"blueprints": page}
        if token is not None:
            result["nextToken"] = token
        return result

    # ------------------------------------------------------------------ listings

    def _listing(self, ctx: RequestContext, params: Mapping[str, Any]) -> list[Row]:
        if "blueprintArn" in params:
            _accessible(ctx, params["blueprintArn"])
        if "projectFilter" in params:
            _accessible(ctx, params["projectFilter"]["projectArn"])
        owner = _optional_owner(params.get("resourceOwner"))
        explicit = params.get("blueprintStageFilter")
        stage_filter = StageFilter(explicit or StageFilter.LIVE)
        if "projectFilter" in params:
            return self._project_listing(ctx, params, owner, explicit)
        if "blueprintArn" in params:
            # A blueprint's versions: the default stage filter would hide snapshots taken of
            # a development-only blueprint, so only an explicit filter applies.
            versions = self.blueprints.version_summaries(
                ctx.account_id, ctx.region, params["blueprintArn"]
            )
            kept = [v for v in versions if not explicit or stage_filter.admits(v.stage)]
            return [_summary_row(v) for v in kept]
        if owner is ResourceOwner.SERVICE:
            found = self.blueprints.catalog_summaries(ctx.region)
        else:
            found = self.blueprints.summaries(ctx.account_id, ctx.region, stage_filter)
        return [_summary_row(s) for s in found if stage_filter.admits(s.stage)]

    def _project_listing(
        self,
        ctx: RequestContext,
        params: Mapping[str, Any],
        owner: ResourceOwner | None,
        explicit_stage: str | None,
    ) -> list[Row]:
        project = params["projectFilter"]
        stage = project.get("projectStage", "LIVE")
        refs = self.project_blueprints(ctx.account_id, ctx.region, project["projectArn"], stage)
        if refs is None:
            raise ResourceNotFoundException(f"Project {project['projectArn']} not found.")
        rows: list[Row] = []
        for index, ref in enumerate(refs):
            arn = ref["blueprintArn"]
            # A project's reference without a stage means LIVE.
            ref_stage = BlueprintStage(ref.get("blueprintStage") or BlueprintStage.LIVE)
            if "blueprintArn" in params and arn != params["blueprintArn"]:
                continue
            if explicit_stage and not StageFilter(explicit_stage).admits(ref_stage):
                continue
            if owner is not None and (owner is ResourceOwner.SERVICE) != _aws_owned(arn):
                continue
            rows.append(Row((index,), self._reference_record(ctx, ref, ref_stage)))
        return rows

    def _reference_record(
        self, ctx: RequestContext, ref: Mapping[str, Any], stage: BlueprintStage
    ) -> dict[str, Any]:
        version = ref.get("blueprintVersion")
        try:
            view = self.blueprints.get(
                ctx.account_id, ctx.region, ref["blueprintArn"], version, stage
            )
        except ResourceNotFoundException:
            # Still listed (the project names it); what the project holds is all there is.
            record: dict[str, Any] = {"blueprintArn": ref["blueprintArn"], "blueprintStage": stage}
            if version is not None:
                record["blueprintVersion"] = version
            return record
        return summary_record(_summary_of(view))


# ---------------------------------------------------------------------- records


def blueprint_record(view: BlueprintView) -> dict[str, Any]:
    """The model's ``Blueprint`` structure."""
    record: dict[str, Any] = {
        "blueprintArn": view.arn,
        "schema": view.schema,
        "type": view.type.value,
        "creationTime": view.creation_time,
        "lastModifiedTime": view.last_modified_time,
        "blueprintName": view.name,
    }
    if view.version is not None:
        record["blueprintVersion"] = view.version
    record["blueprintStage"] = view.stage.value
    config = view.config
    if config.encryption is not None:
        record["kmsKeyId"] = config.encryption.kms_key_id
        if config.encryption.kms_encryption_context:
            record["kmsEncryptionContext"] = config.encryption.kms_encryption_context
    if config.optimization_samples is not None:
        record["optimizationSamples"] = config.optimization_samples
    if config.optimization_time is not None:
        record["optimizationTime"] = config.optimization_time
    return record


def summary_record(summary: BlueprintSummary) -> dict[str, Any]:
    """The model's ``BlueprintSummary`` structure."""
    record: dict[str, Any] = {"blueprintArn": summary.arn}
    if summary.version is not None:
        record["blueprintVersion"] = summary.version
    record.update(
        blueprintStage=summary.stage.value,
        blueprintName=summary.name,
        creationTime=summary.creation_time,
        lastModifiedTime=summary.last_modified_time,
    )
    return record


def _summary_of(view: BlueprintView) -> BlueprintSummary:
    return BlueprintSummary(
        arn=view.arn,
        name=view.name,
        stage=view.stage,
        version=view.version,
        creation_time=view.creation_time,
        last_modified_time=view.last_modified_time,
    )


def _summary_row(summary: BlueprintSummary) -> Row:
    return Row(summary.sort_key(), summary_record(summary))


def _encryption(params: Mapping[str, Any]) -> Encryption | None:
    config = params.get("encryptionConfiguration")
    if config is None:
        return None
    return Encryption(config["kmsKeyId"], config.get("kmsEncryptionContext"))


def _optional_stage(value: str | None) -> BlueprintStage | None:
    return BlueprintStage(value) if value is not None else None


def _optional_owner(value: str | None) -> ResourceOwner | None:
    return ResourceOwner(value) if value is not None else None


def _accessible(ctx: RequestContext, arn: str) -> str:
    """``arn``, unless it names another account's resource: that is denied from the ARN alone,
    before any lookup, so that the answer never tells whether the resource exists. An ARN that
    does not parse is left to the lookup, which does not find it."""
    try:
        owner = parse_arn(arn).account
    except InvalidArnError:
        return arn
    if owner not in (ctx.account_id, AWS_OWNER):
        raise access_denied(ctx, arn)
    return arn


def _aws_owned(arn: str) -> bool:
    try:
        return parse_arn(arn, BLUEPRINT).account == AWS_OWNER
    except InvalidArnError:
        return False


# ---------------------------------------------------------------------- pagination


@dataclass(frozen=True)
class Row:
    """One listed item and the key it is ordered by; rows arrive sorted by key."""

    key: tuple[Any, ...]
    record: dict[str, Any]


def paginate(
    rows: Sequence[Row], filters: Mapping[str, Any], token: str | None, limit: int
) -> tuple[list[dict[str, Any]], str | None]:
    """One page of ``rows`` after ``token``, and the token of the next page, if any."""
    scope = _scope(filters)
    start = 0
    if token is not None:
        after = _decode_token(token, scope)
        try:
            start = next((i for i, row in enumerate(rows) if list(row.key) > after), len(rows))
        except TypeError:
            raise _bad_token() from None
    page = rows[start : start + limit]
    more = start + limit < len(rows)
    next_token = _encode_token(scope, page[-1].key) if more and page else None
    return [row.record for row in page], next_token


def _scope(filters: Mapping[str, Any]) -> str:
    blob = json.dumps(filters, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def _encode_token(scope: str, key: tuple[Any, ...]) -> str:
    blob = json.dumps({"s": scope, "k": list(key)}, separators=(",", ":"))
    return base64.urlsafe_b64encode(blob.encode()).decode().rstrip("=")


def _decode_token(token: str, scope: str) -> list[Any]:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        data = json.loads(raw)
    except (binascii.Error, ValueError):
        raise _bad_token() from None
    if not isinstance(data, dict) or not isinstance(data.get("k"), list):
        raise _bad_token()
    if data.get("s") != scope:
        raise ValidationException(
            "The nextToken was issued for a ListBlueprints request with other filters."
        )
    key: list[Any] = data["k"]
    return key


def _bad_token() -> ValidationException:
    return ValidationException("The nextToken is not valid.")
