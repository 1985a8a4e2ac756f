"""TagResource, UntagResource and ListTagsForResource on the control plane (projects and
blueprints), and the rules every tag follows, also for tags given at create time.

A mixin without ``__init__``: the composed control-plane handler provides ``self.projects``
(ProjectStore), ``self.tags`` (TagStore) and ``self.blueprint_exists``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import regex

from openbda.aws.arns import BLUEPRINT, PROJECT, InvalidArnError, build_arn, parse_arn
from openbda.aws.errors import (
    AccessDeniedException,
    ResourceNotFoundException,
    ServiceQuotaExceededException,
    ValidationException,
)
from openbda.aws.gateway import RequestContext
from openbda.aws.validate import format_violations
from openbda.domain.projects import BlueprintExists
from openbda.store.projects import ProjectStore
from openbda.store.tags import TagStore, TooManyTags

RESERVED_PREFIX = "aws:"
# AWS's tag alphabet: letters, digits and spaces in any script, and _ . : / = + - @
_TAG_TEXT = regex.compile(r"[\p{L}\p{Z}\p{N}_.:/=+\-@]*")


def tag_problems(tags: Sequence[Mapping[str, str]], path: str) -> list[str]:
    """What is wrong with a TagList; items are named as AWS names them (``tags.1.member.key``)."""
    problems: list[str] = []
    seen: set[str] = set()
    for index, tag in enumerate(tags, start=1):
        key, value = tag["key"], tag["value"]
        key_path = f"{path}.{index}.member.key"
        problems += _key_problems(key, key_path)
        if key in seen:
            problems.append(f"Invalid value at '{key_path}': tag key {key!r} is given twice")
        seen.add(key)
        if not _TAG_TEXT.fullmatch(value):
            problems.append(
                f"Invalid value at '{path}.{index}.member.value': tag values may contain "
                "letters, digits, spaces and _ . : / = + - @ only"
            )
    return problems


def tag_key_problems(keys: Iterable[str], path: str) -> list[str]:
    problems: list[str] = []
    for index, key in enumerate(keys, start=1):
        problems += _key_problems(key, f"{path}.{index}.member")
    return problems


def _key_problems(key: str, path: str) -> list[str]:
    if key.lower().startswith(RESERVED_PREFIX):
        return [f"Invalid value at '{path}': tag keys starting with 'aws:' are reserved for AWS"]
    if not _TAG_TEXT.fullmatch(key):
        return [
            f"Invalid value at '{path}': tag keys may contain letters, digits, spaces and "
            "_ . : / = + - @ only"
        ]
    return []


def check_tags(tags: Sequence[Mapping[str, str]], path: str = "tags") -> dict[str, str]:
    """The tags as a dict, or a ValidationException naming every bad one."""
    problems = tag_problems(tags, path)
    if problems:
        raise ValidationException(format_violations(problems))
    return {tag["key"]: tag["value"] for tag in tags}


def access_denied(ctx: RequestContext, arn: str) -> AccessDeniedException:
    # Decided by the ARN's account alone, before any lookup, so that the answer says nothing
    # about whether another account's resource exists (as the runtime does for invocations).
    return AccessDeniedException(
        f"User: arn:aws:iam::{ctx.account_id}:root is not authorized to perform: "
        f"bedrock:{ctx.operation} on resource: {arn}"
    )


class TaggingApi:
    projects: ProjectStore
    tags: TagStore
    blueprint_exists: BlueprintExists

    def tag_resource(self, ctx: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        arn = self._taggable(ctx, params["resourceARN"])
        tags = check_tags(params["tags"])
        try:
            self.tags.tag(arn, ctx.account_id, tags)
        except TooManyTags as err:
            raise ServiceQuotaExceededException(
                f"A resource can have at most {err.limit} tags; this request would give "
                f"{arn} {err.would_have}."
            ) from None
        # A project deleted while its tags were being written must not keep them: its delete
        # may have run before the write, so look again and clean up.
        if not self._exists(ctx, arn):
            self.tags.delete_all(arn)
            raise _not_found(arn)
        return {}

    def untag_resource(self, ctx: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        arn = self._taggable(ctx, params["resourceARN"])
        problems = tag_key_problems(params["tagKeys"], "tagKeys")
        if problems:
            raise ValidationException(format_violations(problems))
        self.tags.untag(arn, params["tagKeys"])
        return {}

    def list_tags_for_resource(self, ctx: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        arn = self._taggable(ctx, params["resourceARN"])
        return {"tags": [{"key": k, "value": v} for k, v in self.tags.list(arn).items()]}

    def _taggable(self, ctx: RequestContext, arn: str) -> str:
        """``arn`` if it names an existing project or blueprint of the caller's."""
        try:
            parsed = parse_arn(arn)
        except InvalidArnError:
            raise _not_found(arn) from None
        if parsed.account != ctx.account_id:
            raise access_denied(ctx, arn)
        if not self._exists(ctx, arn):
            raise _not_found(arn)
        return arn

    def _exists(self, ctx: RequestContext, arn: str) -> bool:
        parsed = parse_arn(arn)
        if parsed.region != ctx.region:
            return False
        if build_arn(ctx.region, ctx.account_id, parsed.resource_type, parsed.resource_id) != arn:
            return False
        if parsed.resource_type == PROJECT:
            return self.projects.get(ctx.account_id, ctx.region, parsed.resource_id) is not None
        if parsed.resource_type == BLUEPRINT:
            return self.blueprint_exists(ctx.account_id, ctx.region, arn, None, None)
        # Optimization invocations and libraries are taggable in the model but not kept here.
        return False


def _not_found(arn: str) -> ResourceNotFoundException:
    return ResourceNotFoundException(f"The resource {arn} does not exist.")
