"""`S3ObjectStore` against a real S3-compatible server (SeaweedFS `weed mini`)."""

import threading
import uuid
from collections.abc import Iterator

import pytest

from openbda.objects import (
    InvalidObjectName,
    NoSuchBucket,
    NoSuchKey,
    ObjectAccessDenied,
    ObjectStore,
    ObjectStoreUnavailable,
    ObjectTooLarge,
    S3ObjectStore,
)
from tests.support.net import free_port
from tests.support.seaweed import SeaweedS3
from tests.unit.objects.test_uri import ESCAPING_KEYS

pytestmark = pytest.mark.s3


@pytest.fixture(scope="module")
def store(seaweed_s3: SeaweedS3) -> Iterator[S3ObjectStore]:
    store = S3ObjectStore(
        endpoint_url=seaweed_s3.endpoint_url,
        access_key_id=seaweed_s3.access_key_id,
        secret_access_key=seaweed_s3.secret_access_key,
        region=seaweed_s3.region,
    )
    yield store
    store.close()


@pytest.fixture(scope="module")
def bucket(seaweed_s3: SeaweedS3) -> str:
    # One bucket for the module (a new bucket costs SeaweedFS ~0.3 s); tests use unique prefixes.
    return seaweed_s3.create_bucket("objects")


@pytest.fixture
def prefix() -> str:
    return f"t-{uuid.uuid4().hex[:12]}"


def test_is_an_object_store(store: S3ObjectStore) -> None:
    assert isinstance(store, ObjectStore)


def test_round_trip(store: S3ObjectStore, bucket: str, prefix: str, seaweed_s3: SeaweedS3) -> None:
    payloads = {"empty": b"", "small": b"hello", "binary": bytes(range(256)) * 64}
    for name, data in payloads.items():
        store.put(bucket, f"{prefix}/{name}", data, content_type="application/json")
    for name, data in payloads.items():
        assert store.get(bucket, f"{prefix}/{name}") == data
        assert store.head(bucket, f"{prefix}/{name}") == len(data)
    head = seaweed_s3.client().head_object(Bucket=bucket, Key=f"{prefix}/small")
    assert head["ContentType"] == "application/json"
    store.put(bucket, f"{prefix}/small", b"replaced")
    assert store.get(bucket, f"{prefix}/small") == b"replaced"


def test_missing_key(store: S3ObjectStore, bucket: str, prefix: str) -> None:
    assert store.head(bucket, f"{prefix}/nope") is None
    with pytest.raises(NoSuchKey) as info:
        store.get(bucket, f"{prefix}/nope.pdf")
    assert str(info.value) == (
        f"cannot read s3://{bucket}/{prefix}/nope.pdf: the object does not exist"
    )
    assert info.value.client_fault


def test_a_prefix_is_not_an_object(store: S3ObjectStore, bucket: str, prefix: str) -> None:
    store.put(bucket, f"{prefix}/dir/file", b"x")
    with pytest.raises(NoSuchKey):
        store.get(bucket, f"{prefix}/dir")


def test_missing_bucket(store: S3ObjectStore) -> None:
    missing = f"missing-{uuid.uuid4().hex[:12]}"
    assert not store.exists_bucket(missing)
    with pytest.raises(NoSuchBucket, match=rf"cannot read s3://{missing}/k: the bucket does not"):
        store.get(missing, "k")
    with pytest.raises(NoSuchBucket, match=rf"cannot write s3://{missing}/k"):
        store.put(missing, "k", b"x")
    # HEAD answers a bare 404 for both; the store tells them apart.
    with pytest.raises(NoSuchBucket, match=rf"cannot inspect s3://{missing}/k"):
        store.head(missing, "k")
    with pytest.raises(NoSuchBucket):
        store.list_keys(missing)


def test_create_bucket(store: S3ObjectStore) -> None:
    name = f"created-{uuid.uuid4().hex[:12]}"
    store.create_bucket(name)
    store.create_bucket(name)  # idempotent
    assert store.exists_bucket(name)
    store.put(name, "k", b"x")
    assert store.get(name, "k") == b"x"


def test_bda_output_keys_with_double_slashes(
    store: S3ObjectStore, bucket: str, prefix: str
) -> None:
    job = "69ee6313-8a22-4458-9fbb-f364d21b855a"
    key = f"{prefix}/output//{job}/0/standard_output/0/result.json"
    store.put(bucket, key, b"{}")
    assert store.get(bucket, key) == b"{}"
    assert store.head(bucket, key) == 2
    # SeaweedFS stores keys as filer paths and collapses the `//`, unlike AWS S3.
    assert store.list_keys(bucket, f"{prefix}/") == [
        f"{prefix}/output/{job}/0/standard_output/0/result.json"
    ]


def test_list_keys(store: S3ObjectStore, bucket: str, prefix: str) -> None:
    for key in ["b/2", "a/1", "a.txt", "a/sub/3", "c"]:
        store.put(bucket, f"{prefix}/{key}", b"x")
    assert store.list_keys(bucket, f"{prefix}/") == [
        f"{prefix}/{key}" for key in ["a.txt", "a/1", "a/sub/3", "b/2", "c"]
    ]
    assert store.list_keys(bucket, f"{prefix}/a/") == [f"{prefix}/a/1", f"{prefix}/a/sub/3"]


def test_max_bytes(store: S3ObjectStore, bucket: str, prefix: str) -> None:
    store.put(bucket, f"{prefix}/big", b"x" * 100)
    assert store.get(bucket, f"{prefix}/big", max_bytes=100) == b"x" * 100
    with pytest.raises(ObjectTooLarge, match="100 bytes, over the limit of 99 bytes"):
        store.get(bucket, f"{prefix}/big", max_bytes=99)


@pytest.mark.parametrize("key", [*ESCAPING_KEYS[:12], "%2e%2e/x", "a%2fb", "%c0%ae%c0%ae/x"])
def test_traversal_keys_are_refused_before_any_request(
    seaweed_s3: SeaweedS3, bucket: str, key: str
) -> None:
    # Nothing listens on this endpoint: a request would fail differently.
    store = S3ObjectStore(
        endpoint_url=f"http://127.0.0.1:{free_port()}",
        access_key_id="k",
        secret_access_key="s",
        region="us-east-1",
    )
    with pytest.raises(InvalidObjectName):
        store.put(bucket, key, b"x")
    with pytest.raises(InvalidObjectName):
        store.get(bucket, key)
    with pytest.raises(InvalidObjectName):
        store.head(bucket, key)


def test_wrong_secret_is_access_denied(seaweed_s3: SeaweedS3, bucket: str, prefix: str) -> None:
    store = S3ObjectStore(
        endpoint_url=seaweed_s3.endpoint_url,
        access_key_id=seaweed_s3.access_key_id,
        secret_access_key="not-the-secret",
        region=seaweed_s3.region,
    )
    with pytest.raises(ObjectAccessDenied) as info:
        store.get(bucket, f"{prefix}/k")
    message = str(info.value)
    assert message.startswith(f"cannot read s3://{bucket}/{prefix}/k: ")
    assert "rejected openbda's credentials" in message and "SignatureDoesNotMatch" in message
    assert info.value.client_fault
    with pytest.raises(ObjectAccessDenied):
        store.put(bucket, f"{prefix}/k", b"x")
    with pytest.raises(ObjectAccessDenied):
        store.head(bucket, f"{prefix}/k")
    with pytest.raises(ObjectAccessDenied):
        store.exists_bucket(bucket)


def test_unknown_access_key_is_access_denied(seaweed_s3: SeaweedS3, bucket: str) -> None:
    store = S3ObjectStore(
        endpoint_url=seaweed_s3.endpoint_url,
        access_key_id="nobody",
        secret_access_key="nothing",
        region=seaweed_s3.region,
    )
    with pytest.raises(ObjectAccessDenied):
        store.get(bucket, "k")


def test_unreachable_endpoint_is_a_service_error() -> None:
    endpoint = f"http://127.0.0.1:{free_port()}"
    store = S3ObjectStore(
        endpoint_url=endpoint, access_key_id="k", secret_access_key="s", max_attempts=1
    )
    with pytest.raises(ObjectStoreUnavailable) as info:
        store.get("bucket", "k")
    assert not info.value.client_fault
    assert endpoint in str(info.value)
    assert str(info.value).startswith("cannot read s3://bucket/k: the S3 store at ")


def test_configured_from_standard_aws_environment(
    seaweed_s3: SeaweedS3, bucket: str, prefix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    for name, value in seaweed_s3.env().items():
        monkeypatch.setenv(name, value)
    store = S3ObjectStore()
    assert store.addressing_style == "path"
    store.put(bucket, f"{prefix}/from-env", b"env")
    assert store.get(bucket, f"{prefix}/from-env") == b"env"
    assert store.client.meta.endpoint_url == seaweed_s3.endpoint_url


def test_generic_endpoint_variable(
    seaweed_s3: SeaweedS3, bucket: str, prefix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = seaweed_s3.env()
    monkeypatch.delenv("AWS_ENDPOINT_URL_S3", raising=False)
    monkeypatch.setenv("AWS_ENDPOINT_URL", env["AWS_ENDPOINT_URL_S3"])
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", env["AWS_ACCESS_KEY_ID"])
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", env["AWS_SECRET_ACCESS_KEY"])
    monkeypatch.setenv("AWS_DEFAULT_REGION", env["AWS_REGION"])
    store = S3ObjectStore()
    store.put(bucket, f"{prefix}/generic", b"g")
    assert store.get(bucket, f"{prefix}/generic") == b"g"


def test_shared_between_threads(store: S3ObjectStore, bucket: str, prefix: str) -> None:
    errors: list[BaseException] = []
    clients: set[int] = set()

    def work(worker: int) -> None:
        try:
            for i in range(10):
                key = f"{prefix}/{worker}/{i}"
                store.put(bucket, key, f"{worker}:{i}".encode())
                assert store.get(bucket, key) == f"{worker}:{i}".encode()
                clients.add(id(store.client))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(w,)) for w in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert len(clients) == 1
    assert len(store.list_keys(bucket, f"{prefix}/")) == 80


def test_fresh_bucket_fixture(store: S3ObjectStore, seaweed_bucket: str) -> None:
    assert store.exists_bucket(seaweed_bucket)
    assert store.list_keys(seaweed_bucket) == []


def test_bad_addressing_style() -> None:
    with pytest.raises(ValueError, match="addressing_style"):
        S3ObjectStore(addressing_style="sideways")
