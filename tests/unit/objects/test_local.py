import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from openbda.objects import (
    InvalidObjectName,
    LocalObjectStore,
    NoSuchBucket,
    NoSuchKey,
    ObjectAccessDenied,
    ObjectKeyConflict,
    ObjectStore,
    ObjectStoreError,
    ObjectTooLarge,
)
from openbda.objects.local import EMPTY_SEGMENT
from tests.unit.objects.test_uri import ESCAPING_KEYS

BUCKET = "bucket"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> LocalObjectStore:
    store = LocalObjectStore(data_dir)
    store.create_bucket(BUCKET)
    return store


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A directory next to the data directory holding a secret that must stay out of reach."""
    path = tmp_path / "outside"
    path.mkdir()
    (path / "secret.txt").write_bytes(b"secret")
    return path


def snapshot(root: Path) -> dict[str, bytes | None]:
    return {
        str(p.relative_to(root)): (p.read_bytes() if p.is_file() and not p.is_symlink() else None)
        for p in sorted(root.rglob("*"))
    }


def test_is_an_object_store(store: LocalObjectStore) -> None:
    assert isinstance(store, ObjectStore)


def test_layout_is_the_documented_contract(store: LocalObjectStore, data_dir: Path) -> None:
    store.put(BUCKET, "input/invoice.pdf", b"%PDF")
    assert (data_dir / "buckets" / BUCKET / "input" / "invoice.pdf").read_bytes() == b"%PDF"
    assert store.object_path(BUCKET, "input/invoice.pdf") == (
        data_dir.resolve() / "buckets" / BUCKET / "input" / "invoice.pdf"
    )


def test_round_trip(store: LocalObjectStore) -> None:
    payloads = {"empty": b"", "small": b"hello", "binary": bytes(range(256)) * 4}
    payloads["large"] = os.urandom(5 * 1024 * 1024 + 7)
    for key, data in payloads.items():
        store.put(BUCKET, f"dir/{key}", data, content_type="application/octet-stream")
    for key, data in payloads.items():
        assert store.get(BUCKET, f"dir/{key}") == data
        assert store.head(BUCKET, f"dir/{key}") == len(data)


def test_overwrite_replaces_the_object(store: LocalObjectStore) -> None:
    store.put(BUCKET, "k", b"a much longer first version")
    store.put(BUCKET, "k", b"short")
    assert store.get(BUCKET, "k") == b"short"


def test_missing_key(store: LocalObjectStore) -> None:
    assert store.head(BUCKET, "nope") is None
    assert store.head(BUCKET, "no/such/dir") is None
    with pytest.raises(NoSuchKey) as info:
        store.get(BUCKET, "input/nope.pdf")
    error = info.value
    assert str(error) == "cannot read s3://bucket/input/nope.pdf: the object does not exist"
    assert error.client_fault and error.code == "NoSuchKey"
    assert (error.bucket, error.key) == (BUCKET, "input/nope.pdf")


def test_missing_bucket(store: LocalObjectStore, data_dir: Path) -> None:
    assert store.exists_bucket(BUCKET)
    assert not store.exists_bucket("other-bucket")
    with pytest.raises(NoSuchBucket, match=r"cannot write s3://other-bucket/k: the bucket does"):
        store.put("other-bucket", "k", b"x")
    assert not (data_dir / "buckets" / "other-bucket").exists()
    with pytest.raises(NoSuchBucket, match=r"cannot read s3://other-bucket/k"):
        store.get("other-bucket", "k")
    with pytest.raises(NoSuchBucket):
        store.head("other-bucket", "k")
    with pytest.raises(NoSuchBucket):
        store.list_keys("other-bucket")
    store.create_bucket("other-bucket")
    store.create_bucket("other-bucket")  # idempotent
    store.put("other-bucket", "k", b"x")
    assert store.get("other-bucket", "k") == b"x"


def test_a_file_is_not_a_bucket(store: LocalObjectStore, data_dir: Path) -> None:
    (data_dir / "buckets" / "plain-file").write_bytes(b"x")
    assert not store.exists_bucket("plain-file")
    with pytest.raises(NoSuchBucket):
        store.get("plain-file", "k")


def test_a_directory_is_not_an_object(store: LocalObjectStore) -> None:
    store.put(BUCKET, "a/b/c.json", b"{}")
    with pytest.raises(NoSuchKey):
        store.get(BUCKET, "a/b")
    with pytest.raises(NoSuchKey):
        store.get(BUCKET, "a")
    assert store.head(BUCKET, "a/b") is None


def test_empty_segments_do_not_collide(store: LocalObjectStore, data_dir: Path) -> None:
    keys = {
        "a/b": b"1",
        "a//b": b"2",
        "a///b": b"3",
        "out//job/0/.s3_access_check": b"",
        "folder/": b"marker",
        "folder2/x/": b"marker2",
    }
    for key, data in keys.items():
        store.put(BUCKET, key, data)
    for key, data in keys.items():
        assert store.get(BUCKET, key) == data
    bucket_dir = data_dir / "buckets" / BUCKET
    assert (bucket_dir / "a" / EMPTY_SEGMENT / "b").read_bytes() == b"2"
    assert (bucket_dir / "a" / EMPTY_SEGMENT / EMPTY_SEGMENT / "b").read_bytes() == b"3"
    assert (bucket_dir / "folder" / EMPTY_SEGMENT).read_bytes() == b"marker"
    assert store.list_keys(BUCKET) == sorted(keys)


def test_bda_output_prefix_with_trailing_slash_is_writable(store: LocalObjectStore) -> None:
    job = "69ee6313-8a22-4458-9fbb-f364d21b855a"
    keys = [
        f"output//{job}/0/.s3_access_check",
        f"output//{job}/0/standard_output/0/result.json",
        f"output//{job}/job_metadata.json",
    ]
    for key in keys:
        store.put(BUCKET, key, b"{}")
    assert store.list_keys(BUCKET, "output/") == sorted(keys)
    assert store.list_keys(BUCKET, f"output//{job}/0/") == sorted(keys[:2])


def test_keys_that_need_a_file_and_a_directory_conflict(store: LocalObjectStore) -> None:
    store.put(BUCKET, "a/b", b"object")
    with pytest.raises(ObjectKeyConflict, match=r"cannot write s3://bucket/a/b/c"):
        store.put(BUCKET, "a/b/c", b"x")
    store.put(BUCKET, "x/y/z", b"object")
    with pytest.raises(ObjectKeyConflict, match="prefix"):
        store.put(BUCKET, "x/y", b"x")
    assert store.get(BUCKET, "a/b") == b"object"
    assert store.get(BUCKET, "x/y/z") == b"object"


def test_list_keys(store: LocalObjectStore, data_dir: Path) -> None:
    for key in ["b/2", "a/1", "a.txt", "a/sub/3", "c"]:
        store.put(BUCKET, key, b"x")
    # S3 order compares UTF-8 bytes: '.' (0x2e) sorts before '/' (0x2f).
    assert store.list_keys(BUCKET) == ["a.txt", "a/1", "a/sub/3", "b/2", "c"]
    assert store.list_keys(BUCKET, "a") == ["a.txt", "a/1", "a/sub/3"]
    assert store.list_keys(BUCKET, "a/") == ["a/1", "a/sub/3"]
    assert store.list_keys(BUCKET, "a/s") == ["a/sub/3"]
    assert store.list_keys(BUCKET, "zzz/") == []
    assert store.list_keys(BUCKET, "c/") == []
    # Leftover temporary files and files no key could name are not objects.
    bucket_dir = data_dir / "buckets" / BUCKET
    (bucket_dir / ".openbda-tmp%2Fdeadbeef").write_bytes(b"partial")
    (bucket_dir / "back\\slash").write_bytes(b"x")
    assert store.list_keys(BUCKET) == ["a.txt", "a/1", "a/sub/3", "b/2", "c"]


@pytest.mark.parametrize("key", ESCAPING_KEYS)
def test_traversal_keys_are_refused(
    store: LocalObjectStore, data_dir: Path, outside: Path, key: str
) -> None:
    before = snapshot(data_dir.parent)
    with pytest.raises(InvalidObjectName) as info:
        store.put(BUCKET, key, b"pwned")
    assert isinstance(info.value, ValueError) and isinstance(info.value, ObjectStoreError)
    assert info.value.client_fault
    assert str(info.value).startswith("cannot write s3://bucket/")
    with pytest.raises(InvalidObjectName):
        store.get(BUCKET, key)
    with pytest.raises(InvalidObjectName):
        store.head(BUCKET, key)
    assert snapshot(data_dir.parent) == before


@pytest.mark.parametrize("bucket", ["..", ".", "../outside", "a/b", "", "buckets/../x", "UPPER"])
def test_traversal_bucket_names_are_refused(
    store: LocalObjectStore, data_dir: Path, bucket: str
) -> None:
    before = snapshot(data_dir.parent)
    for operation in (
        lambda: store.put(bucket, "k", b"x"),
        lambda: store.get(bucket, "k"),
        lambda: store.head(bucket, "k"),
        lambda: store.exists_bucket(bucket),
        lambda: store.create_bucket(bucket),
        lambda: store.list_keys(bucket),
    ):
        with pytest.raises(InvalidObjectName):
            operation()
    assert snapshot(data_dir.parent) == before


def test_symlinked_directory_inside_a_bucket_is_not_followed(
    store: LocalObjectStore, data_dir: Path, outside: Path
) -> None:
    (data_dir / "buckets" / BUCKET / "link").symlink_to(outside, target_is_directory=True)
    with pytest.raises(ObjectAccessDenied, match="symbolic link"):
        store.get(BUCKET, "link/secret.txt")
    with pytest.raises(ObjectAccessDenied):
        store.head(BUCKET, "link/secret.txt")
    with pytest.raises(ObjectAccessDenied):
        store.put(BUCKET, "link/planted.txt", b"x")
    with pytest.raises(ObjectAccessDenied):
        store.put(BUCKET, "link/secret.txt", b"overwritten")
    assert store.list_keys(BUCKET) == []
    assert store.list_keys(BUCKET, "link/") == []
    assert sorted(p.name for p in outside.iterdir()) == ["secret.txt"]
    assert (outside / "secret.txt").read_bytes() == b"secret"


def test_symlinked_file_is_not_followed(
    store: LocalObjectStore, data_dir: Path, outside: Path
) -> None:
    link = data_dir / "buckets" / BUCKET / "secret.txt"
    link.symlink_to(outside / "secret.txt")
    with pytest.raises(ObjectAccessDenied, match="symbolic link"):
        store.get(BUCKET, "secret.txt")
    with pytest.raises(ObjectAccessDenied):
        store.head(BUCKET, "secret.txt")
    # Writing replaces the link itself; the file it pointed to is untouched.
    store.put(BUCKET, "secret.txt", b"new")
    assert not link.is_symlink()
    assert store.get(BUCKET, "secret.txt") == b"new"
    assert (outside / "secret.txt").read_bytes() == b"secret"


def test_symlink_pointing_inside_is_not_followed_either(store: LocalObjectStore) -> None:
    store.put(BUCKET, "real/file", b"x")
    (store.object_path(BUCKET, "alias")).symlink_to(store.object_path(BUCKET, "real"))
    with pytest.raises(ObjectAccessDenied):
        store.get(BUCKET, "alias/file")


def test_symlinked_bucket_is_not_followed(
    store: LocalObjectStore, data_dir: Path, outside: Path
) -> None:
    (data_dir / "buckets" / "linked").symlink_to(outside, target_is_directory=True)
    assert not store.exists_bucket("linked")
    with pytest.raises(ObjectAccessDenied, match="bucket directory is a symbolic link"):
        store.get("linked", "secret.txt")
    with pytest.raises(ObjectAccessDenied):
        store.put("linked", "planted.txt", b"x")
    with pytest.raises(ObjectAccessDenied):
        store.create_bucket("linked")
    assert sorted(p.name for p in outside.iterdir()) == ["secret.txt"]


def test_data_dir_reached_through_a_symlink_works(tmp_path: Path) -> None:
    real = tmp_path / "real-data"
    real.mkdir()
    (tmp_path / "data-link").symlink_to(real, target_is_directory=True)
    store = LocalObjectStore(tmp_path / "data-link")
    store.create_bucket(BUCKET)
    store.put(BUCKET, "k", b"x")
    assert (real / "buckets" / BUCKET / "k").read_bytes() == b"x"


def test_special_files_are_not_objects(store: LocalObjectStore) -> None:
    os.mkfifo(store.object_path(BUCKET, "fifo"))
    # Opening a FIFO for reading would block until a writer appears; it must not.
    result: list[object] = []
    reader = threading.Thread(target=lambda: result.append(_catch(store.get, BUCKET, "fifo")))
    reader.start()
    reader.join(timeout=5)
    assert not reader.is_alive(), "reading a FIFO blocked"
    assert isinstance(result[0], NoSuchKey)


def _catch(function: object, *args: object) -> object:
    try:
        return function(*args)  # type: ignore[operator]
    except Exception as exc:
        return exc


def test_max_bytes(store: LocalObjectStore) -> None:
    store.put(BUCKET, "big", b"x" * 100)
    assert store.get(BUCKET, "big", max_bytes=100) == b"x" * 100
    with pytest.raises(ObjectTooLarge) as info:
        store.get(BUCKET, "big", max_bytes=99)
    assert str(info.value) == (
        "cannot read s3://bucket/big: the object is 100 bytes, over the limit of 99 bytes"
    )
    assert info.value.client_fault


def test_overlong_segment_is_refused_with_a_clear_message(store: LocalObjectStore) -> None:
    with pytest.raises(InvalidObjectName, match="longer than 255 bytes"):
        store.put(BUCKET, "a/" + "x" * 256, b"x")
    store.put(BUCKET, "a/" + "x" * 255, b"x")


def test_failed_write_keeps_the_old_object_and_leaves_no_temp_file(
    store: LocalObjectStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.put(BUCKET, "dir/k", b"old")
    real_write = os.write
    calls = 0

    def failing_write(fd: int, data: bytes) -> int:
        nonlocal calls
        calls += 1
        if calls == 1:
            return real_write(fd, bytes(data)[:3])  # a partial write, then the disk fills up
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", failing_write)
    with pytest.raises(ObjectStoreError, match="No space left on device") as info:
        store.put(BUCKET, "dir/k", b"new and longer")
    monkeypatch.undo()
    assert not info.value.client_fault
    assert store.get(BUCKET, "dir/k") == b"old"
    assert os.listdir(store.object_path(BUCKET, "dir")) == ["k"]


def test_readers_never_see_a_partial_object(store: LocalObjectStore) -> None:
    versions = [os.urandom(2 * 1024 * 1024), os.urandom(3 * 1024 * 1024)]
    store.put(BUCKET, "k", versions[0])
    stop = threading.Event()
    seen: list[int] = []
    torn: list[int] = []

    def read_loop() -> None:
        while not stop.is_set():
            data = store.get(BUCKET, "k")
            (seen if data in versions else torn).append(len(data))

    readers = [threading.Thread(target=read_loop) for _ in range(2)]
    for reader in readers:
        reader.start()
    for i in range(40):
        store.put(BUCKET, "k", versions[i % 2])
    stop.set()
    for reader in readers:
        reader.join()
    assert not torn
    assert seen


CRASHING_WRITER = textwrap.dedent(
    """
    import sys
    from openbda.objects import LocalObjectStore
    store = LocalObjectStore(sys.argv[1], fsync=False)
    data = [bytes([i]) * (4 * 1024 * 1024) for i in range(1, 3)]
    print("ready", flush=True)
    i = 0
    while True:
        store.put("bucket", "job/result.json", data[i % 2])
        i += 1
    """
)


def test_a_killed_writer_leaves_the_old_or_the_new_object(
    store: LocalObjectStore, data_dir: Path
) -> None:
    repo = Path(__file__).resolve().parents[3]
    valid = {bytes([1]) * (4 * 1024 * 1024), bytes([2]) * (4 * 1024 * 1024)}
    for delay in (0.05, 0.13, 0.21, 0.34, 0.55):
        process = subprocess.Popen(
            [sys.executable, "-c", CRASHING_WRITER, str(data_dir)],
            stdout=subprocess.PIPE,
            cwd=repo,
        )
        assert process.stdout is not None
        assert process.stdout.readline() == b"ready\n"
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        process.stdout.close()
        size = store.head(BUCKET, "job/result.json")
        if size is not None:
            assert store.get(BUCKET, "job/result.json") in valid
        assert store.list_keys(BUCKET) == ([] if size is None else ["job/result.json"])


def test_concurrent_writers_to_new_directories(store: LocalObjectStore) -> None:
    errors: list[BaseException] = []

    def write(worker: int) -> None:
        try:
            for i in range(30):
                store.put(BUCKET, f"shared/{i % 5}/deep/{worker}-{i}", str(i).encode())
                store.put(BUCKET, "shared/last", str(worker).encode())
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(w,)) for w in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert len(store.list_keys(BUCKET, "shared/")) == 8 * 30 + 1
    assert store.get(BUCKET, "shared/last") in {str(w).encode() for w in range(8)}


def test_without_fsync(data_dir: Path) -> None:
    store = LocalObjectStore(data_dir, fsync=False)
    store.create_bucket(BUCKET)
    store.put(BUCKET, "k", b"x")
    assert store.get(BUCKET, "k") == b"x"


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_permission_denied_is_access_denied(store: LocalObjectStore) -> None:
    store.put(BUCKET, "locked/k", b"x")
    locked = store.object_path(BUCKET, "locked")
    locked.chmod(0)
    try:
        with pytest.raises(ObjectAccessDenied, match="cannot read s3://bucket/locked/k"):
            store.get(BUCKET, "locked/k")
    finally:
        locked.chmod(0o755)


def test_permission_errors_map_to_access_denied(
    store: LocalObjectStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.put(BUCKET, "k", b"x")
    real_open = os.open

    def denying_open(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if path == "k":
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", denying_open)
    with pytest.raises(ObjectAccessDenied, match=r"cannot read s3://bucket/k: .*Permission denied"):
        store.get(BUCKET, "k")


def test_removed_store_directory_is_a_clear_service_error(
    store: LocalObjectStore, data_dir: Path
) -> None:
    os.rename(data_dir, data_dir.with_name("moved"))
    with pytest.raises(ObjectStoreError, match=r"directory .* is unusable") as info:
        store.get(BUCKET, "k")
    assert not info.value.client_fault


def test_sweep_temporary_files(store: LocalObjectStore) -> None:
    store.put(BUCKET, "job/result.json", b"{}")
    job_dir = store.object_path(BUCKET, "job")
    old = job_dir / ".openbda-tmp%2Fold"
    young = job_dir / ".openbda-tmp%2Fyoung"
    old.write_bytes(b"partial")
    young.write_bytes(b"partial")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    assert store.sweep_temporary_files(older_than=3600) == 1
    assert sorted(os.listdir(job_dir)) == [young.name, "result.json"]
    assert store.get(BUCKET, "job/result.json") == b"{}"
