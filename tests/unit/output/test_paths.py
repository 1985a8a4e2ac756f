"""The S3 layout, including BDA's naive join that keeps a caller's trailing slash."""

from __future__ import annotations

import pytest

from openbda.output import paths
from tests.unit.output.golden import assert_golden

JOB = "69ee6313-8a22-4458-9fbb-f364d21b855a"


def layout(out: str) -> str:
    lines = [
        paths.job_prefix(out, JOB),
        paths.access_check_uri(out, JOB),
        paths.standard_output_uri(out, JOB),
        paths.standard_output_uri(out, JOB, asset_id=0, segment=3),
        paths.standard_output_assets_uri(out, JOB),
        paths.custom_output_uri(out, JOB, segment=5),
        paths.job_metadata_uri(out, JOB),
    ]
    return "\n".join(lines) + "\n"


def test_layout_without_trailing_slash() -> None:
    assert_golden(
        "output/paths/no_trailing_slash.txt", layout("s3://bucket/data_automation/output")
    )


def test_layout_with_trailing_slash_keeps_the_double_slash() -> None:
    text = layout("s3://bucket/data_automation/output/")
    assert f"output//{JOB}/0/custom_output/5/result.json" in text
    assert_golden("output/paths/trailing_slash.txt", text)


def test_bucket_root() -> None:
    assert paths.job_metadata_uri("s3://bucket", JOB) == f"s3://bucket/{JOB}/job_metadata.json"


def test_split_s3_uri() -> None:
    uri = paths.standard_output_uri("s3://bucket/out/", JOB)
    assert paths.split_s3_uri(uri) == ("bucket", f"out//{JOB}/0/standard_output/0/result.json")
    with pytest.raises(ValueError):
        paths.split_s3_uri("https://bucket/key")
    with pytest.raises(ValueError):
        paths.split_s3_uri("s3:///key")
