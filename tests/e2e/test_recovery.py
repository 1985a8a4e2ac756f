"""kill -9 the server while jobs are queued and while one is running; the next start finishes
them all, once each, with complete output."""

from __future__ import annotations

import json
import time

import pytest

from openbda.launcher import PROFILE_ARN, ServerProcess, wait_for_status
from openbda.samples import PageSpec, Run, make_pdf, sample_invoice_pdf

pytestmark = pytest.mark.e2e


def long_pdf(pages: int) -> bytes:
    body = [
        Run(72, 72 + 14 * i, f"Line {i} of a long report page with enough words to parse.")
        for i in range(45)
    ]
    return make_pdf([PageSpec(runs=body) for _ in range(pages)])


def submit(server: ServerProcess, key: str, data: bytes) -> str:
    source = server.put_object("bda-in", key, data)
    arn: str = server.client().invoke_data_automation_async(
        inputConfiguration={"s3Uri": source},
        outputConfiguration={"s3Uri": "s3://bda-out/crash"},
        dataAutomationProfileArn=PROFILE_ARN,
    )["invocationArn"]
    return arn


def assert_complete(server: ServerProcess, arn: str, pages: int) -> None:
    status = wait_for_status(server.client(), arn, timeout=180)
    assert status["status"] == "Success", status
    metadata = json.loads(server.object_path(status["outputConfiguration"]["s3Uri"]).read_text())
    path = metadata["output_metadata"][0]["segment_metadata"][0]["standard_output_path"]
    assert json.loads(server.object_path(path).read_text())["metadata"]["number_of_pages"] == pages


def test_queued_jobs_survive_kill_9(fresh_server: ServerProcess) -> None:
    fresh_server.workers = 0  # accept and persist, but run nothing yet
    fresh_server.start()
    fresh_server.make_bucket("bda-in")
    fresh_server.make_bucket("bda-out")
    arns = [submit(fresh_server, f"q{i}.pdf", sample_invoice_pdf()) for i in range(5)]
    assert {wait_status(fresh_server, a) for a in arns} == {"Created"}
    fresh_server.kill9()

    fresh_server.workers = 2
    fresh_server.start()
    for arn in arns:
        assert_complete(fresh_server, arn, 1)


def wait_status(server: ServerProcess, arn: str) -> str:
    status: str = server.client().get_data_automation_status(invocationArn=arn)["status"]
    return status


def test_running_job_survives_kill_9(fresh_server: ServerProcess) -> None:
    fresh_server.workers = 1
    fresh_server.start()
    fresh_server.make_bucket("bda-in")
    fresh_server.make_bucket("bda-out")
    pages = 1500
    arn = submit(fresh_server, "long.pdf", long_pdf(pages))
    deadline = time.monotonic() + 30
    while wait_status(fresh_server, arn) != "InProgress":
        assert time.monotonic() < deadline, "job never started"
        time.sleep(0.01)
    fresh_server.kill9()

    fresh_server.start()
    assert_complete(fresh_server, arn, pages)
    job_id = arn.rsplit("/", 1)[1]
    folder = fresh_server.object_path(f"s3://bda-out/crash/{job_id}")
    written = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    assert written == ["0/.s3_access_check", "0/standard_output/0/result.json", "job_metadata.json"]
