"""Sustained InvokeDataAutomationAsync and GetDataAutomationStatus requests/s with latency
percentiles, against a live server on this machine (the load generator shares its 2 cores).

    .venv/bin/python bench/api_throughput.py [--requests 20000] [--concurrency 32]

Two server set-ups: `--workers 0` measures the API and the job store alone (jobs stay queued);
the default runs the worker pool too, so every accepted job is also processed meanwhile.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.loadgen import run_load, signed_request
from openbda.launcher import PROFILE_ARN, ServerProcess
from openbda.samples import sample_invoice_pdf


def invoke_body(source: str) -> dict[str, object]:
    return {
        "clientToken": str(uuid.uuid4()),
        "inputConfiguration": {"s3Uri": source},
        "outputConfiguration": {"s3Uri": "s3://bench-out/results"},
        "dataAutomationProfileArn": PROFILE_ARN,
    }


def invoke_requests(url: str, source: str, count: int) -> list[bytes]:
    return [
        signed_request(url, "InvokeDataAutomationAsync", invoke_body(source)) for _ in range(count)
    ]


def measure(workers: int, total: int, concurrency: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        server = ServerProcess(Path(tmp), workers=workers).start()
        try:
            source = server.put_object("bench-in", "one-page.pdf", sample_invoice_pdf())
            server.make_bucket("bench-out")
            run_load(server.url, invoke_requests(server.url, source, 500), concurrency)
            for rate in (0.0, 500.0):
                batch = invoke_requests(server.url, source, total)
                result = run_load(server.url, batch, concurrency, rate)
                mode = f"offered {rate:.0f}/s" if rate else "max rate"
                label = f"InvokeDataAutomationAsync, {mode} (workers={workers})"
                print(result.summary(label), flush=True)

            arn = server.client().invoke_data_automation_async(**invoke_body(source))[
                "invocationArn"
            ]
            status = signed_request(server.url, "GetDataAutomationStatus", {"invocationArn": arn})
            result = run_load(server.url, [status] * total, concurrency)
            label = f"GetDataAutomationStatus, max rate (workers={workers})"
            print(result.summary(label), flush=True)
        finally:
            server.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=20000)
    parser.add_argument("--concurrency", type=int, default=32)
    args = parser.parse_args()
    for workers in (0, 2):
        measure(workers, args.requests, args.concurrency)


if __name__ == "__main__":
    main()
