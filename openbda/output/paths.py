"""The S3 layout of an async job's outputs.

BDA joins the caller's output URI and the job id with a plain "/": a URI that already ends in
"/" gives a double slash (`.../output//<job_id>/...`). Clients see and sometimes depend on that,
so it is reproduced, not normalised.
"""

from __future__ import annotations


def job_prefix(output_s3_uri: str, job_id: str) -> str:
    return f"{output_s3_uri}/{job_id}"


def asset_prefix(output_s3_uri: str, job_id: str, asset_id: int = 0) -> str:
    return f"{job_prefix(output_s3_uri, job_id)}/{asset_id}"


def access_check_uri(output_s3_uri: str, job_id: str, asset_id: int = 0) -> str:
    """The zero-byte object written when the job starts, proving the bucket is writable."""
    return f"{asset_prefix(output_s3_uri, job_id, asset_id)}/.s3_access_check"


def standard_output_folder_uri(
    output_s3_uri: str, job_id: str, asset_id: int = 0, segment: int = 0
) -> str:
    return f"{asset_prefix(output_s3_uri, job_id, asset_id)}/standard_output/{segment}"


def standard_output_uri(
    output_s3_uri: str, job_id: str, asset_id: int = 0, segment: int = 0
) -> str:
    return f"{standard_output_folder_uri(output_s3_uri, job_id, asset_id, segment)}/result.json"


def standard_output_assets_uri(
    output_s3_uri: str, job_id: str, asset_id: int = 0, segment: int = 0
) -> str:
    """Folder of rectified page images, figure and table crops and table CSVs."""
    return f"{standard_output_folder_uri(output_s3_uri, job_id, asset_id, segment)}/assets"


def custom_output_uri(output_s3_uri: str, job_id: str, asset_id: int = 0, segment: int = 0) -> str:
    return f"{asset_prefix(output_s3_uri, job_id, asset_id)}/custom_output/{segment}/result.json"


def job_metadata_uri(output_s3_uri: str, job_id: str) -> str:
    return f"{job_prefix(output_s3_uri, job_id)}/job_metadata.json"


def split_s3_uri(uri: str) -> tuple[str, str]:
    """`s3://bucket/key` to (bucket, key); the key keeps any double slash as it is."""
    if not uri.startswith("s3://"):
        raise ValueError(f"not an s3:// URI: {uri!r}")
    bucket, _, key = uri[len("s3://") :].partition("/")
    if not bucket:
        raise ValueError(f"no bucket in {uri!r}")
    return bucket, key
