"""BlueprintStore on SQLite and PostgreSQL: stages, versions, quotas, idempotency, isolation,
and the lookups the rest of the system uses."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from sqlalchemy import insert

from openbda.aws.arns import blueprint_arn, public_blueprint_arn
from openbda.aws.errors import (
    ConflictException,
    ResourceNotFoundException,
    ServiceQuotaExceededException,
    ValidationException,
)
from openbda.blueprints.model import BlueprintType, LeafField
from openbda.domain.blueprints import (
    MAX_BLUEPRINTS_PER_ACCOUNT,
    MAX_VERSIONS_PER_BLUEPRINT,
    BlueprintStage,
    BlueprintView,
    Encryption,
    StageConfig,
    StageFilter,
)
from openbda.store.blueprints import BlueprintStore, blueprints_table
from openbda.store.tags import TagStore
from tests.unit.blueprints.conftest import StoreFactory
from tests.unit.blueprints.schemas import leaf, text

REGION = "us-east-1"
LIVE, DEV = BlueprintStage.LIVE, BlueprintStage.DEVELOPMENT
SCHEMA_A = text({"a": leaf()})
SCHEMA_B = text({"b": leaf("number")})
SCHEMA_C = text({"c": leaf("boolean")})
INVOICE = public_blueprint_arn(REGION, "invoice")


def create(
    store: BlueprintStore,
    account: str,
    name: str = "invoices",
    *,
    stage: BlueprintStage = LIVE,
    schema: str = SCHEMA_A,
    region: str = REGION,
    **kwargs: Any,
) -> BlueprintView:
    return store.create(
        account,
        region,
        name=name,
        blueprint_type=kwargs.pop("blueprint_type", BlueprintType.DOCUMENT),
        stage=stage,
        config=StageConfig(schema=schema, encryption=kwargs.pop("encryption", None)),
        **kwargs,
    )


# ------------------------------------------------------------------ create and get


def test_create_then_get(store: BlueprintStore, account: str) -> None:
    view = create(store, account, encryption=Encryption("alias/mine", {"team": "finance"}))
    prefix = f"arn:aws:bedrock:{REGION}:{account}:blueprint/"
    assert view.arn.startswith(prefix)
    resource_id = view.arn[len(prefix) :]
    assert len(resource_id) == 12 and all(c in "0123456789abcdef" for c in resource_id)
    assert (view.name, view.type, view.stage, view.version) == (
        "invoices",
        BlueprintType.DOCUMENT,
        LIVE,
        None,
    )
    assert view.creation_time == view.last_modified_time
    fetched = store.get(account, REGION, view.arn)
    assert fetched == view
    # The schema comes back exactly as given.
    assert fetched.schema == SCHEMA_A
    assert fetched.config.encryption == Encryption("alias/mine", {"team": "finance"})


def test_schema_text_is_stored_verbatim(store: BlueprintStore, account: str) -> None:
    odd = '{ "class" : "Odd",\n  "properties": {"é": {"type": "string"}}  }\n'
    view = create(store, account, schema=odd)
    assert store.get(account, REGION, view.arn).schema == odd


def test_a_development_blueprint_is_found_without_naming_its_stage(
    store: BlueprintStore, account: str
) -> None:
    view = create(store, account, stage=DEV)
    assert store.get(account, REGION, view.arn).stage is DEV
    with pytest.raises(ResourceNotFoundException, match=view.arn):
        store.get(account, REGION, view.arn, stage=LIVE)


def test_not_found_names_the_arn(store: BlueprintStore, account: str) -> None:
    missing = blueprint_arn(REGION, account, "0123456789ab")
    for call in (
        lambda: store.get(account, REGION, missing),
        lambda: store.update(account, REGION, missing, schema=SCHEMA_A),
        lambda: store.delete(account, REGION, missing),
        lambda: store.create_version(account, REGION, missing),
        lambda: store.copy_stage(account, REGION, missing, source=LIVE, target=DEV),
        lambda: store.version_summaries(account, REGION, missing),
    ):
        with pytest.raises(ResourceNotFoundException) as info:
            call()
        assert missing in info.value.message


def test_names_are_unique_per_account_and_region(
    store: BlueprintStore, account: str, other_account: str
) -> None:
    first = create(store, account)
    with pytest.raises(ConflictException) as info:
        create(store, account)
    assert first.arn in info.value.message
    create(store, other_account)
    create(store, account, region="eu-west-1")
    create(store, account, "Invoices")  # names are case-sensitive


def test_blueprint_quota(make_store: StoreFactory, account: str) -> None:
    store = make_store(max_blueprints=2)
    first = create(store, account, "a")
    create(store, account, "b")
    with pytest.raises(ServiceQuotaExceededException, match="quota is 2"):
        create(store, account, "c")
    create(store, account, "c", region="us-west-2")  # quotas are per region
    store.delete(account, REGION, first.arn)
    create(store, account, "c")


def test_the_default_quota_is_1000(store: BlueprintStore, account: str) -> None:
    assert MAX_BLUEPRINTS_PER_ACCOUNT == 1000 and store.max_blueprints == 1000
    rows = [
        {
            "blueprint_id": f"{i:012x}",
            "account_id": account,
            "region": REGION,
            "name": f"bp-{i}",
            "type": "DOCUMENT",
            "created_at": 0,
            "next_version": 1,
        }
        for i in range(999)
    ]
    with store.db.transaction() as conn:
        conn.execute(insert(blueprints_table), rows)
    create(store, account, "the-thousandth")
    assert store.count(account, REGION) == 1000
    with pytest.raises(ServiceQuotaExceededException):
        create(store, account, "one-too-many")


def test_client_token_makes_create_idempotent(store: BlueprintStore, account: str) -> None:
    token = "t" * 40
    first = create(store, account, client_token=token, fingerprint="f1")
    again = create(store, account, client_token=token, fingerprint="f1")
    assert again.arn == first.arn
    assert store.count(account, REGION) == 1
    with pytest.raises(ValidationException, match="clientToken"):
        create(store, account, "other", client_token=token, fingerprint="f2")
    # A token is remembered only until its blueprint is deleted.
    store.delete(account, REGION, first.arn)
    third = create(store, account, client_token=token, fingerprint="f1")
    assert third.arn != first.arn


def test_tags_given_at_create_live_and_die_with_the_blueprint(
    store: BlueprintStore, account: str
) -> None:
    view = create(store, account, tags={"team": "finance", "env": "test"})
    tags = TagStore(store.db)
    assert tags.list(view.arn) == {"env": "test", "team": "finance"}
    store.delete(account, REGION, view.arn)
    assert tags.list(view.arn) == {}


# ------------------------------------------------------------------ update and stages


def test_update_writes_the_default_stage(store: BlueprintStore, account: str) -> None:
    view = create(store, account, encryption=Encryption("key-1"))
    updated = store.update(account, REGION, view.arn, schema=SCHEMA_B)
    assert updated.stage is LIVE
    assert updated.schema == SCHEMA_B
    assert updated.creation_time == view.creation_time
    assert updated.last_modified_time > view.last_modified_time
    # Encryption not named in the update is kept.
    assert updated.config.encryption == Encryption("key-1")
    assert store.get(account, REGION, view.arn) == updated


def test_update_of_a_new_stage_creates_it(store: BlueprintStore, account: str) -> None:
    view = create(store, account, encryption=Encryption("key-1"))
    dev = store.update(account, REGION, view.arn, schema=SCHEMA_B, stage=DEV)
    assert dev.stage is DEV and dev.config.encryption == Encryption("key-1")
    assert store.get(account, REGION, view.arn, stage=DEV).schema == SCHEMA_B
    assert store.get(account, REGION, view.arn).schema == SCHEMA_A  # LIVE untouched
    changed = store.update(
        account, REGION, view.arn, schema=SCHEMA_C, stage=DEV, encryption=Encryption("key-2")
    )
    assert changed.config.encryption == Encryption("key-2")
    assert store.get(account, REGION, view.arn).config.encryption == Encryption("key-1")


def test_copy_stage(store: BlueprintStore, account: str) -> None:
    view = create(store, account, stage=DEV, schema=SCHEMA_A)
    with pytest.raises(ResourceNotFoundException, match="no LIVE stage"):
        store.copy_stage(account, REGION, view.arn, source=LIVE, target=DEV)
    store.copy_stage(account, REGION, view.arn, source=DEV, target=LIVE)
    assert store.get(account, REGION, view.arn, stage=LIVE).schema == SCHEMA_A
    store.update(account, REGION, view.arn, schema=SCHEMA_B, stage=DEV)
    assert store.get(account, REGION, view.arn).schema == SCHEMA_A  # LIVE is its own copy
    store.copy_stage(account, REGION, view.arn, source=DEV, target=LIVE)
    assert store.get(account, REGION, view.arn).schema == SCHEMA_B
    with pytest.raises(ValidationException, match="must be different"):
        store.copy_stage(account, REGION, view.arn, source=LIVE, target=LIVE)


def test_copy_stage_with_a_client_token_copies_once(store: BlueprintStore, account: str) -> None:
    view = create(store, account, stage=DEV, schema=SCHEMA_A)
    token = "c" * 40
    store.copy_stage(
        account, REGION, view.arn, source=DEV, target=LIVE, client_token=token, fingerprint="x"
    )
    store.update(account, REGION, view.arn, schema=SCHEMA_B, stage=DEV)
    store.copy_stage(
        account, REGION, view.arn, source=DEV, target=LIVE, client_token=token, fingerprint="x"
    )
    assert store.get(account, REGION, view.arn, stage=LIVE).schema == SCHEMA_A
    with pytest.raises(ValidationException, match="clientToken"):
        store.copy_stage(
            account, REGION, view.arn, source=DEV, target=LIVE, client_token=token, fingerprint="y"
        )


# ------------------------------------------------------------------ versions


def test_versions_are_numbered_immutable_snapshots(store: BlueprintStore, account: str) -> None:
    view = create(store, account, schema=SCHEMA_A)
    v1 = store.create_version(account, REGION, view.arn)
    assert (v1.version, v1.stage, v1.schema) == ("1", LIVE, SCHEMA_A)
    store.update(account, REGION, view.arn, schema=SCHEMA_B)
    v2 = store.create_version(account, REGION, view.arn)
    assert (v2.version, v2.schema) == ("2", SCHEMA_B)
    store.update(account, REGION, view.arn, schema=SCHEMA_C)
    assert store.get(account, REGION, view.arn, version="1").schema == SCHEMA_A
    assert store.get(account, REGION, view.arn, version="2").schema == SCHEMA_B
    assert store.get(account, REGION, view.arn, version="1") == v1
    # Numbers are never reused, even after a delete.
    store.delete(account, REGION, view.arn, version="2")
    with pytest.raises(ResourceNotFoundException, match="Version 2"):
        store.get(account, REGION, view.arn, version="2")
    assert store.create_version(account, REGION, view.arn).version == "3"
    listed = store.version_summaries(account, REGION, view.arn)
    assert [(s.version, s.stage) for s in listed] == [("1", LIVE), ("3", LIVE)]
    assert store.get(account, REGION, view.arn).schema == SCHEMA_C  # the blueprint remains


def test_a_version_of_a_development_blueprint(store: BlueprintStore, account: str) -> None:
    view = create(store, account, stage=DEV)
    assert store.create_version(account, REGION, view.arn).stage is DEV


def test_deleting_a_missing_version(store: BlueprintStore, account: str) -> None:
    view = create(store, account)
    for version in ("1", "0", "007"):
        with pytest.raises(ResourceNotFoundException, match=f"Version {version} of blueprint"):
            store.delete(account, REGION, view.arn, version=version)


def test_version_quota(make_store: StoreFactory, account: str) -> None:
    assert MAX_VERSIONS_PER_BLUEPRINT == 100
    store = make_store(max_versions=2)
    view = create(store, account)
    store.create_version(account, REGION, view.arn)
    store.create_version(account, REGION, view.arn)
    with pytest.raises(ServiceQuotaExceededException, match="quota is 2"):
        store.create_version(account, REGION, view.arn)
    store.delete(account, REGION, view.arn, version="1")
    assert store.create_version(account, REGION, view.arn).version == "3"


def test_client_token_makes_create_version_idempotent(store: BlueprintStore, account: str) -> None:
    view = create(store, account)
    token = "v" * 40
    first = store.create_version(account, REGION, view.arn, client_token=token, fingerprint="f")
    again = store.create_version(account, REGION, view.arn, client_token=token, fingerprint="f")
    assert again == first
    assert len(store.version_summaries(account, REGION, view.arn)) == 1
    other = create(store, account, "other")
    with pytest.raises(ValidationException, match="clientToken"):
        store.create_version(account, REGION, other.arn, client_token=token, fingerprint="f")
    # Once its version is deleted, the token makes a new one.
    store.delete(account, REGION, view.arn, version="1")
    third = store.create_version(account, REGION, view.arn, client_token=token, fingerprint="f")
    assert third.version == "2"


def test_concurrent_versions_get_distinct_numbers(store: BlueprintStore, account: str) -> None:
    view = create(store, account)
    numbers: list[str] = []
    errors: list[BaseException] = []

    def cut() -> None:
        try:
            numbers.append(store.create_version(account, REGION, view.arn).version or "")
        except BaseException as exc:  # collected and re-raised by the test
            errors.append(exc)

    threads = [threading.Thread(target=cut) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert sorted(numbers, key=int) == [str(n) for n in range(1, 9)]


def test_concurrent_creates_of_one_name_make_one_blueprint(
    store: BlueprintStore, account: str
) -> None:
    outcomes: list[str] = []

    def attempt() -> None:
        try:
            create(store, account, "same-name")
            outcomes.append("created")
        except ConflictException:
            outcomes.append("conflict")

    threads = [threading.Thread(target=attempt) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["conflict"] * 5 + ["created"]


# ------------------------------------------------------------------ delete


def test_delete_removes_stages_and_versions(store: BlueprintStore, account: str) -> None:
    view = create(store, account)
    store.update(account, REGION, view.arn, schema=SCHEMA_B, stage=DEV)
    store.create_version(account, REGION, view.arn)
    store.delete(account, REGION, view.arn)
    assert not store.exists(account, REGION, view.arn)
    assert not store.exists(account, REGION, view.arn, stage=DEV)
    assert not store.exists(account, REGION, view.arn, version="1")
    assert store.summaries(account, REGION, StageFilter.ALL) == []
    with pytest.raises(ResourceNotFoundException):
        store.delete(account, REGION, view.arn)
    create(store, account)  # the name is free again


# ------------------------------------------------------------------ isolation


def test_another_accounts_blueprint_is_never_visible(
    store: BlueprintStore, account: str, other_account: str
) -> None:
    view = create(store, account)
    store.create_version(account, REGION, view.arn)
    # The other account asks with the real ARN, and with its own account in it.
    own_form = view.arn.replace(account, other_account)
    for arn in (view.arn, own_form):
        assert not store.exists(other_account, REGION, arn)
        assert store.resolve(other_account, REGION, arn) is None
        for call in (
            lambda a=arn: store.get(other_account, REGION, a),
            lambda a=arn: store.get(other_account, REGION, a, version="1"),
            lambda a=arn: store.update(other_account, REGION, a, schema=SCHEMA_B),
            lambda a=arn: store.delete(other_account, REGION, a),
            lambda a=arn: store.create_version(other_account, REGION, a),
            lambda a=arn: store.copy_stage(other_account, REGION, a, source=LIVE, target=DEV),
            lambda a=arn: store.version_summaries(other_account, REGION, a),
        ):
            with pytest.raises(ResourceNotFoundException) as info:
                call()
            assert info.value.message == f"Blueprint {arn} not found."
    assert store.summaries(other_account, REGION, StageFilter.ALL) == []
    assert store.get(account, REGION, view.arn).schema == SCHEMA_A


def test_an_arn_of_another_region_or_partition_is_not_found(
    store: BlueprintStore, account: str
) -> None:
    view = create(store, account)
    for arn in (
        view.arn.replace(REGION, "eu-west-1"),
        view.arn.replace("arn:aws:", "arn:aws-cn:"),
        view.arn.replace("blueprint/", "data-automation-project/"),
        "not an arn",
    ):
        assert not store.exists(account, REGION, arn)
    assert not store.exists(account, "eu-west-1", view.arn)


# ------------------------------------------------------------------ listings


def test_summaries_filter_by_stage_oldest_first(store: BlueprintStore, account: str) -> None:
    a = create(store, account, "a")
    b = create(store, account, "b", stage=DEV)
    c = create(store, account, "c")
    store.update(account, REGION, c.arn, schema=SCHEMA_B, stage=DEV)
    live = store.summaries(account, REGION)
    assert [(s.name, s.stage) for s in live] == [("a", LIVE), ("c", LIVE)]
    dev = store.summaries(account, REGION, StageFilter.DEVELOPMENT)
    assert [(s.name, s.stage) for s in dev] == [("b", DEV), ("c", DEV)]
    every = store.summaries(account, REGION, StageFilter.ALL)
    assert [(s.arn, s.stage) for s in every] == [
        (a.arn, LIVE),
        (b.arn, DEV),
        (c.arn, DEV),
        (c.arn, LIVE),
    ]
    assert all(s.version is None for s in every)
    # A stage's last modification shows in its summary.
    c_dev = next(s for s in every if s.arn == c.arn and s.stage is DEV)
    assert c_dev.last_modified_time > c_dev.creation_time


# ------------------------------------------------------------------ lookups


def test_exists_and_resolve(store: BlueprintStore, account: str) -> None:
    schema = text(
        {"total": leaf("number"), "items": {"type": "array", "items": {"type": "string"}}}
    )
    view = create(store, account, schema=schema, blueprint_type=BlueprintType.IMAGE)
    store.create_version(account, REGION, view.arn)
    assert store.exists(account, REGION, view.arn)
    assert store.exists(account, REGION, view.arn, stage="LIVE")
    assert not store.exists(account, REGION, view.arn, stage="DEVELOPMENT")
    assert store.exists(account, REGION, view.arn, version="1")
    assert not store.exists(account, REGION, view.arn, version="2")

    resolved = store.resolve(account, REGION, view.arn)
    assert resolved is not None
    assert (resolved.arn, resolved.name, resolved.type) == (
        view.arn,
        "invoices",
        BlueprintType.IMAGE,
    )
    assert (resolved.stage, resolved.version, resolved.aws_owned) == (LIVE, None, False)
    assert resolved.schema_text == schema
    assert [f.key for f in resolved.schema.leaves()] == ["total", "items"]
    assert resolved.schema.blueprint_type is BlueprintType.IMAGE

    store.update(account, REGION, view.arn, schema=SCHEMA_B)
    pinned = store.resolve(account, REGION, view.arn, version="1")
    assert pinned is not None and pinned.version == "1" and pinned.schema_text == schema
    assert store.resolve(account, REGION, view.arn, version="9") is None


def test_catalog_blueprints_are_visible_to_everyone_and_read_only(
    store: BlueprintStore, account: str
) -> None:
    for region in (REGION, "eu-central-1", "ap-southeast-2"):
        arn = public_blueprint_arn(region, "us-driver-license")
        view = store.get(account, region, arn)
        assert (view.name, view.stage, view.type, view.aws_owned) == (
            "US-Driver-License",
            LIVE,
            BlueprintType.DOCUMENT,
            True,
        )
        assert store.exists(account, region, arn, stage="LIVE")
    assert not store.exists(account, REGION, INVOICE, stage="DEVELOPMENT")
    assert not store.exists(account, REGION, INVOICE, version="1")
    assert not store.exists(account, "eu-west-1", INVOICE)  # an ARN names one region
    assert not store.exists(account, REGION, public_blueprint_arn(REGION, "no-such-form"))
    assert store.version_summaries(account, REGION, INVOICE) == []

    resolved = store.resolve(account, REGION, INVOICE)
    assert resolved is not None and resolved.aws_owned and resolved.name == "Invoice"
    total = resolved.schema.find("TOTAL")
    assert isinstance(total, LeafField)

    for call in (
        lambda: store.update(account, REGION, INVOICE, schema=SCHEMA_A),
        lambda: store.delete(account, REGION, INVOICE),
        lambda: store.delete(account, REGION, INVOICE, version="1"),
        lambda: store.create_version(account, REGION, INVOICE),
        lambda: store.copy_stage(account, REGION, INVOICE, source=LIVE, target=DEV),
        lambda: store.writable_type(account, REGION, INVOICE),
    ):
        with pytest.raises(ValidationException, match="managed by AWS and cannot be modified"):
            call()


def test_writable_type(store: BlueprintStore, account: str, other_account: str) -> None:
    view = create(store, account, blueprint_type=BlueprintType.AUDIO)
    assert store.writable_type(account, REGION, view.arn) is BlueprintType.AUDIO
    with pytest.raises(ResourceNotFoundException):
        store.writable_type(other_account, REGION, view.arn)
