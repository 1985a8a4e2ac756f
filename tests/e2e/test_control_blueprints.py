"""The blueprint operations of the control plane, driven over HTTP with unmodified boto3 and
the ``aws`` CLI.

Until the control plane is wired into ``openbda serve``, the server is built here in-process
the way the real one is: the blueprint handlers behind the real gateway (SigV4, REST-JSON
parsing and validation against botocore's model) and the real ASGI app, under uvicorn on a
free loopback port, over a SQLite file. The projects a ``projectFilter`` names come from a
dict the tests fill, standing in for the project store.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import botocore.exceptions
import pytest
import uvicorn
from botocore.config import Config

from openbda.api.app import OpenbdaApp
from openbda.api.control.blueprints import BlueprintsApi
from openbda.aws.arns import public_blueprint_arn
from openbda.aws.gateway import AwsService, Gateway
from openbda.aws.sigv4 import CredentialStore
from openbda.blueprints import catalog
from openbda.store.blueprints import BlueprintStore
from openbda.store.db import Database
from openbda.store.tags import TagStore
from tests.support.net import free_port

pytestmark = pytest.mark.e2e

ACCOUNT = "000000000000"
REGION = "us-east-1"
OTHER_ACCOUNT = "111111111111"
OTHER_KEY, OTHER_SECRET = "otheraccesskey", "othersecret"
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


class ControlUnderTest(BlueprintsApi):
    def __init__(self, store: BlueprintStore) -> None:
        self.blueprints = store
        self.projects: dict[tuple[str, str, str], list[dict[str, Any]]] = {}

    def project_blueprints(
        self, account_id: str, region: str, project_arn: str, stage: str
    ) -> list[dict[str, Any]] | None:
        return self.projects.get((account_id, project_arn, stage))


class BlueprintServer:
    def __init__(self, data_dir: Path, **store_options: Any) -> None:
        self.data_dir = data_dir
        self.store_options = store_options
        self.port = free_port()
        self.db: Database | None = None
        self.handler: ControlUnderTest | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> BlueprintServer:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.db = Database(f"sqlite:///{self.data_dir / 'openbda.db'}")
        credentials = CredentialStore.default()
        credentials.add(OTHER_KEY, OTHER_SECRET, OTHER_ACCOUNT)
        self.handler = ControlUnderTest(BlueprintStore(self.db, **self.store_options))
        gateway = Gateway([AwsService("bedrock-data-automation", self.handler)], credentials)
        app = OpenbdaApp(gateway, lambda: {"control": True}, threads=8)
        app.ready = True
        config = uvicorn.Config(
            app, host="127.0.0.1", port=self.port, lifespan="on", log_level="warning"
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("blueprint server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(10)
        if self.db is not None:
            self.db.close()

    def client(self, key: str = "test", secret: str = "test") -> Any:
        return boto3.client(
            "bedrock-data-automation",
            endpoint_url=self.url,
            region_name=REGION,
            aws_access_key_id=key,
            aws_secret_access_key=secret,
            config=Config(retries={"max_attempts": 1, "mode": "standard"}, read_timeout=30),
        )

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        """``aws bedrock-data-automation <args>`` against this server."""
        aws = Path(sys.executable).with_name("aws")
        env = {
            **os.environ,
            "AWS_ACCESS_KEY_ID": "test",
            "AWS_SECRET_ACCESS_KEY": "test",
            "AWS_DEFAULT_REGION": REGION,
            "AWS_CONFIG_FILE": os.devnull,
            "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
        }
        command = [str(aws), "--endpoint-url", self.url, "--output", "json"]
        return subprocess.run(
            [*command, "bedrock-data-automation", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )

    def cli_json(self, *args: str) -> Any:
        done = self.cli(*args)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout) if done.stdout.strip() else {}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BlueprintServer]:
    proc = BlueprintServer(tmp_path_factory.mktemp("blueprints")).start()
    yield proc
    proc.stop()


@pytest.fixture
def client(server: BlueprintServer) -> Any:
    return server.client()


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


def test_tags_given_at_create_are_kept(server: BlueprintServer, client: Any) -> None:
    blueprint = create(client, tags=[{"key": "team", "value": "finance"}])
    assert server.db is not None
    assert TagStore(server.db).list(blueprint["blueprintArn"]) == {"team": "finance"}
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


def test_pagination_across_pages(server: BlueprintServer) -> None:
    # A separate account's view would be shared with other tests; a fresh server is not.
    proc = BlueprintServer(server.data_dir.parent / f"paging-{uuid.uuid4().hex[:6]}").start()
    try:
        client = proc.client()
        names = [create(client, f"page-{i:02d}")["blueprintName"] for i in range(7)]
        pages = list(
            client.get_paginator("list_blueprints").paginate(PaginationConfig={"PageSize": 3})
        )
        assert [len(p["blueprints"]) for p in pages] == [3, 3, 1]
        assert [b["blueprintName"] for p in pages for b in p["blueprints"]] == names
        token = pages[0]["nextToken"]
        assert "page-" not in token  # opaque
        again = client.list_blueprints(maxResults=3, nextToken=token)["blueprints"]
        assert [b["blueprintName"] for b in again] == names[3:6]
        code, status, _ = failure(client.list_blueprints, nextToken="garbage")
        assert (code, status) == ("ValidationException", 400)
        # The CLI pages on its own and joins the pages.
        listed = proc.cli_json("list-blueprints", "--page-size", "2")
        assert [b["blueprintName"] for b in listed["blueprints"]] == names
        one_page = proc.cli_json("list-blueprints", "--max-items", "4")
        assert len(one_page["blueprints"]) == 4 and "NextToken" in one_page
    finally:
        proc.stop()


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


def test_project_filter(server: BlueprintServer, client: Any) -> None:
    arn = create(client)["blueprintArn"]
    project = f"arn:aws:bedrock:{REGION}:{ACCOUNT}:data-automation-project/{uuid.uuid4().hex[:12]}"
    assert server.handler is not None
    server.handler.projects[(ACCOUNT, project, "LIVE")] = [
        {"blueprintArn": arn, "blueprintStage": "LIVE"},
        {"blueprintArn": INVOICE},
    ]
    listed = client.list_blueprints(projectFilter={"projectArn": project})["blueprints"]
    assert [(b["blueprintArn"], b["blueprintStage"]) for b in listed] == [
        (arn, "LIVE"),
        (INVOICE, "LIVE"),
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


def test_the_model_is_enforced_before_the_handler(server: BlueprintServer) -> None:
    client = server.client()
    unchecked = boto3.client(
        "bedrock-data-automation",
        endpoint_url=server.url,
        region_name=REGION,
        aws_access_key_id="test",
        aws_secret_access_key="test",
        config=Config(parameter_validation=False, retries={"max_attempts": 1}),
    )
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


def test_quotas(tmp_path: Path) -> None:
    proc = BlueprintServer(tmp_path / "quotas", max_blueprints=2, max_versions=2).start()
    try:
        client = proc.client()
        arn = create(client)["blueprintArn"]
        create(client)
        code, status, message = failure(
            client.create_blueprint, blueprintName=unique(), type="DOCUMENT", schema=SCHEMA_1
        )
        assert (code, status) == ("ServiceQuotaExceededException", 402)
        assert "quota is 2" in message
        client.create_blueprint_version(blueprintArn=arn)
        client.create_blueprint_version(blueprintArn=arn)
        code, status, _ = failure(client.create_blueprint_version, blueprintArn=arn)
        assert (code, status) == ("ServiceQuotaExceededException", 402)
        # Quotas are per account: the other account starts from zero.
        create(proc.client(OTHER_KEY, OTHER_SECRET))
    finally:
        proc.stop()


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


def test_another_accounts_blueprint_is_invisible(server: BlueprintServer, client: Any) -> None:
    arn = create(client)["blueprintArn"]
    other = server.client(OTHER_KEY, OTHER_SECRET)
    for call, params in (
        (other.get_blueprint, {"blueprintArn": arn}),
        (other.update_blueprint, {"blueprintArn": arn, "schema": SCHEMA_2}),
        (other.delete_blueprint, {"blueprintArn": arn}),
        (other.create_blueprint_version, {"blueprintArn": arn}),
        (other.list_blueprints, {"blueprintArn": arn}),
    ):
        code, status, message = failure(call, **params)
        assert (code, status) == ("ResourceNotFoundException", 404)
        assert message == f"Blueprint {arn} not found."
    assert arn not in {b["blueprintArn"] for b in other.list_blueprints()["blueprints"]}
    assert client.get_blueprint(blueprintArn=arn)["blueprint"]["schema"] == SCHEMA_1
    # The catalog is everyone's.
    assert other.get_blueprint(blueprintArn=INVOICE)["blueprint"]["blueprintName"] == "Invoice"


# ------------------------------------------------------------------ the aws CLI


def test_cli_lifecycle(server: BlueprintServer) -> None:
    name = unique("cli")
    created = server.cli_json(
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

    got = server.cli_json(
        "get-blueprint", "--blueprint-arn", arn, "--blueprint-stage", "DEVELOPMENT"
    )
    assert got["blueprint"]["blueprintArn"] == arn

    updated = server.cli_json(
        "update-blueprint", "--blueprint-arn", arn, "--schema", SCHEMA_2,
        "--blueprint-stage", "DEVELOPMENT",
    )  # fmt: skip
    assert updated["blueprint"]["schema"] == SCHEMA_2

    server.cli_json(
        "copy-blueprint-stage", "--blueprint-arn", arn,
        "--source-stage", "DEVELOPMENT", "--target-stage", "LIVE",
    )  # fmt: skip
    live = server.cli_json("list-blueprints", "--blueprint-stage-filter", "LIVE")
    assert arn in {b["blueprintArn"] for b in live["blueprints"]}

    version = server.cli_json("create-blueprint-version", "--blueprint-arn", arn)
    assert version["blueprint"]["blueprintVersion"] == "1"
    versions = server.cli_json("list-blueprints", "--blueprint-arn", arn)
    assert [v["blueprintVersion"] for v in versions["blueprints"]] == ["1"]

    public = server.cli_json("list-blueprints", "--resource-owner", "SERVICE")
    assert len(public["blueprints"]) == len(catalog.catalog())

    server.cli_json("delete-blueprint", "--blueprint-arn", arn, "--blueprint-version", "1")
    server.cli_json("delete-blueprint", "--blueprint-arn", arn)
    missing = server.cli("get-blueprint", "--blueprint-arn", arn)
    assert missing.returncode != 0
    assert "ResourceNotFoundException" in missing.stderr and arn in missing.stderr


def test_cli_shows_schema_errors_with_their_path(server: BlueprintServer) -> None:
    bad = schema({"rows": {"type": "array", "items": {"$ref": "#/definitions/Row"}}})
    done = server.cli(
        "create-blueprint", "--blueprint-name", unique(), "--type", "DOCUMENT", "--schema", bad
    )
    assert done.returncode != 0
    assert "ValidationException" in done.stderr
    assert "properties.rows.items.$ref" in done.stderr
    conflict_name = unique()
    server.cli_json(
        "create-blueprint",
        "--blueprint-name",
        conflict_name,
        "--type",
        "DOCUMENT",
        "--schema",
        SCHEMA_1,
    )
    again = server.cli(
        "create-blueprint",
        "--blueprint-name",
        conflict_name,
        "--type",
        "DOCUMENT",
        "--schema",
        SCHEMA_1,
    )
    assert again.returncode != 0 and "ConflictException" in again.stderr
