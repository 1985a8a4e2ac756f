"""Custom output through the server: a blueprint created with the control API, a project that
uses it, a job whose custom_output/0/result.json a real llama.cpp model filled, and
job_metadata.json pointing at it. The tiny model need not be right; the path and shapes must."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from openbda.launcher import ServerProcess, wait_for_status
from openbda.samples import sample_invoice_pdf
from tests.e2e.conftest import create_project, invoke
from tests.support.llama import ShortAnswers

SCHEMA = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "class": "Invoice",
    "description": "A supplier's invoice asking for payment",
    "type": "object",
    "properties": {
        "invoice_number": {
            "type": "string",
            "inferenceType": "explicit",
            "instruction": "The invoice number",
        },
        "total_due": {
            "type": "number",
            "inferenceType": "explicit",
            "instruction": "The total amount due",
        },
    },
}
# Catalog blueprints: PUBLIC + "invoice", PUBLIC + "payslip", ...
PUBLIC = "arn:aws:bedrock:us-east-1:aws:blueprint/bedrock-data-automation-public-"
DOCUMENT = {
    "extraction": {
        "granularity": {"types": ["PAGE", "ELEMENT"]},
        "boundingBox": {"state": "DISABLED"},
    },
    "outputFormat": {
        "textFormat": {"types": ["MARKDOWN"]},
        "additionalFileFormat": {"state": "DISABLED"},
    },
}


@pytest.fixture(scope="module")
def served(llama_server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """A server reading blueprint fields with the llama.cpp model."""
    with ShortAnswers(llama_server, max_tokens=120) as model:
        env = {
            "OPENBDA_LLM_BACKEND": "llamacpp",
            "OPENBDA_LLM_BASE_URL": model.base_url,
            "OPENBDA_LLM_RETRIES": "0",
        }
        proc = ServerProcess(tmp_path_factory.mktemp("openbda-custom"), env=env, workers=1)
        proc.start()
        try:
            proc.make_bucket("bda-in")
            proc.make_bucket("bda-out")
            yield proc
        finally:
            proc.stop()


def run_job(server: ServerProcess, project: str, data: bytes | None = None) -> dict[str, Any]:
    """job_metadata.json of a successful job on `data` (the sample invoice by default)."""
    source = server.put_object("bda-in", "invoices/inv.pdf", data or sample_invoice_pdf())
    chosen = {"dataAutomationProjectArn": project, "stage": "LIVE"}
    arn = invoke(server.client(), source, "s3://bda-out/out", dataAutomationConfiguration=chosen)
    status = wait_for_status(server.client(), arn, 240)
    assert status["status"] == "Success", status
    metadata: dict[str, Any] = json.loads(
        server.object_path(status["outputConfiguration"]["s3Uri"]).read_text()
    )
    return metadata


def test_a_blueprint_fills_custom_output(served: ServerProcess) -> None:
    control = served.client("bedrock-data-automation")
    blueprint = control.create_blueprint(
        blueprintName="supplier-invoice", type="DOCUMENT", schema=json.dumps(SCHEMA)
    )["blueprint"]
    project = create_project(
        served,
        DOCUMENT,
        customOutputConfiguration={"blueprints": [{"blueprintArn": blueprint["blueprintArn"]}]},
    )
    metadata = run_job(served, project)
    [segment] = metadata["output_metadata"][0]["segment_metadata"]
    assert segment["custom_output_status"] == "MATCH"
    assert segment["custom_output_path"].endswith("/0/custom_output/0/result.json")
    result = json.loads(served.object_path(segment["custom_output_path"]).read_text())
    assert list(result) == [
        "matched_blueprint",
        "document_class",
        "split_document",
        "inference_result",
        "explainability_info",
    ]
    matched = result["matched_blueprint"]
    assert matched["arn"] == blueprint["blueprintArn"] and matched["name"] == "supplier-invoice"
    assert matched["confidence"] == 1  # the only blueprint: a forced match
    assert result["document_class"] == {"type": "Invoice"}
    assert result["split_document"] == {"page_indices": [0]}
    assert list(result["inference_result"]) == ["invoice_number", "total_due"]
    total = result["inference_result"]["total_due"]
    assert total == "" or isinstance(total, int | float)
    [explained] = result["explainability_info"]
    for name in ("invoice_number", "total_due"):
        leaf = explained[name]
        assert 0 <= leaf["confidence"] <= 1
        assert leaf["value"] == result["inference_result"][name]
        for place in leaf.get("geometry", []):
            assert place["page"] == 1 and set(place) == {"page", "boundingBox", "vertices"}


def test_without_blueprints_there_is_no_custom_output(served: ServerProcess) -> None:
    metadata = run_job(served, create_project(served, DOCUMENT))
    [segment] = metadata["output_metadata"][0]["segment_metadata"]
    assert set(segment) == {"standard_output_path"}


@pytest.fixture(scope="module")
def offline(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """A server with no language model: custom output from the offline default backend."""
    proc = ServerProcess(tmp_path_factory.mktemp("openbda-offline"), workers=1).start()
    try:
        proc.make_bucket("bda-in")
        proc.make_bucket("bda-out")
        yield proc
    finally:
        proc.stop()


def test_the_offline_default_reads_a_catalog_blueprint(offline: ServerProcess) -> None:
    pytest.importorskip("tokenizers", reason="the offline backend needs the extract extra")
    invoice = PUBLIC + "invoice"
    project = create_project(
        offline, DOCUMENT, customOutputConfiguration={"blueprints": [{"blueprintArn": invoice}]}
    )
    metadata = run_job(offline, project)
    [segment] = metadata["output_metadata"][0]["segment_metadata"]
    assert segment["custom_output_status"] == "MATCH"
    result = json.loads(offline.object_path(segment["custom_output_path"]).read_text())
    assert result["matched_blueprint"]["arn"] == invoice
    assert result["document_class"] == {"type": "Invoice"}
    [explained] = result["explainability_info"]
    found = {
        name: leaf
        for name, leaf in explained.items()
        if isinstance(leaf, dict) and "geometry" in leaf
    }
    # The sample invoice's issuer heads the page and its total has a label: both are read,
    # typed and placed on page 1.
    values = {name: leaf["value"] for name, leaf in found.items()}
    assert values.get("VENDORNAME") == "Northwind Supplies Ltd.", values
    assert values.get("TOTAL") == 429.99, values
    for leaf in found.values():
        assert all(place["page"] == 1 for place in leaf["geometry"])


def test_a_segment_no_blueprint_fits_gets_the_fallback(offline: ServerProcess) -> None:
    pytest.importorskip("tokenizers", reason="the offline backend needs the extract extra")
    project = create_project(
        offline,
        DOCUMENT,
        customOutputConfiguration={
            "blueprints": [{"blueprintArn": PUBLIC + "us-driver-license"}],
            "document": {"fallbackBlueprints": [{"blueprintArn": PUBLIC + "invoice"}]},
        },
    )
    metadata = run_job(offline, project)
    [segment] = metadata["output_metadata"][0]["segment_metadata"]
    assert segment["custom_output_status"] == "FALLBACK"
    result = json.loads(offline.object_path(segment["custom_output_path"]).read_text())
    assert result["matched_blueprint"]["arn"] == PUBLIC + "invoice"
    assert result["matched_blueprint"]["confidence"] == 0
    assert result["inference_result"]["TOTAL"] == 429.99


def test_the_splitter_writes_a_segment_per_document(offline: ServerProcess) -> None:
    pytest.importorskip("tokenizers", reason="the offline backend needs the extract extra")
    from openbda.samples import make_pdf
    from tests.unit.extraction.test_splitting import invoice, payslip, report

    project = create_project(
        offline,
        DOCUMENT,
        customOutputConfiguration={
            "blueprints": [
                {"blueprintArn": PUBLIC + "invoice"},
                {"blueprintArn": PUBLIC + "payslip"},
            ]
        },
        overrideConfiguration={"document": {"splitter": {"state": "ENABLED"}}},
    )
    metadata = run_job(offline, project, make_pdf([*report(2), invoice(), payslip()]))
    segments = metadata["output_metadata"][0]["segment_metadata"]
    assert len(segments) == 3
    pages = []
    for index, segment in enumerate(segments):
        standard = json.loads(offline.object_path(segment["standard_output_path"]).read_text())
        meta = standard["metadata"]
        assert segment["standard_output_path"].endswith(f"/0/standard_output/{index}/result.json")
        pages.append((meta["start_page_index"], meta["end_page_index"]))
        assert "custom_output_status" in segment
    assert pages == [(0, 1), (2, 2), (3, 3)]
    invoice_segment = segments[1]
    assert invoice_segment["custom_output_status"] == "MATCH"
    result = json.loads(offline.object_path(invoice_segment["custom_output_path"]).read_text())
    assert result["matched_blueprint"]["arn"] == PUBLIC + "invoice"
    assert result["split_document"] == {"page_indices": [2]}


def test_the_sync_api_answers_with_custom_output(offline: ServerProcess) -> None:
    pytest.importorskip("tokenizers", reason="the offline backend needs the extract extra")
    from openbda.launcher import PROFILE_ARN

    project = create_project(
        offline,
        DOCUMENT,
        customOutputConfiguration={"blueprints": [{"blueprintArn": PUBLIC + "invoice"}]},
    )
    response = offline.client().invoke_data_automation(
        inputConfiguration={"bytes": sample_invoice_pdf()},
        dataAutomationConfiguration={"dataAutomationProjectArn": project, "stage": "LIVE"},
        dataAutomationProfileArn=PROFILE_ARN,
    )
    [segment] = response["outputSegments"]
    assert segment["customOutputStatus"] == "MATCH"
    custom = json.loads(segment["customOutput"])
    assert custom["matched_blueprint"]["arn"] == PUBLIC + "invoice"
    assert custom["inference_result"]["TOTAL"] == 429.99
    assert json.loads(segment["standardOutput"])["metadata"]["number_of_pages"] == 1
