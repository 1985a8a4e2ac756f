"""The blueprint operations of the control plane of a live ``openbda serve``, driven over HTTP
with unmodified boto3 and the ``aws`` CLI. Projects that a ``projectFilter`` names are real
projects created through the same server."""

from __future__ import annotations

import json
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import botocore.exceptions
import pytest

from openbda.aws.arns import public_blueprint_arn
from openbda.blueprints import catalog
from openbda.domain.blueprints import MAX_BLUEPRINTS_PER_ACCOUNT, MAX_VERSIONS_PER_BLUEPRINT
from openbda.launcher import ACCOUNT, REGION, ServerProcess
from tests.e2e.conftest import OTHER_ACCOUNT, OTHER_KEY, OTHER_SECRET, aws_cli

pytestmark = pytest.mark.e2e

INVOICE = public_blueprint_arn(REGION, "invoice")


def schema(fields: dict[str, Any] | None = None, **root: Any) -> str:
    doc = {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "class": "Purchase Order",
        "description": "A purchase order sent by a buyer to a supplier",
        "type": "object",
        "properties": fields
        or {
            "po_number": {
                "type": "string",
                "inferenceType": "explicit",
                "instruction": "The purchase order number",
            },
            "total": {"type": "number", "inferenceType": "explicit", "instruction": "The total"},
        },
        **root,
    }
    return json.dumps(doc)


SCHEMA_1 = schema()
SCHEMA_2 = schema({"buyer": {"type": "string", "instruction": "The buyer's name"}})


def control(server: ServerProcess, key: str = "test", secret: str = "test") -> Any:
    """A bedrock-data-automation client of ``server`` (the default account unless told)."""
    return server.client("bedrock-data-automation", key=key, secret=secret)


@pytest.fixture
def client(server: ServerProcess) -> Any:
    return control(server)


def cli_json(server: ServerProcess, *args: str) -> Any:
    """``aws bedrock-data-automation <args>``, which must succeed, and its JSON answer."""
    done = aws_cli(server, *args)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout) if done.stdout.strip() else {}


def unique(prefix: str = "bp") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def create(client: Any, name: str | None = None, **extra: Any) -> dict[str, Any]:
    params = {"blueprintName": name or unique(), "type": "DOCUMENT", "schema": SCHEMA_1, **extra}
    blueprint: dict[str, Any] = client.create_blueprint(**params)["blueprint"]
    return blueprint


def failure(call: Any, **params: Any) -> tuple[str, int, str]:
    with pytest.raises(botocore.exceptions.ClientError) as info:
        call(**params)
    response: Any = info.value.response
    return (
        response["Error"]["Code"],
        response["ResponseMetadata"]["HTTPStatusCode"],
        response["Error"]["Message"],
    )


# ------------------------------------------------------------------ lifecycle


def test_full_lifecycle(client: Any) -> None:
    name = unique("purchase-orders")
    created = client.create_blueprint(blueprintName=name, type="DOCUMENT", schema=SCHEMA_1)
    assert created["ResponseMetadata"]["HTTPStatusCode"] == 201
    blueprint = created["blueprint"]
    assert set(blueprint) == {
        "blueprintArn",
        "schema",
        "type",
        "creationTime",
        "lastModifiedTime",
        "blueprintName",
        "blueprintStage",
    }
    arn = blueprint["blueprintArn"]
    assert arn.startswith(f"arn:aws:bedrock:{REGION}:{ACCOUNT}:blueprint/")
    assert len(arn.rsplit("/", 1)[1]) == 12
    assert (blueprint["schema"], blueprint["type"], blueprint["blueprintName"]) == (
        SCHEMA_1,
        "DOCUMENT",
        name,
    )
    assert blueprint["blueprintStage"] == "LIVE"

    got = client.get_blueprint(blueprintArn=arn)["blueprint"]
    assert got == blueprint

    updated = client.update_blueprint(blueprintArn=arn, schema=SCHEMA_2)
    assert updated["ResponseMetadata"]["HTTPStatusCode"] == 200
    assert updated["blueprint"]["schema"] == SCHEMA_2
    assert updated["blueprint"]["creationTime"] == blueprint["creationTime"]
    assert updated["blueprint"]["lastModifiedTime"] >= blueprint["lastModifiedTime"]

    listed = client.list_blueprints()["blueprints"]
    assert any(b["blueprintArn"] == arn and b["blueprintName"] == name for b in listed)

    assert client.delete_blueprint(blueprintArn=arn)["ResponseMetadata"]["HTTPStatusCode"] == 200
    code, status, message = failure(client.get_blueprint, blueprintArn=arn)
    assert (code, status) == ("ResourceNotFoundException", 404)
    assert arn in message
    assert not any(b["blueprintArn"] == arn for b in client.list_blueprints()["blueprints"])


def test_encryption_configuration_round_trips(client: Any) -> None:
    blueprint = create(
        client,
        encryptionConfiguration={
            "kmsKeyId": "arn:aws:kms:us-east-1:000000000000:key/abc",
            "kmsEncryptionContext": {"purpose": "tests"},
        },
    )
    got = client.get_blueprint(blueprintArn=blueprint["blueprintArn"])["blueprint"]
    assert got["kmsKeyId"] == "arn:aws:kms:us-east-1:000000000000:key/abc"
    assert got["kmsEncryptionContext"] == {"purpose": "tests"}


def test_tags_given_at_create_are_kept(client: Any) -> None:
    blueprint = create(client, tags=[{"key": "team", "value": "finance"}])
    tags = client.list_tags_for_resource(resourceARN=blueprint["blueprintArn"])["tags"]
    assert tags == [{"key": "team", "value": "finance"}]
    code, status, message = failure(
        client.create_blueprint,
        blueprintName=unique(),
        type="DOCUMENT",
        schema=SCHEMA_1,
        tags=[{"key": "aws:reserved", "value": "x"}],
    )
    assert (code, status) == ("ValidationException", 400)
    assert "tags.1.member.key" in message


# ------------------------------------------------------------------ stages


def test_stages_and_copy_blueprint_stage(client: Any) -> None:
    blueprint = create(client, blueprintStage="DEVELOPMENT")
    arn = blueprint["blueprintArn"]
    assert blueprint["blueprintStage"] == "DEVELOPMENT"
    # Not final yet: not among the LIVE blueprints listed by default.
    assert arn not in {b["blueprintArn"] for b in client.list_blueprints()["blueprints"]}
    dev = client.list_blueprints(blueprintStageFilter="DEVELOPMENT")["blueprints"]
    assert {"blueprintArn": arn, "blueprintStage": "DEVELOPMENT"}.items() <= next(
        b for b in dev if b["blueprintArn"] == arn
    ).items()
    assert client.get_blueprint(blueprintArn=arn)["blueprint"]["blueprintStage"] == "DEVELOPMENT"
    code, status, _ = failure(client.get_blueprint, blueprintArn=arn, blueprintStage="LIVE")
    assert (code, status) == ("ResourceNotFoundException", 404)

    copied = client.copy_blueprint_stage(
        blueprintArn=arn, sourceStage="DEVELOPMENT", targetStage="LIVE"
    )
    assert copied["ResponseMetadata"]["HTTPStatusCode"] == 200
    assert set(copied) == {"ResponseMetadata"}
    live = client.get_blueprint(blueprintArn=arn, blueprintStage="LIVE")["blueprint"]
    assert (live["blueprintStage"], live["schema"]) == ("LIVE", SCHEMA_1)
    assert arn in {b["blueprintArn"] for b in client.list_blueprints()["blueprints"]}

    client.update_blueprint(blueprintArn=arn, schema=SCHEMA_2, blueprintStage="DEVELOPMENT")
    assert client.get_blueprint(blueprintArn=arn)["blueprint"]["schema"] == SCHEMA_1
    client.copy_blueprint_stage(blueprintArn=arn, sourceStage="DEVELOPMENT", targetStage="LIVE")
    assert client.get_blueprint(blueprintArn=arn)["blueprint"]["schema"] == SCHEMA_2

    every = client.list_blueprints(blueprintStageFilter="ALL")["blueprints"]
    assert sorted(b["blueprintStage"] for b in every if b["blueprintArn"] == arn) == [
        "DEVELOPMENT",
        "LIVE",
    ]
    code, status, _ = failure(
        client.copy_blueprint_stage, blueprintArn=arn, sourceStage="LIVE", targetStage="LIVE"
    )
    assert (code, status) == ("ValidationException", 400)


def test_copy_from_a_missing_stage(client: Any) -> None:
    arn = create(client)["blueprintArn"]
    code, status, message = failure(
        client.copy_blueprint_stage, blueprintArn=arn, sourceStage="DEVELOPMENT", targetStage="LIVE"
    )
    assert (code, status) == ("ResourceNotFoundException", 404)
    assert arn in message


# ------------------------------------------------------------------ versions


def test_versions(client: Any) -> None:
    arn = create(client)["blueprintArn"]
    first = client.create_blueprint_version(blueprintArn=arn)
    assert first["ResponseMetadata"]["HTTPStatusCode"] == 201
    assert (first["blueprint"]["blueprintVersion"], first["blueprint"]["schema"]) == ("1", SCHEMA_1)
    client.update_blueprint(blueprintArn=arn, schema=SCHEMA_2)
    second = client.create_blueprint_version(blueprintArn=arn)["blueprint"]
    assert second["blueprintVersion"] == "2"

    pinned = client.get_blueprint(blueprintArn=arn, blueprintVersion="1")["blueprint"]
    assert (pinned["blueprintVersion"], pinned["schema"]) == ("1", SCHEMA_1)
    versions = client.list_blueprints(blueprintArn=arn)["blueprints"]
    assert [v["blueprintVersion"] for v in versions] == ["1", "2"]

    client.delete_blueprint(blueprintArn=arn, blueprintVersion="1")
    code, status, message = failure(client.get_blueprint, blueprintArn=arn, blueprintVersion="1")
    assert (code, status) == ("ResourceNotFoundException", 404)
    assert arn in message
    assert client.create_blueprint_version(blueprintArn=arn)["blueprint"]["blueprintVersion"] == "3"
    code, _, _ = failure(client.delete_blueprint, blueprintArn=arn, blueprintVersion="1")
    assert code == "ResourceNotFoundException"
    # The blueprint itself is still there.
    assert client.get_blueprint(blueprintArn=arn)["blueprint"]["schema"] == SCHEMA_2


# ------------------------------------------------------------------ listing


def test_pagination_across_pages(isolated_server: ServerProcess) -> None:
    # The shared server's accounts hold other tests' blueprints; a server of its own does not.
    client = control(isolated_server)
    names = [create(client, f"page-{i:02d}")["blueprintName"] for i in range(7)]
    pages = list(client.get_paginator("list_blueprints").paginate(PaginationConfig={"PageSize": 3}))
    assert [len(p["blueprints"]) for p in pages] == [3, 3, 1]
    assert [b["blueprintName"] for p in pages for b in p["blueprints"]] == names
    token = pages[0]["nextToken"]
    assert "page-" not in token  # opaque
    again = client.list_blueprints(maxResults=3, nextToken=token)["blueprints"]
    assert [b["blueprintName"] for b in again] == names[3:6]
    code, status, _ = failure(client.list_blueprints, nextToken="garbage")
    assert (code, status) == ("ValidationException", 400)
    # The CLI pages on its own and joins the pages.
    listed = cli_json(isolated_server, "list-blueprints", "--page-size", "2")
    assert [b["blueprintName"] for b in listed["blueprints"]] == names
    one_page = cli_json(isolated_server, "list-blueprints", "--max-items", "4")
    assert len(one_page["blueprints"]) == 4 and "NextToken" in one_page


def test_the_catalog_is_listed_for_service(client: Any) -> None:
    listed = client.list_blueprints(resourceOwner="SERVICE")["blueprints"]
    suffixes = [b["blueprintArn"].rsplit("bedrock-data-automation-public-", 1)[1] for b in listed]
    assert suffixes == sorted(entry.suffix for entry in catalog.catalog())
    assert all(
        b["blueprintArn"].startswith(f"arn:aws:bedrock:{REGION}:aws:blueprint/") for b in listed
    )
    names = {b["blueprintName"] for b in listed}
    assert {"Payslip", "US-Bank-Check", "US-Driver-License", "Bank-Statement", "W2-Form"} <= names
    invoice = client.get_blueprint(blueprintArn=INVOICE)["blueprint"]
    assert (invoice["blueprintName"], invoice["type"], invoice["blueprintStage"]) == (
        "Invoice",
        "DOCUMENT",
        "LIVE",
    )
    assert json.loads(invoice["schema"])["class"] == "Invoice"


def test_catalog_blueprints_are_read_only(client: Any) -> None:
    for call, params in (
        (client.update_blueprint, {"blueprintArn": INVOICE, "schema": SCHEMA_1}),
        (client.delete_blueprint, {"blueprintArn": INVOICE}),
        (client.create_blueprint_version, {"blueprintArn": INVOICE}),
        (
            client.copy_blueprint_stage,
            {"blueprintArn": INVOICE, "sourceStage": "LIVE", "targetStage": "DEVELOPMENT"},
        ),
    ):
        code, status, message = failure(call, **params)
        assert (code, status) == ("ValidationException", 400)
        assert f"Blueprint {INVOICE} is managed by AWS" in message
    assert client.get_blueprint(blueprintArn=INVOICE)["blueprint"]["blueprintName"] == "Invoice"


def test_project_filter(client: Any) -> None:
    arn = create(client)["blueprintArn"]
    project = client.create_data_automation_project(
        projectName=unique("project"),
        standardOutputConfiguration={},
        customOutputConfiguration={
            "blueprints": [
                {"blueprintArn": arn, "blueprintStage": "LIVE"},
                {"blueprintArn": INVOICE},
            ]
        },
    )["projectArn"]
    listed = client.list_blueprints(projectFilter={"projectArn": project})["blueprints"]
    assert [(b["blueprintArn"], b["blueprintStage"]) for b in listed] == [
        (arn, "LIVE"),
        (INVOICE, "LIVE"),
    ]
    assert [b["blueprintName"] for b in listed] == [
        client.get_blueprint(blueprintArn=arn)["blueprint"]["blueprintName"],
        "Invoice",
    ]
    missing = project[:-12] + "0123456789ab"
    code, status, message = failure(client.list_blueprints, projectFilter={"projectArn": missing})
    assert (code, status) == ("ResourceNotFoundException", 404)
    assert missing in message


# ------------------------------------------------------------------ validation


SCHEMA_ERRORS = [
    (schema({"a": {"type": "date"}}), "properties.a.type"),
    (
        schema(
            {"medical_procedures": {"type": "array", "items": {"$ref": "#/definitions/Procedure"}}}
        ),
        "properties.medical_procedures.items.$ref",
    ),
    (schema({"a/b": {"type": "string"}}), "properties.a/b"),
    (schema({f"f{i}": {"type": "string"} for i in range(101)}), "properties"),
    (schema({"a": {"type": "string", "instructions": "typo"}}), "properties.a.instructions"),
    (schema({"a": {"type": "string", "inferenceType": "guess"}}), "properties.a.inferenceType"),
    ('{"class": "x", "properties": {', ""),
]


@pytest.mark.parametrize(
    ("text", "location"), SCHEMA_ERRORS, ids=[e[1] or "json" for e in SCHEMA_ERRORS]
)
def test_schema_errors_name_the_offending_path(client: Any, text: str, location: str) -> None:
    code, status, message = failure(
        client.create_blueprint, blueprintName=unique(), type="DOCUMENT", schema=text
    )
    assert (code, status) == ("ValidationException", 400)
    assert message.startswith("Invalid blueprint schema")
    if location:
        assert f"at '{location}'" in message


def test_update_validates_the_schema_for_the_blueprints_type(client: Any) -> None:
    arn = create(client, type="IMAGE")["blueprintArn"]
    long = schema({"a": {"type": "string", "instruction": "i" * 501}})
    code, status, message = failure(client.update_blueprint, blueprintArn=arn, schema=long)
    assert (code, status) == ("ValidationException", 400)
    assert (
        "'properties.a.instruction'" in message and "IMAGE blueprints allow at most 500" in message
    )
    # The same instruction is fine for a document blueprint.
    create(client, schema=long)
    assert client.get_blueprint(blueprintArn=arn)["blueprint"]["schema"] == SCHEMA_1


def test_the_model_is_enforced_before_the_handler(server: ServerProcess) -> None:
    client = control(server)
    unchecked = server.client("bedrock-data-automation", validate=False)
    code, status, message = failure(
        unchecked.create_blueprint,
        blueprintName="no spaces allowed",
        type="DOCUMENT",
        schema=SCHEMA_1,
    )
    assert (code, status) == ("ValidationException", 400)
    assert "blueprintName" in message
    code, _, _ = failure(
        unchecked.create_blueprint, blueprintName=unique(), type="PDF", schema=SCHEMA_1
    )
    assert code == "ValidationException"
    assert client.list_blueprints(maxResults=1000)["ResponseMetadata"]["HTTPStatusCode"] == 200


# ------------------------------------------------------------------ conflicts, quotas, tokens


def test_name_conflict(client: Any) -> None:
    name = unique()
    first = create(client, name)
    code, status, message = failure(
        client.create_blueprint, blueprintName=name, type="DOCUMENT", schema=SCHEMA_1
    )
    assert (code, status) == ("ConflictException", 409)
    assert first["blueprintArn"] in message


def test_quotas(isolated_server: ServerProcess) -> None:
    # The server's own quotas, filled through the API; a few clients at once keep it quick.
    clients = [control(isolated_server) for _ in range(4)]
    client = clients[0]
    arn = create(client)["blueprintArn"]
    with ThreadPoolExecutor(len(clients)) as pool:
        filled = list(
            pool.map(
                lambda i: create(clients[i % len(clients)], f"fill-{i:04d}")["blueprintArn"],
                range(MAX_BLUEPRINTS_PER_ACCOUNT - 1),
            )
        )
    assert len(set(filled)) == MAX_BLUEPRINTS_PER_ACCOUNT - 1
    code, status, message = failure(
        client.create_blueprint, blueprintName=unique(), type="DOCUMENT", schema=SCHEMA_1
    )
    assert (code, status) == ("ServiceQuotaExceededException", 402)
    assert f"quota is {MAX_BLUEPRINTS_PER_ACCOUNT}" in message
    for _ in range(MAX_VERSIONS_PER_BLUEPRINT):
        client.create_blueprint_version(blueprintArn=arn)
    code, status, message = failure(client.create_blueprint_version, blueprintArn=arn)
    assert (code, status) == ("ServiceQuotaExceededException", 402)
    assert f"quota is {MAX_VERSIONS_PER_BLUEPRINT} versions" in message
    # Quotas are per account: the other account starts from zero.
    create(control(isolated_server, OTHER_KEY, OTHER_SECRET))
    # Deleting a blueprint frees a slot.
    client.delete_blueprint(blueprintArn=filled[0])
    create(client)


def test_idempotent_create(client: Any) -> None:
    token = str(uuid.uuid4())
    name = unique()
    first = create(client, name, clientToken=token)
    again = create(client, name, clientToken=token)
    assert again == first
    code, status, message = failure(
        client.create_blueprint,
        blueprintName=unique(),
        type="DOCUMENT",
        schema=SCHEMA_1,
        clientToken=token,
    )
    assert (code, status) == ("ValidationException", 400)
    assert "clientToken" in message
    # boto3 fills a fresh token in every call: two plain creates are two blueprints.
    assert create(client)["blueprintArn"] != create(client)["blueprintArn"]


def test_idempotent_version(client: Any) -> None:
    arn = create(client)["blueprintArn"]
    token = str(uuid.uuid4())
    first = client.create_blueprint_version(blueprintArn=arn, clientToken=token)["blueprint"]
    again = client.create_blueprint_version(blueprintArn=arn, clientToken=token)["blueprint"]
    assert first == again
    assert [
        v["blueprintVersion"] for v in client.list_blueprints(blueprintArn=arn)["blueprints"]
    ] == ["1"]


# ------------------------------------------------------------------ accounts


def test_another_accounts_blueprint_is_denied(client: Any, server: ServerProcess) -> None:
    arn = create(client)["blueprintArn"]
    client.create_blueprint_version(blueprintArn=arn)
    project = client.create_data_automation_project(
        projectName=unique("project"), standardOutputConfiguration={}
    )["projectArn"]
    other = control(server, OTHER_KEY, OTHER_SECRET)
    # Decided from the ARN alone, as for projects: the same answer whether or not the
    # blueprint exists, so nothing is learnt about another account's blueprints.
    missing = arn[:-12] + "ffffffffffff"
    for target in (arn, missing):
        for operation, call, params in (
            ("GetBlueprint", other.get_blueprint, {}),
            ("GetBlueprint", other.get_blueprint, {"blueprintVersion": "1"}),
            ("UpdateBlueprint", other.update_blueprint, {"schema": SCHEMA_2}),
            ("DeleteBlueprint", other.delete_blueprint, {}),
            ("DeleteBlueprint", other.delete_blueprint, {"blueprintVersion": "1"}),
            ("CreateBlueprintVersion", other.create_blueprint_version, {}),
            (
                "CopyBlueprintStage",
                other.copy_blueprint_stage,
                {"sourceStage": "LIVE", "targetStage": "DEVELOPMENT"},
            ),
            ("ListBlueprints", other.list_blueprints, {}),
        ):
            code, status, message = failure(call, blueprintArn=target, **params)
            assert (code, status) == ("AccessDeniedException", 403)
            assert message == (
                f"User: arn:aws:iam::{OTHER_ACCOUNT}:root is not authorized to perform: "
                f"bedrock:{operation} on resource: {target}"
            )
    # Nor may it list the blueprints of the owner's project.
    code, status, message = failure(other.list_blueprints, projectFilter={"projectArn": project})
    assert (code, status) == ("AccessDeniedException", 403)
    assert message.endswith(f"bedrock:ListBlueprints on resource: {project}")
    # An ARN with its own account in it is about its own blueprints: there is none.
    own_form = arn.replace(f":{ACCOUNT}:", f":{OTHER_ACCOUNT}:")
    code, status, message = failure(other.get_blueprint, blueprintArn=own_form)
    assert (code, status, message) == (
        "ResourceNotFoundException",
        404,
        f"Blueprint {own_form} not found.",
    )
    assert arn not in {b["blueprintArn"] for b in other.list_blueprints()["blueprints"]}
    # Nothing changed for the owner.
    assert client.get_blueprint(blueprintArn=arn)["blueprint"]["schema"] == SCHEMA_1
    assert client.get_blueprint(blueprintArn=arn)["blueprint"]["blueprintStage"] == "LIVE"
    versions = client.list_blueprints(blueprintArn=arn)["blueprints"]
    assert [v["blueprintVersion"] for v in versions] == ["1"]
    # The catalog is everyone's.
    assert other.get_blueprint(blueprintArn=INVOICE)["blueprint"]["blueprintName"] == "Invoice"


def test_the_cli_reports_access_denied(server: ServerProcess) -> None:
    arn = create(control(server))["blueprintArn"]
    denied = aws_cli(
        server, "get-blueprint", "--blueprint-arn", arn, key=OTHER_KEY, secret=OTHER_SECRET
    )
    assert denied.returncode != 0
    assert "AccessDeniedException" in denied.stderr and arn in denied.stderr


# ------------------------------------------------------------------ the aws CLI


def test_cli_lifecycle(server: ServerProcess) -> None:
    name = unique("cli")
    created = cli_json(
        server,
        "create-blueprint",
        "--blueprint-name", name,
        "--type", "DOCUMENT",
        "--blueprint-stage", "DEVELOPMENT",
        "--schema", SCHEMA_1,
    )  # fmt: skip
    blueprint = created["blueprint"]
    arn = blueprint["blueprintArn"]
    assert (blueprint["blueprintName"], blueprint["blueprintStage"]) == (name, "DEVELOPMENT")
    assert blueprint["schema"] == SCHEMA_1

    got = cli_json(
        server, "get-blueprint", "--blueprint-arn", arn, "--blueprint-stage", "DEVELOPMENT"
    )
    assert got["blueprint"]["blueprintArn"] == arn

    updated = cli_json(
        server,
        "update-blueprint", "--blueprint-arn", arn, "--schema", SCHEMA_2,
        "--blueprint-stage", "DEVELOPMENT",
    )  # fmt: skip
    assert updated["blueprint"]["schema"] == SCHEMA_2

    cli_json(
        server,
        "copy-blueprint-stage", "--blueprint-arn", arn,
        "--source-stage", "DEVELOPMENT", "--target-stage", "LIVE",
    )  # fmt: skip
    live = cli_json(server, "list-blueprints", "--blueprint-stage-filter", "LIVE")
    assert arn in {b["blueprintArn"] for b in live["blueprints"]}

    version = cli_json(server, "create-blueprint-version", "--blueprint-arn", arn)
    assert version["blueprint"]["blueprintVersion"] == "1"
    versions = cli_json(server, "list-blueprints", "--blueprint-arn", arn)
    assert [v["blueprintVersion"] for v in versions["blueprints"]] == ["1"]

    public = cli_json(server, "list-blueprints", "--resource-owner", "SERVICE")
    assert len(public["blueprints"]) == len(catalog.catalog())

    cli_json(server, "delete-blueprint", "--blueprint-arn", arn, "--blueprint-version", "1")
    cli_json(server, "delete-blueprint", "--blueprint-arn", arn)
    missing = aws_cli(server, "get-blueprint", "--blueprint-arn", arn)
    assert missing.returncode != 0
    assert "ResourceNotFoundException" in missing.stderr and arn in missing.stderr


def test_cli_shows_schema_errors_with_their_path(server: ServerProcess) -> None:
    bad = schema({"rows": {"type": "array", "items": {"$ref": "#/definitions/Row"}}})
    done = aws_cli(
        server,
        "create-blueprint",
        "--blueprint-name",
        unique(),
        "--type",
        "DOCUMENT",
        "--schema",
        bad,
    )
    assert done.returncode != 0
    assert "ValidationException" in done.stderr
    assert "properties.rows.items.$ref" in done.stderr
    conflict_name = unique()
    cli_json(
        server,
        "create-blueprint",
        "--blueprint-name",
        conflict_name,
        "--type",
        "DOCUMENT",
        "--schema",
        SCHEMA_1,
    )
    again = aws_cli(
        server,
        "create-blueprint",
        "--blueprint-name",
        conflict_name,
        "--type",
        "DOCUMENT",
        "--schema",
        SCHEMA_1,
    )
    assert again.returncode != 0 and "ConflictException" in again.stderr
