"""make demo: start openbda on the embedded default, run one BDA job with boto3, show the output."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from openbda.launcher import PROFILE_ARN, ServerProcess, wait_for_status
from openbda.samples import sample_invoice_pdf


def main() -> int:
    data_dir = Path(".openbda-demo").resolve()
    server = ServerProcess(data_dir).start()
    try:
        print(f"openbda is serving the BDA runtime API at {server.url} (data dir {data_dir})")
        source = server.put_object("demo-input", "invoices/invoice.pdf", sample_invoice_pdf())
        server.make_bucket("demo-output")
        client = server.client()
        started = time.perf_counter()
        arn = client.invoke_data_automation_async(
            inputConfiguration={"s3Uri": source},
            outputConfiguration={"s3Uri": "s3://demo-output/results"},
            dataAutomationProfileArn=PROFILE_ARN,
        )["invocationArn"]
        print(f"InvokeDataAutomationAsync -> {arn}")
        status = wait_for_status(client, arn)
        elapsed = (time.perf_counter() - started) * 1000
        print(f"GetDataAutomationStatus -> {status['status']} after {elapsed:.0f} ms")
        if status["status"] != "Success":
            print(f"error: {status.get('errorMessage')}")
            return 1
        metadata_uri = status["outputConfiguration"]["s3Uri"]
        metadata = json.loads(server.object_path(metadata_uri).read_text())
        result_uri = metadata["output_metadata"][0]["segment_metadata"][0]["standard_output_path"]
        result = json.loads(server.object_path(result_uri).read_text())
        print("\nstandard output, page 1 (markdown):\n")
        print(result["pages"][0]["representation"]["markdown"])
        print(f"\njob metadata:    {metadata_uri}")
        print(f"  on disk:       {server.object_path(metadata_uri)}")
        print(f"standard output: {result_uri}\n  on disk:       {server.object_path(result_uri)}")
        print("\nWith `openbda serve` running, the same status call from the aws CLI:")
        print(
            f"  aws --endpoint-url {server.url} bedrock-data-automation-runtime "
            f"get-data-automation-status --invocation-arn {arn}"
        )
        return 0
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main())
