"""Who may name which blueprint in the handlers: another account's ARN is denied from the ARN
alone, whether or not that account has such a blueprint, as for projects and tags."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from openbda.api.control.blueprints import BlueprintsApi
from openbda.aws.arns import blueprint_arn, public_blueprint_arn
from openbda.aws.errors import AccessDeniedException, ResourceNotFoundException
from openbda.aws.gateway import RequestContext
from openbda.store.blueprints import BlueprintStore
from openbda.store.db import Database
from tests.unit.blueprints.conftest import Clock
from tests.unit.blueprints.schemas import leaf, text

ACCOUNT, OTHER, REGION = "000000000000", "111111111111", "us-east-1"
SCHEMA = text({"a": leaf()})
INVOICE = public_blueprint_arn(REGION, "invoice")


class Api(BlueprintsApi):
    def __init__(self, store: BlueprintStore) -> None:
        self.blueprints = store
        self.asked: list[str] = []

    def project_blueprints(
        self, account_id: str, region: str, project_arn: str, stage: str
    ) -> list[dict[str, Any]] | None:
        self.asked.append(project_arn)
        return None


def ctx(operation: str, account: str = ACCOUNT) -> RequestContext:
    return RequestContext(account, REGION, "test", operation, "req-1", "bedrock-data-automation")


@pytest.fixture
def api(tmp_path: Path) -> Iterator[Api]:
    db = Database(f"sqlite:///{tmp_path / 'bp.db'}")
    yield Api(BlueprintStore(db, clock=Clock()))
    db.close()


def create(api: Api, name: str = "mine") -> str:
    params = {"blueprintName": name, "type": "DOCUMENT", "schema": SCHEMA}
    arn: str = api.create_blueprint(ctx("CreateBlueprint"), params)["blueprint"]["blueprintArn"]
    return arn


# Every operation that names a blueprint, with what else it needs.
CALLS: list[tuple[str, str, dict[str, Any]]] = [
    ("GetBlueprint", "get_blueprint", {}),
    ("GetBlueprint", "get_blueprint", {"blueprintVersion": "1"}),
    ("UpdateBlueprint", "update_blueprint", {"schema": SCHEMA}),
    ("DeleteBlueprint", "delete_blueprint", {}),
    ("DeleteBlueprint", "delete_blueprint", {"blueprintVersion": "1"}),
    ("CreateBlueprintVersion", "create_blueprint_version", {}),
    (
        "CopyBlueprintStage",
        "copy_blueprint_stage",
        {"sourceStage": "LIVE", "targetStage": "DEVELOPMENT"},
    ),
    ("ListBlueprints", "list_blueprints", {}),
]


@pytest.mark.parametrize(("operation", "method", "extra"), CALLS, ids=[c[1] for c in CALLS])
def test_another_accounts_blueprint_is_denied_whether_or_not_it_exists(
    api: Api, operation: str, method: str, extra: dict[str, Any]
) -> None:
    arn = create(api)
    api.create_blueprint_version(ctx("CreateBlueprintVersion"), {"blueprintArn": arn})
    missing = blueprint_arn(REGION, ACCOUNT, "ffffffffffff")
    for target in (arn, missing):
        with pytest.raises(AccessDeniedException) as err:
            getattr(api, method)(ctx(operation, OTHER), {"blueprintArn": target, **extra})
        assert err.value.message == (
            f"User: arn:aws:iam::{OTHER}:root is not authorized to perform: "
            f"bedrock:{operation} on resource: {target}"
        )
    # Nothing was changed on the owner's side.
    owner = api.get_blueprint(ctx("GetBlueprint"), {"blueprintArn": arn})["blueprint"]
    assert (owner["schema"], owner["blueprintStage"]) == (SCHEMA, "LIVE")
    versions = api.list_blueprints(ctx("ListBlueprints"), {"blueprintArn": arn})["blueprints"]
    assert [v["blueprintVersion"] for v in versions] == ["1"]


def test_the_callers_own_account_in_the_arn_is_only_not_found(api: Api) -> None:
    arn = create(api)
    # Another account that writes its own account into the ARN asks about its own blueprint.
    own_form = arn.replace(ACCOUNT, OTHER)
    with pytest.raises(ResourceNotFoundException) as err:
        api.get_blueprint(ctx("GetBlueprint", OTHER), {"blueprintArn": own_form})
    assert err.value.message == f"Blueprint {own_form} not found."
    # An ARN that does not parse is not found either: there is no account to deny.
    with pytest.raises(ResourceNotFoundException):
        api.get_blueprint(ctx("GetBlueprint", OTHER), {"blueprintArn": "not-an-arn"})


def test_catalog_blueprints_are_everyones(api: Api) -> None:
    got = api.get_blueprint(ctx("GetBlueprint", OTHER), {"blueprintArn": INVOICE})["blueprint"]
    assert got["blueprintName"] == "Invoice"
    listed = api.list_blueprints(ctx("ListBlueprints", OTHER), {"blueprintArn": INVOICE})
    assert listed["blueprints"] == []


def test_another_accounts_project_filter_is_denied_before_the_lookup(api: Api) -> None:
    project = f"arn:aws:bedrock:{REGION}:{ACCOUNT}:data-automation-project/5b9157efa255"
    with pytest.raises(AccessDeniedException) as err:
        api.list_blueprints(
            ctx("ListBlueprints", OTHER), {"projectFilter": {"projectArn": project}}
        )
    assert err.value.message.endswith(f"bedrock:ListBlueprints on resource: {project}")
    assert api.asked == []
    # The owner's unknown project is only not found.
    with pytest.raises(ResourceNotFoundException, match=project):
        api.list_blueprints(ctx("ListBlueprints"), {"projectFilter": {"projectArn": project}})
    assert api.asked == [project]
