"""Broken and hostile inputs against a live server: every one ends ClientError with a message
the user can act on, within the job time limit, while a good job submitted alongside succeeds
and the server and its workers keep going.

The server runs with a short job time limit and a worker memory cap, so that a decompression
bomb reaches the cap within seconds and a hang would end well inside the test's bound.
"""

from __future__ import annotations

import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import pytest

from openbda.config import Settings
from openbda.launcher import PROFILE_ARN, ServerProcess, wait_for_status
from tests.unit.limits.hostile import (
    absurd_page_size_pdf,
    corrupt_pdf,
    encrypted_pdf,
    flate_bomb_pdf,
    garbage_with_header,
    good_pdf,
    many_pages_pdf,
    nested_page_tree_pdf,
    truncated_pdf,
)

pytestmark = pytest.mark.e2e

JOB_TIMEOUT_SECONDS = 60
MEMORY_CAP_MB = 2048
# Every job must be over by then: the job time limit, with room for a crash and its retry.
BOUND_SECONDS = 3 * JOB_TIMEOUT_SECONDS

_HAS_MEMORY_SETTING = "worker_memory_mb" in {f.name for f in fields(Settings)}

# name: (input, a phrase the error message must contain)
CASES: dict[str, tuple[Callable[[], bytes], str]] = {
    "zero-byte": (lambda: b"", "empty"),
    "encrypted": (encrypted_pdf, "encrypted"),
    "corrupt": (corrupt_pdf, "corrupt"),
    "truncated": (truncated_pdf, "corrupt or truncated"),
    "garbage-with-header": (garbage_with_header, "corrupt or truncated"),
    "absurd-page-size": (absurd_page_size_pdf, "between 40 and 9000 points"),
    "nested-page-tree": (nested_page_tree_pdf, "corrupt"),
    "many-tiny-pages": (many_pages_pdf, "at most 3000 pages"),
    "flate-bomb": (flate_bomb_pdf, f"more memory than the limit of {MEMORY_CAP_MB} MB"),
}


def _skip_reason(name: str) -> str | None:
    if name == "flate-bomb" and not _HAS_MEMORY_SETTING:
        return "the worker memory cap is not configurable (Settings has no worker_memory_mb)"
    return None


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    env = {
        "OPENBDA_JOB_TIMEOUT_SECONDS": str(JOB_TIMEOUT_SECONDS),
        "OPENBDA_WORKER_MEMORY_MB": str(MEMORY_CAP_MB),
    }
    proc = ServerProcess(tmp_path_factory.mktemp("openbda-hostile"), env=env, workers=2).start()
    proc.make_bucket("bda-in")
    proc.make_bucket("bda-out")
    yield proc
    proc.stop()


def invoke(server: ServerProcess, key: str, data: bytes) -> str:
    source = server.put_object("bda-in", key, data)
    arn: str = server.client().invoke_data_automation_async(
        inputConfiguration={"s3Uri": source},
        outputConfiguration={"s3Uri": "s3://bda-out/hostile"},
        dataAutomationProfileArn=PROFILE_ARN,
    )["invocationArn"]
    return arn


@dataclass(frozen=True)
class Outcomes:
    statuses: dict[str, dict[str, Any]]  # GetDataAutomationStatus answers by case name
    elapsed: float


@pytest.fixture(scope="module")
def outcomes(hostile_server: ServerProcess) -> Outcomes:
    """Submit every case and a good document together; wait for all of them."""
    started = time.monotonic()
    arns = {"good": invoke(hostile_server, "good.pdf", good_pdf())}
    for name, (make, _) in CASES.items():
        if _skip_reason(name) is None:
            arns[name] = invoke(hostile_server, f"{name}.pdf", make())
    client = hostile_server.client()
    statuses = {name: wait_for_status(client, arn, BOUND_SECONDS) for name, arn in arns.items()}
    return Outcomes(statuses, time.monotonic() - started)


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input_ends_client_error_with_a_message(outcomes: Outcomes, name: str) -> None:
    reason = _skip_reason(name)
    if reason is not None:
        pytest.skip(reason)
    status = outcomes.statuses[name]
    assert status["status"] == "ClientError", status
    assert status["errorType"] == "ClientError"
    assert CASES[name][1] in status["errorMessage"], status["errorMessage"]


def test_a_good_job_submitted_alongside_succeeds(outcomes: Outcomes) -> None:
    assert outcomes.statuses["good"]["status"] == "Success", outcomes.statuses["good"]


def test_every_job_ends_within_the_bound(outcomes: Outcomes) -> None:
    assert outcomes.elapsed < BOUND_SECONDS


def test_the_server_stays_healthy_and_keeps_working(
    outcomes: Outcomes, hostile_server: ServerProcess
) -> None:
    assert hostile_server.process is not None and hostile_server.process.poll() is None
    with urllib.request.urlopen(f"{hostile_server.url}/_openbda/health", timeout=5) as response:
        assert response.status == 200
    client = hostile_server.client()
    arns = [invoke(hostile_server, f"after-{i}.pdf", good_pdf(f"after {i}")) for i in range(3)]
    assert [wait_for_status(client, arn, 60)["status"] for arn in arns] == ["Success"] * 3


def test_crash_records_do_not_pile_up(outcomes: Outcomes, hostile_server: ServerProcess) -> None:
    folder = Path(hostile_server.data_dir) / "workers" / "crash-records"
    assert not folder.exists() or list(folder.iterdir()) == []
