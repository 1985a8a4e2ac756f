"""Golden tests of job_metadata.json."""

from __future__ import annotations

from openbda.output import paths
from openbda.output.job_metadata import AssetOutput, SegmentOutput, render_job_metadata
from openbda.output.jsonfmt import dumps
from tests.unit.output.golden import assert_golden, assert_golden_json

JOB = "1f18fb18-fc0b-4a13-bec6-ecf7faaac9b2"
OUT = "s3://results-bucket/bda/output"


def test_standard_output_only() -> None:
    asset = AssetOutput(
        asset_id=0,
        s3_bucket="input-bucket",
        s3_key="docs/report.pdf",
        segments=[SegmentOutput(paths.standard_output_uri(OUT, JOB))],
    )
    metadata = render_job_metadata(JOB, "DOCUMENT", [asset])
    assert metadata["output_metadata"][0]["asset_id"] == 0  # an integer here
    assert_golden_json("output/job_metadata/standard_only.json", metadata)
    assert_golden("output/job_metadata/standard_only.raw.json", dumps(metadata).decode() + "\n")


def test_with_custom_output_per_segment() -> None:
    segments = [
        SegmentOutput(
            standard_output_path=paths.standard_output_uri(OUT, JOB, 0, 0),
            custom_output_path=paths.custom_output_uri(OUT, JOB, 0, 0),
            custom_output_status="MATCH",
        ),
        SegmentOutput(
            standard_output_path=paths.standard_output_uri(OUT, JOB, 0, 1),
            custom_output_status="NO_MATCH",
        ),
    ]
    asset = AssetOutput(0, "input-bucket", "docs/lending-package.pdf", segments)
    metadata = render_job_metadata(JOB, "DOCUMENT", [asset])
    assert list(metadata) == ["job_id", "job_status", "semantic_modality", "output_metadata"]
    assert metadata["job_status"] == "PROCESSED"
    assert_golden_json("output/job_metadata/custom_output.json", metadata)
