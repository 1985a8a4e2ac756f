"""Choose the object store from configuration."""

from __future__ import annotations

import os

from openbda.objects.local import LocalObjectStore
from openbda.objects.s3 import S3ObjectStore
from openbda.objects.store import ObjectStore

KINDS = ("local", "s3")


def open_object_store(
    kind: str,
    *,
    data_dir: str | os.PathLike[str] | None = None,
    endpoint_url: str | None = None,
    access_key_id: str | None = None,
    secret_access_key: str | None = None,
    session_token: str | None = None,
    region: str | None = None,
    addressing_style: str | None = None,
    fsync: bool = True,
) -> ObjectStore:
    """`local`: files under `<data_dir>/buckets` (`fsync` applies). `s3`: an S3-compatible
    server; unset parameters come from the standard AWS settings (see `openbda.objects.s3`)."""
    normalised = kind.strip().lower()
    if normalised == "local":
        if data_dir is None:
            raise ValueError("the local object store needs a data directory")
        return LocalObjectStore(data_dir, fsync=fsync)
    if normalised == "s3":
        return S3ObjectStore(
            endpoint_url=endpoint_url,
            access_key_id=access_key_id,
            secret_access_key=secret_access_key,
            session_token=session_token,
            region=region,
            addressing_style=addressing_style,
        )
    raise ValueError(f"unknown object store kind {kind!r}; expected one of {', '.join(KINDS)}")
