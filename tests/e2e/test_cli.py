"""The `aws` CLI against a live server, and `openbda run` without one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from openbda.launcher import PROFILE_ARN, ServerProcess, wait_for_status
from openbda.samples import sample_invoice_pdf

pytestmark = pytest.mark.e2e

AWS = str(Path(sys.executable).parent / "aws")


def aws(
    server: ServerProcess, *args: str, secret: str = "test"
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "AWS_ACCESS_KEY_ID": "test",
        "AWS_SECRET_ACCESS_KEY": secret,
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_CONFIG_FILE": "/dev/null",
        "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
    }
    cmd = [
        AWS,
        "--endpoint-url",
        server.url,
        "--output",
        "json",
        "bedrock-data-automation-runtime",
        *args,
    ]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)


def test_aws_cli_invoke_poll_and_tag(server: ServerProcess) -> None:
    source = server.put_object("bda-in", "cli/invoice.pdf", sample_invoice_pdf())
    done = aws(
        server,
        "invoke-data-automation-async",
        "--input-configuration", f"s3Uri={source}",
        "--output-configuration", "s3Uri=s3://bda-out/cli",
        "--data-automation-profile-arn", PROFILE_ARN,
        "--tags", "key=origin,value=cli",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    arn = json.loads(done.stdout)["invocationArn"]
    assert wait_for_status(server.client(), arn)["status"] == "Success"

    status = aws(server, "get-data-automation-status", "--invocation-arn", arn)
    assert status.returncode == 0, status.stderr
    body = json.loads(status.stdout)
    assert body["status"] == "Success"
    assert body["outputConfiguration"]["s3Uri"].endswith("/job_metadata.json")

    tags = aws(server, "list-tags-for-resource", "--resource-arn", arn)
    assert json.loads(tags.stdout)["tags"] == [{"key": "origin", "value": "cli"}]

    bad = aws(server, "get-data-automation-status", "--invocation-arn", "arn:aws:bedrock:x")
    assert bad.returncode != 0
    assert "ValidationException" in bad.stderr

    denied = aws(server, "get-data-automation-status", "--invocation-arn", arn, secret="nope")
    assert denied.returncode != 0
    assert "InvalidSignatureException" in denied.stderr


def test_openbda_run_writes_the_same_tree(tmp_path: Path) -> None:
    pdf = tmp_path / "invoice.pdf"
    pdf.write_bytes(sample_invoice_pdf())
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "openbda.cli", "run", str(pdf), "--out", str(out)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "status: Success" in proc.stdout
    metadata_path = Path(proc.stdout.split("job_metadata: ", 1)[1].strip())
    assert metadata_path.name == "job_metadata.json"
    job_dir = metadata_path.parent
    assert job_dir.parent == out.resolve()
    assert (job_dir / "0" / ".s3_access_check").exists()
    result = json.loads((job_dir / "0" / "standard_output" / "0" / "result.json").read_text())
    assert result["metadata"]["number_of_pages"] == 1
    assert "build-document" in proc.stderr  # progress was shown

    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\ngarbage")
    failed = subprocess.run(
        [sys.executable, "-m", "openbda.cli", "run", str(broken), "--out", str(out)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert failed.returncode == 1
    assert "status: ClientError" in failed.stdout


def test_openbda_run_with_blueprints(tmp_path: Path) -> None:
    pytest.importorskip("tokenizers", reason="the offline backend needs the extract extra")
    pdf = tmp_path / "invoice.pdf"
    pdf.write_bytes(sample_invoice_pdf())
    schema = tmp_path / "supplier-invoice.json"
    schema.write_text(
        json.dumps(
            {
                "class": "Supplier invoice",
                "description": "An invoice from a supplier",
                "type": "object",
                "properties": {
                    "total_due": {
                        "type": "number",
                        "inferenceType": "explicit",
                        "instruction": "The total amount due",
                    }
                },
            }
        )
    )
    out = tmp_path / "out"
    for blueprint, name, klass in (
        (str(schema), "supplier-invoice", "Supplier invoice"),
        ("invoice", "Invoice", "Invoice"),
    ):
        proc = subprocess.run(
            [sys.executable, "-m", "openbda.cli", "run", str(pdf), "--out", str(out),
             "--blueprint", blueprint],
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert proc.returncode == 0, proc.stderr
        job_dir = Path(proc.stdout.split("job_metadata: ", 1)[1].strip()).parent
        result = json.loads((job_dir / "0" / "custom_output" / "0" / "result.json").read_text())
        assert result["matched_blueprint"]["name"] == name
        assert result["document_class"] == {"type": klass}
    assert result["inference_result"]["TOTAL"] == 429.99
    bad = subprocess.run(
        [sys.executable, "-m", "openbda.cli", "run", str(pdf), "--blueprint", "nonesuch"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert bad.returncode == 2 and "no such file, nor a catalog blueprint" in bad.stdout
