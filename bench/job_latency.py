"""Submit-to-Success latency of a one-page text PDF, one job at a time, polled every 5 ms.

.venv/bin/python bench/job_latency.py [--jobs 100]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openbda.launcher import PROFILE_ARN, ServerProcess, wait_for_status
from openbda.samples import sample_invoice_pdf


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        server = ServerProcess(Path(tmp)).start()
        try:
            source = server.put_object("bench-in", "one-page.pdf", sample_invoice_pdf())
            server.make_bucket("bench-out")
            client = server.client()
            latencies = []
            for i in range(args.jobs + 5):
                start = time.perf_counter()
                arn = client.invoke_data_automation_async(
                    inputConfiguration={"s3Uri": source},
                    outputConfiguration={"s3Uri": "s3://bench-out/latency"},
                    dataAutomationProfileArn=PROFILE_ARN,
                )["invocationArn"]
                status = wait_for_status(client, arn, poll=0.005)
                assert status["status"] == "Success", status
                if i >= 5:  # the first jobs warm the workers
                    latencies.append((time.perf_counter() - start) * 1000)
        finally:
            server.stop()
    ordered = sorted(latencies)
    print(
        f"submit-to-Success, one-page text PDF: p50 {statistics.median(ordered):.1f} ms, "
        f"p90 {ordered[int(len(ordered) * 0.9)]:.1f} ms, "
        f"p99 {ordered[int(len(ordered) * 0.99)]:.1f} ms "
        f"over {len(ordered)} jobs (boto3 client, 5 ms polling)"
    )


if __name__ == "__main__":
    main()
