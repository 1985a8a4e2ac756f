from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from openbda.launcher import PROFILE_ARN, REGION, ServerProcess
from tests.support.llama import llama_server  # noqa: F401 - a fixture for the language-model tests

OTHER_ACCOUNT = "111111111111"
OTHER_KEY, OTHER_SECRET = "otheraccesskey", "othersecret"
# The server's environment that adds the second account.
SECOND_ACCOUNT = {"OPENBDA_CREDENTIALS": f"{OTHER_KEY}:{OTHER_SECRET}:{OTHER_ACCOUNT}"}
AWS_CLI = Path(sys.executable).parent / "aws"


def aws_cli(
    server: ServerProcess,
    *args: str,
    service: str = "bedrock-data-automation",
    key: str = "test",
    secret: str = "test",
) -> subprocess.CompletedProcess[str]:
    """``aws <service> <args>`` against ``server``, with JSON output and no user configuration."""
    env = {
        **os.environ,
        "AWS_ACCESS_KEY_ID": key,
        "AWS_SECRET_ACCESS_KEY": secret,
        "AWS_DEFAULT_REGION": REGION,
        "AWS_CONFIG_FILE": os.devnull,
        "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
    }
    command = [str(AWS_CLI), "--endpoint-url", server.url, "--output", "json", service, *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)


def invoke(
    client: Any, input_uri: str, output_uri: str = "s3://bda-out/results", **extra: Any
) -> str:
    """InvokeDataAutomationAsync on `input_uri`; the invocation ARN."""
    arn: str = client.invoke_data_automation_async(
        inputConfiguration={"s3Uri": input_uri},
        outputConfiguration={"s3Uri": output_uri},
        dataAutomationProfileArn=PROFILE_ARN,
        **extra,
    )["invocationArn"]
    return arn


def create_project(server: ServerProcess, document: dict[str, Any], **extra: Any) -> str:
    """A project with `document` as its standard output configuration; its ARN."""
    control = server.client("bedrock-data-automation")
    arn: str = control.create_data_automation_project(
        projectName=f"p-{uuid.uuid4().hex[:10]}",
        standardOutputConfiguration={"document": document},
        **extra,
    )["projectArn"]
    return arn


def standard_output(server: ServerProcess, status: dict[str, Any]) -> dict[str, Any]:
    """The first segment's standard output result.json of a successful job, found through its
    job_metadata.json."""
    metadata = json.loads(server.object_path(status["outputConfiguration"]["s3Uri"]).read_text())
    path = metadata["output_metadata"][0]["segment_metadata"][0]["standard_output_path"]
    result: dict[str, Any] = json.loads(server.object_path(path).read_text())
    return result


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """One server per test module, with a second account configured."""
    proc = ServerProcess(tmp_path_factory.mktemp("openbda"), env=SECOND_ACCOUNT).start()
    proc.make_bucket("bda-in")
    proc.make_bucket("bda-out")
    yield proc
    proc.stop()


@pytest.fixture
def fresh_server(tmp_path: Path) -> Iterator[ServerProcess]:
    proc = ServerProcess(tmp_path / "openbda")
    yield proc
    proc.stop()


@pytest.fixture
def isolated_server(tmp_path: Path) -> Iterator[ServerProcess]:
    """A started server of the test's own, with the second account configured: for tests that
    count an account's resources, fill a quota or restart the server."""
    proc = ServerProcess(tmp_path / "openbda", env=SECOND_ACCOUNT).start()
    yield proc
    proc.stop()
