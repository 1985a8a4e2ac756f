"""`job_metadata.json`: the index of a finished job's outputs, written last."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class SegmentOutput:
    standard_output_path: str
    # Present only when a blueprint produced custom output for the segment.
    custom_output_path: str | None = None
    custom_output_status: str | None = None  # MATCH | NO_MATCH | FALLBACK


@dataclass(frozen=True)
class AssetOutput:
    asset_id: int
    s3_bucket: str
    s3_key: str
    segments: list[SegmentOutput] = field(default_factory=list)


def render_job_metadata(job_id: str, modality: str, assets: list[AssetOutput]) -> dict[str, Any]:
    """`asset_id` is an integer here, unlike the string in result.json metadata."""
    return {
        "job_id": job_id,
        "job_status": "PROCESSED",
        "semantic_modality": modality,
        "output_metadata": [
            {
                "asset_id": asset.asset_id,
                "asset_input_path": {"s3_bucket": asset.s3_bucket, "s3_key": asset.s3_key},
                "segment_metadata": [_segment(s) for s in asset.segments],
            }
            for asset in assets
        ],
    }


def _segment(segment: SegmentOutput) -> dict[str, str]:
    out = {"standard_output_path": segment.standard_output_path}
    if segment.custom_output_path is not None:
        out["custom_output_path"] = segment.custom_output_path
    if segment.custom_output_status is not None:
        out["custom_output_status"] = segment.custom_output_status
    return out
