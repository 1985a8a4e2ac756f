"""The project and tagging handlers called directly (no HTTP): the decisions they make beyond
the store — idempotency, visibility, list filters and pagination tokens, tag checks.

``ControlUnderTest`` composes the project and tagging mixins the way the server's
``ControlApi`` does, over a real database, with ``BlueprintRegistry`` standing in for the
blueprint store: which blueprint ARNs exist, per account, so that tests can make any ARN exist
without creating a blueprint. The end-to-end tests drive the real ``openbda serve`` instead.
"""

from __future__ import annotations

import base64
import json
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from openbda.api.control.projects import ProjectsApi
from openbda.api.control.tagging import TaggingApi
from openbda.aws.arns import blueprint_arn, parse_arn, public_blueprint_arn
from openbda.aws.errors import (
    AccessDeniedException,
    ConflictException,
    ResourceNotFoundException,
    ServiceQuotaExceededException,
    ValidationException,
)
from openbda.aws.gateway import RequestContext
from openbda.store.db import Database
from openbda.store.projects import ProjectStore
from openbda.store.tags import TagStore

ACCOUNT, OTHER, REGION = "000000000000", "111111111111", "us-east-1"
PUBLIC_DEFAULT = f"arn:aws:bedrock:{REGION}:aws:data-automation-project/public-default"
PUBLIC_BLUEPRINTS = ("invoice", "receipt", "bank-statement", "payslip", "us-driver-license")


class BlueprintRegistry:
    """Stands in for the blueprint store: which blueprint ARNs exist, per account."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._owned: set[str] = set()

    def exists(
        self, account_id: str, region: str, arn: str, version: str | None, stage: str | None
    ) -> bool:
        parsed = parse_arn(arn)
        if parsed.region != region:
            return False
        if parsed.account == "aws":
            return arn in {public_blueprint_arn(region, name) for name in PUBLIC_BLUEPRINTS}
        with self._lock:
            return parsed.account == account_id and arn in self._owned

    def add(self, arn: str) -> None:
        with self._lock:
            self._owned.add(arn)


class ControlUnderTest(ProjectsApi, TaggingApi):
    """The project and tagging mixins composed the way the server composes its ControlApi."""

    def __init__(self, db: Database, registry: BlueprintRegistry, max_projects: int) -> None:
        self.projects = ProjectStore(db, max_projects=max_projects)
        self.tags = TagStore(db)
        self.registry = registry
        self.blueprint_exists = registry.exists


def ctx(operation: str = "Op", account: str = ACCOUNT, region: str = REGION) -> RequestContext:
    return RequestContext(
        account, region, "test", operation, str(uuid.uuid4()), "bedrock-data-automation"
    )


@pytest.fixture
def api(tmp_path: Path) -> Iterator[ControlUnderTest]:
    db = Database(f"sqlite:///{tmp_path / 'control.db'}")
    yield ControlUnderTest(db, BlueprintRegistry(), max_projects=100)
    db.close()


def create(api: ControlUnderTest, name: str, **extra: Any) -> str:
    params: dict[str, Any] = {"projectName": name, "standardOutputConfiguration": {}, **extra}
    arn: str = api.create_data_automation_project(ctx("CreateDataAutomationProject"), params)[
        "projectArn"
    ]
    return arn


def names(api: ControlUnderTest, **params: Any) -> list[str]:
    found = api.list_data_automation_projects(ctx(), params)
    return [f"{p['projectName']}/{p['projectStage']}" for p in found["projects"]]


def test_a_retried_create_answers_the_same_and_creates_nothing(api: ControlUnderTest) -> None:
    token = str(uuid.uuid4())
    params = {"projectName": "claims", "standardOutputConfiguration": {}, "clientToken": token}
    first = api.create_data_automation_project(ctx(), dict(params))
    again = api.create_data_automation_project(ctx(), dict(params))
    assert (
        first
        == again
        == {"projectArn": first["projectArn"], "projectStage": "LIVE", "status": "IN_PROGRESS"}
    )
    assert names(api) == ["claims/LIVE"]
    with pytest.raises(ConflictException) as err:
        api.create_data_automation_project(ctx(), {**params, "projectDescription": "changed"})
    assert token in err.value.message


def test_the_same_token_in_another_account_is_another_request(api: ControlUnderTest) -> None:
    params = {
        "projectName": "claims",
        "standardOutputConfiguration": {},
        "clientToken": str(uuid.uuid4()),
    }
    mine = api.create_data_automation_project(ctx(), dict(params))
    theirs = api.create_data_automation_project(ctx(account=OTHER), dict(params))
    assert mine["projectArn"] != theirs["projectArn"]


def test_another_accounts_project_is_denied_whether_or_not_it_exists(api: ControlUnderTest) -> None:
    arn = create(api, "claims")
    missing = arn.replace(arn[-12:], "ffffffffffff")
    for operation, call in [
        ("GetDataAutomationProject", api.get_data_automation_project),
        ("UpdateDataAutomationProject", api.update_data_automation_project),
        ("DeleteDataAutomationProject", api.delete_data_automation_project),
    ]:
        for target in (arn, missing):
            with pytest.raises(AccessDeniedException) as err:
                call(
                    ctx(operation, account=OTHER),
                    {"projectArn": target, "standardOutputConfiguration": {}},
                )
            assert err.value.message == (
                f"User: arn:aws:iam::{OTHER}:root is not authorized to perform: "
                f"bedrock:{operation} on resource: {target}"
            )
    assert names(api) == ["claims/LIVE"]


def test_a_project_in_another_region_is_not_found(api: ControlUnderTest) -> None:
    arn = create(api, "claims")
    with pytest.raises(ResourceNotFoundException) as err:
        api.get_data_automation_project(ctx(region="eu-west-1"), {"projectArn": arn})
    assert arn in err.value.message


def test_the_public_default_project_is_readable_and_read_only(api: ControlUnderTest) -> None:
    project = api.get_data_automation_project(ctx(), {"projectArn": PUBLIC_DEFAULT})["project"]
    assert project["projectName"] == "public-default"
    with pytest.raises(AccessDeniedException):
        api.update_data_automation_project(
            ctx(), {"projectArn": PUBLIC_DEFAULT, "standardOutputConfiguration": {}}
        )
    with pytest.raises(AccessDeniedException):
        api.delete_data_automation_project(ctx(), {"projectArn": PUBLIC_DEFAULT})
    with pytest.raises(ResourceNotFoundException):
        api.get_data_automation_project(
            ctx(), {"projectArn": PUBLIC_DEFAULT.replace("public-default", "public-other")}
        )


def test_list_filters(api: ControlUnderTest) -> None:
    mine = blueprint_arn(REGION, ACCOUNT, "a1b2c3d4e5f6")
    api.registry.add(mine)
    invoice = public_blueprint_arn(REGION, "invoice")
    create(api, "plain")
    uses = create(
        api,
        "uses",
        customOutputConfiguration={
            "blueprints": [{"blueprintArn": mine, "blueprintStage": "DEVELOPMENT"}]
        },
    )
    api.update_data_automation_project(
        ctx(),
        {
            "projectArn": uses,
            "projectStage": "DEVELOPMENT",
            "standardOutputConfiguration": {},
            "customOutputConfiguration": {"blueprints": [{"blueprintArn": invoice}]},
        },
    )
    assert names(api) == ["plain/LIVE", "uses/LIVE"]
    assert names(api, projectStageFilter="DEVELOPMENT") == ["plain/DEVELOPMENT", "uses/DEVELOPMENT"]
    assert names(api, projectStageFilter="ALL") == [
        "plain/LIVE",
        "plain/DEVELOPMENT",
        "uses/LIVE",
        "uses/DEVELOPMENT",
    ]
    assert names(api, blueprintFilter={"blueprintArn": mine}) == ["uses/LIVE"]
    assert names(api, blueprintFilter={"blueprintArn": mine, "blueprintStage": "LIVE"}) == []
    assert names(api, projectStageFilter="ALL", blueprintFilter={"blueprintArn": invoice}) == [
        "uses/DEVELOPMENT"
    ]
    assert names(api, resourceOwner="ACCOUNT") == ["plain/LIVE", "uses/LIVE"]
    assert names(api, resourceOwner="SERVICE", projectStageFilter="ALL") == [
        "public-default/LIVE",
        "public-default/DEVELOPMENT",
    ]
    assert (
        names(
            api,
            libraryFilter={
                "libraryArn": f"arn:aws:bedrock:{REGION}:{ACCOUNT}:data-automation-library/abcdefabcdef"
            },
        )
        == []
    )


def page_through(api: ControlUnderTest, **params: Any) -> Iterator[list[str]]:
    token: str | None = None
    while True:
        request = dict(params, **({"nextToken": token} if token else {}))
        page = api.list_data_automation_projects(ctx(), request)
        yield [p["projectName"] for p in page["projects"]]
        token = page.get("nextToken")
        if token is None:
            return


def test_pages_are_stable_while_projects_come_and_go(api: ControlUnderTest) -> None:
    arns = {f"p{i}": create(api, f"p{i}") for i in range(7)}
    pages = page_through(api, maxResults=3)
    assert next(pages) == ["p0", "p1", "p2"]
    create(api, "late")
    api.delete_data_automation_project(ctx(), {"projectArn": arns["p1"]})
    api.delete_data_automation_project(ctx(), {"projectArn": arns["p4"]})
    assert list(pages) == [["p3", "p5", "p6"], ["late"]]


def test_a_full_last_page_has_no_token(api: ControlUnderTest) -> None:
    for i in range(4):
        create(api, f"p{i}")
    assert list(page_through(api, maxResults=2)) == [["p0", "p1"], ["p2", "p3"]]
    assert list(page_through(api, maxResults=2, projectStageFilter="ALL")) == [
        ["p0", "p0"],
        ["p1", "p1"],
        ["p2", "p2"],
        ["p3", "p3"],
    ]


@pytest.mark.parametrize(
    "token",
    [
        "garbage",
        "!!!",
        base64.urlsafe_b64encode(b"[1, 2]").decode(),
        base64.urlsafe_b64encode(json.dumps({"v": 1, "k": [1, "x"], "q": "?"}).encode()).decode(),
    ],
)
def test_an_invalid_token_is_a_validation_error(api: ControlUnderTest, token: str) -> None:
    with pytest.raises(ValidationException):
        api.list_data_automation_projects(ctx(), {"nextToken": token})


def test_a_token_is_only_good_for_the_filters_it_was_made_for(api: ControlUnderTest) -> None:
    for i in range(3):
        create(api, f"p{i}")
    token = api.list_data_automation_projects(ctx(), {"maxResults": 1})["nextToken"]
    assert api.list_data_automation_projects(ctx(), {"maxResults": 5, "nextToken": token})[
        "projects"
    ]
    with pytest.raises(ValidationException):
        api.list_data_automation_projects(ctx(), {"nextToken": token, "projectStageFilter": "ALL"})


def test_quota_and_name_conflicts(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'q.db'}")
    api = ControlUnderTest(db, BlueprintRegistry(), max_projects=2)
    create(api, "a")
    with pytest.raises(ConflictException):
        create(api, "a")
    create(api, "b")
    with pytest.raises(ServiceQuotaExceededException):
        create(api, "c")
    # The quota is per account.
    api.create_data_automation_project(
        ctx(account=OTHER), {"projectName": "c", "standardOutputConfiguration": {}}
    )
    db.close()


def test_tagging_checks_the_resource(api: ControlUnderTest) -> None:
    arn = create(api, "claims", tags=[{"key": "a", "value": "1"}])
    blueprint = blueprint_arn(REGION, ACCOUNT, "a1b2c3d4e5f6")
    api.registry.add(blueprint)
    api.tag_resource(ctx(), {"resourceARN": blueprint, "tags": [{"key": "b", "value": "2"}]})
    assert api.list_tags_for_resource(ctx(), {"resourceARN": blueprint}) == {
        "tags": [{"key": "b", "value": "2"}]
    }
    assert api.list_tags_for_resource(ctx(), {"resourceARN": arn}) == {
        "tags": [{"key": "a", "value": "1"}]
    }
    for missing in (
        blueprint_arn(REGION, ACCOUNT, "ffffffffffff"),
        arn.replace(arn[-12:], "ffffffffffff"),
        arn.replace(REGION, "eu-west-1"),
        f"arn:aws:bedrock:{REGION}:{ACCOUNT}:data-automation-library/abcdefabcdef",
    ):
        with pytest.raises(ResourceNotFoundException):
            api.list_tags_for_resource(ctx(), {"resourceARN": missing})
    with pytest.raises(AccessDeniedException):
        api.list_tags_for_resource(ctx("ListTagsForResource", account=OTHER), {"resourceARN": arn})


def test_tag_limit_and_reserved_keys(api: ControlUnderTest) -> None:
    api.tags.max_tags = 3
    arn = create(api, "claims", tags=[{"key": "a", "value": "1"}])
    api.tag_resource(
        ctx(), {"resourceARN": arn, "tags": [{"key": "b", "value": ""}, {"key": "c", "value": ""}]}
    )
    with pytest.raises(ServiceQuotaExceededException):
        api.tag_resource(ctx(), {"resourceARN": arn, "tags": [{"key": "d", "value": ""}]})
    with pytest.raises(ValidationException):
        api.tag_resource(ctx(), {"resourceARN": arn, "tags": [{"key": "aws:x", "value": ""}]})
    with pytest.raises(ValidationException):
        api.untag_resource(ctx(), {"resourceARN": arn, "tagKeys": ["aws:x"]})
    with pytest.raises(ValidationException):
        create(api, "other", tags=[{"key": "aws:x", "value": "1"}])
    assert names(api) == ["claims/LIVE"]
