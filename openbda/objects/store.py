"""The object store interface every backend implements, and its typed errors.

An error's message becomes a failed job's `errorMessage`, so it always names the object
(`s3://bucket/key`), what was being done, and why it failed, in words a user can act on.
`client_fault` tells the job engine whether the failure is the caller's (`ClientError`: missing
object, no access, too large) or the service's (`ServiceError`: store down, disk full).
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from openbda.objects.uri import SCHEME, InvalidS3Uri, printable


class ObjectStoreError(Exception):
    """Base of every object store failure. `code` is the S3 error code it corresponds to."""

    code: str = "InternalError"
    client_fault: bool = False

    def __init__(
        self,
        reason: str,
        *,
        bucket: str,
        key: str | None = None,
        action: str | None = None,
        code: str | None = None,
        client_fault: bool | None = None,
    ) -> None:
        self.bucket = bucket
        self.key = key
        self.reason = reason
        self.action = action
        if code is not None:
            self.code = code
        if client_fault is not None:
            self.client_fault = client_fault
        target = display_uri(bucket, key)
        message = f"cannot {action} {target}: {reason}" if action else f"{target}: {reason}"
        super().__init__(message)

    @property
    def message(self) -> str:
        return str(self)


class NoSuchBucket(ObjectStoreError):
    code = "NoSuchBucket"
    client_fault = True


class NoSuchKey(ObjectStoreError):
    code = "NoSuchKey"
    client_fault = True


class ObjectAccessDenied(ObjectStoreError):
    code = "AccessDenied"
    client_fault = True


class ObjectTooLarge(ObjectStoreError):
    code = "EntityTooLarge"
    client_fault = True


class InvalidObjectName(ObjectStoreError, InvalidS3Uri):
    """A bucket name or key refused by validation; also an `InvalidS3Uri` (a `ValueError`)."""

    code = "InvalidArgument"
    client_fault = True


class ObjectKeyConflict(ObjectStoreError):
    """The key needs a path that is already used the other way round (an object where a prefix
    must go, or a prefix where the object must go). Only a filesystem-backed store has this."""

    code = "InvalidArgument"
    client_fault = True


class ObjectStoreUnavailable(ObjectStoreError):
    """The store could not be reached or failed on its side; retrying later may succeed."""

    code = "ServiceUnavailable"
    client_fault = False


@runtime_checkable
class ObjectStore(Protocol):
    """Reads and writes whole objects. Implementations are safe to share between threads."""

    def get(self, bucket: str, key: str, *, max_bytes: int | None = None) -> bytes:
        """The object's bytes. `max_bytes` refuses larger objects with `ObjectTooLarge` before
        reading them."""
        ...

    def put(self, bucket: str, key: str, data: bytes, content_type: str | None = None) -> None:
        """Create or replace the object; readers see the old or the new object, never a part."""
        ...

    def head(self, bucket: str, key: str) -> int | None:
        """The object's size in bytes, or None when the bucket exists but the key does not."""
        ...

    def exists_bucket(self, bucket: str) -> bool: ...

    def list_keys(self, bucket: str, prefix: str = "") -> list[str]:
        """Keys starting with `prefix`, in S3's order (by UTF-8 bytes)."""
        ...


def display_uri(bucket: str, key: str | None) -> str:
    """`s3://bucket/key` for messages; control characters escaped so a log stays one line."""
    if key is None:
        return f"{SCHEME}{printable(bucket)}"
    return f"{SCHEME}{printable(bucket)}/{printable(key)}"
