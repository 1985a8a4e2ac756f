"""ListBlueprints in the handler: filters, the project filter, and opaque page tokens."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from openbda.api.control.blueprints import BlueprintsApi, Row, paginate
from openbda.aws.arns import blueprint_arn, public_blueprint_arn
from openbda.aws.errors import ResourceNotFoundException, ValidationException
from openbda.aws.gateway import RequestContext
from openbda.store.blueprints import BlueprintStore
from openbda.store.db import Database
from tests.unit.blueprints.conftest import Clock
from tests.unit.blueprints.schemas import leaf, text

ACCOUNT = "000000000000"
REGION = "us-east-1"
PROJECT = f"arn:aws:bedrock:{REGION}:{ACCOUNT}:data-automation-project/5b9157efa255"


class Api(BlueprintsApi):
    """The mixin with what the composed control plane gives it."""

    def __init__(self, store: BlueprintStore) -> None:
        self.blueprints = store
        self.projects: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.asked: list[tuple[str, str, str, str]] = []

    def project_blueprints(
        self, account_id: str, region: str, project_arn: str, stage: str
    ) -> list[dict[str, Any]] | None:
        self.asked.append((account_id, region, project_arn, stage))
        return self.projects.get((project_arn, stage))


def ctx(operation: str = "ListBlueprints") -> RequestContext:
    return RequestContext(ACCOUNT, REGION, "test", operation, "req-1", "bedrock-data-automation")


@pytest.fixture
def api(tmp_path: Path) -> Api:
    return Api(BlueprintStore(Database(f"sqlite:///{tmp_path / 'bp.db'}"), clock=Clock()))


def create(api: Api, name: str, stage: str = "LIVE") -> str:
    params = {"blueprintName": name, "type": "DOCUMENT", "schema": text({"a": leaf()})}
    result = api.create_blueprint(ctx("CreateBlueprint"), {**params, "blueprintStage": stage})
    arn: str = result["blueprint"]["blueprintArn"]
    return arn


def names(result: dict[str, Any]) -> list[str]:
    return [b["blueprintName"] for b in result["blueprints"]]


def test_default_listing_is_own_live_blueprints(api: Api) -> None:
    create(api, "a")
    create(api, "b", "DEVELOPMENT")
    create(api, "c")
    result = api.list_blueprints(ctx(), {})
    assert names(result) == ["a", "c"]
    assert "nextToken" not in result
    assert set(result["blueprints"][0]) == {
        "blueprintArn",
        "blueprintStage",
        "blueprintName",
        "creationTime",
        "lastModifiedTime",
    }
    assert names(api.list_blueprints(ctx(), {"blueprintStageFilter": "DEVELOPMENT"})) == ["b"]
    assert names(api.list_blueprints(ctx(), {"resourceOwner": "ACCOUNT"})) == ["a", "c"]


def test_service_listing_is_the_catalog(api: Api) -> None:
    create(api, "mine")
    catalog = api.list_blueprints(ctx(), {"resourceOwner": "SERVICE"})["blueprints"]
    assert len(catalog) == 12
    assert all(
        ":aws:blueprint/bedrock-data-automation-public-" in b["blueprintArn"] for b in catalog
    )
    assert (
        api.list_blueprints(ctx(), {"resourceOwner": "SERVICE", "blueprintStageFilter": "ALL"})[
            "blueprints"
        ]
        == catalog
    )
    assert (
        api.list_blueprints(
            ctx(), {"resourceOwner": "SERVICE", "blueprintStageFilter": "DEVELOPMENT"}
        )["blueprints"]
        == []
    )


def test_blueprint_arn_lists_its_versions(api: Api) -> None:
    arn = create(api, "a")
    for _ in range(3):
        api.create_blueprint_version(ctx("CreateBlueprintVersion"), {"blueprintArn": arn})
    listed = api.list_blueprints(ctx(), {"blueprintArn": arn})["blueprints"]
    assert [b["blueprintVersion"] for b in listed] == ["1", "2", "3"]
    assert (
        api.list_blueprints(ctx(), {"blueprintArn": arn, "blueprintStageFilter": "DEVELOPMENT"})[
            "blueprints"
        ]
        == []
    )
    invoice = public_blueprint_arn(REGION, "invoice")
    assert api.list_blueprints(ctx(), {"blueprintArn": invoice})["blueprints"] == []
    missing = blueprint_arn(REGION, ACCOUNT, "0123456789ab")
    with pytest.raises(ResourceNotFoundException, match=missing):
        api.list_blueprints(ctx(), {"blueprintArn": missing})


def test_project_filter_lists_the_projects_blueprints(api: Api) -> None:
    a = create(api, "a")
    b = create(api, "b", "DEVELOPMENT")
    gone = blueprint_arn(REGION, ACCOUNT, "0123456789ab")
    invoice = public_blueprint_arn(REGION, "invoice")
    api.create_blueprint_version(ctx("CreateBlueprintVersion"), {"blueprintArn": a})
    api.projects[(PROJECT, "LIVE")] = [
        {"blueprintArn": b, "blueprintStage": "DEVELOPMENT"},
        {"blueprintArn": invoice},
        {"blueprintArn": a, "blueprintVersion": "1", "blueprintStage": "LIVE"},
        {"blueprintArn": gone, "blueprintStage": "LIVE"},
    ]
    listed = api.list_blueprints(ctx(), {"projectFilter": {"projectArn": PROJECT}})["blueprints"]
    # The project's order; a project stage defaults to LIVE.
    assert api.asked[-1] == (ACCOUNT, REGION, PROJECT, "LIVE")
    assert [(x["blueprintArn"], x["blueprintStage"]) for x in listed] == [
        (b, "DEVELOPMENT"),
        (invoice, "LIVE"),
        (a, "LIVE"),
        (gone, "LIVE"),
    ]
    assert listed[0]["blueprintName"] == "b"
    assert listed[1]["blueprintName"] == "Invoice"
    assert listed[2]["blueprintVersion"] == "1"
    # A blueprint deleted since the project named it is listed as the project names it.
    assert listed[3] == {"blueprintArn": gone, "blueprintStage": "LIVE"}

    def project(**extra: Any) -> list[str]:
        params = {"projectFilter": {"projectArn": PROJECT}, **extra}
        return [x["blueprintArn"] for x in api.list_blueprints(ctx(), params)["blueprints"]]

    assert project(blueprintStageFilter="DEVELOPMENT") == [b]
    assert project(resourceOwner="SERVICE") == [invoice]
    assert project(resourceOwner="ACCOUNT") == [b, a, gone]
    assert project(blueprintArn=a) == [a]
    assert project(maxResults=3) == [b, invoice, a]


def test_project_filter_with_a_stage_and_an_unknown_project(api: Api) -> None:
    api.projects[(PROJECT, "DEVELOPMENT")] = []
    params = {"projectFilter": {"projectArn": PROJECT, "projectStage": "DEVELOPMENT"}}
    assert api.list_blueprints(ctx(), params)["blueprints"] == []
    with pytest.raises(ResourceNotFoundException, match=PROJECT):
        api.list_blueprints(ctx(), {"projectFilter": {"projectArn": PROJECT}})


def test_pages_resume_after_the_last_item(api: Api) -> None:
    arns = [create(api, f"bp{i}") for i in range(7)]
    first = api.list_blueprints(ctx(), {"maxResults": 3})
    assert names(first) == ["bp0", "bp1", "bp2"]
    # Deleting an item already seen does not shift the next page.
    api.delete_blueprint(ctx("DeleteBlueprint"), {"blueprintArn": arns[0]})
    second = api.list_blueprints(ctx(), {"maxResults": 3, "nextToken": first["nextToken"]})
    assert names(second) == ["bp3", "bp4", "bp5"]
    third = api.list_blueprints(ctx(), {"maxResults": 3, "nextToken": second["nextToken"]})
    assert names(third) == ["bp6"]
    assert "nextToken" not in third
    exact = api.list_blueprints(ctx(), {"maxResults": 6})
    assert len(exact["blueprints"]) == 6 and "nextToken" not in exact


def test_a_token_belongs_to_its_filters(api: Api) -> None:
    for i in range(3):
        create(api, f"bp{i}")
    token = api.list_blueprints(ctx(), {"maxResults": 1})["nextToken"]
    # maxResults may change from page to page; the filters may not.
    assert names(api.list_blueprints(ctx(), {"maxResults": 5, "nextToken": token})) == [
        "bp1",
        "bp2",
    ]
    with pytest.raises(ValidationException, match="other filters"):
        api.list_blueprints(ctx(), {"blueprintStageFilter": "ALL", "nextToken": token})


@pytest.mark.parametrize(
    "token",
    [
        "not base64 !",
        base64.urlsafe_b64encode(b"[1, 2]").decode(),
        base64.urlsafe_b64encode(b"{not json").decode(),
        base64.urlsafe_b64encode(json.dumps({"s": "x"}).encode()).decode(),
    ],
)
def test_bad_tokens(api: Api, token: str) -> None:
    create(api, "a")
    with pytest.raises(ValidationException, match="nextToken"):
        api.list_blueprints(ctx(), {"nextToken": token})


def test_a_forged_key_is_a_bad_token() -> None:
    rows = [Row((1, "a"), {"n": 1}), Row((2, "b"), {"n": 2})]
    _, token = paginate(rows, {}, None, 1)
    assert token is not None
    raw = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    raw["k"] = ["text", 5]
    forged = base64.urlsafe_b64encode(json.dumps(raw).encode()).decode()
    with pytest.raises(ValidationException, match="nextToken is not valid"):
        paginate(rows, {}, forged, 1)


def test_paginate_edges() -> None:
    assert paginate([], {}, None, 10) == ([], None)
    rows = [Row((i,), {"i": i}) for i in range(4)]
    page, token = paginate(rows, {"f": 1}, None, 2)
    assert page == [{"i": 0}, {"i": 1}] and token is not None
    page, token = paginate(rows, {"f": 1}, token, 2)
    assert page == [{"i": 2}, {"i": 3}] and token is None
