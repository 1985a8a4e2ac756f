from pathlib import Path

import pytest

from openbda.objects import LocalObjectStore, S3ObjectStore, open_object_store


def test_local(tmp_path: Path) -> None:
    store = open_object_store("local", data_dir=tmp_path)
    assert isinstance(store, LocalObjectStore)
    assert store.root == (tmp_path / "buckets").resolve()
    assert store.fsync
    assert not open_object_store("LOCAL", data_dir=tmp_path, fsync=False).fsync  # type: ignore[attr-defined]


def test_local_needs_a_data_dir() -> None:
    with pytest.raises(ValueError, match="data directory"):
        open_object_store("local")


def test_s3() -> None:
    store = open_object_store(
        "s3",
        endpoint_url="http://127.0.0.1:9",
        access_key_id="k",
        secret_access_key="s",
        region="eu-west-1",
        addressing_style="virtual",
    )
    assert isinstance(store, S3ObjectStore)
    assert (store.endpoint_url, store.region, store.addressing_style) == (
        "http://127.0.0.1:9",
        "eu-west-1",
        "virtual",
    )
    assert store.client.meta.region_name == "eu-west-1"


def test_unknown_kind(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown object store kind 'gcs'"):
        open_object_store("gcs", data_dir=tmp_path)
