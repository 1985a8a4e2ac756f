"""The embedded object store: `s3://BUCKET/KEY` is the file `<data_dir>/buckets/BUCKET/KEY`.

Layout
    Ordinary keys are plain paths, so the tree can be browsed with any file manager. A bucket
    exists iff its directory exists. An *empty* key segment (`a//b`, or the trailing `/` of
    `folder/`) is stored as a directory or file named `%2F` (the `EMPTY_SEGMENT` constant):
    `out//job/x` is `out/%2F/job/x`. No real key can collide with that name because validation
    refuses any key containing a percent-encoded `/`. Temporary files use the same trick
    (`.openbda-tmp%2F…`), so they can never be mistaken for objects. Keys that would need one
    path to be both a file and a directory (`a/b` and `a/b/c`) cannot coexist; the second write
    fails with `ObjectKeyConflict`.

Containment
    Keys are validated (see `uri.py`), and then every path component below the buckets directory
    is opened relative to its parent's file descriptor with `O_NOFOLLOW`, so a symbolic link
    anywhere inside a bucket, or a bucket directory that is itself a link, is refused rather than
    followed, and there is no window between checking a path and using it. To put a bucket on
    another disk, mount it; do not symlink it.

Durability
    `put` writes a temporary file in the destination directory and `os.replace`s it over the key:
    readers see the old object or the new one, never part of one, and a crash leaves at most an
    invisible temporary file. With `fsync=True` (the default) the file and its directory are
    flushed before `put` returns, so a finished job's objects survive power loss too; it costs
    about 0.25-0.5 ms per object on the development machine's disk, nothing next to a job's work.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
import time
from collections.abc import Iterator
from pathlib import Path

from openbda.objects.store import (
    InvalidObjectName,
    NoSuchBucket,
    NoSuchKey,
    ObjectAccessDenied,
    ObjectKeyConflict,
    ObjectStoreError,
    ObjectTooLarge,
)
from openbda.objects.uri import InvalidS3Uri, validate_bucket, validate_key

EMPTY_SEGMENT = "%2F"
_TEMP_PREFIX = ".openbda-tmp%2F"
_NAME_MAX = 255

_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
# O_NONBLOCK: opening a FIFO planted in a bucket must not hang the reader.
_READ_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
_TEMP_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC

_LINK_REASON = "the path crosses a symbolic link, which the local object store never follows"


class LocalObjectStore:
    """Objects as files under `<data_dir>/buckets`. Thread- and process-safe for whole-object
    reads and writes (the last writer of a key wins)."""

    def __init__(self, data_dir: str | os.PathLike[str], *, fsync: bool = True) -> None:
        # Resolved once: the data directory itself may be reached through links; nothing below
        # `buckets` may.
        self.root = (Path(data_dir) / "buckets").resolve()
        self.root.mkdir(parents=True, exist_ok=True)
        self.fsync = fsync

    def __repr__(self) -> str:
        return f"LocalObjectStore({str(self.root)!r})"

    # -- public API -------------------------------------------------------------------------

    def object_path(self, bucket: str, key: str) -> Path:
        """Where the object lives on disk (for people and tools; reads go through the store)."""
        return self.root.joinpath(bucket, *_segments(bucket, key, "locate"))

    def create_bucket(self, bucket: str) -> None:
        """Create the bucket's directory; creating an existing bucket is a no-op."""
        _valid_bucket(bucket, "create bucket")
        root_fd = self._open_root(bucket, None, "create bucket")
        try:
            with contextlib.suppress(FileExistsError):
                os.mkdir(bucket, 0o777, dir_fd=root_fd)
        finally:
            os.close(root_fd)
        # Refuses a link or a file squatting on the bucket's name.
        os.close(self._open_bucket(bucket, None, "create bucket"))

    def exists_bucket(self, bucket: str) -> bool:
        _valid_bucket(bucket, "inspect bucket")
        root_fd = self._open_root(bucket, None, "inspect bucket")
        try:
            info = os.stat(bucket, dir_fd=root_fd, follow_symlinks=False)
        except FileNotFoundError:
            return False
        finally:
            os.close(root_fd)
        return stat.S_ISDIR(info.st_mode)

    def get(self, bucket: str, key: str, *, max_bytes: int | None = None) -> bytes:
        segments = _segments(bucket, key, "read")
        with self._open_object(bucket, key, segments, "read") as (fd, info):
            if max_bytes is not None and info.st_size > max_bytes:
                raise _too_large(bucket, key, max_bytes, info.st_size)
            # Read at most one byte past the limit: enough to notice a file that grew meanwhile.
            limit = info.st_size if max_bytes is None else max_bytes
            data = _read_all(fd, limit + 1)
            if max_bytes is not None and len(data) > max_bytes:
                raise _too_large(bucket, key, max_bytes, None)
            return data

    def head(self, bucket: str, key: str) -> int | None:
        segments = _segments(bucket, key, "inspect")
        try:
            with self._open_object(bucket, key, segments, "inspect") as (_, info):
                return info.st_size
        except NoSuchKey:
            return None

    def put(self, bucket: str, key: str, data: bytes, content_type: str | None = None) -> None:
        # The content type is not kept: a file's name already says what it is, and nothing in
        # openbda reads it back from the embedded store.
        del content_type
        segments = _segments(bucket, key, "write")
        dir_fd = self._open_bucket(bucket, key, "write")
        try:
            for segment in segments[:-1]:
                with contextlib.suppress(FileExistsError):
                    os.mkdir(segment, 0o777, dir_fd=dir_fd)
                child = self._open_dir(dir_fd, segment, bucket, key, "write")
                os.close(dir_fd)
                dir_fd = child
            self._write_atomically(dir_fd, segments[-1], data, bucket, key)
        except OSError as exc:
            raise _os_error(exc, bucket, key, "write") from exc
        finally:
            os.close(dir_fd)

    def list_keys(self, bucket: str, prefix: str = "") -> list[str]:
        # Only the directories the prefix names in full are descended into; the last, possibly
        # partial, segment is matched by comparing strings.
        directories = _segments(bucket, prefix, "list")[:-1] if prefix else []
        dir_fd = self._open_bucket(bucket, None, "list")
        try:
            for segment in directories:
                child = self._open_dir(dir_fd, segment, bucket, prefix, "list")
                os.close(dir_fd)
                dir_fd = child
            keys = [key for key in _walk(dir_fd, directories) if key.startswith(prefix)]
        except (NoSuchKey, ObjectAccessDenied):
            return []
        except OSError as exc:
            raise _os_error(exc, bucket, prefix, "list") from exc
        finally:
            os.close(dir_fd)
        return sorted(keys, key=lambda k: k.encode("utf-8"))

    def sweep_temporary_files(self, older_than: float = 3600.0) -> int:
        """Delete temporary files that writers killed mid-`put` left behind, if older than
        `older_than` seconds (younger ones may belong to a write in progress). Returns how many
        were deleted. They are invisible to reads and listings either way; this frees the space.
        """
        cutoff = time.time() - older_than
        removed = 0
        root_fd = os.open(self.root, _DIR_FLAGS)
        try:
            for _, _, filenames, walk_fd in os.fwalk(".", dir_fd=root_fd, follow_symlinks=False):
                for name in filenames:
                    if not name.startswith(_TEMP_PREFIX):
                        continue
                    with contextlib.suppress(FileNotFoundError):
                        info = os.stat(name, dir_fd=walk_fd, follow_symlinks=False)
                        if stat.S_ISREG(info.st_mode) and info.st_mtime < cutoff:
                            os.unlink(name, dir_fd=walk_fd)
                            removed += 1
        finally:
            os.close(root_fd)
        return removed

    # -- internals --------------------------------------------------------------------------

    def _open_root(self, bucket: str, key: str | None, action: str) -> int:
        try:
            return os.open(self.root, _DIR_FLAGS)
        except OSError as exc:
            raise ObjectStoreError(
                f"the local object store's directory {str(self.root)!r} is unusable "
                f"({exc.strerror or exc})",
                bucket=bucket,
                key=key,
                action=action,
            ) from exc

    def _open_bucket(self, bucket: str, key: str | None, action: str) -> int:
        # Validated here as well as by callers: this is where a name turns into a path.
        _valid_bucket(bucket, action)
        root_fd = self._open_root(bucket, key, action)
        try:
            return os.open(bucket, _DIR_FLAGS, dir_fd=root_fd)
        except (FileNotFoundError, NotADirectoryError) as exc:
            if isinstance(exc, NotADirectoryError) and _is_link(root_fd, bucket):
                raise ObjectAccessDenied(
                    "the bucket directory is a symbolic link, which the local object store "
                    "never follows",
                    bucket=bucket,
                    key=key,
                    action=action,
                ) from None
            raise NoSuchBucket(
                f"the bucket does not exist (no directory {str(self.root / bucket)!r})",
                bucket=bucket,
                key=key,
                action=action,
            ) from None
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise ObjectAccessDenied(
                    "the bucket directory is a symbolic link, which the local object store "
                    "never follows",
                    bucket=bucket,
                    key=key,
                    action=action,
                ) from None
            raise _os_error(exc, bucket, key, action) from exc
        finally:
            os.close(root_fd)

    def _open_dir(self, dir_fd: int, segment: str, bucket: str, key: str, action: str) -> int:
        """Open the directory `segment` below `dir_fd` without following a link."""
        try:
            return os.open(segment, _DIR_FLAGS, dir_fd=dir_fd)
        except FileNotFoundError:
            raise _no_such_key(bucket, key, action) from None
        except NotADirectoryError:
            # O_NOFOLLOW|O_DIRECTORY on a link fails with ENOTDIR, like on a file.
            if _is_link(dir_fd, segment):
                raise ObjectAccessDenied(
                    _LINK_REASON, bucket=bucket, key=key, action=action
                ) from None
            if action != "write":
                raise _no_such_key(bucket, key, action) from None
            raise ObjectKeyConflict(
                "a shorter key on this path is already an object, and the local object store "
                "cannot also use it as a prefix",
                bucket=bucket,
                key=key,
                action=action,
            ) from None
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise ObjectAccessDenied(
                    _LINK_REASON, bucket=bucket, key=key, action=action
                ) from None
            raise _os_error(exc, bucket, key, action) from exc

    @contextlib.contextmanager
    def _open_object(
        self, bucket: str, key: str, segments: list[str], action: str
    ) -> Iterator[tuple[int, os.stat_result]]:
        dir_fd = self._open_bucket(bucket, key, action)
        try:
            for segment in segments[:-1]:
                child = self._open_dir(dir_fd, segment, bucket, key, action)
                os.close(dir_fd)
                dir_fd = child
            fd = os.open(segments[-1], _READ_FLAGS, dir_fd=dir_fd)
        except OSError as exc:
            if exc.errno in (errno.ENOENT, errno.ENXIO):  # ENXIO: a socket file
                raise _no_such_key(bucket, key, action) from None
            if exc.errno == errno.ELOOP:
                raise ObjectAccessDenied(
                    _LINK_REASON, bucket=bucket, key=key, action=action
                ) from None
            raise _os_error(exc, bucket, key, action) from exc
        finally:
            os.close(dir_fd)
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                # A directory is a prefix, not an object (as in S3); other file types are not
                # objects at all.
                raise _no_such_key(bucket, key, action)
            yield fd, info
        except OSError as exc:
            raise _os_error(exc, bucket, key, action) from exc
        finally:
            os.close(fd)

    def _write_atomically(self, dir_fd: int, name: str, data: bytes, bucket: str, key: str) -> None:
        try:
            existing = os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
        except FileNotFoundError:
            existing = None
        if existing is not None and stat.S_ISDIR(existing.st_mode):
            raise ObjectKeyConflict(
                "longer keys already use this key as a prefix, and the local object store cannot "
                "also make it an object",
                bucket=bucket,
                key=key,
                action="write",
            )
        temp = f"{_TEMP_PREFIX}{secrets.token_hex(8)}"
        fd = os.open(temp, _TEMP_FLAGS, 0o666, dir_fd=dir_fd)
        try:
            try:
                _write_all(fd, data)
                if self.fsync:
                    os.fsync(fd)
            finally:
                os.close(fd)
            # rename(2) replaces a link planted at the destination instead of writing through it.
            os.replace(temp, name, src_dir_fd=dir_fd, dst_dir_fd=dir_fd)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp, dir_fd=dir_fd)
            raise
        if self.fsync:
            # Makes the rename itself durable, not only the file's contents.
            os.fsync(dir_fd)


def _walk(dir_fd: int, base_segments: list[str]) -> Iterator[str]:
    """Keys of the regular files below `dir_fd`; links, temporary files and others skipped."""
    for dirpath, _dirnames, filenames, walk_fd in os.fwalk(
        ".", dir_fd=dir_fd, follow_symlinks=False
    ):
        relative = [] if dirpath == "." else dirpath[2:].split("/")
        for name in filenames:
            if name.startswith(_TEMP_PREFIX):
                continue
            info = os.stat(name, dir_fd=walk_fd, follow_symlinks=False)
            if not stat.S_ISREG(info.st_mode):
                continue
            names = [*base_segments, *relative, name]
            key = "/".join("" if part == EMPTY_SEGMENT else part for part in names)
            try:
                validate_key(key)
            except InvalidS3Uri:
                continue  # put there by hand under a name no key can have: not an object
            yield key


def _is_link(dir_fd: int, name: str) -> bool:
    try:
        return stat.S_ISLNK(os.stat(name, dir_fd=dir_fd, follow_symlinks=False).st_mode)
    except OSError:
        return False


def _no_such_key(bucket: str, key: str, action: str) -> NoSuchKey:
    return NoSuchKey("the object does not exist", bucket=bucket, key=key, action=action)


def _too_large(bucket: str, key: str, limit: int, size: int | None) -> ObjectTooLarge:
    what = f"{size} bytes, " if size is not None else ""
    return ObjectTooLarge(
        f"the object is {what}over the limit of {limit} bytes",
        bucket=bucket,
        key=key,
        action="read",
    )


def _valid_bucket(bucket: str, action: str = "use bucket") -> str:
    try:
        return validate_bucket(bucket)
    except InvalidS3Uri as exc:
        raise InvalidObjectName(str(exc), bucket=bucket, action=action) from None


def _segments(bucket: str, key: str, action: str) -> list[str]:
    """Path components for a key, after validation; `EMPTY_SEGMENT` stands for empty ones."""
    _valid_bucket(bucket, action)
    try:
        validate_key(key)
    except InvalidS3Uri as exc:
        raise InvalidObjectName(str(exc), bucket=bucket, key=key, action=action) from None
    segments = [segment or EMPTY_SEGMENT for segment in key.split("/")]
    for segment in segments:
        if len(segment.encode("utf-8")) > _NAME_MAX:
            raise InvalidObjectName(
                f"a key segment is longer than {_NAME_MAX} bytes, which the local object store "
                "cannot hold as a file name",
                bucket=bucket,
                key=key,
                action=action,
            )
    # Second line of defence, independent of the validator: the path the segments form must
    # normalise to itself, one level below the bucket per segment.
    relative = os.path.join(bucket, *segments)
    if os.path.normpath(relative) != relative or len(Path(relative).parts) != len(segments) + 1:
        raise InvalidObjectName(
            "the key resolves outside its bucket", bucket=bucket, key=key, action=action
        )
    return segments


def _read_all(fd: int, limit: int) -> bytes:
    chunks: list[bytes] = []
    remaining = limit
    while remaining > 0:
        chunk = os.read(fd, min(remaining, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _os_error(exc: OSError, bucket: str, key: str | None, action: str) -> ObjectStoreError:
    if isinstance(exc, ObjectStoreError):
        return exc
    reason = exc.strerror or str(exc)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ObjectAccessDenied(
            f"the local object store may not do this ({reason})",
            bucket=bucket,
            key=key,
            action=action,
        )
    if exc.errno == errno.ENAMETOOLONG:
        return InvalidObjectName(
            "the key is too long for the local filesystem", bucket=bucket, key=key, action=action
        )
    if exc.errno == errno.EISDIR:
        return ObjectKeyConflict(
            "longer keys already use this key as a prefix", bucket=bucket, key=key, action=action
        )
    # Disk full, I/O errors: the service's problem, not the caller's.
    return ObjectStoreError(
        f"local storage error ({reason})", bucket=bucket, key=key, action=action
    )
