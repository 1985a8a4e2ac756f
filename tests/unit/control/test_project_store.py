"""The project store on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from openbda.aws.arns import new_resource_id
from openbda.domain.projects import (
    Project,
    ProjectStage,
    new_project,
    stage_config_from_request,
)
from openbda.domain.times import to_micros
from openbda.store.db import Database
from openbda.store.projects import (
    DuplicateProjectToken,
    ProjectNameTaken,
    ProjectQuotaExceeded,
    ProjectStore,
)
from openbda.store.tags import TagStore

REGION = "us-east-1"
T0 = datetime(2025, 6, 1, tzinfo=UTC)


def make(
    account: str, name: str, *, token: str | None = None, at: datetime = T0, **extra: Any
) -> Project:
    params: dict[str, Any] = {"projectName": name, "standardOutputConfiguration": {}, **extra}
    if token is not None:
        params["clientToken"] = token
    return new_project(
        project_id=new_resource_id(), account_id=account, region=REGION, params=params, now=at
    )


def test_create_and_read_back_everything(db: Database, account: str) -> None:
    store = ProjectStore(db)
    project = make(account, "claims", token="t" * 40, projectDescription="d", projectType="SYNC")
    store.create(project, {"team": "finance"})
    assert store.get(account, REGION, project.project_id) == project
    assert store.get_by_client_token(account, REGION, "t" * 40) == project
    assert TagStore(db).list(project.arn) == {"team": "finance"}
    assert store.get("999999999999", REGION, project.project_id) is None
    assert store.get(account, "eu-west-1", project.project_id) is None


def test_names_are_unique_per_account_and_region(db: Database, account: str) -> None:
    store = ProjectStore(db)
    store.create(make(account, "claims"))
    with pytest.raises(ProjectNameTaken):
        store.create(make(account, "claims"))
    other_region = new_project(
        project_id=new_resource_id(),
        account_id=account,
        region="eu-west-1",
        params={"projectName": "claims", "standardOutputConfiguration": {}},
        now=T0,
    )
    store.create(other_region)
    store.delete(account, "eu-west-1", other_region.project_id)


def test_a_reused_client_token_returns_the_first_project(db: Database, account: str) -> None:
    store = ProjectStore(db)
    first = store.create(make(account, "a", token="x" * 40))
    with pytest.raises(DuplicateProjectToken) as err:
        store.create(make(account, "b", token="x" * 40))
    assert err.value.existing == first
    # Projects without a token never collide on it.
    store.create(make(account, "c"))
    store.create(make(account, "d"))


def test_the_quota_counts_the_account_in_the_region(db: Database, account: str) -> None:
    store = ProjectStore(db, max_projects=3)
    for i, name in enumerate(("a", "b", "c")):
        store.create(make(account, name, at=T0 + timedelta(seconds=i)), {"k": "v"})
    with pytest.raises(ProjectQuotaExceeded) as err:
        store.create(make(account, "d"), {"k": "v"})
    assert err.value.limit == 3
    assert store.count(account, REGION) == 3
    # Nothing of the refused project remains.
    assert [p.name for p in store.iter_projects(account, REGION)] == ["a", "b", "c"]


def test_racing_creates_never_exceed_the_quota(db: Database, account: str) -> None:
    store = ProjectStore(db, max_projects=5)
    outcomes: list[str] = []
    lock = threading.Lock()

    def attempt(i: int) -> None:
        try:
            store.create(make(account, f"p{i}"))
            result = "ok"
        except ProjectQuotaExceeded:
            result = "quota"
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=attempt, args=(i,)) for i in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert outcomes.count("ok") == 5
    assert store.count(account, REGION) == 5


def test_update_writes_one_stage(db: Database, account: str) -> None:
    store = ProjectStore(db)
    project = store.create(make(account, "claims"))
    changed = stage_config_from_request(
        {"standardOutputConfiguration": {"document": {"generativeField": {"state": "ENABLED"}}}},
        T0 + timedelta(seconds=1),
        project.development,
    )
    assert store.update_stage(
        account, REGION, project.project_id, ProjectStage.DEVELOPMENT, changed
    )
    stored = store.get(account, REGION, project.project_id)
    assert stored is not None
    assert stored.development == changed
    assert stored.live == project.live
    assert not store.update_stage(account, REGION, "ffffffffffff", ProjectStage.LIVE, changed)


def test_delete_removes_the_project_and_its_tags(db: Database, account: str) -> None:
    store, tags = ProjectStore(db), TagStore(db)
    project = store.create(make(account, "claims"), {"a": "1", "b": "2"})
    assert store.delete(account, REGION, project.project_id)
    assert store.get(account, REGION, project.project_id) is None
    assert tags.list(project.arn) == {}
    assert not store.delete(account, REGION, project.project_id)
    # The name is free again.
    store.create(make(account, "claims"))


def test_iteration_is_in_creation_order_and_resumes_at_a_key(db: Database, account: str) -> None:
    store = ProjectStore(db)
    made = [
        store.create(make(account, f"p{i:03d}", at=T0 + timedelta(seconds=i))) for i in range(5)
    ]
    # Two projects created in the same microsecond sort by id.
    tied = [store.create(make(account, f"tie{i}", at=T0 + timedelta(seconds=10))) for i in range(2)]
    expected = made + sorted(tied, key=lambda p: p.project_id)
    assert list(store.iter_projects(account, REGION)) == expected
    start = expected[3]
    key = (to_micros(start.created_at), start.project_id)
    assert list(store.iter_projects(account, REGION, key)) == expected[3:]


def test_iteration_reads_past_one_batch(
    db: Database, account: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("openbda.store.projects._LIST_BATCH", 3)
    store = ProjectStore(db)
    made = [
        store.create(make(account, f"p{i}", at=T0 + timedelta(seconds=i // 2))) for i in range(8)
    ]
    expected = sorted(made, key=lambda p: (p.created_at, p.project_id))
    assert list(store.iter_projects(account, REGION)) == expected


def test_resolve_gives_the_effective_stage(db: Database, account: str) -> None:
    store = ProjectStore(db)
    project = store.create(
        make(
            account,
            "claims",
            overrideConfiguration={"image": {"modalityProcessing": {"state": "DISABLED"}}},
        )
    )
    live = store.resolve(account, REGION, project.arn)
    assert live is not None
    assert live.stage == ProjectStage.LIVE
    assert live.override["image"]["modalityProcessing"] == {"state": "DISABLED"}
    assert live.custom_output == {}
    dev = store.resolve(account, REGION, project.arn, "DEVELOPMENT")
    assert dev is not None and dev.stage == ProjectStage.DEVELOPMENT
    default = store.resolve(
        account, REGION, f"arn:aws:bedrock:{REGION}:aws:data-automation-project/public-default"
    )
    assert default is not None
    assert default.as_dict()["standardOutputConfiguration"]["document"]["extraction"][
        "granularity"
    ]["types"] == ["PAGE", "ELEMENT"]
    assert store.resolve("999999999999", REGION, project.arn) is None
    assert (
        store.resolve(account, REGION, project.arn.replace(project.project_id, "ffffffffffff"))
        is None
    )


def test_a_new_database_object_sees_everything(db: Database, account: str) -> None:
    project = ProjectStore(db).create(make(account, "claims"), {"k": "v"})
    again = Database(db.url)
    try:
        assert ProjectStore(again).get(account, REGION, project.project_id) == project
        assert TagStore(again).list(project.arn) == {"k": "v"}
    finally:
        again.close()


def test_project_blueprints_lists_one_stage(db: Database, account: str) -> None:
    store = ProjectStore(db)
    item = {
        "blueprintArn": f"arn:aws:bedrock:{REGION}:{account}:blueprint/a1b2c3d4e5f6",
        "blueprintStage": "DEVELOPMENT",
    }
    fallback = {
        "blueprintArn": f"arn:aws:bedrock:{REGION}:aws:blueprint/bedrock-data-automation-public-invoice"
    }
    project = store.create(
        make(
            account,
            "claims",
            customOutputConfiguration={
                "blueprints": [item],
                "document": {"fallbackBlueprints": [fallback]},
            },
        )
    )
    store.update_stage(
        account,
        REGION,
        project.project_id,
        ProjectStage.DEVELOPMENT,
        stage_config_from_request({"standardOutputConfiguration": {}}, T0, project.development),
    )
    assert store.project_blueprints(account, REGION, project.arn, "LIVE") == [item]
    assert store.project_blueprints(account, REGION, project.arn, "DEVELOPMENT") == []
    public = f"arn:aws:bedrock:{REGION}:aws:data-automation-project/public-default"
    assert store.project_blueprints(account, REGION, public, "LIVE") == []
    assert store.project_blueprints("999999999999", REGION, project.arn, "LIVE") is None
