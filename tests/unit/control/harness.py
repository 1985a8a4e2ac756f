"""A live control-plane server for tests, built in-process.

``ControlServer`` serves the project and tagging handlers (plus a stand-in for the blueprint
handlers: CreateBlueprint and DeleteBlueprint over an in-memory registry) through the real
gateway and ASGI app, under uvicorn on a free loopback port, backed by a SQLite file that
survives ``restart()``. Tests talk to it only through boto3 and the ``aws`` CLI, so they run
unchanged against ``openbda serve`` once the control plane is wired into it.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import boto3
import uvicorn
from botocore.config import Config

from openbda.api.app import OpenbdaApp
from openbda.api.control.projects import ProjectsApi
from openbda.api.control.tagging import TaggingApi
from openbda.aws.arns import blueprint_arn, new_resource_id, parse_arn, public_blueprint_arn
from openbda.aws.errors import ResourceNotFoundException
from openbda.aws.gateway import AwsService, Gateway, RequestContext
from openbda.aws.sigv4 import CredentialStore
from openbda.store.db import Database
from openbda.store.projects import ProjectStore
from openbda.store.tags import TagStore
from tests.support.net import free_port

ACCOUNT = "000000000000"
REGION = "us-east-1"
OTHER_ACCOUNT = "111111111111"
OTHER_KEY, OTHER_SECRET = "otheraccesskey", "othersecret"
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

    def remove(self, arn: str) -> bool:
        with self._lock:
            found = arn in self._owned
            self._owned.discard(arn)
            return found


class ControlUnderTest(ProjectsApi, TaggingApi):
    """The project and tagging mixins composed the way the server composes its ControlApi."""

    def __init__(self, db: Database, registry: BlueprintRegistry, max_projects: int) -> None:
        self.projects = ProjectStore(db, max_projects=max_projects)
        self.tags = TagStore(db)
        self.registry = registry
        self.blueprint_exists = registry.exists

    def create_blueprint(self, ctx: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        arn = blueprint_arn(ctx.region, ctx.account_id, new_resource_id())
        self.registry.add(arn)
        now = dt.datetime.now(dt.UTC)
        return {
            "blueprint": {
                "blueprintArn": arn,
                "schema": params["schema"],
                "type": params["type"],
                "creationTime": now,
                "lastModifiedTime": now,
                "blueprintName": params["blueprintName"],
                "blueprintStage": params.get("blueprintStage", "LIVE"),
            }
        }

    def delete_blueprint(self, ctx: RequestContext, params: dict[str, Any]) -> dict[str, Any]:
        arn = params["blueprintArn"]
        if parse_arn(arn).account != ctx.account_id or not self.registry.remove(arn):
            raise ResourceNotFoundException(f"Blueprint {arn} does not exist.")
        self.tags.delete_all(arn)
        return {}


class ControlServer:
    def __init__(self, data_dir: Path, max_projects: int = 100) -> None:
        self.data_dir = data_dir
        self.max_projects = max_projects
        self.registry = BlueprintRegistry()
        self.port = free_port()
        self._db: Database | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> ControlServer:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._db = Database(f"sqlite:///{self.data_dir / 'openbda.db'}")
        credentials = CredentialStore.default()
        credentials.add(OTHER_KEY, OTHER_SECRET, OTHER_ACCOUNT)
        handler = ControlUnderTest(self._db, self.registry, self.max_projects)
        gateway = Gateway([AwsService("bedrock-data-automation", handler)], credentials)
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
                raise RuntimeError("control server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(10)
        if self._db is not None:
            self._db.close()
        self._server = self._thread = self._db = None

    def restart(self) -> None:
        """A new process's worth of state: new database engine, new handlers, same file."""
        self.stop()
        self.start()

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
        """Run ``aws bedrock-data-automation <args>`` against the server."""
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
